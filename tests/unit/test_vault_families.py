"""The families of pipeline.synth.vault_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage
from tests.synthtruth import family, long_lines, norm_ws, split_pages, texts, visible_text


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("vault"))


def test_recurring_bios_are_the_same_on_every_page(pages: list[SynthPage]) -> None:
    """An author's bio, where a family shows one, is the same on each of the publisher's pages."""
    bios: dict[tuple[str, str], set[str]] = {}
    for page in pages:
        authors = _authors(page)
        for snippet in page.boilerplate:
            for author in authors:
                if snippet.startswith(author + " ") and len(snippet.split()) > 8:
                    bios.setdefault((page.site, author), set()).add(snippet)
    with_bios = {site for site, _ in bios}
    assert {p.family for p in pages if p.site in with_bios} == {
        "squarespace-local",
        "de-cms-zeitung",
        "pl-portal-wideo",
    }
    assert all(len(found) == 1 for found in bios.values()), bios


def _authors(page: SynthPage) -> set[str]:
    doc = lxml.html.document_fromstring(page.html)
    return set(texts(doc, '//a[contains(@class, "author-name") or contains(@class, "blog-author-name")]')) | {
        x.split(":", 1)[1].strip() for x in texts(doc, '//div[@class="authorbox__title"]')
    }


def test_pt_portal_noticias(pages: list[SynthPage]) -> None:
    for page in family(pages, "pt-portal-noticias"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(
            rf"/[a-z]{{2}}/[a-z0-9-]+-regiao/noticia/{d:%Y/%m/%d}/[a-z0-9-]+\.ghtml", page.path
        )
        assert d.utcoffset() is not None and d.utcoffset().total_seconds() == -3 * 3600
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert data["datePublished"].endswith("-03:00") and data["dateModified"] > data["datePublished"]
        stamp = doc.xpath('//time[@itemprop="datePublished"]')[0]
        assert stamp.get("datetime") == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        assert stamp.text == f"{d:%d/%m/%Y %Hh%M}"
        assert any(re.fullmatch(rf"{d:%d/%m/%Y %Hh%M} Atualizado há \d horas?", x) for x in page.boilerplate)
        assert re.fullmatch(
            rf"{re.escape(page.title)} \| .+ e Região \| {re.escape(page.publisher)}",
            doc.findtext(".//title"),
        )
        # every paragraph in a block of its own, and the WhatsApp, video and "Veja mais" lines too
        paras = texts(
            doc, '//article/div[contains(@class, "content-text")]/p[@class="content-text__container"]'
        )
        assert all(x in paras for x in long_lines(page))
        extra = [x for x in paras if x not in page.body.split("\n")]
        assert any(x.startswith("\u2705 Clique aqui para seguir o canal do ") for x in extra)
        assert any("VÍDEOS: tudo sobre " in x for x in extra)
        assert any(x.startswith("Veja mais notícias da região no ") for x in extra)
        assert all(x in page.boilerplate for x in extra)
        # the boxes between the paragraphs
        boxes = doc.xpath('//article/div[contains(@class, "saibamais")]')
        assert boxes and all(norm_ws(b.text_content()).startswith("Leia também") for b in boxes)
        assert all(x in page.boilerplate for b in boxes for x in texts(b, ".//li/a"))
        assert "PUBLICIDADE" in texts(doc, '//article//span[@class="content-ads__label"]')
        letter = doc.xpath('//article/div[contains(@class, "newsletter")]')
        assert len(letter) == 1 and texts(letter[0], './/span[@class="newsletter-box__label"]') == [
            "Newsletter"
        ]
        assert doc.xpath(
            '//article/div[contains(@class, "content-text")]/following-sibling::div'
            '[contains(@class, "newsletter")]/following-sibling::div[contains(@class, "content-text")]'
        )
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="mais-lidas"]//li/a'))
        assert any(re.fullmatch(r".+ \u2014 Foto: .+/.+", x) for x in page.boilerplate)


def test_squarespace_local(pages: list[SynthPage]) -> None:
    quoted = 0
    for page in family(pages, "squarespace-local"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/news/{d.year}/{d.month}/{d.day}/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} \u2014 {page.publisher}"
        # the date only on the page; the time in the itemprop meta and the JSON-LD, offset without colon
        time = doc.xpath('//time[contains(@class, "dt-published")]')[0]
        assert time.get("datetime") == f"{d:%Y-%m-%d}" and time.text == f"{d:%B} {d.day}, {d.year}"
        stamp = doc.xpath('//meta[@itemprop="datePublished"]/@content')[0]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}", stamp)
        assert datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z") == d
        article = next(
            x
            for x in (json.loads(t) for t in doc.xpath('//script[@type="application/ld+json"]/text()'))
            if x["@type"] == "Article"
        )
        assert article["datePublished"] == stamp
        assert not doc.xpath('//meta[@property="article:published_time"]')
        content = doc.xpath('//div[contains(@class, "e-content")]')[0]
        kinds = [b.get("class").split()[1] for b in content.xpath('.//div[contains(@class, "sqs-block ")]')]
        assert kinds[0] == "image-block" and kinds[-2:] == ["button-block", "summary-v2-block"]
        assert "newsletter-block" in kinds and kinds.count("html-block") >= 2
        paras = texts(content, './/div[contains(@class, "html-block")]//p')
        quotes = texts(content, './/div[contains(@class, "quote-block")]//blockquote')
        lines = long_lines(page)
        assert all(x in paras or x in quotes for x in lines)
        for quote in quotes:  # a quotation of the story, in the body once
            assert quote in lines and quote.startswith("\u201c") and visible_text(page.html).count(quote) == 1
            quoted += 1
        # the other blocks inside the post's content are boilerplate
        assert "We respect your privacy." in page.boilerplate
        assert "Support independent local news" in page.boilerplate
        summary = content.xpath('.//div[contains(@class, "summary-v2-block")]')[0]
        assert all(x in page.boilerplate for x in texts(summary, './/a[@class="summary-title-link"]'))
        assert all(
            x.rstrip("\u2026") in page.boilerplate for x in texts(summary, './/div[@class="summary-excerpt"]')
        )
        assert any(x.startswith("Tagged: ") for x in page.boilerplate)
        author = texts(doc, '//a[@class="blog-author-name"]')[0]
        assert f"Written by {author}" in page.boilerplate
        assert "Comments (0) Newest First" in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//h2[@class="item-pagination-title"]'))
    assert quoted >= 6


def test_de_cms_zeitung(pages: list[SynthPage]) -> None:
    for page in family(pages, "de-cms-zeitung"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/[a-z0-9-]+/[a-z0-9-]+;art\d{6},\d{8}", page.path)
        assert doc.xpath('//meta[@name="date"]/@content') == [d.isoformat(timespec="seconds")]
        assert doc.xpath('//meta[@name="last-modified"]/@content')[0] > d.isoformat(timespec="seconds")
        assert texts(doc, '//div[@class="articlehead__meta"]/div[@class="date"]') == [
            f"{d:%d.%m.%Y}, {d:%H:%M} Uhr"
        ]
        assert any(x.startswith("Aktualisiert: ") and x.endswith(" Uhr") for x in page.boilerplate)
        assert doc.findtext(".//title").endswith(f": {page.title} | {page.publisher}")
        # div soup: no <p>, no <article>, no table; each paragraph a bare-text <div class="text"> in its box
        assert not doc.xpath("//p|//article|//table")
        boxes = doc.xpath(
            '//div[@class="cmsbox cmsbox--text"]/div[@class="cmsbox__inner"]/div[@class="text"]'
        )
        paras = [norm_ws(x.text_content()) for x in boxes]
        lines = long_lines(page)
        assert all(x in paras for x in lines)
        assert all(x in page.boilerplate for x in paras if x not in lines)  # the teasers
        # the paywall teaser in the middle of the text, the text going on after it
        paywall = doc.xpath('//div[@class="cmsbox cmsbox--paywall"]')[0]
        after = [
            norm_ws(x.text_content())
            for x in paywall.xpath('following-sibling::div[@class="cmsbox cmsbox--text"]')
        ]
        before = [
            norm_ws(x.text_content())
            for x in paywall.xpath('preceding-sibling::div[@class="cmsbox cmsbox--text"]')
        ]
        assert set(after) & set(lines) and set(before) & set(lines)
        assert any(re.fullmatch(r"Jetzt weiterlesen mit [A-ZÄÖÜ]+\+", x) for x in page.boilerplate)
        assert "Bereits Abonnent? Hier anmelden" in page.boilerplate
        related = doc.xpath('//div[@class="cmsbox cmsbox--related"]')[0]
        assert texts(related, './/div[@class="related__title"]') == ["Mehr zum Thema"]
        assert all(x in page.boilerplate for x in texts(related, './/span[@class="related__headline"]'))
        assert related.xpath('following-sibling::div[@class="cmsbox cmsbox--text"]')
        assert "Anzeige" in texts(doc, '//div[@class="ad__label"]')
        assert any(x.startswith("Artikel teilen ") for x in page.boilerplate)
        assert any(x.startswith(f"{page.publisher} GmbH & Co. KG · ") for x in page.boilerplate)
        assert any(x.startswith("Impressum Datenschutz") for x in page.boilerplate)


def test_pl_portal_wideo(pages: list[SynthPage]) -> None:
    for page in family(pages, "pl-portal-wideo"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z0-9-]+/ar/c1-\d{8}", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//article/meta[@itemprop="datePublished"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        assert any(x.startswith(f"{d:%d.%m.%Y}, {d:%H:%M} Aktualizacja: ") for x in page.boilerplate)
        lines = page.body.split("\n")
        # the lead is the first paragraph of the story
        assert texts(doc, '//p[@class="article__lead-text"]') == [lines[0]]
        # the body in two sibling containers around the video
        video = doc.xpath('//div[contains(@class, "article__video")]')[0]
        parts = [
            video.xpath('preceding-sibling::div[@class="article__body"]'),
            video.xpath('following-sibling::div[@class="article__body"]'),
        ]
        assert [len(x) for x in parts] == [1, 1]
        first, second = (texts(x[0], "./p") for x in parts)
        assert set(first) & set(lines) and set(second) & set(lines)
        assert all(x in first + second for x in long_lines(page)[1:])
        assert all(x in page.boilerplate for x in first + second if x not in lines)
        assert second[-2].startswith("Bądź na bieżąco i obserwuj ") and second[-1].startswith(
            "Masz dla nas temat?"
        )
        assert "Dalsza część artykułu pod materiałem wideo" in page.boilerplate
        assert texts(video, './/div[@class="video-box__title"]')[0] in page.boilerplate
        assert any(x.startswith("Wydawca: ") for x in page.boilerplate)


def test_prose_grammars_of_the_vault_languages(pages: list[SynthPage]) -> None:
    """Polish: a woman's surname takes "-ska"/"-cka"; Portuguese: the article merges with "de" and "em"."""
    for n in range(200):
        pl = prose_for("pl", random.Random(n))
        name = pl.person()
        first, surname = name.split()
        assert not (first.endswith("a") and surname.endswith("ki")), name
        for m in re.finditer(r"\u2013 mówi (\S+) (\S+), (\S+)", pl.sentence()):
            woman = m.group(1).endswith("a")
            assert not (woman and m.group(2).endswith("ki")), m.group(0)
            assert woman == (m.group(3) in ("rzeczniczka", "przewodnicząca", "dyrektorka", "radna")), m.group(
                0
            )
    for page in family(pages, "pt-portal-noticias"):
        for wrong in (" de o ", " de a ", " em o ", " em a ", " a o "):
            assert wrong not in f" {page.body} ", wrong
