"""The families of pipeline.synth.fen_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth import fen_families as fen
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("fen"))


def _rows(table: lxml.html.HtmlElement) -> list[str]:
    return [" ".join(norm_ws(cell.text_content()) for cell in tr if isinstance(cell.tag, str))
            for tr in table.iter("tr")]


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_et_vallaleht(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    for page in family(pages, "et-vallaleht"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "et" and doc.get("lang") == "et" and page.tz == "Europe/Tallinn"
        m = re.fullmatch(r"/(\d{4}/\d{2}/\d{2})/[a-z0-9-]+/|/uudised/[a-z0-9-]+-\d+", page.path)
        assert m, page.path
        forms.add("wp" if m.group(1) else "id")
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")]
        assert texts(doc, '//span[@class="posted-on"]') == [f"{d:%d.%m.%Y}, {d:%H:%M}"]
        title = doc.findtext(".//title")
        assert title in (f"{page.title} – {page.publisher}", f"{page.publisher} | {page.title}")
        content = doc.xpath('//div[@class="entry-content"]')[0]
        lines = page.body.split("\n")
        assert texts(content, "./p[1]/strong") == [lines[0]]
        more = texts(content, './p[@class="loe-ka"]')
        assert more and all(x in page.boilerplate for x in more)
        items = [norm_ws(el.text_content()) for el in content if el.get("class") != "loe-ka"]
        assert items == lines
        assert any(x.startswith("Autor: ") for x in page.boilerplate)
        assert any(" Foto: " in x for x in page.boilerplate)
        assert any(re.fullmatch(r"Nr \d+ \(\d+\), \d+\. \w+ 2026", x) for x in page.boilerplate)
        assert re.search("[õäöü]", page.body) and not re.search(r"\b(the|and|of)\b", page.body)
    assert forms == {"wp", "id"}


def test_estonian_grammar() -> None:
    prose = fen.EstonianProse(random.Random(3))
    sentences = [prose.sentence() for _ in range(400)]
    assert len(set(sentences)) > 370
    assert len({w for s in sentences for w in s.split()}) > 300
    assert all(s[0].isupper() or s[0] == "„" for s in sentences) and all(s.endswith(".") for s in sentences)
    assert prose_for("et", random.Random(1)).lang == "et"
    # the verb agrees with a plural subject; a plural total object is nominative
    for s in sentences:
        assert not re.search(r"\b(elanikud|lapsevanemad|naabrid) (kinnitas|arutas|toetas|peatas)\b", s), s
        assert not re.search(r"\b(kinnitas|kinnitasid|peatas|peatasid) (remonditööde|toetuste)\b", s), s
    titles = {prose.title() for _ in range(100)}
    assert len(titles) > 80 and any(" saab " in t for t in titles)
    places = fen._et_places()
    assert len(places) == 400 and all(p[-1] in "aeiouõäöü" for p in places)


def test_esports_patch_hub(pages: list[SynthPage]) -> None:
    tables = 0
    for page in family(pages, "esports-patch-hub"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/news/[a-z-]+/[a-z0-9-]+/|/[a-z-]+/patch-notes/[a-z0-9-]+-\d{5}", page.path)
        ld = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert ld["datePublished"] == page.published_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines = page.body.split("\n")
        for table in doc.xpath('//div[@class="article-body"]//table'):
            rows = _rows(table)
            assert rows[0] == "Hero Ability Stat Before After"
            assert all(r in lines for r in rows)
            tables += 1
        tldr = norm_ws(doc.xpath('//aside[@class="tldr"]')[0].text_content())
        assert tldr not in page.body and not any(tldr in x or x in tldr for x in page.boilerplate)
        assert any(x.startswith("LIVE: ") for x in page.boilerplate)
        assert any(x.startswith("Related: ") for x in page.boilerplate)
        assert any(x.startswith("Clip: ") for x in page.boilerplate)
    assert tables


def test_chamber_commerce_news(pages: list[SynthPage]) -> None:
    lists = 0
    for page in family(pages, "chamber-commerce-news"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/details/[a-z0-9-]+-\d{2}-\d{2}-2026|/news/NewsArticleDisplay\.aspx\?ArticleID=\d+",
                            page.path)
        assert texts(doc, '//div[@class="gz-news-date"]')[0].endswith(f"{d.day}, {d.year}")
        assert not doc.xpath("//time|//script|//meta[@property]")
        assert any(x.startswith("About the ") for x in page.boilerplate)
        assert any(x.startswith("Media contact: ") for x in page.boilerplate)
        lists += bool(doc.xpath('//div[@class="gz-news-body"]/ul'))
        for li in texts(doc, '//div[@class="gz-news-body"]/ul/li'):
            assert li in page.body.split("\n")
    assert lists


def test_realestate_news_listing(pages: list[SynthPage]) -> None:
    tables = 0
    for page in family(pages, "realestate-news-listing"):
        doc = lxml.html.document_fromstring(page.html)
        ld = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert ld["datePublished"] == page.published_at.isoformat(timespec="seconds")
        card = doc.xpath('//div[@class="listing-card"]')
        assert card and all(norm_ws(x.text_content()) not in page.body for x in card[0].iter("p"))
        assert any(x.startswith("Listed by ") for x in page.boilerplate)
        for x in texts(doc, '//section[@class="takeaways"]/ul/li'):
            assert x not in page.body.split("\n") and x not in page.boilerplate
        for table in doc.xpath('//table[@class="data"]'):
            assert all(r in page.body.split("\n") for r in _rows(table))
            tables += 1
    assert tables
