"""The families of pipeline.synth.crypt_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import re
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth.publishers import MONTHS, SynthPage, _publisher
from tests.synthtruth import (
    check_recurring_bios,
    check_site_wide_boilerplate,
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
    return list(split_pages("crypt"))


def test_site_wide_boilerplate_recurs(pages: list[SynthPage]) -> None:
    """Each family has boilerplate that is the same on every page of a site (a promo line, the contact
    box, the copyright paragraph) and template lines whose end varies from page to page."""
    recurring = {
        "hugo-policy-blog": "Unless otherwise noted, posts on the ",
        "es-radiotelevision": "Síguenos en ",
        "tv-station-vip": "Copyright 2026 ",
        "it-comune-stampa": "Per ulteriori informazioni: ",
    }
    varying = {
        "hugo-policy-blog": "Last updated: ",
        "es-radiotelevision": "Escuchar audio ",
        "tv-station-vip": "Up next: ",
        "it-comune-stampa": "Comunicato stampa n. ",
    }
    check_site_wide_boilerplate(pages, recurring, varying)


BIOS = {
    "hugo-policy-blog": ('//div[@class="author-bio"]/img/@src', '//div[@class="author-bio"]/p[2]'),
    "tv-station-vip": ('//a[@class="author-card__name"]', '//p[@class="author-card__bio"]'),
}


def test_recurring_bios_are_the_same_on_every_page(pages: list[SynthPage]) -> None:
    """An author's bio is boilerplate and the same on each of the publisher's pages."""
    check_recurring_bios(pages, BIOS)


def test_hugo_policy_blog(pages: list[SynthPage]) -> None:
    footnoted = tocs = 0
    for page in family(pages, "hugo-policy-blog"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/posts/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["@type"] == "BlogPosting" and data["datePublished"] == d.isoformat(timespec="seconds")
        span = doc.xpath('//div[@class="post-meta"]/span')[0]
        assert span.get("title") == f"{d:%Y-%m-%d %H:%M:%S %z} {d.tzname()}"
        assert span.text == f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
        content = doc.xpath('//div[@class="post-content"]')[0]
        lines = page.body.split("\n")
        notes = texts(content, './div[@class="footnotes"]/ol/li/p')
        if notes:
            footnoted += 1
            # each footnote is a body line at the end (its back-link arrow is not)
            assert [x.removesuffix("↩︎").strip() for x in notes] == lines[-len(notes) :]
            refs = content.xpath('./p/sup[starts-with(@id, "fnref:")]')
            assert len(refs) == len(notes) and all(r.getnext() is None for r in refs)
        paras = [norm_ws(p.text_content()) for p in content.xpath("./p")]
        body_paras = [x for x in long_lines(page) if x not in [n.removesuffix("↩︎").strip() for n in notes]]
        assert len(paras) == len(body_paras)
        assert all(p.startswith(x) for p, x in zip(paras, body_paras, strict=True))
        # subheadings, with their hidden "#" anchor, listed again in the TOC: in `repeated`
        assert [x.removesuffix("#") for x in texts(content, "./h2|./h3")] == heads(page)
        toc = texts(doc, '//div[@class="toc"]//li/a')
        assert toc == heads(page)
        if toc:
            tocs += 1
            assert set(toc) <= set(page.repeated)
        assert "Edit this page on GitHub" in page.boilerplate
        assert any(x.startswith("Last updated: ") for x in page.boilerplate)
        assert any(x.startswith("Cite this post: ") for x in page.boilerplate)
        # the whole text again as articleBody in the JSON-LD: not page text
        assert page.body.split("\n")[0] in data["articleBody"]
    assert footnoted >= 6 and tocs >= 12


def test_es_radiotelevision(pages: list[SynthPage]) -> None:
    for page in family(pages, "es-radiotelevision"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/noticias/{d:%Y%m%d}/[a-z0-9-]+/[12]\d{{6}}\.shtml", page.path)
        assert doc.findtext(".//title") == f"{page.title} | Noticias {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds") < data["dateModified"]
        assert f"Publicado: {d:%d.%m.%Y} | {d:%H:%M} h" in page.boilerplate
        lines = page.body.split("\n")
        points = texts(doc, '//div[@class="claves"]/ul/li')
        assert 2 <= len(points) <= 3 and points == lines[: len(points)]
        body = doc.xpath('//div[@class="artBody"]')[0]
        paras = texts(body, "./p")
        assert [x for x in paras if x in lines] == long_lines(page)[len(points) :]
        assert texts(body, "./h3") == heads(page)
        extra = [x for x in paras if x not in lines]
        assert all(x in page.boilerplate for x in extra)
        carousel = body.xpath('./div[@class="relatedIn"]')
        assert (
            len(carousel) == 1
            and carousel[0].xpath("preceding-sibling::p")
            and carousel[0].xpath("following-sibling::p")
        )
        assert all(x in page.boilerplate for x in texts(carousel[0], ".//li"))
        assert any(
            re.fullmatch(r"Escuchar audio \d\d:\d\d Informativo de .+ de las \d+:00", x)
            for x in page.boilerplate
        )
        assert "Síguenos en Facebook X Instagram TikTok YouTube" in page.boilerplate


def test_tv_station_vip(pages: list[SynthPage]) -> None:
    for page in family(pages, "tv-station-vip"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        utc = d.astimezone(UTC)
        assert re.fullmatch(r"/news/[a-z-]+/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            utc.isoformat(timespec="seconds")
        ]
        time = doc.xpath("//time")[0]
        assert time.get("datetime").endswith("+00:00") and time.get("datetime") == utc.isoformat(
            timespec="seconds"
        )
        shown = f"Posted: {MONTHS['en'][d.month - 1][:3]} {d.day}, {d.year} / {d:%I:%M %p} {d.tzname()}"
        assert shown in page.boilerplate and shown in visible_text(page.html)
        content = doc.xpath('//div[@class="article-content rich-text"]')[0]
        lines = page.body.split("\n")
        paras = texts(content, "./p")
        assert [x for x in paras if x in lines] == long_lines(page)
        extra = [x for x in paras if x not in lines]
        assert all(x in page.boilerplate for x in extra)
        assert extra[-1].startswith("Copyright 2026 ") and extra[-1].endswith("rewritten, or redistributed.")
        assert any(x.startswith("Download the free ") for x in extra)
        ads = content.xpath('./div[starts-with(@class, "ad-container")]')
        assert len(ads) >= 2 and all(texts(a, ".//p") == ["Advertisement"] for a in ads)
        ups = [x for x in page.boilerplate if x.startswith("Up next: ")]
        assert len(ups) == 4


def test_it_comune_stampa(pages: list[SynthPage]) -> None:
    for page in family(pages, "it-comune-stampa"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/novita/comunicati-stampa/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert page.publisher.startswith(("Comune di ", "Città di "))
        # no machine-readable date: the feed gives the zone
        assert not doc.xpath("//time") and "application/ld+json" not in page.html
        assert "published_time" not in page.html
        month = MONTHS["it"][d.month - 1]
        assert any(
            re.fullmatch(rf"Comunicato stampa n\. \d+/2026 – {d.day} {month} {d.year}, ore {d:%H:%M}", x)
            for x in page.boilerplate
        )
        text = doc.xpath('//div[contains(@class, "richtext-wrapper")]')[0]
        lines = page.body.split("\n")
        paras = texts(text, "./p")
        assert [x for x in paras if x in lines] == long_lines(page)
        assert texts(text, "./h3") == heads(page)
        extra = [x for x in paras if x not in lines]
        assert extra[-1].startswith("Ufficio Stampa e Comunicazione – ") and extra[-1] in page.boilerplate
        assert texts(doc, '//article[@id="descrizione"]/h2') == ["Descrizione"]
        docs = [x for x in page.boilerplate if re.search(r"\(PDF, \d,\d MB\)$", x)]
        assert 1 <= len(docs) <= 3
        assert page.title in texts(doc, '//li[@aria-current="page"]')
        assert any(x.startswith("Strumenti di accessibilità: ") for x in page.boilerplate)
        assert any(
            x.startswith("Posta elettronica certificata (PEC): protocollo@pec.comune.")
            for x in page.boilerplate
        )


def test_own_site_names() -> None:
    for seed in range(4):
        for index in range(2):
            assert _publisher("hugo-policy-blog", index, seed).name.endswith(
                (
                    " Policy Lab",
                    " Tech Policy Project",
                    " Digital Rights Forum",
                    " Institute",
                    " Internet Policy Notes",
                )
            )
            assert _publisher("it-comune-stampa", index, seed).name.startswith(("Comune di ", "Città di "))
            assert _publisher("tv-station-vip", index, seed).host.isascii()
