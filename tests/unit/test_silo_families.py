"""The families of pipeline.synth.silo_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split elsewhere)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import silo_families
from pipeline.synth.publishers import SynthPage
from tests.synthtruth import family, heads, norm_ws, render_families, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(silo_families.FAMILIES)


def test_ng_news_portal(pages: list[SynthPage]) -> None:
    for page in family(pages, "ng-news-portal"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(rf"/{d:%Y}/{d:%m}/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"{page.title} - {page.publisher}"
        graph = json.loads(doc.xpath('//script[@type="application/ld+json"]/text()')[0])["@graph"]
        article = next(x for x in graph if x["@type"] == "NewsArticle")
        assert article["datePublished"] == d.isoformat(timespec="seconds")
        assert article["dateModified"] >= article["datePublished"]
        # the top bar's date is a later day, boilerplate
        top = texts(doc, '//div[@class="jeg_top_date"]')[0]
        assert top in page.boilerplate and f"{d:%B} {d.day}, {d.year}" not in top
        # the content <div>: the story's paragraphs and subheadings, and the template's own <p>s
        inner = doc.xpath('//div[@class="content-inner"]')[0]
        items = [norm_ws(el.text_content()) for el in inner if el.tag in ("p", "h3")]
        lines = page.body.split("\n")
        assert [x for x in items if x in lines] == lines
        extra = [x for x in items if x not in lines]
        assert all(x in page.boilerplate for x in extra), extra
        assert any(x.startswith(("Read Also:", "READ ALSO:", "ALSO READ:")) for x in extra)
        assert any(x.startswith("Follow us on WhatsApp:") for x in extra)
        assert extra[-2].startswith("Disclaimer:") and extra[-1].startswith("All rights reserved.")
        assert texts(inner, "./h3") == heads(page)
        assert inner.xpath('./div[starts-with(@class, "code-block")]')
        assert "Kindly share this story: Facebook X WhatsApp Telegram Email" in page.boilerplate


def test_fi_iltapaiva_portaali(pages: list[SynthPage]) -> None:
    updated = plus = 0
    for page in family(pages, "fi-iltapaiva-portaali"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "fi" and doc.get("lang") == "fi"
        assert re.fullmatch(r"/[a-z0-9-]+/art-2000\d{10}\.html", page.path)
        title = doc.findtext(".//title")
        assert title.startswith(f"{page.title} | ") and title.endswith(f" | {page.publisher}")
        # the date: a naive <meta> and the visible "Julkaistu"
        meta = doc.xpath('//meta[@property="article:published_time"]/@content')[0]
        assert meta == d.replace(tzinfo=None).isoformat(timespec="seconds")
        assert not doc.xpath('//script[@type="application/ld+json"]')
        stamp = f"Julkaistu {d.day}.{d.month}.{d.year} {d:%H:%M}"
        assert texts(doc, '//time[@class="published"]') == [stamp]
        updated += bool(doc.xpath('//time[@class="updated"]'))
        lines = page.body.split("\n")
        # the ingress opens the body
        assert texts(doc, '//p[@class="ingress"]') == [lines[0]]
        paras = texts(doc, '//div[@class="article-body"]/p')
        assert [x for x in paras if x in lines] == [x for x in lines[1:] if x not in heads(page)]
        read = [x for x in paras if x not in lines]
        assert read and all(x in page.boilerplate and x.split()[0] in ("Lue", "LUE") for x in read)
        assert texts(doc, '//div[@class="article-body"]/h2') == [x for x in lines[1:] if x in heads(page)]
        assert "Artikkeli jatkuu mainoksen jälkeen" in page.boilerplate
        cap = texts(doc, "//figcaption")[0]
        assert cap in page.boilerplate and "Kuva: " in cap
        if doc.xpath('//span[@class="plus-badge"]'):
            plus += 1
            assert any("Plus -artikkeli" in x for x in page.boilerplate)
    assert updated and plus


def test_qa_interview_mag(pages: list[SynthPage]) -> None:
    long_questions = 0
    for page in family(pages, "qa-interview-mag"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert re.fullmatch(r"/q-and-a/[a-z0-9-]+/", page.path)
        assert doc.findtext(".//title") == f"Q&A: {page.title} | {page.publisher}"
        # no date in the metadata: only the visible AP-style line
        assert not doc.xpath('//script[@type="application/ld+json"]|//time|//meta[contains(@property, "time")]')
        shown = texts(doc, '//p[@class="interview__date"]')[0]
        assert shown.startswith("Published ") and shown.endswith(f"{d.year}, " + shown.split(", ")[-1])
        assert shown.endswith(("a.m. " + d.tzname(), "p.m. " + d.tzname())) and f" {d.day}, " in shown
        body = doc.xpath('//div[@class="interview__body"]')[0]
        items = [norm_ws(el.text_content()) for el in body if el.tag == "p"]
        lines = page.body.split("\n")
        assert items == lines
        # a question is a paragraph all in bold (an answer may have a bold phrase of its own)
        questions = texts(body, "./p[strong and normalize-space(.) = normalize-space(strong)]")
        assert questions and all(q.endswith("?") for q in questions)
        long_questions += sum(len(q.split()) > 6 for q in questions)
        # question, answer, question, answer ... after the two intro lines, the note closing the text
        kinds = ["q" if norm_ws(el.text_content()) in questions else "p" for el in body if el.tag == "p"]
        assert kinds[:2] == ["p", "p"] and kinds[2:-1:2] == ["q"] * len(questions)
        assert kinds[3::2] == ["p"] * len(questions) and len(kinds) == 3 + 2 * len(questions)
        assert lines[-1] == "This interview has been edited for length and clarity."
        assert " is the " in lines[1] and "We spoke with" in lines[1]
        assert "Advertisement · Continue reading below" in page.boilerplate
        assert any(x.endswith("inbox every Friday.") for x in page.boilerplate)
        portrait = texts(doc, "//figcaption")[0]
        assert portrait in page.boilerplate and "(Photo courtesy of " in portrait
    assert long_questions


def test_photo_essay_longread(pages: list[SynthPage]) -> None:
    pulled = 0
    for page in family(pages, "photo-essay-longread"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        utc = d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert re.fullmatch(rf"/[a-z0-9-]+/{d:%Y}/{d:%b}/{d:%d}/[a-z0-9-]+".lower(), page.path)
        assert doc.xpath("//time/@datetime") == [utc]
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [utc]
        assert datetime.fromisoformat(utc.replace("Z", "+00:00")) == d
        assert texts(doc, "//time") == [f"{d:%a} {d.day} {d:%b} {d.year} {d:%H.%M} {d.tzname()}"]
        lines = page.body.split("\n")
        assert texts(doc, '//div[@class="standfirst"]/p') == [lines[0]]
        body = doc.xpath('//div[@class="article-body"]')[0]
        text = [x for x in lines[1:] if x not in heads(page)]
        assert texts(body, './p[@class="text"]') == text
        assert texts(body, "./h2") == [x for x in lines[1:] if x in heads(page)]
        # a full-width photograph after every paragraph but the last, each caption and credit boilerplate
        figures = body.xpath("./figure")
        assert len(figures) == len(text) - 1
        for fig in [*doc.xpath('//figure[contains(@class, "hero")]'), *figures]:
            cap = texts(fig, './/span[@class="caption"]')[0]
            credit = texts(fig, './/span[@class="credit"]')[0]
            assert cap in page.boilerplate and credit in page.boilerplate and credit.startswith("Photograph: ")
            assert len(cap.split()) >= 10
        counters = texts(doc, '//span[@class="caption-counter"]')
        assert counters == [f"{k}/{len(counters)}" for k in range(1, len(counters) + 1)]
        quotes = texts(body, ".//blockquote")
        assert quotes == list(page.repeated)
        pulled += bool(quotes)
    assert pulled
