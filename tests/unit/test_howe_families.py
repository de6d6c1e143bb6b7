"""The families of pipeline.synth.howe_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import howe_families as howe
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts, words


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("howe"))


def _ld(doc: lxml.html.HtmlElement) -> list[dict[str, object]]:
    return [json.loads(x.text) for x in doc.xpath('//script[@type="application/ld+json"]')]


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_unnamed_comments_thread(pages: list[SynthPage]) -> None:
    kinds: set[bool] = set()
    for page in family(pages, "unnamed-comments-thread"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/[a-z-]+/[a-z0-9-]+-\d{8}|/news/\d{4}/\d\d/\d\d/[a-z0-9-]+/", page.path)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        lines = page.body.split("\n")
        first = next(p for p in doc.xpath("//main//p") if norm_ws(p.text_content()) == lines[0])
        article = first.getparent()
        assert [norm_ws(el.text_content()) for el in article] == lines
        thread = doc.xpath('//section[@id="comments"]')[0]
        items = thread.xpath(".//div[@data-id]")
        assert 15 <= len(items) <= 40
        hashed = bool(re.fullmatch(r"css-[0-9a-z]{7}", thread.get("class")))
        kinds.add(hashed)
        said = 0
        for item in items:
            own = item.xpath("./p | ./div/p")
            assert 1 <= len(own) <= 4
            for p in own:
                text = norm_ws(p.text_content())
                assert text not in page.body
                assert text in page.boilerplate or words(text) < 4
                said += 1
                if hashed:  # a comment's paragraph has the class of the article's paragraphs
                    assert p.get("class") == first.get("class")
            stamp = norm_ws(item.xpath("./div[1]/span[2]")[0].text_content())
            assert re.fullmatch(r"\d+ (minute|hour|day)s? ago", stamp), stamp
            assert texts(item, "./div[button]/button") == ["Reply", "Report"]
        assert said >= 15
        assert f"{len(items)} comments on this story" in page.boilerplate
        assert "Log in or register to join the conversation" in page.boilerplate
    assert kinds == {True, False}


def test_whats_on_event_roundup(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    for page in family(pages, "whats-on-event-roundup"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz == "Europe/London"
        reach = page.path.startswith("/whats-on/whats-on-news/")
        forms.add(reach)
        assert re.fullmatch(r"/whats-on/whats-on-news/[a-z0-9-]+-\d{8}|/lifestyle/whats-on/\d{4}/\d\d/\d\d/"
                            r"[a-z0-9-]+/", page.path)
        if reach:
            assert datetime.fromisoformat(str(_ld(doc)[0]["datePublished"])) == d
        else:
            utc = d.astimezone(UTC)
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
                f"{utc:%Y-%m-%dT%H:%M:%SZ}"]
        content = doc.xpath('//div[@class="article-body"]')[0]
        shown = './/h3 | .//p[not(@class="map-label")]'
        lines = [norm_ws(el.text_content()) for el in content.xpath(shown)]
        assert lines == page.body.split("\n")
        cards = content.xpath('./div[@class="event-card"]')
        assert 6 <= len(cards) <= 12
        for card in cards:
            name, details = texts(card, "./h3")[0], texts(card, './p[@class="event-details"]')[0]
            assert words(name) <= 6 and name in page.body
            assert re.fullmatch(r"(Until )?(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]+, "
                                r"([0-9.apm-]+, )?[A-Z][a-z]+, (£[0-9.£-]+|free)", details), details
            assert texts(card, './/p[@class="map-label"]')[0] in page.boilerplate
            assert "Add to calendar" in card.text_content()
        assert any(x.startswith("This article contains affiliate links.") for x in page.boilerplate)
        assert words(page.body.split("\n")[-1]) > 6
    assert forms == {True, False}


def test_gallery_captions_story(pages: list[SynthPage]) -> None:
    for page in family(pages, "gallery-captions-story"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.tz in howe.FAMILY_ZONES["gallery-captions-story"]
        ld = _ld(doc)
        if ld:
            assert ld[0]["@type"] == "ImageGallery"
            assert datetime.fromisoformat(str(ld[0]["datePublished"])) == d
        else:
            utc = d.astimezone(UTC)
            assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
                f"{utc:%Y-%m-%dT%H:%M:%SZ}"]
        slides = doc.xpath('//figure[@class="gallery__slide"]')
        n = len(slides)
        assert 8 <= n <= 20
        captions = [texts(f, './figcaption/p[not(@class)]')[0] for f in slides]
        assert [*texts(doc, '//div[@class="gallery__intro"]/p'), *captions] == page.body.split("\n")
        for i, f in enumerate(slides):
            assert texts(f, './div[@class="gallery__counter"]') == [f"{i + 1} of {n}"]
            credit = texts(f, './/p[@class="gallery__credit"]')[0]
            assert re.fullmatch(r"Photo: [A-Z][a-z]+ [A-Z][a-z]+ / [A-Za-z ]+", credit)
            assert credit in page.boilerplate
            assert f.xpath(".//img/@alt") == [""]
        assert f"View image {n} of {n}" in page.boilerplate
        assert texts(doc, '//button[@class="gallery__start"]') == ["Start slideshow"]


def test_advice_column_letter(pages: list[SynthPage]) -> None:
    send: dict[tuple[str, str], set[str]] = {}
    for page in family(pages, "advice-column-letter"):
        doc = lxml.html.document_fromstring(page.html)
        data = _ld(doc)[0]
        assert data["@type"] in ("NewsArticle", "OpinionNewsArticle")
        published = datetime.fromisoformat(str(data["datePublished"]))
        assert published == page.published_at and published.utcoffset()
        content = doc.xpath('//div[@class="asset-content"]')[0]
        tagline = texts(content, './p[@class="tagline"]')[0]
        assert tagline.startswith("Send your questions") and tagline in page.boilerplate
        assert texts(content, './p[not(@class="tagline")]') == page.body.split("\n")
        lines = page.body.split("\n")
        sign = texts(content, './p[@class="signature"]')[0]
        at = lines.index(sign)
        assert re.fullmatch(r"\u2014 [A-Z][a-z]+( Out)? in [A-Z][a-z]+", sign)
        mood = sign.split()[1]
        assert re.match(r"(DEAR|Dear) ", lines[0]) and lines[at + 1].lower().startswith(f"dear {mood.lower()}")
        assert 1 <= at <= 3 and 2 <= len(lines) - at - 1 <= 5
        column = texts(doc, '//p[@class="kicker"]')[0]
        assert column not in page.boilerplate
        send.setdefault((page.site, column), set()).add(tagline)
        copyright_line = texts(doc, '//p[@class="syndicate-copyright"]')[0]
        assert copyright_line.startswith("\u00a9 2026") and copyright_line in page.boilerplate
        assert any(x.endswith("newspapers and websites.") for x in page.boilerplate)
    assert all(len(v) == 1 for v in send.values())


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
