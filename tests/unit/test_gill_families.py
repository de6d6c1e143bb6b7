"""The families of pipeline.synth.gill_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from collections import Counter
from datetime import datetime
from functools import cache

import lxml.html
import pytest

from pipeline.synth import gill_families as gill
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import (
    check_recurring_bios,
    check_site_wide_boilerplate,
    family,
    long_lines,
    norm_ws,
    split_pages,
    texts,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("gill"))


@cache
def corpus() -> tuple[SynthPage, ...]:
    """The whole split as generated for it: two publishers of each family, 20 articles each."""
    return tuple(generate_corpus("gill"))


def _ld(doc: lxml.html.HtmlElement) -> list[dict[str, object]]:
    """The JSON-LD objects of the page (an @graph's members one by one)."""
    out: list[dict[str, object]] = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        data = json.loads(script.text)
        out += data.get("@graph", [data])
    return out


def _lines(container: lxml.html.HtmlElement, xpath: str) -> list[str]:
    return [norm_ws(el.text_content()) for el in container.xpath(xpath)]


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_urls_unique_and_articles_differ_within_a_site() -> None:
    """No two pages of the split share a URL, and no paragraph (body line of more than six words) of
    a page is on another page of its site: every page's text is its own."""
    pages = corpus()
    assert len({p.url for p in pages}) == len(pages)
    by_site: dict[str, list[SynthPage]] = {}
    for page in pages:
        by_site.setdefault(page.site, []).append(page)
    assert len(by_site) == 8
    for site, site_pages in by_site.items():
        assert len({p.body for p in site_pages}) == len(site_pages) == 20, site
        counts = Counter(x for p in site_pages for x in set(long_lines(p)))
        repeated = [x for x, n in counts.items() if n > 1]
        assert not repeated, (site, repeated[:3])
        assert len({p.title for p in site_pages}) == 20, site


def test_zones_and_languages(pages: list[SynthPage]) -> None:
    for page in pages:
        assert page.language == "en"
        if page.family in ("listicle-slides", "weather-desk-forecast"):
            assert page.tz in gill._US


def test_site_wide_and_per_page_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "faq-explainer-accordion": "Have a question we didn't answer?",
            "listicle-slides": "More lists from ",
            "weather-desk-forecast": "Download the ",
            "letters-to-the-editor": "The views expressed in letters",
        },
        varying={
            "faq-explainer-accordion": "Sources: ",
            "listicle-slides": "Get our Eat & Drink newsletter",
            "weather-desk-forecast": "Weather Alert: ",
            "letters-to-the-editor": "Published ",
        },
    )


def test_faq_explainer_accordion(pages: list[SynthPage]) -> None:
    forms: set[tuple[bool, bool]] = set()
    for page in family(pages, "faq-explainer-accordion"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(
            r"/news/local/[a-z0-9-]+/article_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.html"
            r"|/explainers/\d{4}/\d\d/\d\d/[a-z0-9-]+/",
            page.path,
        )
        ld = {str(x["@type"]): x for x in _ld(doc)}
        assert datetime.fromisoformat(str(ld["NewsArticle"]["datePublished"])) == page.published_at
        assert doc.xpath("//time/@datetime") == [page.published_at.isoformat()]
        content = doc.xpath('//div[@class="asset-content"]')[0]
        intro = _lines(content, './p[not(@class="ask-us")]')
        details = content.xpath('.//details[@class="faq__item"]')
        qa: list[str] = []
        if details:
            for item in details:
                assert item.get("open") is None  # collapsed
                qa += _lines(item, "./summary") + _lines(item, './div[@class="faq__answer"]/p')
        else:
            for item in content.xpath('.//div[@class="accordion-item"]'):
                assert item.xpath(".//button/@aria-expanded") == ["false"]
                assert item.xpath('./div[@role="region"]/@hidden') == [""]
                qa += _lines(item, ".//button") + _lines(item, './div[@role="region"]/p')
        assert intro + qa == page.body.split("\n")
        questions = [q["name"] for q in ld["FAQPage"]["mainEntity"]]  # type: ignore[index]
        assert len(questions) >= 4 and all(q in page.body.split("\n") for q in questions)
        for snippet in ("Expand all Collapse all", "Was this helpful? Yes No"):
            assert snippet in page.boilerplate
        assert any(x.startswith("Updated ") for x in page.boilerplate)
        dek = texts(doc, '//p[@class="dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
        forms.add((bool(details), page.path.startswith("/news/")))
    assert {d for d, _ in forms} == {True, False} and {b for _, b in forms} == {True, False}


def test_listicle_slides(pages: list[SynthPage]) -> None:
    for page in family(pages, "listicle-slides"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(
            r"/food/best-of/[a-z0-9-]+-\d{7}|/things-to-do/restaurants/\d{4}/\d\d/\d\d/[a-z0-9-]+/", page.path
        )
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            page.published_at.isoformat()
        ]
        body = doc.xpath('//div[@class="article-body"]')[0]
        lines = _lines(body, './/p[not(@class) or @class=""]|.//h2')
        assert lines == page.body.split("\n")
        heads = _lines(body, ".//h2")
        n = int(re.match(r"\D*(\d+)", page.title).group(1))  # type: ignore[union-attr]
        assert [int(h.split(".")[0]) for h in heads] == list(range(1, n + 1))
        for info in _lines(body, './/p[@class="info-line"]'):
            assert info.startswith("Address: ") and " | Hours: " in info
            assert info not in page.body and info not in page.boilerplate
        assert len(_lines(body, './/p[@class="info-line"]')) == n
        for caption in _lines(body, './/span[@class="caption"]') + _lines(body, './/span[@class="credit"]'):
            assert caption in page.boilerplate
        slides = bool(body.xpath('.//div[@class="slide"]'))
        assert ("Previous slide Next slide" in page.boilerplate) == slides
        assert (f"View gallery: {n} photos" in page.boilerplate) == (not slides)
        assert any(x.startswith(page.publisher) and "commission" in x for x in page.boilerplate)


def test_weather_desk_forecast(pages: list[SynthPage]) -> None:
    for page in family(pages, "weather-desk-forecast"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/weather/weather-blog/[a-z0-9-]+/|/\d{4}/\d\d/\d\d/[a-z0-9-]+/", page.path)
        stamps = doc.xpath('//meta[@property="article:published_time"]/@content')
        if stamps:
            assert stamps == [d.isoformat()]
            assert any(x.startswith(f"Posted: {d:%b} {d.day}, {d.year} / ") for x in page.boilerplate)
        else:
            assert datetime.fromisoformat(str(_ld(doc)[0]["datePublished"])) == d
            assert any(x.startswith("Published: ") and str(d.year) in x for x in page.boilerplate)
        content = doc.xpath('//div[@class="article-content"]')[0]
        assert _lines(content, "./p|./h2") == page.body.split("\n")
        heads = _lines(content, "./h2")
        assert heads[0] in ("Today", "Tonight") and len(heads) >= 4
        cards = _lines(doc, '//li[@class="forecast-day"]')
        assert len(cards) == 7 and all(x in page.boilerplate for x in cards)
        assert all(not any(x in line for x in cards) for line in page.body.split("\n"))
        banner = texts(doc, '//div[@role="alert"]')[0]
        assert banner.startswith("Weather Alert: ") and banner in page.boilerplate
    check_recurring_bios(
        pages, {"weather-desk-forecast": ('//div[@class="author-bio"]/h4', '//div[@class="author-bio"]/p')}
    )


def test_letters_to_the_editor(pages: list[SynthPage]) -> None:
    for page in family(pages, "letters-to-the-editor"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(
            r"/story/opinion/letters/\d{4}/\d\d/\d\d/[a-z0-9-]+/\d{8}007/|/opinion/letters/[a-z0-9-]+-\d{8}",
            page.path,
        )
        ld = _ld(doc)[0]
        assert ld["@type"] == "OpinionNewsArticle"
        assert datetime.fromisoformat(str(ld["datePublished"])) == page.published_at
        body = doc.xpath('//div[contains(@class, "letters-body")]')[0]
        assert _lines(body, ".//h3|.//p") == page.body.split("\n")
        heads = _lines(body, ".//h3")
        assert 4 <= len(heads) <= 6
        sigs = _lines(body, './/p[@class="letter-signature"]|.//p[@class="gnt_ar_b_p"]')
        assert len(sigs) == len(heads) and all(
            re.fullmatch(r"[A-Z][\w' ]+ [\w']+, [A-Z][\w ]+", x) for x in sigs
        )
        guide = texts(doc, '//aside[@class="letters-guidelines"]/p')
        assert guide[0].startswith("Letters should be under 250 words") and all(
            x in page.boilerplate for x in guide
        )
        dek = texts(doc, '//p[@class="dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::11]}]
    with serve_pages(some) as bases:
        for page in some[::4]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
