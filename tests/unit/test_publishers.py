"""The synthetic publishers: determinism, splits, and that each page's truth matches its HTML."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC
from email.utils import parsedate_to_datetime

import lxml.html
import pytest

from pipeline.synth.publishers import FAMILIES, SynthPage, generate_corpus, serve_pages, write_feed
from tests.synthtruth import check_body_lines, check_snippets, visible_text

ARTICLES = 6  # per publisher: enough for related blocks and teasers, fast to check


@pytest.fixture(scope="module")
def corpus() -> list[SynthPage]:
    return generate_corpus(articles_per_publisher=ARTICLES, seed=3)


def test_same_seed_same_corpus() -> None:
    """The same seed gives the same pages, another seed other pages."""
    first = generate_corpus(publishers_per_family=1, articles_per_publisher=3, seed=11)
    again = generate_corpus(publishers_per_family=1, articles_per_publisher=3, seed=11)
    other = generate_corpus(publishers_per_family=1, articles_per_publisher=3, seed=12)
    assert first == again
    assert [p.html for p in first] != [p.html for p in other]


def test_splits_partition_families() -> None:
    """Train and test pages come from disjoint family sets that together are FAMILIES."""
    train = generate_corpus("train", publishers_per_family=1, articles_per_publisher=2)
    test = generate_corpus("test", publishers_per_family=1, articles_per_publisher=2)
    train_fam, test_fam = {p.family for p in train}, {p.family for p in test}
    assert not train_fam & test_fam
    assert train_fam | test_fam == set(FAMILIES)
    assert train_fam == {f for f, s in FAMILIES.items() if s == "train"}
    assert all(p.split == "train" for p in train) and all(p.split == "test" for p in test)
    assert set(FAMILIES.values()) == {"train", "test"}
    assert len(test_fam) >= 7  # the held-out families
    everything = generate_corpus(publishers_per_family=1, articles_per_publisher=2)
    assert {p.url for p in everything} == {p.url for p in train} | {p.url for p in test}
    with pytest.raises(ValueError):
        generate_corpus("validation")


def test_at_least_twelve_families(corpus: list[SynthPage]) -> None:
    """There are at least 12 families, each with pages, and non-English ones in both splits."""
    assert len(FAMILIES) >= 12
    assert {p.family for p in corpus} == set(FAMILIES)
    langs = {(p.split, p.language) for p in corpus}
    assert ("train", "de") in langs and ("test", "fr") in langs and ("test", "es") in langs


def test_boilerplate_snippets_on_page_not_in_body(corpus: list[SynthPage]) -> None:
    """Every boilerplate snippet is four words or more, visible page text, and not in the body."""
    check_snippets(corpus, min_snippets=4)


def test_body_paragraphs_on_page(corpus: list[SynthPage]) -> None:
    """Every body line is visible page text; pull-quoted sentences are in the body and shown twice."""
    check_body_lines(corpus)


def test_body_sizes(corpus: list[SynthPage]) -> None:
    """Bodies hold 4-14 paragraphs of 250-900 words in all, and some have subheadings."""
    with_subheads = 0
    for page in corpus:
        lines = page.body.split("\n")
        doc = lxml.html.document_fromstring(page.html)
        heads = [x for x in lines if len(x.split()) <= 6]
        paragraph_words = sum(len(x.split()) for x in lines if x not in heads)
        assert 4 <= len(lines) - len(heads) <= 14
        assert 250 <= paragraph_words <= 900, (page.family, paragraph_words)
        if any(len(x.split()) <= 6 for x in lines) and doc.xpath("//h2|//h3|//p/strong|//div/b"):
            with_subheads += 1
    assert with_subheads >= len(corpus) // 5


def test_titles_clean_and_dates_aware(corpus: list[SynthPage]) -> None:
    """Titles carry no site affix; published_at is aware and equals the UTC feed time."""
    for page in corpus:
        assert page.publisher not in page.title
        assert not page.title.endswith((f" - {page.publisher}", " | ", " :: "))
        doc = lxml.html.document_fromstring(page.html)
        assert page.title in doc.findtext(".//title")
        assert page.published_at.tzinfo is not None and page.published_at.utcoffset() is not None
        assert page.feed_published.utcoffset() == UTC.utcoffset(None)
        assert page.feed_published == page.published_at
        assert str(page.published_at.tzinfo) == page.tz
        assert page.url.startswith(f"http://{page.site}/") and page.site.endswith(".example")


def test_title_affixes_vary(corpus: list[SynthPage]) -> None:
    """The <title> shows the site name in more than one way across publishers."""
    forms = set()
    for page in corpus:
        title = lxml.html.document_fromstring(page.html).findtext(".//title") or ""
        forms.add(title.replace(page.title, "T").replace(page.publisher, "P"))
    assert len({f for f in forms if "T" in f}) >= 4


def test_test_families_parse_with_lxml(corpus: list[SynthPage]) -> None:
    """Every test-family page parses with lxml and its headline is on the page."""
    for page in corpus:
        if page.split != "test":
            continue
        doc = lxml.html.document_fromstring(page.html)
        assert doc.find("body") is not None
        assert page.title in visible_text(page.html)


def test_authors_recur_with_the_same_bio(corpus: list[SynthPage]) -> None:
    """A publisher's authors recur, and an author's bio snippet is the same on each page."""
    bios: dict[tuple[str, str], set[str]] = {}
    for page in corpus:
        for snippet in page.boilerplate:
            for word in (
                " is a ",
                " joined the ",
                " reports on ",
                " schreibt seit ",
                " ist Redakteur ",
                " est journaliste ",
                " couvre ",
                " es periodista ",
                " escribe sobre ",
            ):
                if word in snippet:
                    bios.setdefault((page.site, snippet.split(word)[0]), set()).add(snippet)
    assert bios
    assert all(len(v) == 1 for v in bios.values())


def test_editorial_note_is_body(corpus: list[SynthPage]) -> None:
    """A publisher's fixed closing note recurs on all its pages as the body's last line."""
    by_site: dict[str, list[SynthPage]] = {}
    for page in corpus:
        by_site.setdefault(page.site, []).append(page)
    found = 0
    for pages in by_site.values():
        last = {p.body.split("\n")[-1] for p in pages}
        if len(last) == 1:
            found += 1
            assert all(next(iter(last)) not in p.boilerplate for p in pages)
    assert found >= 1


def test_write_feed(corpus: list[SynthPage]) -> None:
    """write_feed gives RSS 2.0 whose pubDates are the true times with the publisher's offset."""
    site = corpus[0].site
    pages = [p for p in corpus if p.site == site]
    root = ET.fromstring(write_feed(pages, "http://127.0.0.1:8000"))
    items = root.findall("./channel/item")
    assert len(items) == len(pages)
    truth = {p.title: p.published_at for p in pages}
    for item in items:
        when = parsedate_to_datetime(item.findtext("pubDate") or "")
        assert when == truth[item.findtext("title") or ""]
        assert when.utcoffset() == truth[item.findtext("title") or ""].utcoffset()
        assert (item.findtext("link") or "").startswith("http://127.0.0.1:8000/")


def test_serve_pages() -> None:
    """serve_pages serves each site's pages and feed on 127.0.0.1, and 404 for anything else."""
    import urllib.error
    import urllib.request

    pages = generate_corpus("test", publishers_per_family=1, articles_per_publisher=2)[:4]
    with serve_pages(pages) as bases:
        assert set(bases) == {p.site for p in pages}
        for page in pages:
            with urllib.request.urlopen(bases[page.site] + page.path, timeout=5) as resp:
                assert resp.read().decode("utf-8") == page.html
        with urllib.request.urlopen(bases[pages[0].site] + "/feed.xml", timeout=5) as resp:
            assert ET.fromstring(resp.read()).find("./channel/item") is not None
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(bases[pages[0].site] + "/nope", timeout=5)
