"""Per-site learned boilerplate against the embedded warehouse."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest

from pipeline.config import Settings
from pipeline.extract.lines import line_fingerprint
from pipeline.extract.sitelearn import MIN_SITE_ARTICLES, LearnedLines, learned_lines, record_lines
from pipeline.runner import run_stages
from pipeline.urls import host_of
from tests.localserver import LocalServer, html, raw, rss
from tests.tablesite import (
    BIO,
    DISCLAIMER,
    IN_CELL,
    SUBSCRIBE,
    TableSite,
    edition_note,
    template_in,
    write_feeds,
)

FOOTER = "Read more from the Valley Gazette archive"


def test_repeated_line_is_learned_and_a_single_line_is_not(conn: psycopg.Connection) -> None:
    """A line seen in many of a site's articles is learned; a line seen once is not."""
    words = ["harbour", "orchard", "railway", "festival", "glacier", "lighthouse"]
    for i in range(MIN_SITE_ARTICLES):
        record_lines(conn, "gazette.example", f"https://gazette.example/{i}",
                     [FOOTER, f"A unique sentence about the {words[i]} in this story."])
    conn.commit()
    learned = learned_lines(conn, "gazette.example")
    assert line_fingerprint(FOOTER) in learned
    assert line_fingerprint("A unique sentence about the harbour in this story.") not in learned
    assert learned_lines(conn, "other.example") == frozenset()


def test_first_articles_of_a_site_are_cleaned_by_rules_alone(conn: psycopg.Connection) -> None:
    """Before a site has enough history, nothing is learned, however often a line repeats."""
    for i in range(MIN_SITE_ARTICLES - 1):
        record_lines(conn, "new.example", f"https://new.example/{i}", [FOOTER])
    conn.commit()
    assert learned_lines(conn, "new.example") == frozenset()


def test_recording_is_idempotent_per_article(conn: psycopg.Connection) -> None:
    """Recording the same article twice counts its lines once (re-runs change nothing)."""
    for _ in range(3):
        record_lines(conn, "s.example", "https://s.example/a", [FOOTER, FOOTER])
    conn.commit()
    n = conn.execute("SELECT count(*) AS n FROM news.site_lines").fetchone()["n"]
    assert n == 1


def test_learning_reads_the_sites_recent_articles_only(conn: psycopg.Connection) -> None:
    """Lines are learned from the site's most recent rows: an old template's footer, no longer in
    the window, is forgotten, and the current one is learned."""
    old, new = "Old footer of the Valley Gazette", "New footer of the Valley Gazette"
    for i in range(8):
        record_lines(conn, "g.example", f"https://g.example/old{i}", [old])
        conn.commit()  # seen_at is the transaction's time: each article a moment later
    for i in range(8):
        record_lines(conn, "g.example", f"https://g.example/new{i}", [new])
        conn.commit()
    assert learned_lines(conn, "g.example") == {line_fingerprint(old), line_fingerprint(new)}
    assert learned_lines(conn, "g.example", window=8) == {line_fingerprint(new)}
    assert learned_lines(conn, "g.example", window=MIN_SITE_ARTICLES - 1) == frozenset()


def test_a_stage_reads_a_sites_learned_lines_again_after_the_refresh(conn: psycopg.Connection) -> None:
    """LearnedLines keeps a site's set for `refresh` seconds, then reads the warehouse again."""
    kept, fresh = LearnedLines(refresh=3600), LearnedLines(refresh=0)
    assert kept.get(conn, "h.example") == fresh.get(conn, "h.example") == frozenset()
    for i in range(MIN_SITE_ARTICLES):
        record_lines(conn, "h.example", f"https://h.example/{i}", [FOOTER])
    conn.commit()
    assert kept.get(conn, "h.example") == frozenset()  # within its refresh time
    assert fresh.get(conn, "h.example") == {line_fingerprint(FOOTER)}


def _ingest(settings: Settings, tmp_path: Path, *servers: LocalServer) -> dict[str, Any]:
    return run_stages({"feeds_file": str(write_feeds(tmp_path / "feeds.yaml", *servers))}, settings, "test")


def _bodies(conn: psycopg.Connection, server: LocalServer) -> dict[str, list[str]]:
    rows = conn.execute("SELECT url, body FROM news.articles WHERE url LIKE %s", (server.base + "/%",))
    return {r["url"]: r["body"].split("\n") for r in rows}


@pytest.mark.parametrize("batch_size", [200, 2], ids=["one-batch", "batches-of-two"])
def test_a_new_sites_first_batch_loses_its_shared_header_and_footer(settings: Settings, conn: psycopg.Connection,
                                                                    tmp_path: Path, batch_size: int) -> None:
    """A new site's first batch of five pages loses its shared header and footer lines in the first
    run; in batches of two, its first pages wait for its later ones, so the run learns from all five."""
    site = TableSite(n=5)
    with site.serve() as server:
        _ingest(replace(settings, batch_size=batch_size), tmp_path, server)
    bodies = _bodies(conn, server)
    assert len(bodies) == 5
    for story in site.stories:
        body = bodies[site.url(server, story)]
        assert not template_in(body), body
        assert all(p in body for p in story.paragraphs)
        removed = conn.execute("SELECT extracted->'removed' AS r FROM news.pages WHERE url = %s",
                               (site.url(server, story),)).fetchone()["r"]
        by_learning = {r["text"] for r in removed if r["rule"] == "learned:site-repeat"}
        # the masthead and classifieds cells never reach trafilatura's text; the lines sharing the
        # article's cell do, and what the batch learned removes them
        assert by_learning >= set(IN_CELL)
    learned = {r["sample"] for r in conn.execute(
        "SELECT sample FROM news.site_boilerplate WHERE site = %s AND articles >= 3", (host_of(server.base),))}
    assert learned >= set(IN_CELL)


def test_a_recurring_author_bio_is_removed_from_the_first_batch(settings: Settings, conn: psycopg.Connection,
                                                                tmp_path: Path) -> None:
    """An author's bio (over 160 characters) under four of five first articles is removed from them."""
    assert len(BIO) > 160
    site = TableSite(n=5, bio_on=4)
    with site.serve() as server:
        _ingest(settings, tmp_path, server)
    bodies = _bodies(conn, server)
    assert all(BIO not in body and body[-1] == story.paragraphs[-1]
               for story, body in ((s, bodies[site.url(server, s)]) for s in site.stories))


def test_a_disclaimer_repeated_mid_body_is_kept(settings: Settings, conn: psycopg.Connection,
                                                tmp_path: Path) -> None:
    """A disclaimer paragraph between the paragraphs of every article is kept (prose is removed only
    before or after a page's unique prose), while the template around the article goes."""
    site = TableSite(n=5, disclaimer=True)
    with site.serve() as server:
        _ingest(settings, tmp_path, server)
    for story in site.stories:
        body = _bodies(conn, server)[site.url(server, story)]
        assert body[body.index(DISCLAIMER) - 1] == story.paragraphs[1] and SUBSCRIBE not in body
    assert line_fingerprint(DISCLAIMER) not in LearnedLines().get(conn, host_of(server.base))  # workers


def test_two_sites_never_share_learned_lines(settings: Settings, conn: psycopg.Connection, tmp_path: Path) -> None:
    """A line learned on one site is not removed from another site that has it on too few pages."""
    everywhere, twice = TableSite(n=5, seed=1), TableSite(n=5, seed=2, subscribe_on=2)
    with everywhere.serve() as one, twice.serve() as two:
        _ingest(settings, tmp_path, one, two)
    assert all(SUBSCRIBE not in body for body in _bodies(conn, one).values())
    assert sum(SUBSCRIBE in body for body in _bodies(conn, two).values()) == 2
    assert line_fingerprint(SUBSCRIBE) in learned_lines(conn, host_of(one.base))
    assert line_fingerprint(SUBSCRIBE) not in learned_lines(conn, host_of(two.base))


def test_a_page_that_fails_extraction_does_not_stop_the_batch_learning(
        settings: Settings, conn: psycopg.Connection, tmp_path: Path) -> None:
    """A batch with a page that gives no text still learns from its other pages."""
    site = TableSite(n=3, broken=1)
    with site.serve() as server:
        summary = _ingest(settings, tmp_path, server)
    assert summary["counts"]["extract_empty"] == 1
    bodies = _bodies(conn, server)
    assert len(bodies) == 3 and all(not template_in(body) for body in bodies.values())
    errors = conn.execute("SELECT kind, url FROM news.errors WHERE stage = 'extract'").fetchall()
    assert [e["url"].rsplit("/", 1)[1] for e in errors] == ["broken0.html"]


def test_a_settled_sites_next_pages_are_stored_at_once_and_cleaned(settings: Settings, conn: psycopg.Connection,
                                                                   tmp_path: Path) -> None:
    """A later run on a site with history cleans its new pages with what was learned: labels in
    the workers, the bio and the ad (prose) in the stage, without holding the pages back."""
    site = TableSite(n=14, bio_on=14, published=10)
    with site.serve() as server:
        _ingest(settings, tmp_path, server)
        site.published = None
        conn.execute("UPDATE news.feeds SET next_poll_at = now()")  # due again
        conn.commit()
        _ingest(settings, tmp_path, server)
    bodies = _bodies(conn, server)
    assert len(bodies) == 14
    for story in site.stories:
        body = bodies[site.url(server, story)]
        assert not template_in(body) and BIO not in body, body
        assert all(p in body for p in story.paragraphs)


def test_a_note_with_a_varying_end_is_learned_by_its_opening_words(settings: Settings, conn: psycopg.Connection,
                                                                    tmp_path: Path) -> None:
    """A print-edition note ending every article, the same words up to the story's own headline,
    is learned by its opening words in the first run and leaves every page's tail."""
    site = TableSite(n=5, edition_note=True)
    with site.serve() as server:
        _ingest(settings, tmp_path, server)
    bodies = _bodies(conn, server)
    for index, story in enumerate(site.stories):
        body = bodies[site.url(server, story)]
        assert body[-1] == story.paragraphs[-1] and edition_note(story, index) not in body
        removed = conn.execute("SELECT extracted->'removed' AS r FROM news.pages WHERE url = %s",
                               (site.url(server, story),)).fetchone()["r"]
        assert {"text": edition_note(story, index), "rule": "learned:site-repeat"} in \
            [{"text": r["text"], "rule": r["rule"]} for r in removed]


RECIPE_STEPS = [f"Step {i}: whisk the dressing, toss the greens with the farro, then season with salt and pepper."
                for i in range(1, 9)]
RECIPE_NAMES = ["Farro salad", "Kale salad", "Cucumber slaw", "Fennel slaw", "Grain bowl"]


def _recipe_site() -> LocalServer:
    """Five recipes of one site whose method repeats word for word from recipe to recipe."""
    def page(i: int, name: str) -> str:
        steps = "".join(f"<li>{s}</li>" for s in RECIPE_STEPS)
        return (f"<html><head><title>{name} | Valley Kitchen</title></head><body><nav><a href='/'>Home</a>"
                f"<a href='/recipes/'>Recipes</a></nav><article><h1>{name}</h1>"
                f"<p>{name} number {i} is the salad we make all summer: it keeps for a day in the fridge and "
                "travels well to a picnic.</p><h2>Method</h2>"
                f"<ol>{steps}</ol></article><footer>Valley Kitchen, 1 Mill Lane</footer></body></html>")
    routes = {f"/recipes/{i}.html": html(page(i, n)) for i, n in enumerate(RECIPE_NAMES)}
    server = LocalServer(routes)
    server.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, rss(server.base, list(routes)))
    return server


def test_learned_lines_that_would_take_most_of_an_article_stay_and_are_recorded(
        settings: Settings, conn: psycopg.Connection, tmp_path: Path) -> None:
    """Lines a new site repeats on every page, which would take most of each article (a method
    repeated from recipe to recipe), stay in the articles; the undoing is recorded on each page
    (`extracted->'undone'`, where `newsflow reextract --undone-rule` and the dashboard find it)."""
    with _recipe_site() as server:
        _ingest(settings, tmp_path, server)
    bodies = _bodies(conn, server)
    assert len(bodies) == len(RECIPE_NAMES)
    for body in bodies.values():
        assert all(any(step in line for line in body) for step in RECIPE_STEPS), body
    undone = [r["u"] for r in conn.execute("SELECT extracted->'undone' AS u FROM news.pages WHERE url LIKE %s",
                                           (server.base + "/%",))]
    assert all(any(u["rule"] == "learned:site-repeat" and u["layer"] == "site" for u in (x or [])) for x in undone)
