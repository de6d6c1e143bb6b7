"""The families of pipeline.synth.more_families: registered as train, and each page's truth matches its HTML."""

from __future__ import annotations

import re

import lxml.html
import pytest

from pipeline.synth import more_families
from pipeline.synth.publishers import FAMILIES, SynthPage, _publisher, generate_corpus, render_publisher
from tests.synthtruth import (
    check_body_lines,
    check_dates,
    check_headlines,
    check_snippets,
    render_families,
    visible_text,
)


@pytest.fixture(scope="module")
def pages() -> list[SynthPage]:
    return render_families(more_families.FAMILIES)


def test_registered_as_train() -> None:
    """Eight new families, all train, all in FAMILIES and in the train corpus."""
    assert len(more_families.FAMILIES) == 8
    assert set(more_families.FAMILIES.values()) == {"train"}
    for family in more_families.FAMILIES:
        assert FAMILIES[family] == "train"
    train = generate_corpus("train", publishers_per_family=1, articles_per_publisher=2)
    assert set(more_families.FAMILIES) <= {p.family for p in train}
    test = generate_corpus("test", publishers_per_family=1, articles_per_publisher=2)
    assert not set(more_families.FAMILIES) & {p.family for p in test}


def test_deterministic() -> None:
    """The same seed gives the same pages (a family's pages do not depend on what was rendered before)."""
    pub = _publisher("wire-syndicated", 0, 5)
    assert render_publisher(pub, 4) == render_publisher(_publisher("wire-syndicated", 0, 5), 4)
    first = generate_corpus("train", publishers_per_family=1, articles_per_publisher=3, seed=11)
    again = generate_corpus("train", publishers_per_family=1, articles_per_publisher=3, seed=11)
    assert first == again
    mine = [p for p in first if p.family in more_families.FAMILIES]
    alone = [p for f in more_families.FAMILIES for p in render_publisher(_publisher(f, 0, 11), 3)]
    assert mine == alone


def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


def test_snippets_visible_and_not_in_body(pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=4)


def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


def test_dates_aware_and_languages(pages: list[SynthPage]) -> None:
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert sum(1 for lang in langs.values() if lang != "en") >= 2


def test_family_conventions(pages: list[SynthPage]) -> None:
    """The family-specific truth decisions documented in more_families."""
    for page in pages:
        first = page.body.split("\n")[0]
        if page.family == "wire-syndicated":
            assert re.match(r"^[A-Z][A-Z .'-]* \(AP\) \u2014 ", first), first[:60]
            assert "Copyright 2026 The Associated Press. All rights reserved." in page.boilerplate
            assert "ADVERTISEMENT" in visible_text(page.html) and "ADVERTISEMENT" not in page.body
        if page.family == "sharepoint-intranet-press":
            assert any(s.startswith("About ") for s in page.boilerplate)
            assert any(s.startswith("Media contact: ") for s in page.boilerplate)
            assert 'class="ms-rtestate-field"' in page.html
        if page.family == "de-liveticker":
            doc = lxml.html.document_fromstring(page.html)
            entries = doc.xpath('//div[@class="entry" or @class="entry" and @id]')
            assert len(entries) >= 4
            assert all(e.find("time") is not None for e in entries)
            assert "Zum neuesten Eintrag springen" in page.boilerplate
        if page.family == "substack-newsletter":
            assert "Substack is the home for great writing" in page.boilerplate
        if page.family == "joomla-legacy":
            assert 'itemprop="articleBody"' in page.html
            assert any(s.startswith("Written by ") for s in page.boilerplate)
