"""The families of pipeline.synth.mill_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import mill_families
from pipeline.synth.cellar_families import _aslug
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, SynthPage, _publisher
from tests.synthtruth import family, heads, long_lines, norm_ws, render_families, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(mill_families.FAMILIES)


def _items(container: lxml.html.HtmlElement) -> list[str]:
    """The text of each paragraph, subheading, quotation and list item of a text container, in order
    (direct children only)."""
    out: list[str] = []
    for el in container:
        if el.tag in ("p", "h2", "h3", "blockquote"):
            out.append(norm_ws(el.text_content()))
        elif el.tag in ("ul", "ol"):
            out.extend(texts(el, "./li"))
    return out


def test_india_english_portal(pages: list[SynthPage]) -> None:
    highlighted = 0
    for page in family(pages, "india-english-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/city/[a-z0-9-]+/[a-z0-9-]+/articleshow/12\d{7}\.cms", page.path)
        title = doc.findtext(".//title")
        assert title.startswith(f"{page.title} | ") and title.endswith(f" News - {page.publisher}")
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert data["dateModified"] > data["datePublished"]
        # the visible time is the modification time only
        m = datetime.fromisoformat(data["dateModified"])
        shown = f"Updated: {m:%b} {m.day}, {m.year}, {m:%H:%M} {d.tzname()}"
        assert texts(doc, '//span[@class="time_cptn"]') == [shown]
        lines = page.body.split("\n")
        # the dateline opens the first paragraph (body)
        assert re.match(r"[A-Z][A-Z -]+: ", lines[0])
        # the text: runs of text nodes between <br><br>, no <p>
        body = doc.xpath('//div[@data-articlebody="1"]')[0]
        assert not body.xpath(".//p") and body.xpath("./br")
        inner = re.sub(r"^<div[^>]*>", "", lxml.html.tostring(body, encoding="unicode", with_tail=False))
        runs = re.split(r"<br><br>|<div.*?</div>|<h3>.*?</h3>", inner.removesuffix("</div>"), flags=re.S)
        runs = [norm_ws(lxml.html.fromstring(f"<div>{x}</div>").text_content()) for x in runs if x.strip()]
        assert [x for x in runs if x in lines] == long_lines(page)
        extra = [x for x in runs if x not in lines]
        assert extra[-2].startswith("(With inputs from ") and extra[-1].endswith("Follow us on Google News.")
        assert all(x in page.boilerplate for x in extra)
        assert texts(body, "./h3") == heads(page)
        boxes = texts(body, './div[@class="also-read"]')
        assert boxes and all(x in page.boilerplate for x in boxes)
        # the highlights repeat sentences of the text
        hl = texts(doc, '//div[@class="story-highlights"]//li')
        assert hl == list(page.repeated)
        highlighted += bool(hl)
        assert all(x in page.body and x not in lines[0] for x in hl)
        assert "Follow Us On Google News" in page.boilerplate
    assert highlighted >= 20


def test_cs_zpravy_portal(pages: list[SynthPage]) -> None:
    updated = premium = 0
    for page in family(pages, "cs-zpravy-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "cs" and page.tz == "Europe/Prague"
        assert re.fullmatch(r"/zpravy/[a-z-]+/[a-z0-9-]+\.A\d{6}_\d{6}_[a-z-]+_[0-9a-f]{3}", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # the date only in the visible text: no <time>, no date meta, no JSON-LD
        assert not doc.xpath("//time") and "ld+json" not in page.html and "published_time" not in page.html
        month = mill_families.CS_MONTHS[d.month - 1]
        assert texts(doc, '//span[@class="time"]') == [f"{d.day}. {month} {d.year} {d:%H:%M}"]
        upd = texts(doc, '//span[@class="time-upd"]')
        updated += bool(upd)
        assert all(re.fullmatch(r"aktualizováno \d\d:\d\d", x) for x in upd)
        lines = page.body.split("\n")
        assert texts(doc, '//div[@class="opener"]') == lines[:1]
        body = doc.xpath('//div[@id="art-text"]')[0]
        items = _items(body)
        assert [x for x in items if x in lines] == lines[1:]
        assert all(x in page.boilerplate for x in items if x not in lines)
        assert texts(body, "./h3") == heads(page)
        poll = texts(body, './div[@class="anketa"]/p')
        assert poll and all(x in page.boilerplate for x in poll)
        boxed = texts(body, './div[@class="also-box"]//li')
        assert boxed and all(x in page.boilerplate for x in boxed)
        premium += bool(body.xpath('./div[@class="paywall-info"]'))
        caption = texts(doc, '//p[@class="popisek"]')[0]
        assert " Foto: " in caption and caption in page.boilerplate
    assert updated >= 3 and premium >= 3


def test_wpcom_personal_blog(pages: list[SynthPage]) -> None:
    quotes = lists = notes = comments = 0
    for page in family(pages, "wpcom-personal-blog"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/{d:%Y/%m/%d}/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"{page.title} – {page.publisher}"
        assert doc.xpath('//time[@class="entry-date published"]/@datetime') == [d.isoformat(timespec="seconds")]
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.astimezone(UTC).isoformat(timespec="seconds")
        ]
        # the sidebar comes before the post in the DOM
        assert page.html.index('id="secondary"') < page.html.index('id="primary"')
        recent = texts(doc, '//section[@id="recent-posts-2"]//li')
        assert recent and all(x in page.boilerplate for x in recent)
        content = doc.xpath('//div[@class="entry-content"]')[0]
        lines = page.body.split("\n")
        items = _items(content)
        assert [x for x in items if x in lines] == lines
        assert all(x in page.boilerplate for x in items if x not in lines and len(x.split()) >= 4)
        quotes += bool(content.xpath('./blockquote[@class="wp-block-quote"]'))
        lists += bool(content.xpath('./ul[@class="wp-block-list"]'))
        notes += lines[-1].startswith("Update, ")
        # Jetpack's blocks inside the content, after the text
        assert content.xpath('./div[contains(@class, "sharedaddy")]') and content.xpath('./div[@id="jp-relatedposts"]')
        caption = texts(content, ".//figcaption")[0]
        assert caption in page.boilerplate
        said = texts(doc, '//div[@class="comment-content"]/p')
        comments += len(said)
        assert all(x in page.boilerplate and x not in page.body for x in said)
    assert quotes >= 10 and lists >= 3 and notes >= 3 and comments >= 10


def test_lifestyle_paged_mag(pages: list[SynthPage]) -> None:
    paged = lists = 0
    for page in family(pages, "lifestyle-paged-mag"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/a4\d{7}/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        # only a naive date meta and the date alone
        assert doc.xpath('//meta[@name="sailthru.date"]/@content') == [f"{d:%Y-%m-%d %H:%M:%S}"]
        assert not doc.xpath("//time") and "ld+json" not in page.html and "published_time" not in page.html
        assert texts(doc, '//span[@class="publish-date"]') == [f"Published {d:%b} {d.day}, {d.year}"]
        lines = page.body.split("\n")
        assert texts(doc, '//p[@class="content-dek"]') == lines[:1]
        body = doc.xpath('//div[contains(@class, "article-body-content")]')[0]
        # the drop cap and small caps read as the paragraph's text
        first = body.xpath('./p[contains(@class, "body-dropcap")]')[0]
        assert first.xpath('./span[@class="dropcap"]') and norm_ws(first.text_content()) == lines[1]
        items = [x for x in _items(body) if x not in page.repeated]
        assert [x for x in items if x in lines] == lines[1:]
        assert all(x in page.boilerplate for x in items if x not in lines and len(x.split()) >= 4)
        assert any(x.startswith("RELATED: ") for x in page.boilerplate)
        assert texts(body, './blockquote[@class="pullquote"]/p') == list(page.repeated)
        lists += bool(body.xpath("./ol"))
        pager = texts(doc, '//p[@class="pagination-count"]')
        if pager:
            paged += 1
            assert re.fullmatch(r"Page 1 of [2-4]", pager[0]) and pager[0] in page.boilerplate
            assert doc.xpath('//link[@rel="next"]')
    assert paged >= 10 and lists >= 3


def test_czech_prose() -> None:
    """The Czech grammar: sentences end with a full stop, the past tense agrees with a woman's name,
    titles have four words or more, and the registries know the language."""
    prose = prose_for("cs", random.Random(5))
    for _ in range(200):
        s = prose.sentence()
        assert s.lstrip("„")[0].isupper() and s.endswith(".") and "  " not in s
        if "řekla " in s:
            assert s.split("řekla ")[1].split(",")[0].endswith("á")
        assert len(prose.title().split()) >= 3
    assert MONTHS["cs"][2] == "března"
    assert all(_aslug(prose.place()).isascii() for _ in range(50))


def test_own_site_names() -> None:
    for seed in range(4):
        for index in range(2):
            cs = _publisher("cs-zpravy-portal", index, seed)
            assert cs.lang == "cs" and cs.host.isascii()
            assert _publisher("wpcom-personal-blog", index, seed).name.startswith(
                ("Around ", "Notes from ", "The ")
            ) or _publisher("wpcom-personal-blog", index, seed).name.endswith((" Notebook", " Local Matters"))
