"""The families of pipeline.synth.cellar_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth.prose import TR_THINGS, TR_VERBS, prose_for
from pipeline.synth.publishers import MONTHS, SynthPage, _publisher
from tests.synthtruth import (
    check_recurring_bios,
    family,
    heads,
    long_lines,
    norm_ws,
    split_pages,
    texts,
    visible_text,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("cellar"))


BIOS = {
    "next-data-daily": ('//a[contains(@class, "AuthorCard_name__")]', '//p[contains(@class, "AuthorCard_bio__")]'),
    "fr-drupal-regional": ('//div[@class="author-box"]/a', '//div[@class="author-box"]/p'),
    "magazine-longform": ('//address[@class="author-bio__card"]/a', '//p[@class="author-bio__text"]'),
    "tr-haber-portali": ('//table[@class="muhabirKutu"]//b', '//span[@class="muhabirBio"]'),
}


def test_recurring_bios_are_the_same_on_every_page(pages: list[SynthPage]) -> None:
    """An author's bio, where a page shows one, is boilerplate and the same on each of the
    publisher's pages; every family shows bios on some of its sites."""
    check_recurring_bios(pages, BIOS)


def test_next_data_daily(pages: list[SynthPage]) -> None:
    for page in family(pages, "next-data-daily"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        utc = d.astimezone(UTC)
        assert re.fullmatch(rf"/{d:%Y/%m/%d}/[a-z-]+/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            f"{utc:%Y-%m-%dT%H:%M:%S}.000Z"
        ]
        assert not doc.xpath("//time")
        hour = d.hour % 12 or 12
        shown = (
            f"Published {hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'} {d.tzname()}, {d:%a} "
            f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        )
        assert shown in page.boilerplate and shown in visible_text(page.html)
        assert any(x.startswith("Updated ") for x in page.boilerplate)
        # the article again as JSON, invisible: the same text and instant
        data = json.loads(doc.xpath('//script[@id="__NEXT_DATA__"]/text()')[0])
        article = data["props"]["pageProps"]["article"]
        assert [b["text"] for b in article["body"]] == page.body.split("\n")
        assert datetime.fromtimestamp(article["firstPublishDate"] / 1000, UTC) == utc
        # CSS-module class names, the same on every page of a site
        body = doc.xpath('//div[@data-testid="article-body"]')[0]
        paras = body.xpath('./p[@data-component="paragraph"]')
        assert paras and all(re.fullmatch(r"Paragraph_paragraph__[A-Za-z0-9]{5}", p.get("class")) for p in paras)
        lines = page.body.split("\n")
        shown_paras = [norm_ws(p.text_content()) for p in paras]
        assert all(x in shown_paras for x in long_lines(page))
        assert heads(page) == texts(body, "./h2")
        extra = [x for x in shown_paras if x not in lines]
        assert all(x in page.boilerplate for x in extra)
        assert "Advertisement" in texts(body, './/p[starts-with(@class, "AdSlot_label__")]')
        carousel = body.xpath('./aside[starts-with(@class, "RelatedCoverage_carousel__")]')
        assert len(carousel) == 1 and texts(carousel[0], "./h3") == ["Related coverage"]
        assert all(x in page.boilerplate for x in texts(carousel[0], ".//h4"))
        assert carousel[0].xpath("preceding-sibling::p") and carousel[0].xpath("following-sibling::p")
        assert any(re.fullmatch(r"Listen to this article · \d+ min", x) for x in page.boilerplate)
        assert any(re.fullmatch(r"Join the conversation · \d+ comments", x) for x in page.boilerplate)
        assert any(x.startswith("Have a tip? ") for x in page.boilerplate)
    classes = {
        p.site: {c for c in re.findall(r'class="([A-Za-z]+_[a-z]+__[A-Za-z0-9]{5})"', p.html)}
        for p in family(pages, "next-data-daily")
    }
    assert len(set.intersection(*classes.values())) == 0  # each site hashes its own


def test_fr_drupal_regional(pages: list[SynthPage]) -> None:
    premium = 0
    for page in family(pages, "fr-drupal-regional"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//meta[@name="dcterms.date"]/@content') == [d.isoformat(timespec="seconds")]
        time = doc.xpath('//time[@class="datetime"]')[0]
        assert time.get("datetime") == d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        shown = f"Publié le {d:%d/%m/%Y} à {d:%H}h{d:%M}"
        assert time.text == shown and shown in page.boilerplate
        assert any(x.startswith("Mis à jour le ") for x in page.boilerplate)
        lines = page.body.split("\n")
        assert texts(doc, '//div[contains(@class, "field--name-field-chapo")]/p') == [lines[0]]
        body = doc.xpath('//div[contains(@class, "field--name-body")]')[0]
        paras = texts(body, "./p")
        assert all(x in paras for x in long_lines(page)[1:])
        assert heads(page) == texts(body, "./h2")
        extra = [x for x in paras if x not in lines]
        assert any(x.startswith("À lire aussi : ") for x in extra)
        assert all(x in page.boilerplate for x in extra)
        # every photo followed by its credit, a <p>
        for media in doc.xpath('//div[contains(@class, "media--type-image")]'):
            credit = media.getnext()
            assert credit.tag == "p" and norm_ws(credit.text_content()) in page.boilerplate
            assert norm_ws(credit.text_content()).startswith("Photo : ")
        paywall = body.xpath('./div[@class="paywall-teaser"]')
        flag = bool(doc.xpath('//span[contains(@class, "node__badge--abonnes")]'))
        assert len(paywall) == flag
        if flag:
            premium += 1
            assert "Cet article est réservé aux abonnés" in page.boilerplate
            assert set(texts(paywall[0], "following-sibling::p")) & set(lines)
        assert body.xpath('./div[@class="block-newsletter-inline"]')
        assert any(x.startswith("Mots-clés : ") for x in page.boilerplate)
        assert any(x.startswith("Mon édition : ") for x in page.boilerplate)
    assert 0 < premium < len(family(pages, "fr-drupal-regional"))


def test_magazine_longform(pages: list[SynthPage]) -> None:
    corrected = quotes = 0
    for page in family(pages, "magazine-longform"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/magazine/{d:%Y/%m}/[a-z0-9-]+/6\d{{5}}/", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert doc.xpath('//meta[@name="parsely-pub-date"]/@content') == [
            d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        ]
        assert texts(doc, "//time") == [f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"]
        lines = page.body.split("\n")
        # the dek is the story's first line
        assert texts(doc, '//p[@class="article-header__dek"]') == [lines[0]]
        body = doc.xpath('//section[@class="article-body"]')[0]
        drop = body.xpath('./p[contains(@class, "article-paragraph--dropcap")]')
        assert len(drop) == 1 and len(drop[0].xpath('./span[@class="dropcap"]/text()')[0]) == 1
        assert norm_ws(drop[0].text_content()) in lines[1:]
        paras = texts(body, './p[starts-with(@class, "article-paragraph")]')
        subheads = [x for x in lines[1:] if len(x.split()) <= 6]
        assert paras == [x for x in lines[1:] if x not in subheads]
        assert subheads == texts(body, "./h2")
        # the correction, where there is one, is the last body line; the edition note is not body
        if lines[-1].startswith("Correction, "):
            corrected += 1
            assert body.xpath('./p[@class="article-paragraph"]/em')
        note = texts(body, './p[@class="article-edition-note"]')
        assert len(note) == 1 and note[0] in page.boilerplate and note[0].startswith("This article appears in the ")
        quotes += len(page.repeated)
        assert len(page.repeated) == len(body.xpath('./aside[@class="pullquote"]'))
        assert any(x.startswith("Support independent journalism.") for x in page.boilerplate)
        assert any(x.startswith("Explore the ") and x.endswith(" Issue") for x in page.boilerplate)
        breaks = body.xpath('./hr[@class="section-break"]|./p[@class="section-break"]')
        for b in breaks:
            assert b.getnext().xpath('./span[@class="smallcaps"]')
    assert corrected >= 3 and quotes >= 20


def test_tr_haber_portali(pages: list[SynthPage]) -> None:
    for page in family(pages, "tr-haber-portali"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/[a-z0-9-]+-h\d{7}\.html", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds") < data["dateModified"]
        assert str(d.tzinfo) in ("Europe/Istanbul", "Asia/Famagusta")
        assert any(x.startswith("Haber: ") and f"Giriş: {d:%d.%m.%Y} - {d:%H:%M} | Güncelleme: " in x
                   for x in page.boilerplate)
        assert doc.xpath("//table[@width='980']") and not doc.xpath("//article")
        lines = page.body.split("\n")
        assert texts(doc, '//h2[@class="haberSpot"]') == [lines[0]]
        text = doc.xpath('//div[@id="haberMetni"]')[0]
        paras = texts(text, "./p")
        assert all(x in paras for x in lines[1:] if len(x.split()) > 6)
        assert [x for x in lines[1:] if len(x.split()) <= 6] == texts(text, "./p[strong][count(node())=1]")
        extra = [x for x in paras if x not in lines]
        assert extra[-1].endswith(" haberlerini Google News üzerinden takip edin")
        assert all(x in page.boilerplate for x in extra)
        assert "REKLAM" in texts(text, './/span[@class="reklam-yazi"]')
        assert any(re.fullmatch(r"Bu haber \d+ kez okundu\.", x) for x in page.boilerplate)
        assert any(x.startswith("İmtiyaz Sahibi: ") for x in page.boilerplate)
        assert any(x.startswith("DOLAR ") for x in page.boilerplate)
        assert any(x.startswith("Nöbetçi Eczaneler ") for x in page.boilerplate)
        assert any(x.startswith("Sitemizde çerezler kullanılmaktadır.") for x in page.boilerplate)
        month = MONTHS["tr"][d.month - 1]
        assert any(re.fullmatch(rf"{d.day} {month} {d.year} \w+", x) for x in page.boilerplate)


def test_turkish_grammar() -> None:
    """Every sentence ends with a full stop; a clause's object is in the accusative and its verb comes
    last (subject-object-verb)."""
    accusatives = {acc for _, acc in TR_THINGS}
    verbs = sorted(TR_VERBS, key=len, reverse=True)
    checked = 0
    for n in range(300):
        tr = prose_for("tr", random.Random(n))
        sentence = tr.sentence()
        assert sentence.endswith("."), sentence
        title = tr.title()
        verb = next((v for v in verbs if title.endswith(" " + v)), None)
        if verb:
            before = title[: -len(verb) - 1]
            assert any(before.endswith(" " + acc) for acc in accusatives), title
            checked += 1
    assert checked > 50


def test_magazine_names_are_magazines() -> None:
    for seed in range(6):
        for index in range(2):
            pub = _publisher("magazine-longform", index, seed)
            assert pub.name.endswith((" Review", " Quarterly", " Monthly", " Magazine", " Atlas")), pub.name
            assert pub.host.isascii()
