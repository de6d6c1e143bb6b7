"""The families of pipeline.synth.wynd_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import wynd_families as wynd
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts, words


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("wynd"))


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _ld(doc: lxml.html.HtmlElement) -> dict:
    return json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = _norm(page.body)
        assert not [x for x in page.boilerplate if _norm(x) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("wynd")
    assert len(corpus) == 160
    assert len({p.url for p in corpus}) == len(corpus)


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "product-roundup-affiliate": "We may earn a commission",
            "book-review-infobox": "Sign up for our books newsletter",
            "social-embeds-story": "Follow ",
            "science-news-references": "Republish this article",
        },
        varying={
            "product-roundup-affiliate": "Buy at ",
            "book-review-infobox": "Buy from ",
            "social-embeds-story": "Published ",
            "science-news-references": "Image credit: ",
        },
    )


def test_product_roundup_affiliate(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    tables = set()
    for page in family(pages, "product-roundup-affiliate"):
        doc = lxml.html.document_fromstring(page.html)
        assert datetime.fromisoformat(_ld(doc)["datePublished"]) == page.published_at
        assert re.fullmatch(r"/shopping/[a-z0-9-]+/|/reviews/\d{4}/\d\d/[a-z0-9-]+-\d{6}", page.path)
        assert "2026" in page.title and page.title.lower().startswith(("the ", "best "))
        shown = doc.xpath(
            '//div[@class="guide-body"]/p | //section[@class="product-card"]/*[self::h2 or self::h3 or self::p]'
            ' | //section[@class="product-card"]//li | //section[@class="how-we-tested"]/*'
        )
        assert [norm_ws(el.text_content()) for el in shown] == page.body.split("\n")
        cards = doc.xpath('//section[@class="product-card"]')
        assert 5 <= len(cards) <= 8
        for card in cards:
            head = texts(card, './*[@class="product-name"]')[0]
            assert words(head) <= 6 and head in page.body
            forms.add(bool(re.match(r"\d\. ", head)))
            buys = texts(card, './/a[@class="buy-button"]')
            assert buys and all(re.fullmatch(r"Buy at [A-Z][A-Za-z' ]+ \$\d+", x) for x in buys)
            assert all(x in page.boilerplate for x in buys)
            assert texts(card, ".//h4") == ["Pros", "Cons"]
            assert all(x in page.body.split("\n") and words(x) <= 6 for x in texts(card, ".//li"))
            assert texts(card, ".//figcaption")[0] in page.boilerplate
            for low in texts(card, './/div[@class="price-widget"]'):
                assert low.startswith("Lowest price today: $") and low in page.boilerplate
        disclosure = texts(doc, '//p[@class="affiliate-disclosure"]')[0]
        assert disclosure.startswith("We may earn a commission") and disclosure in page.boilerplate
        assert texts(doc, '//aside[@class="trust-box"]/h3') == ["Why you can trust us"]
        assert "Why you can trust us" in page.boilerplate and "How we tested" in page.body.split("\n")
        cells = texts(doc, "//table//td")
        tables.add(bool(cells))
        assert all(x not in page.boilerplate for x in cells)
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="more-guides"]//a'))
    assert forms == {True, False} and tables == {True, False}


def test_book_review_infobox(pages: list[SynthPage]) -> None:
    places: set[bool] = set()
    quotes = 0
    for page in family(pages, "book-review-infobox"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert [datetime.fromisoformat(x) for x in meta] == [d]
        body = doc.xpath('//div[@class="review-body"]')[0]
        assert texts(body, "./p[not(@class)]") == page.body.split("\n")
        box = doc.xpath('//aside[starts-with(@class, "book-details")]')[0]
        beside = box.getparent() is body
        places.add(beside)
        assert beside == ("book-details--float" in box.get("class"))
        book = texts(box, './h3[@class="bd-title"]')[0]
        assert book not in page.boilerplate and texts(box, ".//h4") == ["Buy the book"]
        assert texts(box, './p[@class="bd-meta"]')[0] in page.boilerplate
        assert all(x.startswith("Buy from ") and x in page.boilerplate for x in texts(box, ".//a"))
        rating = texts(doc, '//span[@class="rating-text"]')
        assert all(re.fullmatch(r"Rating: [1-5] out of 5 stars", x) and x in page.boilerplate for x in rating)
        assert re.fullmatch("[\u2605\u2606]{5}", texts(doc, '//span[@class="stars"]')[0])
        for sent in page.repeated:
            quotes += 1
            assert texts(doc, '//aside[@class="pullquote"]/p') == [f"\u201c{sent}\u201d"]
        closing = texts(doc, '//p[@class="publication-note"]')
        assert bool(closing) == (page.tz == "Europe/London")
        assert all(x.startswith(f"{book} by ") and x in page.boilerplate for x in closing)
        for dek in texts(doc, '//p[@class="standfirst"]'):
            assert dek not in page.body and dek not in page.boilerplate
        assert any(x.startswith("Sign up for our books newsletter") for x in page.boilerplate)
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="review-card"]/a'))
    assert places == {True, False} and quotes


def test_social_embeds_story(pages: list[SynthPage]) -> None:
    kinds: set[str] = set()
    skips: set[bool] = set()
    for page in family(pages, "social-embeds-story"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert [datetime.fromisoformat(x) for x in doc.xpath("//time/@datetime")] == [d]
        for a in doc.xpath('//blockquote[@class="twitter-tweet"]/p/a'):
            assert norm_ws(a.text_content()).startswith("pic.twitter.com/")
            a.drop_tree()  # the link is neither body nor boilerplate
        body = doc.xpath('//div[@class="article-body"]')[0]
        posts = ('blockquote[@class="twitter-tweet"]/p | .//blockquote[@class="bluesky-embed"]/p'
                 ' | .//p[@class="ig-caption"] | .//p[@class="tp-text"]')
        lines = texts(body, f'./p | ./h2 | ./h3 | .//{posts}')
        assert lines == page.body.split("\n")
        embeds = body.xpath('./div[@class="social-embed"] | ./figure[@class="video-embed"]')
        assert 2 <= len(body.xpath('.//div[@class="social-embed"]//blockquote | .//figure')) <= 4
        assert embeds
        for q in body.xpath(".//blockquote"):
            kinds.add(q.get("class"))
            post = texts(q, './p[not(@class="ig-credit")]')[0]
            assert post in page.body.split("\n") and post not in page.boilerplate
        for tweet in body.xpath('.//blockquote[@class="twitter-tweet"]'):
            attrib = norm_ws("".join(tweet.xpath("./text() | ./a/text()")))
            assert re.fullmatch(r"\u2014 .+ \(@\w+\) [A-Z][a-z]+ \d{1,2}, 2026", attrib), attrib
            assert attrib in page.boilerplate
        for ig in body.xpath('.//blockquote[@class="instagram-media"]'):
            assert texts(ig, "./div/a") == ["View this post on Instagram"]
            assert "View this post on Instagram" in page.boilerplate
            assert texts(ig, './p[@class="ig-credit"]')[0] in page.boilerplate
        for fig in body.xpath('.//figure[@class="video-embed"]'):
            kinds.add("youtube")
            assert "youtube.com/embed/" in fig.xpath(".//iframe/@src")[0]
            assert texts(fig, "./figcaption")[0] in page.boilerplate
        for skip in texts(body, './/a[@class="skip-link"] | .//p[@class="end-of-post"]'):
            assert re.match(r"(Skip|End of) (X|Bluesky|Instagram|Threads) post by ", skip)
            assert skip in page.boilerplate
        skips.add(bool(body.xpath('.//a[@class="skip-link"]')))
        assert any(x.startswith("Follow ") for x in page.boilerplate)
    assert kinds == {"twitter-tweet", "bluesky-embed", "instagram-media", "text-post-media", "youtube"}
    assert skips == {True, False}


def test_science_news_references(pages: list[SynthPage]) -> None:
    spacing: set[bool] = set()
    boxes: set[bool] = set()
    for page in family(pages, "science-news-references"):
        doc = lxml.html.document_fromstring(page.html)
        assert datetime.fromisoformat(_ld(doc)["datePublished"]) == page.published_at
        text = doc.xpath('//div[@class="article-text"]')[0]
        assert texts(text, "./p | ./h2") == page.body.split("\n")
        marks = [int(x) for x in re.findall(r"\[(\d+)\]", page.body)]
        assert marks == list(range(1, len(marks) + 1)) and marks
        spacing.add(" [1]" in page.body)
        refs = texts(doc, '//section[@class="references"]//li')
        assert len(refs) == len(marks)
        for ref in refs:
            assert re.search(r"\(\d{4}\)\. https://doi\.org/10\.\d+/", ref) and ref in page.boilerplate
        assert "References" not in page.boilerplate
        sups = texts(text, './/sup[@class="cite"]')
        assert sups == [f"[{k}]" for k in marks]
        for fig in doc.xpath('//figure[@class="article-figure"]'):
            cap, credit = texts(fig, './/p[@class="fig-caption"]')[0], texts(fig, './/p[@class="fig-credit"]')[0]
            assert re.match(r"Figure \d: ", cap) and cap in page.boilerplate
            assert credit.startswith("Image credit: ") and credit in page.boilerplate
        points = texts(doc, '//aside[@class="key-points"]//li')
        boxes.add(bool(points))
        for point in points:
            assert point not in page.body and point not in page.boilerplate
        cite = texts(doc, '//div[@class="cite-box"]/p')[0]
        assert page.title in cite and cite in page.boilerplate
        assert any(x.startswith("Republish this article") for x in page.boilerplate)
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="related-research"]//a'))
    assert spacing == {True, False} and boxes == {True, False}


def test_family_zones(pages: list[SynthPage]) -> None:
    for page in pages:
        assert page.tz in wynd.FAMILY_ZONES[page.family]


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
