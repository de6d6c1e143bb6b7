"""The families of pipeline.synth.shed_families: each page's truth matches its HTML, family by
family (the checks every held-out split has, its registration among them, are in test_split_families.py)."""

from __future__ import annotations

import json
import re
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth.publishers import MONTHS, SynthPage, _publisher
from tests.synthtruth import (
    check_site_wide_boilerplate,
    family,
    heads,
    long_lines,
    norm_ws,
    split_pages,
    texts,
    visible_text,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("shed"))


def test_site_wide_boilerplate_recurs(pages: list[SynthPage]) -> None:
    """Each family has boilerplate that is the same on every page of a site (the tip line closing
    the tabloid's text, the cookie banner, the university's note, the newsletter line in the Dutch
    text) and template lines whose end varies."""
    recurring = {
        "uk-tabloid-reach": "Got a story? Email newsdesk@",
        "gov-press-office": "We’d like to set additional cookies",
        "university-newsroom": "About the ",
        "nl-dpg-regio": "Elke ochtend het belangrijkste nieuws uit ",
    }
    varying = {
        "uk-tabloid-reach": "READ MORE: ",
        "gov-press-office": "From: ",
        "university-newsroom": "Tags: ",
        "nl-dpg-regio": "Laatste update: ",
    }
    check_site_wide_boilerplate(pages, recurring, varying)


def _body_items(container: lxml.html.HtmlElement) -> list[str]:
    """The text of each paragraph, subheading, quotation and list item of a text container, in order
    (direct children only: boxes and embeds inside the container are skipped)."""
    out: list[str] = []
    for el in container:
        tweet = el.tag == "blockquote" and "twitter-tweet" in (el.get("class") or "")
        if el.tag in ("p", "h2", "h3", "blockquote") and not tweet:
            out.append(norm_ws(el.text_content()))
        elif el.tag == "ul":
            out.extend(texts(el, "./li"))
    return out


def test_uk_tabloid_reach(pages: list[SynthPage]) -> None:
    for page in family(pages, "uk-tabloid-reach"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/news/[a-z0-9-]+-news/[a-z0-9-]+-3[0-3]\d{6}", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.isoformat(timespec="seconds")
        ]
        stamp = f"{d:%H:%M}, {d.day} {d:%b} {d.year}"
        assert texts(doc, '//span[@class="date-published"]') == [stamp] and stamp in page.boilerplate
        body = doc.xpath('//div[@class="article-body"]')[0]
        lines = page.body.split("\n")
        items = _body_items(body)
        assert [x for x in items if x in lines] == lines
        extra = [x for x in items if x not in lines]
        assert extra and all(x in page.boilerplate for x in extra)
        assert sum(x.startswith("READ MORE: ") for x in extra) >= 2
        # the tweet repeats a sentence of the text (in `repeated`); its attribution is boilerplate
        tweets = body.xpath('./blockquote[@class="twitter-tweet"]')
        assert len(tweets) == len(page.repeated) == 1
        assert texts(tweets[0], "./p") == list(page.repeated)
        attribution = norm_ws(tweets[0].text_content()).removeprefix(page.repeated[0]).strip()
        assert attribution.startswith("— ") and attribution in page.boilerplate
        assert texts(body, "./h2") == heads(page)


def test_gov_press_office(pages: list[SynthPage]) -> None:
    updated = lists = 0
    for page in family(pages, "gov-press-office"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/government/news/[a-z0-9-]+", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        # only a naive first-published time and the date alone
        assert doc.xpath('//meta[@name="govuk:first-published-at"]/@content') == [
            d.replace(tzinfo=None).isoformat(timespec="seconds")
        ]
        assert "+" not in page.html.split("govuk:first-published-at")[1][:40]
        assert not doc.xpath("//time") and 'type="application/ld+json"' not in page.html
        published = f"Published {d.day} {MONTHS['en'][d.month - 1]} {d.year}"
        assert published in page.boilerplate and visible_text(page.html).count(published) == 2
        lines = page.body.split("\n")
        # the summary under the headline is the first body line
        assert texts(doc, '//p[@class="gem-c-lead-paragraph"]') == lines[:1]
        govspeak = doc.xpath('//div[@class="govspeak"]')[0]
        assert _body_items(govspeak) == lines[1:]
        assert texts(govspeak, "./blockquote/p") and all(x in lines for x in texts(govspeak, "./blockquote/p"))
        lists += bool(govspeak.xpath("./ul"))
        # the contents list repeats the subheadings: each in the body once, in `repeated`
        contents = texts(doc, '//nav[@class="gem-c-contents-list"]//li')
        assert contents == texts(govspeak, "./h2") == list(page.repeated)
        assert contents and all(x in lines for x in contents)
        assert any(x.startswith("From: ") for x in page.boilerplate)
        assert any(x.startswith("Press office, ") for x in page.boilerplate)
        updated += any(x.startswith("Last updated ") for x in page.boilerplate)
    assert updated >= 3 and lists >= 3


def test_university_newsroom(pages: list[SynthPage]) -> None:
    quotes = lists = 0
    for page in family(pages, "university-newsroom"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        month = MONTHS["en"][d.month - 1]
        assert page.path.startswith(f"/news/{d.year}/{month.lower()}/") and page.path.endswith(".html")
        assert doc.findtext(".//title") == f"{page.title} | News | {page.publisher}"
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        ]
        shown = texts(doc, '//p[@class="news-article__date"]')[0]
        assert shown.endswith(f" {d.day} {month} {d.year}") and shown in page.boilerplate
        body = doc.xpath('//div[@class="news-article__body"]')[0]
        items = _body_items(body)
        lines = page.body.split("\n")
        assert items[:-1] == lines
        assert items[-1].startswith("Find out more about studying ") and items[-1] in page.boilerplate
        quotes += bool(body.xpath("./blockquote"))
        lists += bool(body.xpath("./ul"))
        caption = texts(doc, "//figcaption")[0]
        assert caption in page.boilerplate and caption not in page.body
        contact = texts(doc, '//div[@class="media-contact"]/p')
        assert contact[0].endswith(", Media Relations Officer") and all(x in page.boilerplate for x in contact)
        cards = texts(doc, '//section[@class="more-news"]//h3')
        assert cards and all(x in page.boilerplate for x in cards)
    assert quotes >= 10 and lists >= 3


def test_nl_dpg_regio(pages: list[SynthPage]) -> None:
    premium = 0
    for page in family(pages, "nl-dpg-regio"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/[a-z0-9-]+/[a-z0-9-]+~a[0-9a-f]{8}/", page.path)
        title = doc.findtext(".//title")
        assert title.startswith(f"{page.title} | ") and title.endswith(f" | {page.site}")
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])
        assert data["datePublished"] == d.isoformat(timespec="seconds")
        assert texts(doc, '//span[@class="article__time"]') == [f"{d:%d-%m-%y}, {d:%H:%M}"]
        lines = page.body.split("\n")
        # the intro is the first body line
        assert texts(doc, '//p[@class="article__intro"]') == lines[:1]
        body = doc.xpath('//div[@class="article__body"]')[0]
        paras = texts(body, './p[@class="article__paragraph"]')
        assert [x for x in paras if x in lines] == long_lines(page)[1:]
        assert [x for x in paras if x not in lines] == [
            x for x in page.boilerplate if x.startswith("Elke ochtend het belangrijkste nieuws uit ")
        ]
        assert texts(body, './h3[@class="article__subheader"]') == heads(page)
        # the "Lees ook" boxes: headlines in <h3>s inside the text, boilerplate
        boxed = texts(body, './/h3[@class="related-article__title"]')
        assert boxed and all(x in page.boilerplate and x not in page.body for x in boxed)
        if body.xpath('./div[@class="paywall-teaser"]'):
            premium += 1
            assert data["isAccessibleForFree"] is False
            assert any(x.startswith("Dit is een premium artikel.") for x in page.boilerplate)
    assert premium >= 3


def test_own_site_names() -> None:
    for seed in range(4):
        for index in range(2):
            assert _publisher("gov-press-office", index, seed).name.startswith(("Government of ", "States of ")) or (
                _publisher("gov-press-office", index, seed).name.endswith((" Executive", " Regional Government"))
            )
            assert "Universit" in _publisher("university-newsroom", index, seed).name or _publisher(
                "university-newsroom", index, seed
            ).name.endswith(" Institute of Technology")
            assert _publisher("nl-dpg-regio", index, seed).lang == "nl"
            assert _publisher("uk-tabloid-reach", index, seed).host.isascii()
