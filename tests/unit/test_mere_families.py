"""The families of pipeline.synth.mere_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import mere_families as mere
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts, visible_text


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("mere"))


def _ld(doc: lxml.html.HtmlElement) -> dict[str, object]:
    data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
    return data[0] if isinstance(data, list) else data


def _lines(container: lxml.html.HtmlElement, xpath: str) -> list[str]:
    """The text of what the XPath finds, a list's items one by one."""
    out: list[str] = []
    for el in container.xpath(xpath):
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el.xpath("./li")]
        else:
            out.append(norm_ws(el.text_content()))
    return out


def _neither(page: SynthPage, text: str) -> None:
    """`text` is neither body nor boilerplate: not in the body, not a snippet, holding none."""
    assert text not in page.body and text not in page.boilerplate
    assert not any(x in text for x in page.boilerplate), text


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_all_english(pages: list[SynthPage]) -> None:
    assert {p.language for p in pages} == {"en"}
    assert not mere.FAMILY_LANGUAGE


def test_site_wide_and_page_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        {"broadcaster-blocks": "Copyright ", "paywalled-national-daily": "© ", "dcr-generated-classes": "© ",
         "cable-news-zones": "© "},
        {"broadcaster-blocks": "Image caption, ", "paywalled-national-daily": "A version of this article",
         "dcr-generated-classes": "You've read ", "cable-news-zones": "Published "},
    )


def test_broadcaster_blocks(pages: list[SynthPage]) -> None:
    hashed: set[bool] = set()
    lists = 0
    for page in family(pages, "broadcaster-blocks"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/news/[a-z-]+-\d{8}", page.path)
        assert doc.get("lang") == "en-GB"
        article = doc.xpath("//article")[0]
        kinds = [el.get("data-component") for el in article.xpath("./div")]
        assert kinds[:3] == ["headline-block", "byline-block", "image-block"] and kinds[-1] == "links-block"
        assert texts(article, './div[@data-component="headline-block"]/h1') == [page.title]
        blocks = article.xpath('./div[@data-component="text-block" or @data-component="subheadline-block"'
                               ' or @data-component="unordered-list-block"]')
        lines = [x for b in blocks for x in _lines(b, "./p|./h2|./ul")]
        # the last text-block is the "Have your say" line: boilerplate
        assert lines[:-1] == page.body.split("\n") and lines[-1] in page.boilerplate
        assert all(len(b.xpath("./p")) <= 1 for b in blocks)
        assert article.xpath('./div[@data-component="text-block"][1]/p/b')
        lists += bool(article.xpath('./div[@data-component="unordered-list-block"]'))
        hashed.add(bool(article.get("class")))
        byline = article.xpath('./div[@data-component="byline-block"]')[0]
        assert datetime.fromisoformat(byline.xpath(".//time/@datetime")[0]) == page.published_at
        assert norm_ws(byline.xpath(".//time")[0].text_content()).endswith(str(page.published_at.year))
        role = texts(byline, './/div[@data-testid="byline-role"]')[0]
        assert role in page.boilerplate and role.endswith(" News")
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == page.published_at
        figures = article.xpath('./div[@data-component="image-block"]')
        assert len(figures) == 2
        for fig in figures:
            assert texts(fig, ".//figcaption")[0].startswith("Image caption, ")
            assert texts(fig, ".//figcaption")[0] in page.boilerplate
            assert texts(fig, './/span[@role="text"]')[0] in page.boilerplate
        topics = norm_ws(article.xpath('./div[@data-component="links-block"]')[0].text_content())
        assert topics.startswith("Related topics ") and topics in page.boilerplate
        for kind in ("more-on-this-story", "top-stories", "most-read"):
            for x in texts(doc, f'//*[@data-component="{kind}"]//a'):
                assert x in page.boilerplate
        assert doc.findtext(".//title").startswith(page.title + " - ")
    assert hashed == {True, False} and lists


def test_paywalled_national_daily(pages: list[SynthPage]) -> None:
    for page in family(pages, "paywalled-national-daily"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z]+(/[a-z]+)?/[a-z0-9-]+\.html", page.path)
        assert page.path.startswith(f"/{page.published_at:%Y/%m/%d}/")
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')[0]
        assert meta.endswith("Z") and datetime.fromisoformat(meta) == page.published_at
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == page.published_at
        assert _ld(doc)["isAccessibleForFree"] is False
        assert datetime.fromisoformat(doc.xpath("//header//time/@datetime")[0]) == page.published_at
        section = doc.xpath('//section[@name="articleBody"]')[0]
        cols = section.xpath('./div[contains(@class, "StoryBodyCompanionColumn")]')
        ads = section.xpath('./div[@data-testid="StandardAd"]')
        assert len(ads) == len(cols) - 1
        assert all(norm_ws(a.text_content()) == "Advertisement SKIP ADVERTISEMENT" for a in ads)
        lines: list[str] = []
        reads = []
        for col in cols:
            inner = col.xpath("./div")[0]
            units = [el for el in inner if el.tag in ("p", "ul") and el.get("data-testid") != "read-more"]
            assert 2 <= len(units) <= 4 or len(cols) == 1
            reads += [norm_ws(el.text_content()) for el in inner.xpath('./p[@data-testid="read-more"]')]
            lines += _lines(inner, './p[not(@data-testid="read-more")]|./h2|./ul')
        assert lines == page.body.split("\n")
        assert len(reads) == 1 and reads[0].startswith("Read more: ") and reads[0] in page.boilerplate
        printed = texts(doc, '//div[@class="print-info"]/p')[0]
        assert re.fullmatch(r"A version of this article appears in print on [A-Z][a-z]+ \d+, \d{4}, Section A,"
                            r" Page 12 of the National edition with the headline: .+\. Order Reprints \|"
                            r" Today's Paper \| Subscribe", printed)
        assert printed in page.boilerplate
        _neither(page, texts(doc, '//p[@id="article-summary"]')[0])
        assert texts(doc, '//div[contains(@class, "author-bio")]/p')[0] in page.boilerplate
        for x in texts(doc, '//section[@class="more-in" or @class="trending"]//a'):
            assert x in page.boilerplate
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"


def test_dcr_generated_classes(pages: list[SynthPage]) -> None:
    quotes = 0
    for page in family(pages, "dcr-generated-classes"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/[a-z-]+/\d{4}/[a-z]{3}/\d\d/[a-z0-9-]+", page.path)
        d = page.published_at
        assert f"/{d:%Y}/{mere.MON_ABBR[d.month - 1].lower()}/{d:%d}/" in page.path
        assert doc.get("lang") == "en-GB"
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')[0]
        assert datetime.fromisoformat(meta) == d and datetime.fromisoformat(str(_ld(doc)["datePublished"])) == d
        shown = texts(doc, '//div[@data-gu-name="meta"]//summary')[0]
        assert shown.startswith(f"{mere.WEEKDAY_ABBR[d.weekday()]} {d.day} {mere.MON_ABBR[d.month - 1]} {d.year}")
        body = doc.xpath('//div[contains(@class, "article-body-commercial-selector")]')[0]
        assert all(re.fullmatch(r"dcr-[0-9a-z]{6}", el.get("class")) for el in body.xpath("./p|./h2"))
        assert _lines(body, "./p|./h2|./ul") == page.body.split("\n")
        pulled = texts(body, './aside[@data-spacefinder-role="supporting"]//blockquote')
        assert pulled == list(page.repeated)
        quotes += len(pulled)
        rich = texts(body, './aside[@data-spacefinder-role="richLink"]')
        assert len(rich) == 1 and rich[0].startswith("Related: ") and rich[0] in page.boilerplate
        _neither(page, texts(doc, '//div[@data-gu-name="standfirst"]')[0])
        epic = norm_ws(doc.xpath('//div[@data-gu-name="epic"]')[0].text_content())
        assert "we have a small favour to ask" in epic
        assert [x for x in page.boilerplate if x in epic and "favour" in x]
        assert doc.xpath('//div[@data-gu-name="epic"]/a')
        keywords = norm_ws(doc.xpath('//div[@data-gu-name="keywords"]')[0].text_content())
        assert keywords.startswith("Explore more on these topics") and keywords in page.boilerplate
        assert "Share Reuse this content" in page.boilerplate
        for x in texts(doc, '//section[@data-component="most-popular"]//a'):
            assert x in page.boilerplate
        assert doc.findtext(".//title").endswith(f" | {page.publisher}")
    assert quotes


def test_cable_news_zones(pages: list[SynthPage]) -> None:
    amp: set[bool] = set()
    for page in family(pages, "cable-news-zones"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z]+/[a-z0-9-]+/index\.html", page.path)
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')[0]
        assert datetime.fromisoformat(meta) == page.published_at
        assert datetime.fromisoformat(str(_ld(doc)["datePublished"])) == page.published_at
        content = doc.xpath('//div[@class="article__content"]')[0]
        paras = content.xpath('./p[contains(@class, "paragraph inline-placeholder")]')
        note = norm_ws(paras[0].text_content())
        assert paras[0].xpath("./em") and note.startswith("Editor's note: ")
        _neither(page, note)
        lines = _lines(content, './p[contains(@class, "paragraph")][position() > 1]|./h2[@class="subheader"]|./ul')
        assert lines == page.body.split("\n")
        first = page.body.split("\n")[0]
        short = page.publisher and re.match(r"[A-Z ]+ \(([A-Z]+)\) — ", first)
        assert short, first
        assert content.xpath('./p[2]/cite[@class="source__cite"]')
        cards = texts(content, './div[@data-component-name="related-content"]//a')
        assert len(cards) == 2 and all(x in page.boilerplate for x in cards)
        assert texts(content, './div[@data-component-name="related-content"]//span[@class="related-content__label"]')
        video = texts(content, './/*[contains(@class, "video-resource__headline")]')
        assert len(video) == 1 and video[0] in page.boilerplate
        assert re.fullmatch(r"\d\d:\d\d", texts(content, './/*[@class="video-resource__duration"]')[0])
        stamp = texts(doc, '//div[contains(@class, "timestamp")]')[0]
        assert stamp.startswith("Published ") and stamp.endswith(str(page.published_at.year))
        is_amp = doc.get("amp") is not None
        amp.add(is_amp)
        assert ("See Full Web Article" in page.boilerplate) == is_amp
        assert ("See Full Web Article" in visible_text(page.html)) == is_amp
        for x in texts(doc, '//section[contains(@class, "zone")]//a'):
            assert x in page.boilerplate
    assert amp == {True, False}


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::9]}]
    with serve_pages(some) as bases:
        for page in some[::4]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
