"""Extraction and boilerplate removal on fixture pages with their expected text beside them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import psutil
import pytest
from lxml import html as lxml_html

from pipeline.extract.core import (
    ExtractorPool,
    _process_identity,
    extract_files,
    extract_html,
)
from pipeline.extract.lines import PageContext, clean_lines, line_fingerprint
from pipeline.extract.metadata import page_metadata
from pipeline.extract.structural import strip_structural
from pipeline.models import Extracted, StoredExtraction, extracted_from_json

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


@pytest.mark.parametrize("page", [
    *(pytest.param((FIXTURES / f"{name}.html").read_bytes(), id=name) for name in PAGES[:6]),
    pytest.param("<?xml version='1.0' encoding='utf-8'?><html><body><p>Ünïcode</p></body></html>",
                 id="str-with-encoding-declaration"),
    pytest.param("<!DOCTYPE html>\n<html/>\n<body><p>self-closing html</p></body>", id="self-closing-html"),
    pytest.param("<html><body><p>bad \x0b char</p></body></html>", id="invalid-xml-char"),
    pytest.param("plain text, not a page", id="not-html"),
    pytest.param("", id="empty"),
    pytest.param(b"\xff\xfe<html><body><p>x</p></body></html>", id="undecodable-bytes"),
])
def test_pages_parse_as_trafilaturas_loader_parses_them(page: str | bytes) -> None:
    """newsflow's parse (element classes looked up in C) gives trafilatura's tree, or its None."""
    from trafilatura.utils import load_html as trafilatura_load_html

    from pipeline.extract.core import load_html

    ours, theirs = load_html(page), trafilatura_load_html(page)
    assert (ours is None) == (theirs is None)
    if ours is not None and theirs is not None:
        assert lxml_html.tostring(ours) == lxml_html.tostring(theirs)
        assert isinstance(ours, lxml_html.HtmlElement)
        assert all(isinstance(el, lxml_html.HtmlElement) for el in ours.iter("form", "input", "p"))


def test_pool_reports_a_failing_page_and_keeps_the_others() -> None:
    """A page that makes extraction raise yields an error for that page only."""
    good = (FIXTURES / "seed.html").read_bytes()
    jobs = [("good", good, None, None, None), ("bad", 12345, None, None, None)]  # type: ignore[list-item]
    with ExtractorPool(processes=2) as pool:
        results = {key: (res, err) for key, res, err in pool.map(jobs)}  # type: ignore[arg-type]
    assert results["good"][0] is not None and results["good"][1] is None
    assert results["bad"][0] is None and results["bad"][1]


def test_pool_workers_are_forked_by_the_fork_server() -> None:
    """Extraction workers come from the fork server (newsflow imported once, not per worker)."""
    page = (FIXTURES / "seed.html").read_bytes()
    with ExtractorPool(processes=2) as pool:
        list(pool.map([("a", page, None, None, None)]))
        workers = pool.worker_pids()
        assert len(workers) == 2
        parents = {psutil.Process(pid).ppid() for pid in workers}
        assert len(parents) == 1 and os.getpid() not in parents  # forked by one server, not by us
        assert "forkserver" in " ".join(psutil.Process(parents.pop()).cmdline())


def test_process_identity_tells_a_live_process_from_a_gone_one() -> None:
    """A running process has a stable identity (its start time); a reaped one has none."""
    import os
    import subprocess
    import sys

    assert _process_identity(os.getpid()) is not None
    assert _process_identity(os.getpid()) == _process_identity(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert _process_identity(child.pid) is None


@pytest.mark.timeout(180)
def test_pool_recycles_workers_between_batches_without_hanging() -> None:
    """Batches larger than a worker's share all come back, and the workers are replaced between
    batches (ProcessPoolExecutor's own max_tasks_per_child hangs on Python 3.11 in this case)."""
    page = (FIXTURES / "seed.html").read_bytes()
    workers: list[set[int]] = []
    with ExtractorPool(processes=2, max_tasks_per_child=3, fingerprints="near") as pool:
        for batch in range(4):
            jobs = [(f"{batch}-{i}", page, None, None, None) for i in range(7)]
            results = list(pool.map(jobs))
            assert sorted(key for key, _, _ in results) == sorted(job[0] for job in jobs)
            assert all(res is not None and "fingerprint" in res.extra for _, res, _ in results)
            workers.append(set(pool.worker_pids()))
    # each batch of 7 exceeds the 2 x 3 pages a pool may take: every batch has 2 new workers
    assert all(len(w) == 2 for w in workers)
    assert len(set().union(*workers)) == 8


def test_stored_results_are_what_the_stage_stores() -> None:
    """With stored=True the workers send the extract stage's JSON: it rebuilds the very result
    the plain pool gives, and a page with no text comes back as None, not as an empty result."""
    page = (FIXTURES / "seed.html").read_bytes()
    jobs = [("seed", page, None, None, None), ("empty", b"<html><body></body></html>", None, None, None)]
    with ExtractorPool(processes=2, fingerprints="near") as pool:
        plain = {key: (res, err) for key, res, err in pool.map(jobs)}
    with ExtractorPool(processes=2, fingerprints="near", stored=True) as pool:
        stored = {key: (res, err) for key, res, err in pool.map(jobs)}
    assert stored["empty"] == (None, None) and plain["empty"][0] is None
    result, packed = plain["seed"][0], stored["seed"][0]
    assert isinstance(result, Extracted) and isinstance(packed, StoredExtraction)
    fp = result.extra.pop("fingerprint")
    assert packed.fingerprint == fp and fp.band_keys
    assert extracted_from_json(json.loads(packed.json)) == result
    assert packed.candidate_lines == result.extra["candidate_lines"]


def test_extract_files_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """0 when every file gives text, 1 when one gives nothing, 2 when one cannot be read."""
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>")
    assert extract_files([str(FIXTURES / "seed.html")], None, True, True) == 0
    line = json.loads(capsys.readouterr().out.splitlines()[0])
    assert set(line) == {"file", "url", "title", "body", "removed", "undone"}
    assert extract_files([str(FIXTURES / "seed.html"), str(empty)], None, False, False) == 1
    assert extract_files([str(tmp_path / "missing.html")], None, False, False) == 2


@pytest.mark.parametrize(("name", "rules"), [
    ("kestrel-header-signoff", {"structural:article-header", "headline-repeat", "dateline", "inline-teaser",
                                "tail:credit", "tail:contact", "tail:tags"}),
    ("tidewater-teaser-cards", {"structural:small-print", "structural:caption", "structural:link-list",
                                "structural:teaser-list"}),
    ("larkspur-promos-hidden", {"structural:named-block", "structural:link-list", "structural:form",
                                "structural:hidden", "headline-repeat", "linked-promo", "shortcode"}),
])
def test_fixture_page_removals_name_their_rules(name: str, rules: set[str]) -> None:
    """Each kind of boilerplate on a fixture page is removed by the rule written for it."""
    result = extract_html((FIXTURES / f"{name}.html").read_bytes(), _url(name))
    assert result is not None
    assert rules <= {r.rule for r in result.removed}


def _structural(body: str) -> tuple[str, dict[str, str]]:
    """Run the structural layer on a page body; return the text left and {removed text: rule}."""
    tree = lxml_html.fromstring(f"<html><body>{body}</body></html>")
    removed = strip_structural(tree)
    return " ".join(tree.text_content().split()), {r.text: r.rule for r in removed}


PROSE = "<p>" + "The river rose two metres overnight and the footbridge was closed to walkers. " * 3 + "</p>"


def test_structural_rules_by_markup() -> None:
    """Hidden blocks, blocks named as boilerplate, small print, captions and forms are dropped."""
    left, rules = _structural(
        PROSE + '<div style="visibility: hidden">Copy for robots</div>'
        '<div class="story-share-bar">Send to a friend</div><small>Updated 10:42</small>'
        "<figure><img src='x.jpg'><figcaption>The closed footbridge</figcaption></figure>"
        '<div class="x1"><p>Get our evening briefing</p><input type="email" name="e"></div>'
        '<div class="hidden-xs">Shown on large screens</div><div class="small-12 columns">A grid column</div>'
        '<div class="subscriber-only">Paid text</div>')
    assert rules == {"Copy for robots": "structural:hidden", "Send to a friend": "structural:named-block",
                     "Updated 10:42": "structural:small-print", "The closed footbridge": "structural:caption",
                     "Get our evening briefing": "structural:form"}
    for kept in ("Shown on large screens", "A grid column", "Paid text", "footbridge was closed"):
        assert kept in left


def test_dialogs_over_the_page_go_unless_they_hold_the_page() -> None:
    """A window over the page (ARIA's dialog roles, aria-modal, HTML's <dialog>) is never article
    text, whatever its class says: a consent banner named by a vendor's id, a sign-up box. One
    holding most of the page's text (an article shown in a modal) stays."""
    left, rules = _structural(
        PROSE * 4 + '<div id="ensNotifyBanner" role="dialog"><p>We use cookies to improve your browsing.</p>'
        '<button>Accept All</button></div><section aria-modal="true">Get the morning briefing free</section>'
        '<dialog open>Republish this article under our licence</dialog>'
        '<div role="alertdialog">Your session is about to expire</div>')
    assert rules == {"We use cookies to improve your browsing.": "structural:dialog", "Accept All": "structural:dialog",
                     "Get the morning briefing free": "structural:dialog",
                     "Republish this article under our licence": "structural:dialog",
                     "Your session is about to expire": "structural:dialog"}
    assert "footbridge was closed" in left
    left, rules = _structural('<div role="dialog">' + PROSE * 3 + "</div><p>Menu</p>")
    assert "footbridge was closed" in left and not rules


def test_a_guest_book_of_condolences_goes_as_comments_do() -> None:
    """An obituary's guest book (readers' condolences, each signed and dated) is the page's
    comments under another name."""
    left, rules = _structural(
        PROSE * 3 + '<section id="guestbook" class="guestbook"><h2>Share a memory</h2>'
        '<div class="entry"><p>Thinking of all of you.</p><p>Ann Lee, Selworth · January 10, 2026</p></div></section>'
        '<div class="obit-condolences">So sorry for your loss.</div>')
    assert set(rules.values()) == {"structural:named-block"}
    assert "Thinking of all of you." in rules and "So sorry for your loss." in rules
    assert "footbridge was closed" in left


def test_structural_rules_by_shape() -> None:
    """Link lists and teaser cards go whatever their class names; a paragraph with one link stays."""
    cards = "".join(f'<div class="c"><a href="/{i}">Headline number {i} about the town</a> A short blurb.</div>'
                    for i in range(3))
    left, rules = _structural(
        PROSE * 3 + f'<div class="k">{cards}</div>'
        '<p><a href="/t/a">flood</a>, <a href="/t/b">river</a>, <a href="/t/c">bridges</a></p>'
        '<p>The council said <a href="/plan">its flood plan</a> would be reviewed in June.</p>')
    assert rules["Headline number 0 about the town"] == "structural:teaser-list"
    assert rules["flood"] == "structural:link-list"
    assert "The council said its flood plan would be reviewed in June." in left


def test_named_block_holding_most_of_the_page_is_kept() -> None:
    """A container whose class looks like boilerplate but holds most of the text is not dropped."""
    left, rules = _structural(f'<div class="post related-enabled">{PROSE * 3}</div><div>Footer</div>')
    assert not rules and "footbridge was closed" in left


def test_article_header_keeps_the_headline_and_drops_the_rest() -> None:
    """An article <header> loses its standfirst and byline but keeps the <h1> (trafilatura anchors on it)."""
    tree = lxml_html.fromstring(
        "<html><body><article><header><h1>Bridge closed</h1><p>The council acts after the flood</p>"
        f"<p>By Ana Ruiz</p></header>{PROSE}</article></body></html>")
    removed = strip_structural(tree)
    assert {r.text: r.rule for r in removed} == {
        "The council acts after the flood": "structural:article-header", "By Ana Ruiz": "structural:article-header"}
    assert tree.find(".//h1") is not None


def test_standfirst_after_the_headline_is_a_dek() -> None:
    """A heading directly under the <h1> is the standfirst, not body text."""
    _, rules = _structural(f"<div><h1>Bridge closed</h1><h2>Walkers must use the ford</h2>{PROSE}</div>")
    assert rules == {"Walkers must use the ford": "structural:dek"}


def test_layout_table_is_unwrapped() -> None:
    """A table holding the headline and paragraphs becomes plain blocks; a data table stays a table."""
    tree = lxml_html.fromstring(
        f"<html><body><table><tr><td><h1>Bridge closed</h1>{PROSE}{PROSE}</td></tr></table>"
        "<table><tr><td>Level</td><td>2.1 m</td></tr></table></body></html>")
    strip_structural(tree)
    assert [t.xpath("count(.//td)") for t in tree.iter("table")] == [2.0]


def test_headline_with_site_name_and_datelines_are_removed() -> None:
    """The headline with a site suffix and a dateline at the top go; a heading with a year stays."""
    lines = ["Bridge closed after flood | The Valley Post", "Monday 9 March 2026, 07:30",
             "Walkers were turned back at the footbridge on Monday morning as the river kept rising.",
             "Tour dates 2026", "The festival will visit six towns along the river in June and July."]
    kept, removed = clean_lines(lines, None, None, PageContext(titles=("Bridge closed after flood",)))
    assert kept == lines[2:]
    assert [r.rule for r in removed] == ["headline-repeat", "dateline"]


def test_inline_teasers_need_the_link_on_the_page() -> None:
    """'Label: headline' goes when the headline is a link on the page, and stays when it is prose."""
    lines = ["The footbridge will stay closed until engineers have inspected its piers.",
             "Read more: Ford crossing reopens after repairs", "Note: the ford is closed at high tide."]
    ctx = PageContext(links=lambda: ["Ford crossing reopens after repairs"])
    kept, removed = clean_lines(lines, None, None, ctx)
    assert kept == [lines[0], lines[2]] and [r.rule for r in removed] == ["inline-teaser"]


def test_teaser_run_under_a_label_goes_but_a_list_of_links_alone_stays() -> None:
    """A short label followed by linked headlines is a teaser run; linked product names alone are kept."""
    heads = ["Dam walkway reopens after two years", "Angling permits go on sale online",
             "Heron colony returns to the north shore"]
    body = ["The reservoirs were 96 per cent full on Tuesday, the highest level for twelve years."]
    ctx = PageContext(links=lambda: heads)
    kept, removed = clean_lines(body + ["Don't miss"] + heads + body, None, None, ctx)
    assert kept == body + body and {r.rule for r in removed} == {"teaser-run"}
    kept, _ = clean_lines(body + heads + body, None, None, ctx)
    assert kept == body + heads + body


def test_tail_rules_strip_sign_offs_from_the_end_only() -> None:
    """Credits, contact lines, promotions and tags go from the end; the same shapes mid-text stay."""
    body = ["Reporting by the river bailiffs suggests the salmon run is late this year.",
            "The bailiffs counted 40 fish at the weir, against 300 in a normal week."]
    tail = ["Reporting by Ana Ruiz; editing by Lee Park", "Follow Ana on Twitter @anaruiz",
            "Sign up for our river newsletter", "Tags:", "salmon, weir, river bailiffs", "Comments"]
    kept, removed = clean_lines(body + tail, None)
    assert kept == body
    assert [r.rule for r in removed] == ["newsletter", "tail:credit", "tail:contact", "tail:tags", "tail:tags",
                                         "tail:fragment"]


def test_linked_capitals_promo_and_shortcode() -> None:
    """A capitalised line that is a link, and an unrendered [button] shortcode, are removed."""
    body = ["The reservoirs were 96 per cent full on Tuesday, the highest level for twelve years."]
    lines = body + ["GET THE VALLEY POST APP", '[button link="/x"]Send us photos[/button]'] + body
    kept, removed = clean_lines(lines, None, None, PageContext(links=lambda: ["GET THE VALLEY POST APP"]))
    assert kept == body + body and [r.rule for r in removed] == ["linked-promo", "shortcode"]


def test_page_metadata_and_its_sources() -> None:
    """Metadata comes from JSON-LD, meta tags, markup or htmldate, and says which."""
    def meta(name: str):  # noqa: ANN202
        return page_metadata(lxml_html.fromstring((FIXTURES / f"{name}.html").read_bytes()), _url(name))

    k = meta("kestrel-header-signoff")
    assert (k.title, k.author, k.language, k.site_name) == (
        "Island ferry to lose two winter sailings a day", "Rhona Gillies", "en-GB", "Kestrel Coast News")
    assert k.published_at is not None and k.published_at.date().isoformat() == "2026-03-09"
    assert k.image_url == "http://127.0.0.1:41877/img/ferry-at-pier.jpg"
    assert k.sources == {"title": "page", "author": "page", "published_at": "page", "language": "page",
                         "canonical_url": "page", "image_url": "page", "site_name": "page"}
    t = meta("tidewater-teaser-cards")
    assert (t.author, t.sources["author"], t.sources["published_at"]) == ("Ivo Brandt, Mia Corran", "json-ld", "json-ld")
    assert t.title == "Allotment waiting list passes 400 as council looks for new sites"


def test_cjk_sentences_are_not_datelines_or_fragments() -> None:
    """A Japanese sentence with a year at the top, or a short one at the end, is text, not a stamp."""
    lines = ["2018年に発売されたこのアプリは、起動のショートカットキーを変更できない。",
             "設定画面からは変更できないため、別の方法を試しました。", "これで元の操作性を取り戻せました。"]
    kept, removed = clean_lines(lines, None)
    assert kept == lines and not removed


def test_a_link_wrapping_blocks_is_a_card_and_tags_in_bold_are_a_link_list() -> None:
    """A link that wraps paragraphs is a teaser card; 'Tags' and its links inside <strong> are a list."""
    left, rules = _structural(
        PROSE * 3 + '<a href="/other"><div>Other story</div><p>Its first sentence, as a teaser.</p></a>'
        '<strong>Tags <a href="/t/a">flood warnings</a>, <a href="/t/b">River Wey</a>, '
        '<a href="/t/c">footbridge closures</a></strong>')
    assert rules["Its first sentence, as a teaser."] == "structural:linked-card"
    assert rules["flood warnings"] == "structural:link-list"
    assert "Other story" not in left


def test_a_paragraph_that_is_one_link_is_a_promo() -> None:
    """A long line that is entirely a link (an advertisement) goes; a long URL standing as a source stays."""
    promo = "Get our premium markets service for as little as the price of a coffee a month, with the code SAVE."
    url = "https://example.org/reports/2026/river-levels-and-the-footbridge-closure-full-report.html"
    body = ["The reservoirs were 96 per cent full on Tuesday, the highest level for twelve years."]
    kept, removed = clean_lines(body + [promo, url] + body, None, None, PageContext(links=lambda: [promo, url]))
    assert kept == body + [url] + body and [r.rule for r in removed] == ["linked-promo"]


def test_caption_repeating_the_alt_text_and_the_label_of_a_dropped_list_go() -> None:
    """Text after an image that opens with its alt is a caption; a short heading above a dropped list goes."""
    left, rules = _structural(
        PROSE + '<div><img src="k.jpg" alt="A kestrel on a gargoyle"><span>A kestrel on a gargoyle. '
        "Photo: M. Okafor</span></div>" + PROSE + "<h3>Most popular</h3><ul>"
        + "".join(f'<li><a href="/{i}">Story number {i} from the town</a></li>' for i in range(3))
        + "</ul><h3>What the council decided</h3>" + PROSE)
    assert rules["A kestrel on a gargoyle. Photo: M. Okafor"] == "structural:caption"
    assert rules["Most popular"] == "structural:list-heading"
    assert "What the council decided" in left


def test_text_after_an_image_that_does_not_repeat_its_alt_is_kept() -> None:
    """A paragraph after an image is a caption only when it repeats the image's description."""
    left, rules = _structural(
        '<div><img src="k.jpg" alt="A kestrel on a gargoyle"><span>The pair nested in March, '
        "the bird club said.</span></div>" + PROSE)
    assert not rules and "The pair nested in March" in left
