"""The families of pipeline.synth.moor_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import moor_families as moor
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import MONTHS, SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("moor"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _en_date(d: datetime) -> str:
    return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_hu_megyei_hirportal(pages: list[SynthPage]) -> None:
    lists = updated = 0
    for page in family(pages, "hu-megyei-hirportal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "hu" and page.tz == "Europe/Budapest"
        assert re.fullmatch(rf"/[a-z-]+/{d:%Y}/{d:%m}/[a-z0-9-]+", page.path), page.path
        assert doc.findtext(".//title") == f"{page.title} | {page.publisher}"
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == d
        updated += "dateModified" in data
        assert texts(doc, '//span[@class="date"]') == [
            f"{d.year}. {moor.HU_MONTHS[d.month - 1]} {d.day}. {d:%H:%M}"
        ]
        lines = page.body.split("\n")
        assert texts(doc, '//div[@class="lead"]') == [lines[0]]
        content = doc.xpath('//div[@class="article-body"]')[0]
        assert [lines[0], *_items(content, ("p", "h2"))] == lines
        box = texts(content, './div[@class="recommendation-box"]/a')
        assert box and all(x in page.boilerplate for x in box)
        assert texts(content, './/span[@class="ad-label"]')[0] in page.boilerplate or len(lines) < 4
        lists += bool(content.xpath("./ul"))
        assert not re.search(r"\b(the|and|of)\b", page.body)
    assert lists and updated


def test_hungarian_grammar() -> None:
    prose = prose_for("hu", random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 280 and all(s.endswith(".") for s in sentences)
    plural = {v[1] for v in moor.HU_VERBS}
    for s in sentences:
        for agent, many in moor.HU_AGENTS:
            m = re.match(rf"{re.escape(agent)} (\w+)", s[0].lower() + s[1:])
            if m and m.group(1) in plural | {v[0] for v in moor.HU_VERBS}:
                assert (m.group(1) in plural) == many, s
        for art, word in re.findall(r"\b(az?) (\w)", s):
            assert (art == "az") == (word.lower() in "aáeéiíoóöőuúüű"), s
    assert moor.HU_VERBS[0] == ("elfogadta", "elfogadták")
    assert prose.person().split()[0] in moor.HU_SURNAMES


def test_civicplus_news_flash(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    for page in family(pages, "civicplus-news-flash"):
        doc = lxml.html.document_fromstring(page.html)
        m = re.fullmatch(r"/CivicAlerts\.aspx\?AID=\d+|/m/newsflash/home/detail/\d+", page.path)
        assert m, page.path
        forms.add(page.path[:3])
        assert texts(doc, '//div[@class="date"]') == [f"Posted on: {_en_date(page.published_at)}"]
        assert not doc.xpath(
            '//time|//script[@type="application/ld+json"]|//meta[contains(@property, "time")]'
        )
        content = doc.xpath('//div[@class="fr-view"]')[0]
        assert _items(content, ("p",)) == page.body.split("\n")
        assert "Government Websites by CivicPlus®" in page.boilerplate
    assert len(forms) == 2


def test_airport_media_centre(pages: list[SynthPage]) -> None:
    for page in family(pages, "airport-media-centre"):
        doc = lxml.html.document_fromstring(page.html)
        utc = page.published_at.astimezone(UTC)
        assert doc.xpath("//time/@datetime") == [f"{utc:%Y-%m-%dT%H:%M:%SZ}"]
        content = doc.xpath('//div[@class="release-body"]')[0]
        assert _items(content, ("p", "h3")) == [*page.body.split("\n"), "ENDS"]
        intro = texts(doc, '//p[@class="intro"]')[0]
        assert intro not in page.body and not any(intro in x or x in intro for x in page.boilerplate)
        assert " said " in page.body
        assert texts(doc, '//div[@class="notes"]/p')[0] in page.boilerplate


def test_conservation_charity_news(pages: list[SynthPage]) -> None:
    quotes = 0
    for page in family(pages, "conservation-charity-news"):
        doc = lxml.html.document_fromstring(page.html)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            page.published_at.isoformat()
        ]
        content = doc.xpath('//div[@class="entry-content"]')[0]
        skip = texts(content, './p[@class="find-out"]')
        assert [x for x in _items(content, ("p", "h2")) if x not in skip] == page.body.split("\n")
        for q in texts(content, ".//blockquote"):
            quotes += 1
            assert q in page.repeated
        assert texts(content, './div[@class="donate-cta"]/p')[0] in page.boilerplate
    assert quotes


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
