"""The families of pipeline.synth.bog_families: each page's markup bears out its family's truth
conventions (the generic checks run for every split in tests/unit/test_split_families.py)."""

from __future__ import annotations

import json
import random
import re
import urllib.request
from datetime import UTC

import lxml.html
import pytest

from pipeline.synth import bog_families as bog
from pipeline.synth.prose import prose_for
from pipeline.synth.publishers import SynthPage, serve_pages
from tests.synthtruth import family, norm_ws, split_pages, texts


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return list(split_pages("bog"))


def _items(container: lxml.html.HtmlElement, tags: tuple[str, ...], skip: tuple[str, ...] = ()) -> list[str]:
    """The text of the container's children with `tags` (not of a class in `skip`), a list's items
    one by one."""
    out: list[str] = []
    for el in container:
        if el.get("class") in skip:
            continue
        if el.tag in ("ul", "ol"):
            out += [norm_ws(li.text_content()) for li in el]
        elif el.tag in tags:
            out.append(norm_ws(el.text_content()))
    return out


def test_snippets_not_in_body_in_any_case(pages: list[SynthPage]) -> None:
    for page in pages:
        body = " ".join(page.body.lower().split())
        assert not [x for x in page.boilerplate if " ".join(x.lower().split()) in body], page.url


def test_is_baejarfrettavefur(pages: list[SynthPage]) -> None:
    forms: set[str] = set()
    for page in family(pages, "is-baejarfrettavefur"):
        doc = lxml.html.document_fromstring(page.html)
        d = page.published_at
        assert page.language == "is" and page.tz == "Atlantic/Reykjavik"
        assert re.fullmatch(rf"/frettir/{d:%Y/%m/%d}/[a-z0-9-]+/|/frett/\d+/[a-z0-9-]+", page.path), page.path
        forms.add(page.path[:7])
        assert doc.xpath('//meta[@property="article:published_time"]/@content') == [d.isoformat()]
        assert doc.xpath("//time/@datetime") == [d.isoformat()]
        assert texts(doc, "//time") == [f"{d.day}. {bog.IS_MONTHS[d.month - 1]} {d.year} kl. {d:%H:%M}"]
        content = doc.xpath('//div[@class="td-post-content tagdiv-type"]')[0]
        skip = ("lesa-einnig", "td-a-rec td-a-rec-id-content_inline")
        assert _items(content, ("p", "h3"), skip) == page.body.split("\n")
        for line in texts(content, './p[@class="lesa-einnig"]'):
            assert line in page.boilerplate
        assert texts(doc, "//figcaption")[0] in page.boilerplate
        assert not re.search(r"\b(the|and|of)\b", page.body)
    assert len(forms) == 2


def test_icelandic_grammar() -> None:
    prose = prose_for("is", random.Random(5))
    sentences = [prose.sentence() for _ in range(300)]
    assert len(set(sentences)) > 270 and all(s.endswith(".") for s in sentences)
    verbs = {v[k]: (k == 1, v[2]) for v in bog.IS_VERBS for k in (0, 1)}
    acc = {o[0] for o in bog.IS_OBJECTS}
    dat = {o[1] for o in bog.IS_OBJECTS}
    for s in sentences:
        low = s[0].lower() + s[1:]
        for agent, many in bog.IS_AGENTS:
            m = re.match(rf"{re.escape(agent.lower())} (\S+) (.+?)[,.]", low.lower())
            if m and m.group(1) in verbs and m.group(2) not in acc | dat:
                continue
            if m and m.group(1) in verbs:
                plural, case = verbs[m.group(1)]
                assert plural == many, s
                assert m.group(2) in (acc if case == "a" else dat) or m.group(2) in acc & dat, s
    assert prose.person().split()[1].endswith(("son", "dóttir"))
    assert all(" " in bog.is_loc(p) for p in bog._is_places())
    assert all(p.isascii() or not set(p) & set("ðþæÐÞÆ") for p in bog._is_places())


def test_scot_weekly_newsquest(pages: list[SynthPage]) -> None:
    updated = 0
    for page in family(pages, "scot-weekly-newsquest"):
        doc = lxml.html.document_fromstring(page.html)
        assert re.fullmatch(r"/news/([a-z-]+/)?\d{8}\.[a-z0-9-]+/", page.path), page.path
        data = json.loads(doc.xpath('//script[@type="application/ld+json"]')[0].text)
        assert data["datePublished"] == f"{page.published_at.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"
        updated += "dateModified" in data
        content = doc.xpath('//div[@id="article-body"]')[0]
        reads = [x for x in _items(content, ("p",)) if x.startswith("Read more:")]
        assert reads and all(x in page.boilerplate for x in reads)
        assert [x for x in _items(content, ("p", "h2"), ("newsletter-inline",)) if x not in reads] == (
            page.body.split("\n")
        )
        assert "Comments are closed on this article" in page.boilerplate
    assert updated


def test_nonprofit_sidenotes(pages: list[SynthPage]) -> None:
    quotes = 0
    for page in family(pages, "nonprofit-sidenotes"):
        doc = lxml.html.document_fromstring(page.html)
        utc = page.published_at.astimezone(UTC)
        assert doc.xpath('//meta[@name="parsely-pub-date"]/@content') == [f"{utc:%Y-%m-%dT%H:%M:%SZ}"]
        assert not doc.xpath("//time/@datetime")
        content = doc.xpath('//div[@class="story-body"]')[0]
        for sup in content.xpath(".//sup"):
            sup.drop_tree()
        assert _items(content, ("p", "h2"), ("tip-line",)) == page.body.split("\n")
        notes = texts(content, './aside[@class="sidenote"]')
        assert 2 <= len(notes) <= 3
        for note in notes:
            assert note not in page.body and not any(note in x or x in note for x in page.boilerplate)
        dek = texts(doc, '//p[@class="dek"]')[0]
        assert dek not in page.body and dek not in page.boilerplate
        for q in texts(content, ".//blockquote"):
            quotes += 1
            assert q in page.repeated
        assert texts(content, './p[@class="tip-line"]')[0] in page.boilerplate
    assert quotes


def test_court_roundup_items(pages: list[SynthPage]) -> None:
    for page in family(pages, "court-roundup-items"):
        doc = lxml.html.document_fromstring(page.html)
        local = page.published_at.replace(tzinfo=None)
        assert doc.xpath("//time/@datetime") == [f"{local:%Y-%m-%dT%H:%M}"]
        content = doc.xpath('//div[@class="article__body"]')[0]
        assert _items(content, ("p", "h3"), ("court-note",)) == page.body.split("\n")
        heads = texts(content, "./h3")
        assert len(heads) >= 4 and all(len(h.split()) <= 6 for h in heads)
        assert bog.CT_NOTE in page.boilerplate
        assert re.search(r"court", page.title, re.I) or "cases from" in page.title
        assert re.fullmatch(
            r"/news/courts/\d{4}/\d\d/\d\d/[a-z0-9-]+|/news/crime/[a-z0-9-]+-\d{7}", page.path
        )


def test_pages_served_at_their_urls(pages: list[SynthPage]) -> None:
    some = [p for p in pages if p.site in {q.site for q in pages[::7]}]
    with serve_pages(some) as bases:
        for page in some[::3]:
            with urllib.request.urlopen(bases[page.site] + page.path) as response:
                assert response.read().decode("utf-8") == page.html
