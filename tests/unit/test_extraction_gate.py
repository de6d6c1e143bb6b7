"""CI gate in trafilatura's style: extraction quality on the real-page sets must not fall below floors."""

from __future__ import annotations

import sys
import types
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pipeline import evaluation
from pipeline.evaluation import Output, Page, Run, html_text, is_lost, score

# Recorded floors (measured F1 0.986, P 0.994, R 0.978 on 181 pages, 2026-12-06; docs/benchmarks.md).
F1_FLOOR = 0.982
PRECISION_FLOOR = 0.989
RECALL_FLOOR = 0.973
# Lost articles (newsflow keeps < half of trafilatura default's text, where that is >= 500 chars):
# the counts measured on 2026-12-06, recorded as ceilings so they cannot grow; to be lowered to 0
# as the losses are fixed.
# scrapinghub's two are pages where trafilatura's default mode brings back teasers and hidden
# duplicates of the article and newsflow keeps the article alone (see docs/benchmarks.md).
SCRAPINGHUB_LOST_CEILING = 2
# readability's: yahoo-2 and yahoo-3 (default mode's extra text is mostly not the article) and, since
# words are counted in scripts written without spaces (2026-12-07), hukumusume: a Japanese fable of
# one paragraph whose expected text (readability.js's own output) keeps the site's lists of today's
# other stories, which the related-run rule now takes as the linked headlines they are
READABILITY_LOST_CEILING = 3
# Held-out test set (mozilla/readability's test pages, 122): measured F1 0.936 minus 0.005.
READABILITY_F1_FLOOR = 0.931
# The web-content-extraction benchmark's article pages (2025-26), odd ids for development, even ids
# held out; measured 2026-12-06: dev F1 0.950, snippet F1 0.922; test F1 0.949, snippet F1 0.923;
# no page lost on either. Floors are those minus 0.005.
WCEB_FLOORS = {"dev": {"f1": 0.945, "snippet_f1": 0.917}, "test": {"f1": 0.944, "snippet_f1": 0.918}}
# The same set's other pages (forums, product and service pages, listings, documentation), measured
# 2026-12-07 (00:14 UTC): dev F1 0.662, snippet F1 0.693, 0 lost; test F1 0.656, snippet F1 0.686,
# 3 lost (22 over both on 2026-12-06 before the safety-net mends). Floors minus 0.005; lost as ceilings.
# test: 4 lost since 2026-12-07 21:14 UTC: the next-story guard (core._another_story) keeps on one
# page that declares itself an article the story under its headline, where trafilatura default
# returns text from outside it; that page's F1 rose from 0.00 to 0.75 and it counts as lost by
# characters (under half of default's). Its id is not read.
WCEB_OTHER_FLOORS = {"dev": {"f1": 0.657, "snippet_f1": 0.688}, "test": {"f1": 0.651, "snippet_f1": 0.681}}
WCEB_OTHER_LOST_CEILING = {"dev": 0, "test": 4}
# Synthetic publishers, cleaned as a first run cleans a site's batch (newsflow (first run)).
# train: the families rules were tuned on; test: held-out families no rule was written against.
# Measured 2026-12-06: train F1 1.000, body exact 0.997, 0 pages with boilerplate (720 pages);
# test F1 1.000, body exact 0.950, 1 page with boilerplate (280 pages); titles and dates 1.000.
SYNTHETIC_FLOORS = {
    "train": {"f1": 0.998, "title_exact": 0.98, "date_ok": 0.95, "body_exact": 0.98},
    "test": {"f1": 0.995, "title_exact": 0.98, "date_ok": 0.95, "body_exact": 0.93},
}
SYNTHETIC_BOILERPLATE_CEILING = {"train": 1, "test": 2}  # pages with any boilerplate left (720 / 280)

READABILITY = evaluation.readability_dir()
WCEB = evaluation.wceb_dir()


@pytest.fixture(scope="module")
def scrapinghub() -> tuple[list[Page], Run]:
    pages = evaluation.load_scrapinghub()
    return pages, evaluation.newsflow_scores(pages)


@pytest.fixture(scope="module")
def readability() -> tuple[list[Page], Run]:
    assert READABILITY is not None
    pages = evaluation.load_readability(READABILITY)
    return pages, evaluation.newsflow_scores(pages)


needs_scrapinghub = pytest.mark.skipif(
    not (evaluation.SCRAPINGHUB_DIR / "ground-truth.json").exists(),
    reason="../shared/bench/scrapinghub is absent (as on a user's clone): gate skipped")
needs_readability = pytest.mark.skipif(
    READABILITY is None,
    reason="readability test pages not imported (benchmarks/import_readability.py; ../shared/bench/readability)")


@needs_scrapinghub
def test_extraction_f1_stays_above_the_floor(scrapinghub: tuple[list[Page], Run]) -> None:
    """newsflow's F1, precision and recall on the scrapinghub set stay above the recorded floors."""
    scores = scrapinghub[1].scores
    assert scores["f1"] >= F1_FLOOR, scores
    assert scores["precision"] >= PRECISION_FLOOR, scores
    assert scores["recall"] >= RECALL_FLOOR, scores


@needs_scrapinghub
def test_scrapinghub_lost_articles_stay_under_the_ceiling(scrapinghub: tuple[list[Page], Run]) -> None:
    """newsflow loses no more scrapinghub articles than the recorded ceiling."""
    assert len(scrapinghub[1].lost) <= SCRAPINGHUB_LOST_CEILING, scrapinghub[1].lost


@needs_readability
def test_readability_f1_stays_above_the_floor(readability: tuple[list[Page], Run]) -> None:
    """newsflow's F1 on the held-out readability pages stays above the recorded floor."""
    assert readability[1].scores["f1"] >= READABILITY_F1_FLOOR, readability[1].scores


@needs_readability
def test_readability_lost_articles_stay_under_the_ceiling(readability: tuple[list[Page], Run]) -> None:
    """newsflow loses no more readability articles than the recorded ceiling."""
    assert len(readability[1].lost) <= READABILITY_LOST_CEILING, readability[1].lost


@pytest.mark.skipif(WCEB is None, reason="web-content-extraction pages not imported (benchmarks/import_wceb.py; "
                                        "../shared/bench/wceb)")
@pytest.mark.parametrize("split", ["dev", "test"])
def test_wceb_articles_stay_above_the_floors(split: str) -> None:
    """On the article pages of the 2025-26 real-page set, no article is lost and shingle F1 and
    snippet F1 (must / must-not snippets) stay above the recorded floors."""
    assert WCEB is not None
    run = evaluation.newsflow_scores(evaluation.load_wceb(WCEB, split))
    assert run.lost == [], run.lost
    for key, floor in WCEB_FLOORS[split].items():
        assert run.scores[key] >= floor, (key, run.scores)


@pytest.mark.skipif(WCEB is None, reason="web-content-extraction pages not imported (benchmarks/import_wceb.py; "
                                        "../shared/bench/wceb)")
@pytest.mark.parametrize("split", ["dev", "test"])
def test_wceb_other_pages_stay_within_the_bounds(split: str) -> None:
    """On the pages of the 2025-26 set that are not articles, losses stay under the recorded
    ceilings and shingle F1 and snippet F1 above the recorded floors."""
    assert WCEB is not None
    run = evaluation.newsflow_scores(evaluation.load_wceb(WCEB, split, articles=False))
    assert len(run.lost) <= WCEB_OTHER_LOST_CEILING[split], len(run.lost)  # held-out ids stay unseen
    for key, floor in WCEB_OTHER_FLOORS[split].items():
        assert run.scores[key] >= floor, (key, run.scores)


@pytest.fixture(scope="module", params=["train", "test"])
def synthetic(request: pytest.FixtureRequest) -> tuple[str, Run]:
    pages = evaluation.load_synthetic(request.param)
    return request.param, evaluation.compare(pages, {"first run": evaluation.site_learned(pages)})[0]


def test_synthetic_publishers_stay_above_the_floors(synthetic: tuple[str, Run]) -> None:
    """On synthetic publishers (train and held-out test families) no article is lost, and F1, titles,
    dates, exact bodies and pages with boilerplate stay within the recorded bounds."""
    split, run = synthetic
    assert run.lost == [], run.lost
    for key, floor in SYNTHETIC_FLOORS[split].items():
        assert run.scores[key] >= floor, (key, run.scores)
    assert run.scores["boilerplate"] <= SYNTHETIC_BOILERPLATE_CEILING[split], run.scores


def test_metric_on_known_pairs() -> None:
    """The re-implemented metric gives exact values on hand-made pairs."""
    assert score([("a b c d e", "a b c d e")]) == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "accuracy": 1.0}
    half = score([("a b c d e f", "a b c d x y")])  # 3 truth shingles, 1 shared, 2 spurious
    assert (round(half["precision"], 3), round(half["recall"], 3)) == (0.333, 0.333)


def test_lost_article_test_on_known_pairs() -> None:
    """A page is lost when under half of a reference of 500+ normalised characters is kept."""
    assert is_lost("x" * 500, "x" * 249)
    assert not is_lost("x" * 500, "x" * 250)  # exactly half is kept
    assert not is_lost("x" * 499, "")  # reference too short to count
    assert is_lost("x" * 500, None)
    assert not is_lost(None, None)
    # whitespace runs count as one space, leading and trailing ones not at all
    reference = "  " + " \n\t ".join(["word"] * 100) + "\n"  # normalised: 100 * 5 - 1 = 499 characters
    assert not is_lost(reference, "")
    reference = " \n ".join(["words"] * 100)  # 100 * 6 - 1 = 599 characters: half is 299.5
    assert is_lost(reference, "\n".join(["words"] * 50))  # 50 * 6 - 1 = 299
    assert not is_lost(reference, "\n".join(["words"] * 50) + " x")  # 301


def test_expected_text_puts_each_block_on_its_own_line() -> None:
    """html_text gives one whitespace-normalised line per block element and drops scripts."""
    html = ("<div><h1> Title\n here</h1><p>One <b>bold</b>\n word.</p><ul><li>a</li><li><p>b</p> c</li></ul>"
            "<blockquote>q<p>inner</p>tail</blockquote><script>x()</script><!-- c --><table><tr><td>1</td>"
            "<td>2&nbsp;3</td></tr></table><figure><img src=x><figcaption>cap</figcaption></figure>loose</div>")
    assert html_text(html) == "Title here\nOne bold word.\na\nb\nc\nq\ninner\ntail\n1\n2 3\ncap\nloose"
    assert html_text("  ") == ""


def test_synthetic_checks_on_known_pages() -> None:
    """Title, date, body and boilerplate checks count exactly on hand-made pages."""
    when = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    page = Page("p1", "http://x/1", "", "Body one two.", title="A  title", published_at=when,
                boilerplate=("Subscribe  NOW",))
    good = Output("Body one, two", "A title", when + timedelta(seconds=60))
    bad = Output("body one two.\nsubscribe now!", "A title (site)", when + timedelta(seconds=61))
    assert evaluation.synthetic_checks([page, page], [good, bad]) == {
        "title_exact": 0.5, "date_ok": 0.5, "body_exact": 0.5, "boilerplate": 1}
    naive = Output("Body one two.", "A title", when.replace(tzinfo=None))
    assert evaluation.synthetic_checks([page], [naive])["date_ok"] == 0.0


def test_synthetic_loader_maps_the_generator_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """load_synthetic asks the generator for one split and keeps its truth fields."""
    when = datetime(2026, 1, 2, tzinfo=UTC)
    synth = types.SimpleNamespace(
        url="http://a/1", site="a.example", publisher="A", family="f", split="test", language="en",
        html="<html><body><p>x</p></body></html>", title="T", published_at=when, body="x",
        boilerplate=["Sign up"], feed_published=when, tz="UTC")
    calls: list[str] = []
    module = types.ModuleType("pipeline.synth.publishers")
    module.generate_corpus = lambda split="all", **_: calls.append(split) or [synth, synth]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipeline.synth.publishers", module)
    monkeypatch.setitem(sys.modules, "pipeline.synth", types.ModuleType("pipeline.synth"))
    pages = evaluation.load_synthetic("test", limit=1)
    assert calls == ["test"]
    assert pages == [Page("a.example:0", "http://a/1", synth.html, "x", title="T", published_at=when,
                          boilerplate=("Sign up",), feed_published=when, site="a.example")]


def test_snippet_scores_on_known_pages() -> None:
    """A must-have snippet found is a true positive, one missing a false negative, a must-not
    snippet found a false positive; case and whitespace do not count."""
    pages = [Page("a", "", "", "", boilerplate=("Sign  up",), must_have=("The pier", "reopened today")),
             Page("b", "", "", "", boilerplate=("Cookies",), must_have=("anglers came",))]
    scores = evaluation.snippet_scores(pages, ["the PIER\nsign up", "Anglers  came."])
    assert scores == {"snippet_precision": 2 / 3, "snippet_recall": 2 / 3, "snippet_f1": 2 / 3}
    assert evaluation.snippet_scores(pages[:1], [""])["snippet_f1"] == 0.0


def test_wceb_loader_takes_the_article_pages_of_one_half(tmp_path: Path) -> None:
    """load_wceb keeps article and blog pages, odd ids for "dev" and even ids for "test"."""
    import gzip
    import json

    truth = {f"{i:04d}": {"url": f"http://s/{i}", "articleBody": f"body {i}", "with": [f"w{i}"], "without": ["x"],
                          "page_type": kind} for i, kind in enumerate(["article", "blog", "forum", "article", "product"], 1)}
    (tmp_path / "html").mkdir()
    for key in truth:
        (tmp_path / "html" / f"{key}.html.gz").write_bytes(gzip.compress(f"<p>{key}</p>".encode()))
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth))
    dev = evaluation.load_wceb(tmp_path, "dev")
    assert [p.id for p in dev] == ["0001"]  # 0003 is a forum, 0005 a product page
    assert [p.id for p in evaluation.load_wceb(tmp_path, "test")] == ["0002", "0004"]
    assert [p.id for p in evaluation.load_wceb(tmp_path, "dev", articles=False)] == ["0003", "0005"]
    assert (dev[0].url, dev[0].html, dev[0].truth, dev[0].must_have, dev[0].boilerplate) == (
        "http://s/1", "<p>0001</p>", "body 1", ("w1",), ("x",))


def test_sets_combine_into_one_pooled_set() -> None:
    """Two sets' runs join into one: outputs in order, times added, scores pooled over all the
    pages (the larger set weighs more) and lost pages found again against the joined reference."""
    long = "word " * 200
    a = [Page("a1", None, "", "a b c d e"), Page("a2", None, "", long)]
    b = [Page("b1", None, "", "a b c d e f")]

    def runs(ours: list[str], default: list[str], seconds: float) -> list[Run]:
        return [Run("newsflow", [Output(t) for t in ours], seconds, cpu_seconds=seconds / 2),
                Run("trafilatura default", [Output(t) for t in default], 2 * seconds, cpu_seconds=seconds)]

    pages, joined = evaluation.combine([(a, runs(["a b c d e", ""], ["a b c d e", long], 1.0)),
                                        (b, runs(["a b c d x y"], ["a b c d e f"], 3.0))])
    assert [p.id for p in pages] == ["a1", "a2", "b1"]
    ours, default = joined
    assert [o.body for o in ours.outputs] == ["a b c d e", "", "a b c d x y"]
    assert (ours.seconds, ours.cpu_seconds, default.seconds) == (4.0, 2.0, 8.0)
    assert ours.lost == ["a2"] and default.lost == []  # a2: nothing kept of default's 999 characters
    # every page weighs the same, whichever set it came from: (tp, fp, fn) shares a1 (1, 0, 0),
    # a2 (0, 0, 1), b1 (0.2, 0.4, 0.4)
    assert (round(ours.scores["precision"], 4), round(ours.scores["recall"], 4)) == (0.75, 0.4615)
    assert ours.scores["f1"] == score([(p.truth, o.body) for p, o in zip(pages, ours.outputs, strict=True)])["f1"]
