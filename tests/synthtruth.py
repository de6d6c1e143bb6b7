"""Checks that a synthetic family's pages carry a truth their HTML bears out (shared by the
family tests: the headline is visible, the boilerplate snippets are on the page and not in the
body, every body line is on the page), and that a split of its own (fresh, blind, ...) is registered
apart and generated deterministically."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from functools import cache

import lxml.html
import pytest

from pipeline.synth.publishers import (
    _SPLIT_FAMILIES,
    FAMILIES,
    SynthPage,
    _publisher,
    generate_corpus,
    publishers,
    render_publisher,
)


def _unspaced(ch: str) -> str:
    """ "cjk" for a Han ideograph or a kana, "thai" for a Thai character, "" for any other."""
    if "\u0e00" <= ch <= "\u0e7f":
        return "thai"
    name = unicodedata.name(ch, "")
    return "cjk" if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH", "HIRAGANA",
                                     "KATAKANA")) else ""


def words(text: str) -> int:
    """The words of a text, whatever its script: each whitespace-separated token is a word, but a
    token with letters of a script written without spaces between words (Chinese, Japanese, Thai)
    counts about one word per two Han or kana characters and one per six Thai characters (rounded up;
    its other characters, digits, Latin letters and punctuation, do not count). Korean separates its
    words (eojeol) with spaces, as the other languages do, and counts a word per token; text with none
    of those letters counts `len(text.split())` words, as it always did."""
    total = 0
    for token in text.split():
        kinds = [_unspaced(ch) for ch in token]
        cjk, thai = kinds.count("cjk"), kinds.count("thai")
        total += math.ceil(cjk / 2 + thai / 6) if cjk or thai else 1
    return total


def render_families(families: Iterable[str], seeds: Sequence[int] = (3, 7), publishers: int = 2,
                    articles: int = 6) -> list[SynthPage]:
    """The pages of `publishers` publishers of each family, for each seed."""
    return [page for seed in seeds for family in families for index in range(publishers)
            for page in render_publisher(_publisher(family, index, seed), articles)]


@cache
def split_pages(split: str) -> tuple[SynthPage, ...]:
    """The pages of a held-out split's families (`render_families` with its defaults), rendered once
    per session: the split's own test module and tests/unit/test_split_families.py share them."""
    return tuple(render_families(_SPLIT_FAMILIES[split]))


def family(pages: Sequence[SynthPage], name: str) -> list[SynthPage]:
    """The pages of one family (there are some)."""
    out = [p for p in pages if p.family == name]
    assert out
    return out


def long_lines(page: SynthPage) -> list[str]:
    """The body's paragraphs (and code blocks): its lines of more than six words; the others are
    subheadings."""
    return [x for x in page.body.split("\n") if words(x) > 6]


def heads(page: SynthPage) -> list[str]:
    """The body's subheadings: its lines of six words or fewer."""
    return [x for x in page.body.split("\n") if words(x) <= 6]


def norm_ws(text: str) -> str:
    """The text with its whitespace runs made single spaces."""
    return " ".join(text.split())


def texts(doc: lxml.html.HtmlElement, xpath: str) -> list[str]:
    """The whitespace-normalised text of each element the XPath finds."""
    return [norm_ws(el.text_content()) for el in doc.xpath(xpath)]


def visible_text(html: str) -> str:
    """The page's text without head, scripts and styles, whitespace-normalised."""
    doc = lxml.html.document_fromstring(html)
    for el in doc.xpath("//script|//style|//head|//noscript"):
        el.drop_tree()
    return " ".join(doc.text_content().split())


def check_headlines(pages: Sequence[SynthPage]) -> None:
    """Each page parses, shows its headline, and its title carries no publisher name."""
    for page in pages:
        doc = lxml.html.document_fromstring(page.html)
        assert doc.find("body") is not None
        assert page.title in visible_text(page.html), page.family
        assert page.title in (doc.findtext(".//title") or "")
        assert page.publisher not in page.title


def check_snippets(pages: Sequence[SynthPage], min_snippets: int) -> None:
    """Each page has at least `min_snippets` boilerplate snippets of four words or more (`words`),
    each on the page and none in the body."""
    for page in pages:
        text = visible_text(page.html)
        assert len(page.boilerplate) >= min_snippets, (page.family, page.url)
        for snippet in page.boilerplate:
            assert words(snippet) >= 4, snippet
            assert snippet in text, (page.family, snippet)
            assert snippet not in page.body, (page.family, snippet)


def check_body_lines(pages: Sequence[SynthPage]) -> None:
    """Each body is 4-14 paragraphs of 250-900 words (`words`; a line of six words or fewer is a
    subheading), every line on the page, and every pull quote shown twice (in the body and as the
    quote)."""
    for page in pages:
        text = visible_text(page.html)
        lines = page.body.split("\n")
        heads = [x for x in lines if words(x) <= 6]
        assert 4 <= len(lines) - len(heads) <= 14
        assert 250 <= sum(words(x) for x in lines if x not in heads) <= 900, page.family
        for line in lines:
            assert line and line == " ".join(line.split())
            assert line in text, (page.family, line[:80])
        for sentence in page.repeated:
            assert sentence in page.body
            assert text.count(sentence) >= 2, (page.family, sentence)


def check_dates(pages: Sequence[SynthPage]) -> None:
    """Each page's time is aware, in the publisher's zone, and the feed gives the same instant in UTC."""
    for page in pages:
        assert page.published_at.utcoffset() is not None
        assert page.feed_published == page.published_at
        assert page.feed_published.utcoffset() == timedelta(0)
        assert str(page.published_at.tzinfo) == page.tz


def check_split(split: str, families: Mapping[str, str], registered: Mapping[str, str],
                others: Sequence[str]) -> None:
    """A split of its own: its families are all of it, registered under it, out of FAMILIES and of
    the `others` splits' corpora, generated for it alone (two publishers of 20 articles each), and
    a split name it does not know is an error."""
    assert set(families.values()) == {split}
    assert registered == families
    assert not set(families) & set(FAMILIES)
    for other in others:
        corpus = generate_corpus(other, publishers_per_family=1, articles_per_publisher=2)
        assert not set(families) & {p.family for p in corpus}, other
    own = generate_corpus(split, publishers_per_family=1, articles_per_publisher=2)
    assert {p.family for p in own} == set(families) and all(p.split == split for p in own)
    assert len(generate_corpus(split)) == len(families) * 2 * 20
    assert {p.family for p in publishers(split)} == set(families)
    with pytest.raises(ValueError, match=split):
        generate_corpus("held-out")
    with pytest.raises(ValueError):
        publishers(split.capitalize())


def check_deterministic(split: str, families: Iterable[str]) -> None:
    """The same seed gives the same pages, another seed other pages, and a publisher rendered alone
    the same pages (a family's pages do not depend on what was rendered before)."""
    first = generate_corpus(split, publishers_per_family=1, articles_per_publisher=3, seed=11)
    again = generate_corpus(split, publishers_per_family=1, articles_per_publisher=3, seed=11)
    other = generate_corpus(split, publishers_per_family=1, articles_per_publisher=3, seed=12)
    assert first == again
    assert [p.html for p in first] != [p.html for p in other]
    assert first == [p for f in families for p in render_publisher(_publisher(f, 0, 11), 3)]


def check_site_wide_boilerplate(pages: Sequence[SynthPage], recurring: Mapping[str, str],
                                varying: Mapping[str, str]) -> None:
    """Each family (a key of both maps, which name every family of the pages) has one boilerplate
    snippet starting with `recurring[family]` on every page, the same on every page of a site, and
    snippets starting with `varying[family]` whose end varies from page to page of a site."""
    names = {p.family for p in pages}
    assert set(recurring) == set(varying) == names, (sorted(recurring), sorted(varying), sorted(names))
    for name in sorted(names):
        by_site: dict[str, set[str]] = {}
        ends: dict[str, set[str]] = {}
        for page in family(pages, name):
            same = [x for x in page.boilerplate if x.startswith(recurring[name])]
            assert len(same) == 1, (name, page.url)
            by_site.setdefault(page.site, set()).add(same[0])
            ends.setdefault(page.site, set()).update(x for x in page.boilerplate if x.startswith(varying[name]))
        assert all(len(v) == 1 for v in by_site.values()), name
        assert all(len(v) > 1 for v in ends.values()), name


def check_recurring_bios(pages: Sequence[SynthPage], xpaths: Mapping[str, tuple[str, str]],
                         name_prefix: str = "") -> None:
    """An author's bio, where a page of a family in `xpaths` shows one, is boilerplate and the same on
    each of the publisher's pages, and each of those families shows bios on some of its sites.
    `xpaths[family]` finds the authors' names (elements, or attributes such as an image's src; a
    `name_prefix` before them is dropped) and their bios, in the same order."""
    bios: dict[tuple[str, str], set[str]] = {}
    for page in pages:
        if page.family not in xpaths:
            continue
        doc = lxml.html.document_fromstring(page.html)
        name_path, bio_path = xpaths[page.family]
        names = [(x if isinstance(x, str) else norm_ws(x.text_content())).removeprefix(name_prefix)
                 for x in doc.xpath(name_path)]
        for name, bio in zip(names, texts(doc, bio_path), strict=True):
            assert bio in page.boilerplate
            bios.setdefault((page.site, name), set()).add(bio)
    assert {p.family for p in pages if any(site == p.site for site, _ in bios)} == set(xpaths)
    assert all(len(found) == 1 for found in bios.values()), bios
