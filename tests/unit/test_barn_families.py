"""The families of pipeline.synth.barn_families: a split of their own, and each page's truth matches its HTML."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import barn_families
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import (
    ATTIC_FAMILIES,
    BARN_FAMILIES,
    BLIND_FAMILIES,
    CELLAR_FAMILIES,
    CRYPT_FAMILIES,
    FRESH_FAMILIES,
    LOFT_FAMILIES,
    MONTHS,
    SEALED_FAMILIES,
    SHED_FAMILIES,
    VAULT_FAMILIES,
    SynthPage,
)
from tests.synthtruth import (
    check_body_lines,
    check_dates,
    check_deterministic,
    check_headlines,
    check_snippets,
    check_split,
    family,
    heads,
    long_lines,
    norm_ws,
    render_families,
    texts,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(barn_families.FAMILIES)


def _en_date(d: datetime) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def test_registered_as_barn() -> None:
    """Four families, all "barn", kept out of FAMILIES, out of the other held-out splits' families
    and out of every other split's corpus."""
    assert len(barn_families.FAMILIES) == 4
    check_split(
        "barn",
        barn_families.FAMILIES,
        BARN_FAMILIES,
        ("all", "train", "test", "fresh", "blind", "sealed", "vault", "attic", "cellar", "crypt", "loft",
         "shed"),
    )
    assert not set(barn_families.FAMILIES) & (
        set(FRESH_FAMILIES)
        | set(BLIND_FAMILIES)
        | set(SEALED_FAMILIES)
        | set(VAULT_FAMILIES)
        | set(ATTIC_FAMILIES)
        | set(CELLAR_FAMILIES)
        | set(CRYPT_FAMILIES)
        | set(LOFT_FAMILIES)
        | set(SHED_FAMILIES)
    )


def test_deterministic() -> None:
    check_deterministic("barn", barn_families.FAMILIES)


def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


def test_snippets_visible_and_not_in_body(pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=10)


def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


def test_dates_aware_and_languages(pages: list[SynthPage]) -> None:
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert langs == {
        "live-blog-timeline": "en",
        "da-lokalavis": "da",
        "trade-dive-b2b": "en",
        "mediawiki-community-news": "en",
    }
    for page in pages:
        assert re.search(rf'<html lang="{page.language}[-"]', page.html)


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


def test_publishers_have_their_own_names(pages: list[SynthPage]) -> None:
    """Two publishers of each family for each of the two seeds: four sites with four names."""
    for name in barn_families.FAMILIES:
        sites = {(p.site, p.publisher) for p in family(pages, name)}
        assert len(sites) == len({n for _, n in sites}) == 4, name


def test_urls_are_ascii(pages: list[SynthPage]) -> None:
    paths = {p.path for p in pages}
    for page in pages:
        assert page.url.isascii() and page.site.isascii(), page.url
        links = [h for h in lxml.html.document_fromstring(page.html).xpath("//a/@href") if h in paths]
        assert links and all(h.isascii() for h in links)


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
    for name in barn_families.FAMILIES:
        by_site: dict[str, set[str]] = {}
        ends: dict[str, set[str]] = {}
        for page in family(pages, name):
            same = [x for x in page.boilerplate if x.startswith(recurring[name])]
            assert len(same) == 1, (name, page.url)
            by_site.setdefault(page.site, set()).add(same[0])
            ends.setdefault(page.site, set()).update(x for x in page.boilerplate if x.startswith(varying[name]))
        assert all(len(v) == 1 for v in by_site.values()), name
        assert all(len(v) > 1 for v in ends.values()), name


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
