"""Per-site learned boilerplate against the embedded warehouse."""

from __future__ import annotations

import psycopg

from pipeline.boilerplate import line_fingerprint
from pipeline.sitelearn import MIN_SITE_ARTICLES, LearnedLines, learned_lines, record_lines

FOOTER = "Read more from the Valley Gazette archive"


def test_repeated_line_is_learned_and_a_single_line_is_not(conn: psycopg.Connection) -> None:
    """A line seen in many of a site's articles is learned; a line seen once is not."""
    for i in range(MIN_SITE_ARTICLES):
        record_lines(conn, "gazette.example", f"https://gazette.example/{i}",
                     [FOOTER, f"Unique sentence number {i} of this story."])
    conn.commit()
    learned = learned_lines(conn, "gazette.example")
    assert line_fingerprint(FOOTER) in learned
    assert line_fingerprint("Unique sentence number 0 of this story.") not in learned
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
