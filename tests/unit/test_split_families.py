"""The generic checks of every held-out split (pipeline.synth.<split>_families, registered in
pipeline.synth.publishers._SPLIT_FAMILIES), written once and run for each split: it is a split of its
own, kept out of every other split, generated deterministically, and each page's truth matches its
HTML (headline, boilerplate snippets, body lines, dates, language, publisher names, ASCII URLs).

The checks that inspect one family's own markup stay in tests/unit/test_<split>_families.py. A new
split needs one line in EXPECTED below."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import NamedTuple

import lxml.html
import pytest

from pipeline.synth.publishers import _SPLIT_FAMILIES, FAMILY_LANGUAGE, SPLITS, SynthPage
from tests.synthtruth import (
    check_body_lines,
    check_dates,
    check_deterministic,
    check_headlines,
    check_snippets,
    check_split,
    family,
    split_pages,
)


class Expected(NamedTuple):
    families: int  # how many families the split has
    min_snippets: int  # the boilerplate snippets each of its pages has at least
    ascii_urls: bool = True  # its URLs, hosts and links are all ASCII


# What differs from split to split; every split of _SPLIT_FAMILIES has a line.
EXPECTED: dict[str, Expected] = {
    "fresh": Expected(families=3, min_snippets=8),
    # nl-omroep-regio slugs a name's Turkish "ı" as is (/natuur/ingrid-yılmaz-over-...): the ASCII
    # rule came with vault, blind's generator was never held to it
    "blind": Expected(families=4, min_snippets=8, ascii_urls=False),
    "sealed": Expected(families=3, min_snippets=8),
    "vault": Expected(families=4, min_snippets=8),
    "attic": Expected(families=4, min_snippets=8),
    "cellar": Expected(families=4, min_snippets=8),
    "crypt": Expected(families=4, min_snippets=8),
    "loft": Expected(families=3, min_snippets=8),
    "shed": Expected(families=4, min_snippets=8),
    "barn": Expected(families=4, min_snippets=10),
    "mill": Expected(families=4, min_snippets=10),
    "silo": Expected(families=4, min_snippets=10),
    "byre": Expected(families=4, min_snippets=10),
    "kiln": Expected(families=4, min_snippets=10),
    "loom": Expected(families=4, min_snippets=10),
    "weir": Expected(families=4, min_snippets=10),
    "quay": Expected(families=4, min_snippets=10),
    "dyke": Expected(families=4, min_snippets=10),
    "ford": Expected(families=4, min_snippets=10),
    "marsh": Expected(families=4, min_snippets=10),
    "heath": Expected(families=4, min_snippets=10),
    "fen": Expected(families=4, min_snippets=10),
    "moor": Expected(families=4, min_snippets=10),
    "bog": Expected(families=4, min_snippets=10),
    "glen": Expected(families=4, min_snippets=10),
    "tarn": Expected(families=4, min_snippets=10),
    "beck": Expected(families=4, min_snippets=10),
    "holt": Expected(families=4, min_snippets=10),
    "fell": Expected(families=4, min_snippets=10),
    "crag": Expected(families=4, min_snippets=10),
    "scar": Expected(families=4, min_snippets=10),
    "tor": Expected(families=4, min_snippets=10),
    "mere": Expected(families=4, min_snippets=10),
    "loch": Expected(families=4, min_snippets=10),
    "rill": Expected(families=4, min_snippets=10),
    "dene": Expected(families=4, min_snippets=10),
    "holm": Expected(families=4, min_snippets=10),
    "gill": Expected(families=4, min_snippets=10),
    "sike": Expected(families=4, min_snippets=10),
    "wick": Expected(families=4, min_snippets=10),
    "wold": Expected(families=4, min_snippets=10),
    "ness": Expected(families=4, min_snippets=10),
    "howe": Expected(families=4, min_snippets=10),
    "rigg": Expected(families=4, min_snippets=10),
    "carr": Expected(families=4, min_snippets=10),
    "brae": Expected(families=4, min_snippets=10),
    "carse": Expected(families=4, min_snippets=10),
    "hagg": Expected(families=4, min_snippets=10),
    "shaw": Expected(families=4, min_snippets=10),
    "knap": Expected(families=4, min_snippets=10),
    "slack": Expected(families=4, min_snippets=10),
    "rake": Expected(families=4, min_snippets=10),
    "wynd": Expected(families=4, min_snippets=10),
}

TABLE = "EXPECTED in tests/unit/test_split_families.py"
RTL = {"ar", "fa", "he", "ur", "ps", "ckb"}  # the languages written right to left

each_split = pytest.mark.parametrize("split", list(_SPLIT_FAMILIES))


def expected(split: str) -> Expected:
    if split not in EXPECTED:
        pytest.fail(f"the split {split!r} is in _SPLIT_FAMILIES but not in {TABLE}: add a line")
    return EXPECTED[split]


def family_module(split: str) -> ModuleType:
    """The split's own module, pipeline.synth.<split>_families."""
    return importlib.import_module(f"pipeline.synth.{split}_families")


@pytest.fixture
def pages(split: str) -> list[SynthPage]:
    """Two publishers of each of the split's families for seeds 3 and 7, six articles each (rendered
    once per session)."""
    return list(split_pages(split))


def test_every_split_has_its_expectations() -> None:
    missing = sorted(set(_SPLIT_FAMILIES) - set(EXPECTED))
    stale = sorted(set(EXPECTED) - set(_SPLIT_FAMILIES))
    assert not missing, f"splits in _SPLIT_FAMILIES without a line in {TABLE}: {missing}"
    assert not stale, f"lines in {TABLE} for splits _SPLIT_FAMILIES does not have: {stale}"


@each_split
def test_registered_as_its_own_split(split: str) -> None:
    """The split's families, as many as expected, all of the split, registered under it as its module
    has them, kept out of FAMILIES, out of every other held-out split's families and out of every
    other split's corpus."""
    families = family_module(split).FAMILIES
    assert len(families) == expected(split).families
    check_split(split, families, _SPLIT_FAMILIES[split], [s for s in SPLITS if s != split])
    for other, theirs in _SPLIT_FAMILIES.items():
        if other != split:
            assert not set(families) & set(theirs), other


@each_split
def test_deterministic(split: str) -> None:
    check_deterministic(split, family_module(split).FAMILIES)


@each_split
def test_parse_with_lxml_and_headline_visible(pages: list[SynthPage]) -> None:
    check_headlines(pages)


@each_split
def test_snippets_visible_and_not_in_body(split: str, pages: list[SynthPage]) -> None:
    check_snippets(pages, min_snippets=expected(split).min_snippets)


@each_split
def test_body_lines_on_page(pages: list[SynthPage]) -> None:
    check_body_lines(pages)


@each_split
def test_dates_aware_and_languages(split: str, pages: list[SynthPage]) -> None:
    """Aware dates; each family's pages in its language (FAMILY_LANGUAGE, English where it has none),
    the page's <html lang> saying so (a region may follow), and right to left just where the
    language is."""
    check_dates(pages)
    langs = {p.family: p.language for p in pages}
    assert langs == {f: FAMILY_LANGUAGE.get(f, "en") for f in _SPLIT_FAMILIES[split]}
    for page in pages:
        lang = lxml.html.document_fromstring(page.html).get("lang") or ""
        assert lang.split("-")[0] == page.language, (page.family, lang)
        assert ('dir="rtl"' in page.html) == (page.language in RTL), page.family


@each_split
def test_publishers_have_their_own_names(split: str, pages: list[SynthPage]) -> None:
    """Two publishers of each family for each of the two seeds: four sites with four names."""
    for name in _SPLIT_FAMILIES[split]:
        sites = {(p.site, p.publisher) for p in family(pages, name)}
        assert len(sites) == len({n for _, n in sites}) == 4, name


@each_split
def test_urls_are_ascii(split: str, pages: list[SynthPage]) -> None:
    """Each page links to the publisher's other articles, and the pages' URLs and hosts and those
    links are ASCII (whatever the language), but in a split known not to be (which must stay so
    until its line in EXPECTED says otherwise)."""
    paths = {p.path for p in pages}
    other: list[str] = []
    for page in pages:
        links = [h for h in lxml.html.document_fromstring(page.html).xpath("//a/@href") if h in paths]
        assert links, page.url
        other += [x for x in (page.url, page.site, *links) if not x.isascii()]
    if expected(split).ascii_urls:
        assert not other, other[:5]
    else:
        assert other, f"the {split!r} URLs are ASCII now: drop ascii_urls=False from its line in EXPECTED"
