"""The families of pipeline.synth.rake_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import re
import urllib.request
from datetime import UTC, datetime

import lxml.html
import pytest

from pipeline.synth import rake_families as rake
from pipeline.synth.publishers import SynthPage, generate_corpus, serve_pages
from tests.synthtruth import check_site_wide_boilerplate, family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("rake"))


def _items(container: lxml.html.HtmlElement, skip: tuple[str, ...] = ()) -> list[str]:
    """The text of the container's paragraphs, subheadings, list items and table rows (cells joined
    by single spaces), but for elements of a class in `skip`."""
    out: list[str] = []
    for el in container:
        if el.get("class") in skip:
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in ("p", "h2", "h3"):
            out.append(norm_ws(el.text_content()))
        elif el.tag == "figure" and el.get("class") == "data-table":
            out += [" ".join(norm_ws(cell.text_content()) for cell in tr) for tr in el.iter("tr")]
    return out


def _ld(doc: lxml.html.HtmlElement) -> dict:
    return json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_no_two_pages_share_a_url() -> None:
    corpus = generate_corpus("rake")
    assert len(corpus) == 160
    assert len({p.url for p in corpus}) == len(corpus)


def test_site_wide_and_varying_boilerplate(pages: list[SynthPage]) -> None:
    check_site_wide_boilerplate(
        pages,
        recurring={
            "editorial-board-opinion": "Editorials represent the views of",
            "translated-article-note": "This article was translated from",
            "print-edition-page-refs": "Order Reprints | Today",
            "data-journalism-charts": "Download the data",
        },
        varying={
            "editorial-board-opinion": "Published ",
            "translated-article-note": "Published ",
            "print-edition-page-refs": "A version of this article appears in print on",
            "data-journalism-charts": "Published ",
        },
    )


def test_editorial_board_opinion(pages: list[SynthPage]) -> None:
    demands = asides = 0
    for page in family(pages, "editorial-board-opinion"):
        doc = lxml.html.document_fromstring(page.html)
        data = _ld(doc)
        assert data["@type"] == "OpinionNewsArticle"
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        assert re.fullmatch(r"/opinion/editorials/\d{4}/\d\d/\d\d/[a-z0-9-]+/|/opinion/editorial-[a-z0-9-]+-\d{8}"
                            r"\.html", page.path), page.path
        content = doc.xpath('//div[@class="article-body"]')[0]
        assert _items(content) == page.body.split("\n")
        byline = texts(doc, '//span[@class="byline"]')[0]
        assert "Editorial Board" in byline and byline in page.boilerplate
        members = texts(doc, '//div[@class="board-box"]//li')
        assert 4 <= len(members) <= 7 and all(m in page.boilerplate for m in members)
        assert "About the Editorial Board" in page.boilerplate
        assert "Write a letter to the editor" in page.boilerplate
        more = texts(doc, '//section[@class="more-editorials"]//a')
        assert len(more) == 5 and all(x in page.boilerplate for x in more)
        assert texts(doc, '//p[@class="kicker"]') == ["Editorial"]
        assert doc.xpath('//button[@class="comments-button"]')
        ol = content.xpath('./ol[@class="demands"]')
        if ol:
            demands += 1
            items = [norm_ws(li.text_content()) for li in ol[0]]
            assert 3 <= len(items) <= 5 and all(x in page.body.split("\n") for x in items)
            lead = norm_ws(ol[0].getprevious().text_content())
            assert lead.endswith(":") and lead in page.body.split("\n")
        asides += bool(doc.xpath('//aside[@class="rail"]/div[@class="board-box"]'))
    assert demands and asides


def test_translated_article_note(pages: list[SynthPage]) -> None:
    tops = bottoms = long_links = 0
    for page in family(pages, "translated-article-note"):
        doc = lxml.html.document_fromstring(page.html)
        data = _ld(doc)
        assert datetime.fromisoformat(data["datePublished"]) == page.published_at
        lang = "French" if page.tz == "Europe/Paris" else "Spanish"
        assert data["translationOfWork"]["inLanguage"] == ("fr" if lang == "French" else "es")
        note = texts(doc, '//div[@class="translation-note"]//em')
        assert note == [f"This article was translated from {lang} with the help of AI and reviewed by an editor."]
        assert note[0] in page.boilerplate
        link = texts(doc, '//div[@class="translation-note"]//a')[0]
        assert link in ("Read the original", f"Read the original in {lang}")
        assert (link in page.boilerplate) == (link != "Read the original")
        long_links += link != "Read the original"
        note_div = doc.xpath('//div[@class="translation-note"]')[0]
        body_div = doc.xpath('//div[@class="article-body"]')[0]
        if note_div.getnext() is body_div:
            tops += 1
        else:
            assert note_div.getprevious() is body_div
            bottoms += 1
        assert _items(body_div) == page.body.split("\n")
        assert texts(doc, '//div[@class="edition-switch"]')[0] == "Español | Français | English"
        assert "Español | Français | English" in page.boilerplate
        credit = texts(doc, '//p[@class="translator-credit"]')[0]
        assert credit in page.boilerplate and credit.startswith(("Translated by", "English version by"))
        dek = texts(doc, '//h2[@class="standfirst"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
    assert tops and bottoms and long_links


def test_print_edition_page_refs(pages: list[SynthPage]) -> None:
    lines: dict[str, set[str]] = {}
    for page in family(pages, "print-edition-page-refs"):
        doc = lxml.html.document_fromstring(page.html)
        published = doc.xpath('//meta[@property="article:published_time"]/@content')
        assert published == [page.published_at.isoformat()]
        assert re.fullmatch(r"/\d{4}/\d\d/\d\d/[a-z]+/[a-z0-9-]+\.html", page.path), page.path
        line = texts(doc, '//div[@class="print-info"]/p')[0]
        assert re.fullmatch(
            r"A version of this article appears in print on [A-Z][a-z]+ \d{1,2}, 2026, Section [A-Z], Page \d{1,2}"
            r" of the [A-Za-z ]+ edition with the headline: .+\.",
            line,
        ), line
        assert line in page.boilerplate
        lines.setdefault(page.site, set()).add(line)
        row = texts(doc, '//p[@class="reprints"]')[0]
        assert row == "Order Reprints | Today\u2019s Paper | Subscribe" and row in page.boilerplate
        see = texts(doc, '//p[@class="see-more"]')[0]
        assert see.startswith("See more on: ") and see in page.boilerplate
        content = doc.xpath('//section[@name="articleBody"]')[0]
        assert _items(content) == page.body.split("\n")
        emailed = texts(doc, '//aside[@class="most-emailed"]//a')
        assert len(emailed) == 5 and all(x in page.boilerplate for x in emailed)
        assert texts(doc, '//aside[@class="most-emailed"]/h2') == ["Most emailed"]
    assert all(len(v) == 6 for v in lines.values())


def test_data_journalism_charts(pages: list[SynthPage]) -> None:
    tables = svgs = imgs = 0
    for page in family(pages, "data-journalism-charts"):
        doc = lxml.html.document_fromstring(page.html)
        published = doc.xpath('//meta[@property="article:published_time"]/@content')[0]
        assert published.endswith("Z")
        assert datetime.fromisoformat(published) == page.published_at.astimezone(UTC)
        figures = doc.xpath('//figure[@class="chart"]')
        assert 2 <= len(figures) <= 4
        for fig in figures:
            title = texts(fig, './/*[@class="chart-title"]')[0]
            source = texts(fig, './p[@class="chart-source"]')[0]
            credit = texts(fig, './p[@class="chart-credit"]')[0]
            assert source.startswith("Source: ") and credit.startswith("Chart: ")
            assert credit.endswith(f" / {page.publisher}")
            assert all(x in page.boilerplate for x in (title, source, credit))
            svgs += bool(fig.xpath(".//svg"))
            imgs += bool(fig.xpath(".//img"))
        content = doc.xpath('//div[@class="story-body"]')[0]
        assert _items(content) == page.body.split("\n")
        lines = page.body.split("\n")
        method = lines[lines.index("Methodology") + 1:]
        assert 1 <= len(method) <= 2 and all(len(x.split()) > 6 for x in method)
        assert texts(content, "./h2")[-1] == "Methodology"
        if content.xpath('./figure[@class="data-table"]'):
            tables += 1
            rows = content.xpath('.//tr')
            header = " ".join(norm_ws(c.text_content()) for c in rows[0])
            assert header.startswith("Area ") and header in lines
        assert "Download the data (CSV)" in page.boilerplate
        more = texts(doc, '//section[@class="more-data"]//a')
        assert len(more) == 4 and all(x in page.boilerplate for x in more)
    assert tables and svgs and imgs


def test_fit_keeps_the_body_within_bounds(pages: list[SynthPage]) -> None:
    for page in pages:
        long = [x for x in page.body.split("\n") if len(x.split()) > 6]
        assert 4 <= len(long) <= 14 and 250 <= sum(len(x.split()) for x in long) <= 900
    assert rake.FAMILY_ZONES.keys() == rake.FAMILIES.keys()


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
