"""The families of pipeline.synth.glen_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import glen_families as glen
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("glen"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_ca_diari_comarcal(pages: list[SynthPage]) -> None:
    lists = 0
    forms: set[str] = set()
    for page in family(pages, "ca-diari-comarcal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "ca" and page.tz in glen.CA_ZONES
        assert re.fullmatch(r"/noticia/\d+/[a-z0-9-]+|/[a-z-]+/\d{4}/\d\d/\d\d/[a-z0-9-]+\.html", page.path)
        forms.add(page.path.startswith("/noticia/"))
        assert doc.xpath('//meta[@itemprop="datePublished"]/@content') == [d.isoformat()]
        assert texts(doc, '//span[@class="data"]') == [glen._ca_date(d)]
        content = doc.xpath('//div[@class="cos-noticia"]')[0]
        assert _items(content, ("p", "h3")) == page.body.split("\n")
        subtitle = texts(doc, '//h2[@class="subtitol"]')[0]
        assert subtitle not in page.body and subtitle not in page.boilerplate
        assert all(x in page.boilerplate for x in texts(content, ".//aside//a"))
        lists += bool(content.xpath("./ul"))
        assert not re.search(r"\b(the|and|of)\b", page.body)
    assert lists and len(forms) == 2


def test_catalan_grammar() -> None:
    prose = prose_for("ca", random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 280 and all(s.endswith(".") for s in sentences)
    for s in sentences:
        for agent, plural in glen.CA_AGENTS:
            m = re.match(rf"{re.escape(agent)} (ha|han|va|van) ", s[0].lower() + s[1:])
            if m:
                assert (m.group(1) in ("han", "van")) == plural, s
        assert not re.search(r"\bde [aeiouàèéíòóú]", s), s
    assert glen._ca_date(datetime(2026, 4, 7, 9, 5)) == "dimarts, 7 d'abril de 2026 · 09:05"
    assert prose.person().split()[0] in glen.CA_FIRST


def test_crypto_markets_desk(pages: list[SynthPage]) -> None:
    for page in family(pages, "crypto-markets-desk"):
        doc = lxml.html.document_fromstring(page.html)
        utc = page.published_at.astimezone(UTC)
        assert doc.xpath('//meta[@name="parsely-pub-date"]/@content') == [f"{utc:%Y-%m-%dT%H:%M:%SZ}"]
        content = doc.xpath('//div[@class="story-body"]')[0]
        skip = texts(content, './p[@class="read-also"]') + texts(content, './p[@class="disclaimer"]')
        assert skip and all(x in page.boilerplate for x in skip)
        assert [x for x in _items(content, ("p", "h2")) if x not in skip] == page.body.split("\n")
        for x in texts(doc, '//div[@class="key-takeaways"]//li'):
            assert x not in page.body and x not in page.boilerplate
        assert " over 24 hours at the time of writing." in page.body


def test_library_news_events(pages: list[SynthPage]) -> None:
    for page in family(pages, "library-news-events"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/(news|blogs/post)/[a-z0-9-]+", page.path)
        assert [datetime.fromisoformat(x) for x in doc.xpath('//meta[@name="dcterms.date"]/@content')] == [d]
        content = doc.xpath('//div[contains(@class, "field--name-body")]')[0]
        assert _items(content, ("p", "h2")) == page.body.split("\n")
        box = texts(doc, '//div[@class="event-details"]')[0]
        assert box not in page.body and not any(x in box for x in page.boilerplate)
        assert texts(doc, '//div[@class="node__submitted"]')[0] in page.boilerplate


def test_business_morning_brief(pages: list[SynthPage]) -> None:
    for page in family(pages, "business-morning-brief"):
        doc = lxml.html.document_fromstring(page.html)
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        content = doc.xpath('//div[@class="issue-body"]')[0]
        assert _items(content, ("p", "h3")) == page.body.split("\n")
        assert content.xpath('./h3[@class="brief-item"]')
        for cls in ("sponsor", "greeting", "signoff"):
            assert texts(doc, f'//p[@class="{cls}"]')[0] in page.boilerplate


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
