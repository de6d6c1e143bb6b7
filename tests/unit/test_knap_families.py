"""The families of pipeline.synth.knap_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import knap_families as knap
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("knap"))


def _items(container: lxml.html.HtmlElement, skip: tuple[str, ...] = ()) -> list[str]:
    """The text of the container's paragraphs, subheadings and list items (a list's items one by
    one), but for elements whose class starts with one in `skip`."""
    out: list[str] = []
    for el in container:
        if (el.get("class") or "").startswith(skip) and skip:
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in ("p", "h2", "h3"):
            out.append(norm_ws(el.text_content()))
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict:
    return json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = _norm(page.body)
        assert not [x for x in page.boilerplate if _norm(x) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("knap")
    assert len(corpus) == 160
    assert len({p.url for p in corpus}) == len(corpus)


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "developing-story-updates": "Sign up to get breaking news alerts",
            "daily-briefing-items": "Know someone who would like",
            "republished-with-attribution": "Your donation keeps",
            "paywall-truncated-with-ldjson": "Get unlimited digital access",
        },
        varying={
            "developing-story-updates": "Published ",
            "daily-briefing-items": "A message from ",
            "republished-with-attribution": "This story was originally published by ",
            "paywall-truncated-with-ldjson": "Published: ",
        },
    )


def test_developing_story_updates(pages: list[SynthPage]) -> None:
    updated = plain = developing = 0
    for page in family(pages, "developing-story-updates"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/local/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/story/news/[a-z]+/\d{4}/\d\d/\d\d/"
                            r"[a-z0-9-]+/\d{9}/", page.path), page.path
        assert f"/{d:%Y/%m/%d}/" in page.path
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert [datetime.fromisoformat(x) for x in meta] == [d]
        shown = texts(doc, '//time[@class="published"]')[0]
        assert shown == f"Published {knap._ampm(d)} {d.tzname()} {knap._long_date(d)}" and shown in page.boilerplate
        body = doc.xpath('//div[@class="story-body"]')[0]
        lines = _items(body, ("original-label", "developing-note"))
        assert lines == page.body.split("\n")
        ups = [x for x in page.body.split("\n") if x.startswith("UPDATE, ")]
        assert ups == page.body.split("\n")[: len(ups)]
        labels = texts(doc, '//p[@class="update-graf"]/strong')
        assert len(labels) == len(ups) and all(x.endswith(":") and x in page.body for x in labels)
        separator = texts(doc, '//p[@class="original-label"]')
        assert separator == (["Original story:"] if ups else [])
        assert "Original story:" not in page.body
        if ups:
            updated += 1
            stamp = texts(doc, '//time[@class="updated"]')[0]
            assert stamp.startswith("Updated ") and stamp in page.boilerplate
            last = datetime.fromisoformat(doc.xpath('//time[@class="updated"]/@datetime')[0])
            assert last > d and knap._ampm(last) in labels[0]
        else:
            plain += 1
            assert not doc.xpath('//time[@class="updated"]')
        if texts(doc, '//p[@class="developing-note"]'):
            developing += 1
            assert knap.DV_DEVELOPING in page.boilerplate
        ticker = texts(doc, '//div[@class="latest-ticker"]//a')
        assert len(ticker) == 4 and all(x in page.boilerplate for x in ticker)
        assert "Get breaking news alerts" in page.boilerplate
        assert all(x in page.boilerplate for x in texts(doc, '//section[@class="related-coverage"]//a'))
    assert updated and plain and developing


def test_daily_briefing_items(pages: list[SynthPage]) -> None:
    quotes = inline = separate = 0
    for page in family(pages, "daily-briefing-items"):
        doc = lxml.html.document_fromstring(page.html)
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        assert data["isPartOf"]["name"] in page.html
        body = doc.xpath('//div[@class="briefing-body"]')[0]
        intro = texts(body, './p[@class="intro"]')[0]
        items = body.xpath('./div[@class="brief-item"]')
        assert 5 <= len(items) + 1 <= 9
        lines = [intro]
        for item in items:
            p = item.xpath("./p")[0]
            for a in p.xpath('./a[@class="read-more"]'):
                inline += 1
                assert norm_ws(a.text_content()) == "Read more"
                a.drop_tree()
            lines.append(norm_ws(p.text_content()))
            assert norm_ws(p.xpath("./strong")[0].text_content())[-1] in ".:"
            for more in texts(item, './p[@class="full-story"]'):
                separate += 1
                assert more.startswith("Full story: ") and more in page.boilerplate
        assert lines == page.body.split("\n") and intro.startswith("Good morning, ")
        sponsored = body.xpath('./div[@class="brief-item brief-item--sponsored"]')
        assert len(sponsored) == 1
        label, text = texts(sponsored[0], "./p")
        assert label.startswith("Sponsored A message from ")
        assert label.removeprefix("Sponsored ") in page.boilerplate and text in page.boilerplate
        assert _norm(text) not in _norm(page.body)
        for quote in texts(body, './div[@class="todays-quote"]/blockquote | ./div[@class="todays-quote"]/p'):
            quotes += 1
            assert quote not in page.boilerplate and quote.strip("\u201c\u201d") not in page.body
        assert any(x.startswith("Know someone who would like") for x in page.boilerplate)
        assert any(x.endswith("It's free.") for x in page.boilerplate)
    assert quotes and inline and separate


def test_republished_with_attribution(pages: list[SynthPage]) -> None:
    top = bottom = copies = taglines = 0
    for page in family(pages, "republished-with-attribution"):
        doc = lxml.html.document_fromstring(page.html)
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        partner = data["sourceOrganization"]["name"]
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/stories/[a-z0-9-]+/", page.path), page.path
        content = doc.xpath('//div[@class="entry-content"]')[0]
        assert _items(content, ("republish-note", "partner-tagline")) == page.body.split("\n")
        notes = texts(content, './p[@class="republish-note"]')
        assert notes == [f"This story was originally published by {partner}. Read the original here."]
        assert notes[0] in page.boilerplate
        first = content[0].get("class")
        top += first == "republish-note"
        bottom += first != "republish-note"
        for tag in texts(content, './p[@class="partner-tagline"]'):
            taglines += 1
            assert tag.startswith(partner) and tag in page.boilerplate
        box = content.xpath('./aside[@class="donate-inline"]')
        assert len(box) == 1 and all(x in page.boilerplate for x in texts(box[0], "./h3 | ./p"))
        modal = doc.xpath('//div[@id="republish-modal"]')[0]
        assert modal.get("hidden") is not None and modal.get("aria-hidden") == "true"
        assert knap.RP_LICENSE in page.boilerplate
        copies += bool(modal.xpath(".//textarea"))
        assert texts(doc, '//div[@class="support-cta"]/h2') == ["Support independent journalism"]
        byline = texts(doc, '//span[@class="byline"]')[0]
        assert byline == f"By {data['author']['name']}, {partner}" and byline in page.boilerplate
    assert top and bottom and copies and taglines


def test_paywall_truncated_with_ldjson(pages: list[SynthPage]) -> None:
    inside = outside = 0
    for page in family(pages, "paywall-truncated-with-ldjson"):
        doc = lxml.html.document_fromstring(page.html)
        data = _ld(doc)
        assert data["@type"] == "NewsArticle"
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        assert data["isAccessibleForFree"] in (False, "False")
        assert data["articleBody"].split("\n\n") == page.body.split("\n")
        selector = data["hasPart"]["cssSelector"]
        assert selector == ".paywall" and data["hasPart"]["isAccessibleForFree"] in (False, "False")
        locked = doc.xpath('//div[contains(concat(" ", @class, " "), " paywall ")]')
        assert len(locked) == 1
        assert locked[0].get("hidden") is not None or "display:none" in (locked[0].get("style") or "")
        article = doc.xpath('//div[@class="article-body"]')[0]
        shown = _items(article)
        rest = _items(locked[0])
        assert shown + rest == page.body.split("\n") and rest
        assert 2 <= sum(len(x.split()) > 6 for x in shown) <= 4 + len(article.xpath("./ul/li"))
        offer = doc.xpath('//div[@class="paywall-offer"]')[0]
        within = offer.getparent().get("class") == "article-body"
        inside += within
        outside += not within
        for line in texts(offer, "./h2 | ./p"):
            assert line in page.boilerplate and _norm(line) not in _norm(data["articleBody"])
        assert "Already a subscriber? Log in" in page.boilerplate
        assert all(_norm(x) not in _norm(data["articleBody"]) for x in page.boilerplate)
        shown_date = texts(doc, '//div[@class="article-meta"]/time')[0]
        assert shown_date == f"Published: {knap._long_date(page.published_at)} at {knap._ampm(page.published_at)}"
    assert inside and outside


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
