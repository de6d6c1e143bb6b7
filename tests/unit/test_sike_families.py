"""The families of pipeline.synth.sike_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import datetime

import lxml.html
import pytest

from pipeline.synth import sike_families as sike
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("sike"))


def _doc(page: SynthPage) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(page.html)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "paginated-multipage": "Independent journalism since",
            "timeline-chronology": "This timeline will be updated",
            "match-report-lineups": "18+ | BeGambleAware.org",
            "scrollytelling-feature": "Interactive graphics by the",
        },
        varying={
            "paginated-multipage": "Page ",
            "timeline-chronology": "Key dates ",
            "match-report-lineups": "FT ",
            "scrollytelling-feature": "Source: ",
        },
    )


def test_paginated_multipage(pages: list[SynthPage]) -> None:
    seen: set[int] = set()
    for page in family(pages, "paginated-multipage"):
        doc = _doc(page)
        m = re.fullmatch(
            r"(/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/longreads/\d{6}/[a-z0-9-]+)(\?page=(\d))?", page.path
        )
        assert m, page.path
        k = int(m.group(3) or 1)
        seen.add(k)
        label = texts(doc, '//p[@class="page-count"]')[0]
        n = int(label.split()[-1])
        assert label == f"Page {k} of {n}" and label in page.boilerplate
        title = doc.findtext(".//title") or ""
        assert title.startswith(page.title) and (f"- Page {k} " in title) == (k > 1)
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [
            page.published_at.isoformat()
        ]
        content = doc.xpath('//div[@class="entry-content" or @class="article-body"]')[0]
        lines = [norm_ws(el.text_content()) for el in content if el.tag in ("p", "h2", "h3")]
        assert lines == page.body.split("\n")
        pager = doc.xpath('//nav[@class="article-pagination"]')[0]
        assert norm_ws(pager.text_content()) in page.boilerplate
        assert pager.xpath('.//a[@aria-current="page"]/@href') == [page.path]
        assert len(pager.xpath(".//a[not(@rel)]")) == n
        assert texts(doc, '//p[@class="continue-reading"]')[0].rstrip(" »") in page.boilerplate
        assert bool(doc.xpath('//p[@class="standfirst"]')) == (k == 1)
        for x in texts(doc, '//p[@class="standfirst"]'):
            assert x not in page.body and x not in page.boilerplate
    assert {1, 2, 3} <= seen


def test_timeline_chronology(pages: list[SynthPage]) -> None:
    kinds: set[str] = set()
    for page in family(pages, "timeline-chronology"):
        doc = _doc(page)
        assert re.fullmatch(
            r"/news/[a-z]+/\d{4}/\d\d/\d\d/timeline-[a-z0-9-]+|/explainers/[a-z0-9-]+-\d{8}\.html", page.path
        )
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        content = doc.xpath('//div[@class="article-body"]')[0]
        lines: list[str] = []
        for el in content:
            if el.tag == "ol":
                kinds.add("ol")
                assert "timeline" in el.get("class")
                for li in el:
                    assert li.xpath("./time/@datetime") and li.xpath("./p")
                    lines.append(norm_ws(li.text_content()))
            elif el.tag == "dl":
                kinds.add("dl")
                lines += [norm_ws(x.text_content()) for x in el]
            else:
                lines.append(norm_ws(el.text_content()))
        assert lines == page.body.split("\n")
        assert "How we got here" in lines and "What happens next" in lines
        keys = texts(doc, '//nav[@class="key-dates"]')[0]
        assert keys.startswith("Key dates") and keys in page.boilerplate
        for x in texts(doc, '//aside[@class="rail"]//li'):
            assert x in page.boilerplate
        dek = texts(doc, '//p[@class="dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
    assert kinds == {"ol", "dl"}


def test_match_report_lineups(pages: list[SynthPage]) -> None:
    for page in family(pages, "match-report-lineups"):
        doc = _doc(page)
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["datePublished"].endswith("+01:00") and page.tz == "Africa/Lagos"
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        content = doc.xpath('//div[@class="report-body"]')[0]
        assert [norm_ws(el.text_content()) for el in content] == page.body.split("\n")
        assert content.xpath("./blockquote")
        board = texts(doc, '//section[@class="scoreboard"]')[0]
        assert board.startswith("FT ") and board in page.boilerplate
        home, away = data["about"]["homeTeam"]["name"], data["about"]["awayTeam"]["name"]
        hg, ag = (int(x) for x in texts(doc, '//span[@class="score"]')[0].split(" - "))
        scorers = texts(doc, '//ul[@class="scorers"]/li')
        assert all(x in page.boilerplate for x in scorers)
        goals = sum(x.count("'") for x in scorers)
        assert goals == hg + ag
        for cap in texts(doc, '//section[@class="lineups"]//caption'):
            assert cap in page.boilerplate
        assert len(doc.xpath('//table[contains(@class, "lineup ")]//tr')) == 22
        for row in texts(doc, '//section[@class="match-stats"]//tr'):
            assert row in page.boilerplate or row.startswith("Possession")
        assert texts(doc, '//p[@class="ratings-link"]')[0] in page.boilerplate
        assert texts(doc, '//p[@class="gamble-aware"]')[0] in page.boilerplate
        assert home in page.body and away in page.body


def test_scrollytelling_feature(pages: list[SynthPage]) -> None:
    for page in family(pages, "scrollytelling-feature"):
        doc = _doc(page)
        d = page.published_at
        zone = sike._US_ZONE[page.tz]
        shown = texts(doc, '//p[@class="feature__published"]')[0]
        assert (
            shown == f"Published {sike._en_date(d)} at {sike._clock(d)} {zone}" and shown in page.boilerplate
        )
        meta = doc.xpath('//meta[@property="article:published_time" or @name="publish-date"]/@content')
        assert [datetime.fromisoformat(x) for x in meta] == [d]
        lines = texts(doc, '//div[@class="feature__intro"]/p')
        steps = doc.xpath('//div[@class="step"]')
        assert [int(x.get("data-step")) for x in steps] == list(range(1, len(steps) + 1))
        assert all(1 <= len(x.xpath("./p")) <= 2 for x in steps)
        lines += [norm_ws(p.text_content()) for x in steps for p in x.xpath("./p")]
        lines += texts(doc, '//div[@class="feature__outro"]/p')
        assert lines == page.body.split("\n")
        figures = doc.xpath('//figure[@class="graphic"]')
        assert figures
        for fig in figures:
            for x in texts(fig, './/figcaption|.//*[@class="axis-title"]|.//p|.//div[@class="legend"]'):
                assert x in page.boilerplate, x
            assert all(not x.isdigit() or x not in page.body for x in texts(fig, './/*[@class="tick"]'))
        assert "How we did this" in page.boilerplate
        assert "Scroll down to continue" in page.boilerplate


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    assert any("?page=" in p.path for p in some)
    with serve_pages(some) as bases:
        for page in some[::3] + [p for p in some if "?page=" in p.path][:2]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
