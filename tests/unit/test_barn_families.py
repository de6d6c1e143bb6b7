"""The families of pipeline.synth.barn_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, SynthPage
from tests.synthtruth import (
    check_site_wide_boilerplate,
    family,
    heads,
    long_lines,
    norm_ws,
    split_pages,
    texts,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("barn"))


def _en_date(d: datetime) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def test_danish_prose() -> None:
    """The Danish grammar: sentences end with a full stop, titles have four words or more, and the
    registries know the language (months, names, places without "æ" or "ø")."""
    prose = prose_for("da", random.Random(5))
    for _ in range(200):
        s = prose.sentence()
        assert s.lstrip("»")[0].isupper() and s.endswith(".") and "  " not in s
        assert len(prose.title().split()) >= 3
    assert MONTHS["da"][2] == "marts"
    assert not any(ch in prose.place() for _ in range(50) for ch in "æøÆØ")


def test_site_wide_boilerplate_recurs(pages: list[SynthPage]) -> None:
    """Each family has boilerplate that is the same on every page of a site and template lines whose
    end varies."""
    recurring = {
        "live-blog-timeline": "Sign up for ",
        "da-lokalavis": "Ansvarshavende chefredaktør: ",
        "trade-dive-b2b": "Our publications: ",
        "mediawiki-community-news": "From ",
    }
    varying = {
        "live-blog-timeline": "Last modified on ",
        "da-lokalavis": "Publiceret ",
        "trade-dive-b2b": "Published ",
        "mediawiki-community-news": "Categories: ",
    }
    check_site_wide_boilerplate(pages, recurring, varying)


def test_live_blog_timeline(pages: list[SynthPage]) -> None:
    for page in family(pages, "live-blog-timeline"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/live/2026/[a-z]{3}/\d\d/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title").startswith(f"{page.title} – live updates | ")
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["@type"] == "LiveBlogPosting"
        assert data["datePublished"] == data["coverageStartTime"] == d.isoformat(timespec="seconds")
        assert data["dateModified"] > data["datePublished"]
        lines = page.body.split("\n")
        # the pinned post, then the entries top to bottom: headings and paragraphs
        blocks = doc.xpath('//div[@class="liveblog__body"]/article')
        assert "block--pinned" in blocks[0].get("class")
        shown: list[str] = []
        stamps: list[datetime] = []
        for block in blocks:
            shown += texts(block, "./h3")
            shown += [x for x in texts(block, './div[@class="block__body"]/p[not(@class)]')
                      if not x.startswith("Related: ")]
            stamps.append(datetime.fromisoformat(block.xpath(".//time/@datetime")[0]))
        assert shown == lines
        entries = stamps[1:]
        assert entries == sorted(entries, reverse=True) and entries[-1] == d.astimezone(UTC)
        assert len(data["liveBlogUpdate"]) == len(entries)
        # the key events repeat the entry headings (each once in the body, in `repeated`)
        keys = texts(doc, '//div[@class="key-events"]//li/a/span')
        assert keys == heads(page) == list(page.repeated) and keys
        assert all(x in page.boilerplate for x in texts(doc, '//p[@class="block__contributor"]'))
        assert any(x.startswith("Related: ") for x in page.boilerplate)
        assert f"{d:%a} {d.day} {d:%b} {d.year} {d:%H.%M} {d.tzname()}" in page.boilerplate


def test_da_lokalavis(pages: list[SynthPage]) -> None:
    notes = premium = 0
    for page in family(pages, "da-lokalavis"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z0-9-]+/[a-z0-9-]+/ECE\d{8}/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        # only naive times in the head, no JSON-LD, no <time datetime>
        assert doc.xpath('//meta[@name="pubdate"]/@content') == [d.replace(tzinfo=None).isoformat()]
        assert "ld+json" not in page.html and "published_time" not in page.html
        assert not doc.xpath("//time/@datetime")
        stamp = f"Publiceret {d.day}. {MONTHS['da'][d.month - 1]} {d.year} kl. {d:%H.%M}"
        assert stamp in page.boilerplate and texts(doc, '//div[@class="article__dates"]/time') == [stamp]
        lines = page.body.split("\n")
        assert texts(doc, '//p[@class="article__manchet"]') == lines[:1]
        body = doc.xpath('//div[@class="article__body"]')[0]
        items = texts(body, "./p[not(@class)]|./h3|./p[@class='article__correction']")
        assert items == lines[1:]
        extra = texts(body, "./p[@class='laes-ogsaa']")
        assert len(extra) == 2 and all(x in page.boilerplate for x in extra)
        note = texts(body, "./p[@class='article__correction']")
        if note:
            assert note[0] == lines[-1] and note[0].startswith(("Rettelse: ", "Opdateret "))
            notes += 1
        premium += bool(doc.xpath('//div[@class="paywall"]'))
        assert "Artiklen fortsætter under annoncen" in page.boilerplate
    assert notes >= 3 and premium >= 3


def test_trade_dive_b2b(pages: list[SynthPage]) -> None:
    noted = lists = walls = 0
    for page in family(pages, "trade-dive-b2b"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/[a-z0-9-]+/7\d{5}/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        assert f"Published {_en_date(d)}" in page.boilerplate
        lines = page.body.split("\n")
        body = doc.xpath('//div[@class="article-body"]')[0]
        items: list[str] = []
        for el in body:
            if el.tag in ("p", "h2", "h3") and (el.get("class") in (None, "editors-note")):
                items.append(norm_ws(el.text_content()))
            elif el.tag == "ul":
                items += texts(el, "./li")
        assert items == lines
        assert "Dive Brief:" in lines and "Dive Insight:" in lines
        lists += bool(body.xpath("./ul"))
        note = texts(body, './p[@class="editors-note"]')
        if note:
            noted += 1
            assert lines[0] == note[0] and note[0].startswith("Editor’s note: ")
            assert any(x.startswith("Updated ") for x in page.boilerplate)
        sponsored = texts(body, './aside[@class="sponsored-card"]/h3')
        assert len(sponsored) == 1 and sponsored[0] in page.boilerplate
        walls += bool(body.xpath('./div[@class="regwall"]'))
        companies = texts(doc, '//section[@class="related-companies"]//li')
        assert len(companies) >= 6
    assert noted >= 3 and lists >= 10 and walls >= 3


def test_mediawiki_community_news(pages: list[SynthPage]) -> None:
    archived = 0
    for page in family(pages, "mediawiki-community-news"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.path.startswith("/wiki/") and " " not in page.path
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # the date only in the visible text (and the wiki's own span), no time of day anywhere
        assert "ld+json" not in page.html and "published_time" not in page.html and not doc.xpath("//time")
        days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        dateline = f"{days[d.weekday()]}, {_en_date(d)}"
        assert texts(doc, '//strong[@class="published"]') == [dateline] and dateline in page.boilerplate
        out = doc.xpath('//div[@class="mw-parser-output"]')[0]
        items: list[str] = []
        for el in out:
            if el.tag == "p" and not el.xpath("./strong[@class='published']"):
                items.append(norm_ws(el.text_content()))
            elif el.tag == "h2":
                items.append(norm_ws(el.xpath('./span[@class="mw-headline"]')[0].text_content()))
        assert items[: len(page.body.split("\n"))] == page.body.split("\n")
        assert items[len(page.body.split("\n")) :] == ["Sources"]
        # the content comes before the navigation in the DOM
        assert page.html.index('id="mw-content-text"') < page.html.index('id="mw-navigation"')
        assert any(x.startswith("“") for x in page.boilerplate)
        archived += "Archived" in texts(doc, '//div[@id="catlinks"]//li')
        assert long_lines(page)
    assert archived >= 3
