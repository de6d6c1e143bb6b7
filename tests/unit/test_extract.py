"""Extraction and boilerplate removal on fixture pages with their expected text beside them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.boilerplate import clean_lines, line_fingerprint
from pipeline.extract import ExtractorPool, extract_files, extract_html

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
PAGES = sorted(p.stem for p in FIXTURES.glob("*.html"))


def _url(name: str) -> str | None:
    path = FIXTURES / f"{name}.url"
    return path.read_text().strip() if path.exists() else None


@pytest.mark.parametrize("name", PAGES)
def test_fixture_page_gives_exactly_its_expected_text(name: str) -> None:
    """Each fixture page extracts to its .expected.txt, with no boilerplate line left."""
    result = extract_html((FIXTURES / f"{name}.html").read_bytes(), _url(name))
    assert result is not None
    assert result.body + "\n" == (FIXTURES / f"{name}.expected.txt").read_text()


def test_seed_article_block_is_removed_and_explained() -> None:
    """The 'Our readers are reading too' block goes, and the removal names its rule."""
    result = extract_html((FIXTURES / "seed.html").read_bytes(), _url("seed"))
    assert result is not None and result.title == "Russian Rocket Barrage Hits Ukrainian Cities"
    assert len(result.body.split("\n")) == 6
    rules = {r.text: r.rule for r in result.removed}
    assert rules.get("Our readers are reading too", "").startswith(("structural:", "trailing:"))


def test_line_rules_name_what_they_remove() -> None:
    """Ads, newsletters, share prompts, a repeated headline and a byline are removed by name."""
    lines = ["Storm closes bridge", "By Ana Ruiz", "The bridge closed at noon after gusts reached 90 km/h.",
             "ADVERTISEMENT", "Share on Facebook", "Sign up for our newsletter to get the news in your inbox.",
             "Engineers will inspect the cables on Friday before it reopens."]
    kept, removed = clean_lines(lines, "Storm closes bridge")
    assert kept == [lines[2], lines[6]]
    assert [r.rule for r in removed] == ["headline-repeat", "byline", "ad-label", "share", "newsletter"]


def test_trailing_headline_list_is_removed_but_long_lists_are_kept() -> None:
    """A short heading and a handful of headlines at the end go; a 20-line list stays."""
    body = ["The council voted for the plan on Monday evening after a long debate."]
    related = ["More from the city desk", "Tram line extension approved", "Library hours cut again",
               "New park opens in the north", "School roof repairs finished"]
    kept, removed = clean_lines(body + related, None)
    assert kept == body and {r.rule for r in removed} == {"trailing:headline-list"}
    tour = [f"June {d} -- Arena number {d}, Springfield" for d in range(1, 21)]
    kept, _ = clean_lines(body + tour, None)
    assert kept == body + tour


def test_learned_lines_are_removed() -> None:
    """A line whose fingerprint the site has learned is removed; others stay."""
    lines = ["A real paragraph of the article that is long enough to matter here.",
             "Read our coverage of the election"]
    kept, removed = clean_lines(lines, None, frozenset({line_fingerprint("read our COVERAGE of the election!")}))
    assert kept == lines[:1] and removed[0].rule == "learned:site-repeat"


def test_json_ld_fallback_when_the_page_has_no_body() -> None:
    """With no text in the markup, the JSON-LD articleBody becomes the body (trafilatura reads it
    too on such pages, so either may be recorded as the method)."""
    body = "The strike ended after nine hours. " * 10
    page = ('<html><head><title>T</title><script type="application/ld+json">'
            + json.dumps({"@type": "NewsArticle", "headline": "Strike ends", "articleBody": body,
                          "author": {"name": "Lee Park"}, "datePublished": "2026-03-05T10:00:00Z"})
            + "</script></head><body><div id='app'></div></body></html>")
    result = extract_html(page, "https://x.example/a")
    assert result is not None and result.body == body.strip()
    assert result.author == "Lee Park" and result.meta_sources["author"] == "json-ld"


def test_feed_content_fallback() -> None:
    """With nothing in the page, the feed entry's own content is used."""
    result = extract_html("<html><body><div></div></body></html>", None,
                          feed_content="<p>" + "Full text from the feed. " * 12 + "</p><p>Second paragraph.</p>")
    assert result is not None and result.method == "feed-content"
    assert result.body.split("\n")[1] == "Second paragraph."


def test_nothing_extracted_is_none() -> None:
    """An empty page gives None, not an exception."""
    assert extract_html("<html><body></body></html>", None) is None
    assert extract_html(b"", None) is None


def test_pool_reports_a_failing_page_and_keeps_the_others() -> None:
    """A page that makes extraction raise yields an error for that page only."""
    good = (FIXTURES / "seed.html").read_bytes()
    jobs = [("good", good, None, None, None), ("bad", 12345, None, None, None)]  # type: ignore[list-item]
    with ExtractorPool(processes=2) as pool:
        results = {key: (res, err) for key, res, err in pool.map(jobs)}  # type: ignore[arg-type]
    assert results["good"][0] is not None and results["good"][1] is None
    assert results["bad"][0] is None and results["bad"][1]


def test_extract_files_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """0 when every file gives text, 1 when one gives nothing, 2 when one cannot be read."""
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>")
    assert extract_files([str(FIXTURES / "seed.html")], None, True, True) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert set(line) == {"file", "url", "title", "body", "removed"}
    assert extract_files([str(FIXTURES / "seed.html"), str(empty)], None, False, False) == 1
    assert extract_files([str(tmp_path / "missing.html")], None, False, False) == 2


def test_footer_rules_name_what_they_remove_and_keep_schedules() -> None:
    """Datelines, contacts, copyright, tag lists and trailing labels go; a run of dates stays."""
    body = ["The museum reopens its east wing on Saturday after two years of repairs to the roof.",
            "Curators have rehung 300 paintings, many of them not shown since the 1980s."]
    lines = ["Updated 3 March 2026, 14:05", *body, "Write to Ana Ruiz at ana.ruiz@example.com",
             "Copyright © 2026 City Press", "Tags: museums, art, heritage", "Comments"]
    kept, removed = clean_lines(lines, None)
    assert kept == body
    assert [r.rule for r in removed] == ["dateline", "copyright", "label-line", "author-contact",
                                         "trailing:label"]
    tour = [*body, "June 3 -- Arena, Springfield", "June 5 -- Civic Hall, Shelbyville",
            "June 9 -- Pavilion, Capital City"]
    assert clean_lines(tour, None)[0] == tour


def test_headline_forms_and_leaked_metadata_are_removed() -> None:
    """The h1 repeated anywhere, and bare timestamps or image addresses, are removed; source links stay."""
    lines = ["Storm closes bridge", "The bridge closed at noon after gusts reached 90 km/h.",
             "2026-03-03T12:00:00+01:00", "https://cdn.example.com/img/bridge.jpg",
             "https://example.org/report-on-bridges.pdf", "Storm closes bridge",
             "Engineers will inspect the cables on Friday before it reopens."]
    kept, removed = clean_lines(lines, "Storm closes bridge - City Press", headings=["Storm closes bridge"])
    assert kept == [lines[1], lines[4], lines[6]]
    assert [r.rule for r in removed] == ["headline-repeat", "metadata-leak", "metadata-leak", "headline-repeat"]


def test_structural_passes_keep_links_inside_sentences_and_source_addresses() -> None:
    """A link inside a sentence and a paragraph that is a bare source address are kept."""
    page = ("<html><body><article><h1>Bridge report</h1>"
            "<p>The engineers' report, published on Monday, found corrosion in four of the twelve main cables "
            "and recommended that heavy lorries be kept off the bridge until repairs are finished.</p>"
            "<p>Pro tip: <a href='/guide'>read the full inspection guide here</a>!</p>"
            "<p><a href='https://example.org/bridge-report.pdf'>https://example.org/bridge-report.pdf</a></p>"
            "<p>Repairs are expected to take eight months and to cost about four million, the council said "
            "in a statement on Tuesday evening after a meeting with the contractors.</p>"
            "</article></body></html>")
    result = extract_html(page)
    assert result is not None
    assert "Pro tip: read the full inspection guide here!" in result.body
    assert "https://example.org/bridge-report.pdf" in result.body
    assert not any(r.rule.startswith("structural:teaser") for r in result.removed)


def test_standfirst_captions_and_footer_credits_are_explained() -> None:
    """Standfirst, caption, list heading, own address, credits and promo each name their rule."""
    result = extract_html((FIXTURES / "kestrel-standfirst-captions.html").read_bytes())
    assert result is not None
    rules = {r.rule for r in result.removed}
    assert {"structural:standfirst", "structural:caption", "structural:block-heading", "metadata-leak",
            "credits", "promo"} <= rules


def test_meta_description_as_first_paragraph_is_kept() -> None:
    """When the meta description is the article's own first paragraph, it stays."""
    first = ("The harbour board approved a new breakwater on Thursday, ending a dispute with the "
             "fishing cooperative that had lasted for three years.")
    page = (f"<html><head><meta name='description' content='{first}'></head><body><article>"
            f"<h1>Breakwater approved</h1><p>{first}</p>"
            "<p>Work will start in the autumn and take two years, the board said, with most of the cost "
            "met by a grant from the regional development fund and the rest from harbour dues.</p>"
            "</article></body></html>")
    result = extract_html(page)
    assert result is not None and result.body.split("\n")[0] == first
    assert not any(r.rule == "structural:standfirst" for r in result.removed)
