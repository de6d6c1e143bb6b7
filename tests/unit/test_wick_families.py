"""The families of pipeline.synth.wick_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest

from pipeline.synth import wick_families as wick
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, heads, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("wick"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...]) -> list[str]:
    """The text of the container's children with `tags`, a list's items one by one."""
    out: list[str] = []
    for el in container:
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
    assert isinstance(data, dict)
    return data


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_mailchimp_newsletter_archive(pages: list[SynthPage]) -> None:
    forms: set[bool] = set()
    cells: set[bool] = set()
    for page in family(pages, "mailchimp-newsletter-archive"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/\?u=[0-9a-f]{25}&id=[0-9a-f]{10}|/[a-z0-9]+/[a-z0-9-]+", page.path)
        forms.add(page.path.startswith("/?u="))
        assert page.tz in wick._US
        # the date: the visible date line and the subject line in <title>
        line = f"{d:%A}, {wick._en_date(d)} · {wick._clock(d, caps=True)} {d.tzname()}"
        assert line in texts(doc, '//td[contains(@class, "mcnTextContent")]/h4')
        assert line in page.boilerplate
        title = doc.findtext(".//title") or ""
        assert wick._en_date(d) in title or f"{d:%m/%d/%Y}" in title
        assert not doc.xpath("//time") and "datePublished" not in page.html
        # the lead section is the body, four to six paragraphs and one or two bold headings
        lead = doc.xpath('//td[@data-section="lead"]')[0]
        assert norm_ws(lead.text_content()) == " ".join(page.body.split("\n"))
        cells.add(bool(lead.xpath("./p")))
        assert 1 <= len(heads(page)) <= 2 and set(heads(page)) <= set(wick.MC_HEADS)
        strong = [norm_ws(x.text_content()) for x in lead.xpath(".//strong")]
        assert [x for x in strong if x in wick.MC_HEADS] == heads(page)
        assert 4 <= len(page.body.split("\n")) - len(heads(page)) <= 6
        for text in ("View this email in your browser", "Forward to a friend", "Unsubscribe from this list"):
            assert any(text.lower() in x.lower() for x in page.boilerplate), text
        assert texts(doc, '//span[@class="mcnPreviewText"]')[0] in page.boilerplate
        assert any(x.startswith("Copyright © 2026 ") and x.endswith(", All rights reserved.")
                   for x in page.boilerplate)
        assert any(x.startswith("Today's newsletter is presented by ") for x in page.boilerplate)
        assert all(x in page.boilerplate for x in texts(doc, "//ul/li/a"))
        assert doc.xpath('//img[@alt="Facebook" or @alt="Instagram" or @alt="Bluesky" or @alt="Website"]')
    assert len(forms) == 2 and len(cells) == 2


def test_substack_newsletter_post(pages: list[SynthPage]) -> None:
    quotes = 0
    for page in family(pages, "substack-newsletter-post"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/p/[a-z0-9-]+", page.path)
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        assert str(_ld(doc)["datePublished"]).endswith("+00:00")
        assert doc.xpath("//time/@datetime")[0] == f"{d.astimezone(UTC):%Y-%m-%dT%H:%M:%S}.000Z"
        markup = doc.xpath('//div[@class="available-content"]/div[@class="body markup"]')[0]
        lines = [norm_ws(el.text_content()) for el in markup
                 if el.tag in ("p", "h2", "h3", "blockquote") and "button-wrapper" not in (el.get("class") or "")]
        assert lines == page.body.split("\n")
        quotes += len(markup.xpath("./blockquote"))
        subtitle = texts(doc, '//h3[contains(@class, "subtitle")]')[0]
        assert subtitle not in page.body and subtitle not in page.boilerplate
        assert texts(markup, './/p[@class="cta-caption"]')[0] in page.boilerplate
        assert "Discussion about this post" in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//div[@class="comment-body"]'))
        assert markup.xpath('.//p[@class="button-wrapper"]')
    assert quotes


def test_ghost_publication(pages: list[SynthPage]) -> None:
    notes = 0
    routes: set[int] = set()
    for page in family(pages, "ghost-publication"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        m = re.fullmatch(r"(/news)?(/\d{4}/\d\d/\d\d)?/[a-z0-9-]+/", page.path)
        assert m and not (m.group(1) and m.group(2))
        routes.add(bool(m.group(1)) + 2 * bool(m.group(2)))
        stamp = doc.xpath('//time[@class="byline-meta-date"]/@datetime')[0]
        assert datetime.fromisoformat(stamp) == d and datetime.fromisoformat(stamp).utcoffset() == d.utcoffset()
        content = doc.xpath('//section[contains(@class, "gh-content")]')[0]
        lines: list[str] = []
        for el in content:
            cls = el.get("class") or ""
            if "kg-toggle-card" in cls:
                lines += texts(el, './/h4[@class="kg-toggle-heading-text"]')
                lines += texts(el, './/div[@class="kg-toggle-content"]')
            elif el.tag == "ul":
                lines += [norm_ws(li.text_content()) for li in el]
            elif "kg-card" not in cls:
                lines.append(norm_ws(el.text_content()))
        assert lines == page.body.split("\n")
        assert "Your questions, answered" in page.body and content.xpath('.//div[contains(@class, "kg-toggle-card")]')
        bookmark = content.xpath('.//figure[contains(@class, "kg-bookmark-card")]')[0]
        assert texts(bookmark, './/div[@class="kg-bookmark-title"]')[0] in page.boilerplate
        assert texts(bookmark, './/div[@class="kg-bookmark-description"]')[0] in page.boilerplate
        for cap in content.xpath(".//figcaption"):
            assert all(norm_ws(x.text_content()) in page.boilerplate for x in cap)
        for callout in texts(content, './/div[contains(@class, "kg-callout-card")]'):
            notes += 1
            assert callout not in page.body and not any(x in callout for x in page.boilerplate)
        excerpt = texts(doc, '//p[@class="article-excerpt"]')[0]
        assert excerpt not in page.body and excerpt not in page.boilerplate
        assert doc.xpath("//form[@data-members-form]")
        assert any(x.startswith("Sign up for ") for x in page.boilerplate)
        assert "You might also like" in page.boilerplate
    assert notes and len(routes) >= 2


def test_web_components_daily(pages: list[SynthPage]) -> None:
    tags: set[str] = set()
    for page in family(pages, "web-components-daily"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z-]+/\d{4}/\d\d/\d\d/[a-z0-9-]+|/story/[a-z0-9-]+-\d{8}", page.path)
        naive = doc.xpath("//news-article/@data-published")[0]
        offset = datetime.fromisoformat(str(_ld(doc)["datePublished"])).utcoffset()
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d", naive) and offset is not None
        assert datetime.fromisoformat(naive).replace(tzinfo=ZoneInfo(page.tz)) == d
        assert datetime.fromisoformat(naive).replace(tzinfo=d.tzinfo).utcoffset() == offset
        body = doc.xpath("//story-body")[0]
        lines = [norm_ws(el.text_content()) for el in body if el.tag in ("story-paragraph", "x-p", "story-subhead")]
        assert lines == page.body.split("\n")
        tags |= {el.tag for el in body if el.tag in ("story-paragraph", "x-p")}
        assert "Story continues below advertisement" in page.boilerplate and body.xpath("./ad-slot")
        for el in body.xpath("./inline-related"):
            assert norm_ws(el.text_content()) in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, "//related-rail/rail-item"))
        dek = texts(doc, "//story-dek")[0]
        assert dek not in page.body and dek not in page.boilerplate
        for chrome in ("author-byline", "time-stamp", "media-caption/media-credit", "newsletter-signup/h3"):
            assert texts(doc, f"//{chrome}")[0] in page.boilerplate, chrome
    assert tags == {"story-paragraph", "x-p"}


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    assert any("?" in p.path for p in some)
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
