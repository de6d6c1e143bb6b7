"""The families of pipeline.synth.wold_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("wold"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement, xpath: str = '//head/script[@type="application/ld+json"]') -> list[dict]:
    return [json.loads(x.text) for x in doc.xpath(xpath)]


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_site_wide_and_per_page_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        {
            "infinite-scroll-next-story": "Copyright ©",
            "amp-article": "© ",
            "sponsored-brand-studio": "Paid posts are produced by",
            "syndicated-partner-repost": "We want our journalism",
        },
        {
            "infinite-scroll-next-story": "Published ",
            "amp-article": "Have your say:",
            "sponsored-brand-studio": "This content was paid for by",
            "syndicated-partner-repost": "By ",
        },
    )


def test_infinite_scroll_next_story(pages: list[SynthPage]) -> None:
    by_path = {(p.site, p.path): p for p in pages}
    forms: set[str] = set()
    counts: set[int] = set()
    for page in family(pages, "infinite-scroll-next-story"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(
            r"/news/[a-z-]+/[a-z0-9-]+-\d{7}|/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/story/[a-z-]+/\d{4}/\d\d/\d\d/[a-z0-9-]+/"
            r"\d{11}/",
            page.path,
        )
        (head,) = _ld(doc)
        assert datetime.fromisoformat(head["datePublished"]) == page.published_at
        first = doc.xpath('//article[@class="article"]')[0]
        assert texts(first, ".//h1") == [page.title]
        assert first.xpath(".//time/@datetime") == [page.published_at.isoformat()]
        content = first.xpath('.//div[@class="article-body"]')[0]
        assert _items(content, ("p", "h2")) == page.body.split("\n")
        assert all(x in page.boilerplate for x in texts(content, './div[contains(@class, "ad-slot")]'))
        dek = texts(first, './/p[@class="dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
        nexts = doc.xpath('//*[contains(concat(" ", @class, " "), " next-article ")]')
        assert nexts and texts(doc, '//div[@class="next-divider"]')[0] == "Up next"
        counts.add(len(nexts))
        for el in nexts:
            forms.add(el.tag)
            other = by_path[(page.site, el.get("data-url"))]
            assert other is not page
            (ld,) = [json.loads(x.text) for x in el.xpath('./script[@type="application/ld+json"]')]
            assert datetime.fromisoformat(ld["datePublished"]) == other.published_at
            assert texts(el, ".//h2")[0] == other.title and other.title in page.boilerplate
            assert texts(el, './/span[@class="author"]')[0] in page.boilerplate
            paras = texts(el, './/div[@class="article-body"]/p')
            assert all(x not in page.body for x in paras)
            assert sum(x in p for x in page.boilerplate for p in paras) >= 2
    assert forms == {"article", "div"} and counts == {1, 2}


def test_amp_article(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    for page in family(pages, "amp-article"):
        doc = lxml.html.document_fromstring(page.html)
        assert "<html ⚡" in page.html and "amp-twitter" not in page.html
        forms.add(re.sub(r"[^/.?]+", "", page.path)[-4:])
        (ld,) = _ld(doc)
        assert datetime.fromisoformat(ld["datePublished"]) == page.published_at
        assert ld["datePublished"][-6:] in ("+00:00", "+01:00")
        (canonical,) = doc.xpath('//link[@rel="canonical"]/@href')
        assert "amp" not in canonical.rsplit("/", 2)[-2:] and not canonical.endswith(".amp")
        content = doc.xpath('//div[@class="article-body"]')[0]
        assert _items(content, ("p", "h2", "blockquote")) == page.body.split("\n")
        (quote,) = texts(content, "./blockquote")
        assert quote.startswith("\u201c") and quote in page.body.split("\n")
        for xpath in ('//amp-carousel//figcaption', '//amp-accordion//h4/following-sibling::ul//a',
                      '//p[@class="share-label"]', '//p[@class="poll-question"]', '//p[@class="ad-label"]'):
            found = texts(doc, xpath)
            assert found and all(x in page.boilerplate for x in found), xpath
        assert content.xpath(".//amp-ad") and content.xpath(".//amp-iframe")
        assert doc.xpath("//amp-sidebar//a") and doc.xpath('//amp-analytics/script[@type="application/json"]')
        for dek in texts(doc, '//p[@class="standfirst"]'):
            assert dek not in page.body and dek not in page.boilerplate
    assert len(forms) >= 2


def test_sponsored_brand_studio(pages: list[SynthPage]) -> None:
    for page in family(pages, "sponsored-brand-studio"):
        doc = lxml.html.document_fromstring(page.html)
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert [datetime.fromisoformat(x) for x in published] == [page.published_at]
        assert "datePublished" not in page.html
        content = doc.xpath('//div[@class="paid-post-body"]')[0]
        assert _items(content, ("p", "h2")) == page.body.split("\n")
        (disclosure,) = texts(doc, '//p[@class="disclosure"]')
        assert disclosure in page.boilerplate
        assert disclosure.endswith("Brand Studio. The news and editorial staffs had no role in its preparation.")
        (cta,) = texts(doc, '//aside[@class="sponsor-cta"]/p')
        assert cta in page.boilerplate
        assert texts(doc, '//span[@class="presented"]')[0] in page.boilerplate
        assert doc.xpath('//img[@class="sponsor-logo"]/@alt')
        assert any(x.startswith("More from ") and x.endswith(" Brand Studio") for x in page.boilerplate)
        dek = texts(doc, '//p[@class="paid-post-dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate


def test_syndicated_partner_repost(pages: list[SynthPage]) -> None:
    places: set[bool] = set()
    for page in family(pages, "syndicated-partner-repost"):
        doc = lxml.html.document_fromstring(page.html)
        (ld,) = _ld(doc)
        assert datetime.fromisoformat(ld["datePublished"]) == page.published_at
        assert datetime.fromisoformat(ld["dateModified"]) > page.published_at
        (canonical,) = doc.xpath('//link[@rel="canonical"]/@href')
        partner = ld["sourceOrganization"]["name"]
        assert page.site not in canonical and canonical == ld["isBasedOn"]
        content = doc.xpath('//div[@class="article-body"]')[0]
        assert _items(content, ("p", "h3", "blockquote")) == page.body.split("\n")
        (note,) = texts(doc, '//p[@class="origin-note"]')
        assert note == f"This article originally appeared in {partner}. It is republished here with permission."
        assert note in page.boilerplate
        places.add(bool(content.xpath('./preceding-sibling::p[@class="origin-note"]')))
        assert texts(doc, '//span[@class="byline"]')[0] == next(x for x in page.boilerplate if x.startswith("By "))
        (pixel,) = doc.xpath('//img[@width="1"]')
        assert pixel.get("alt") and "pixel" in pixel.get("src")
        assert texts(doc, '//button[@class="republish-button"]') == ["Republish this story"]
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="partner-promo"]/p'))
    assert places == {True, False}


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::5]}]
    assert any("?" in p.path for p in some)
    with serve_pages(some) as bases:
        for page in some[::2]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
