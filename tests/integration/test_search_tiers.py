"""Search in two tiers (sql/012, pipeline/ui/search.py), on the real embedded warehouse.

Title and lead matches (the `search_head` vector: title, and the body's first 300 characters) come
first, ranked; matches further down the body follow with rank 0, newest first; keyset pages run
across the two; the exact match of the whole vector still decides (a NOT word past the lead).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from pipeline.ui.search import parse_search_after, search
from pipeline.warehouse import db as warehouse
from tests.fixtures_db import warehouse_before

T0 = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
# About 400 characters without the words searched for: whatever follows it is past the lead.
FILLER = "The council met on Tuesday to discuss the budget for the coming year. " * 6


def _add(conn: psycopg.Connection, n: int, title: str, body: str, language: str = "en") -> int:
    row = conn.execute(
        "INSERT INTO news.articles (url, title, body, published_at, language, site, content_hash, word_count)"
        " VALUES (%s, %s, %s, %s, %s, 'tiers.test', md5(%s), %s) RETURNING id",
        (f"http://tiers.test/{n}", title, body, T0 + timedelta(hours=n), language, f"{n}:{body}",
         len(body.split()))).fetchone()
    return int(row["id"])


@pytest.fixture
def lighthouse(conn: psycopg.Connection) -> dict[str, int]:
    """Articles that say "lighthouse" in the title, in the lead, or only past the lead; one never."""
    ids = {
        "deep_old": _add(conn, 1, "Budget talks", FILLER + "Later the lighthouse keepers spoke."),
        "title": _add(conn, 2, "Lighthouse reopens", "The old tower on the cape welcomes visitors again."),
        "none": _add(conn, 3, "Weather", FILLER + "Rain is expected over the weekend."),
        "lead": _add(conn, 4, "Cape news", "Visitors climbed the lighthouse on Sunday. " + FILLER),
        "deep_new": _add(conn, 5, "More budget talks", FILLER + "A lighthouse was mentioned once."),
    }
    conn.commit()
    return ids


def test_title_and_lead_matches_rank_first_then_deeper_matches_newest_first(
        conn: psycopg.Connection, lighthouse: dict[str, int]) -> None:
    i = lighthouse
    hits = search(conn, "lighthouse")
    assert [h.id for h in hits] == [i["title"], i["lead"], i["deep_new"], i["deep_old"]]
    assert hits[0].rank > hits[1].rank > 0  # title (weight A) over lead (B)
    assert hits[2].rank == hits[3].rank == 0.0
    # A deeper match is still highlighted in its snippet (taken from the whole body).
    assert "<mark>lighthouse</mark>" in hits[2].snippet_html()
    heads = {r["id"]: r["head"] for r in conn.execute(
        "SELECT id, search_head::text AS head FROM news.articles").fetchall()}
    assert "'lighthous'" in heads[i["title"]] and "'lighthous'" in heads[i["lead"]]
    assert "lighthous" not in heads[i["deep_old"]] and "lighthous" not in heads[i["deep_new"]]


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_keyset_pages_run_across_both_tiers(conn: psycopg.Connection, lighthouse: dict[str, int],
                                            limit: int) -> None:
    """Following each page's last cursor (as the UI's `after=` does) gives every match once, in order."""
    expected = [h.id for h in search(conn, "lighthouse")]
    seen: list[int] = []
    after = None
    for _ in range(10):
        page = search(conn, "lighthouse", limit=limit, after=after)
        seen += [h.id for h in page]
        if len(page) < limit:
            break
        after = parse_search_after(page[-1].cursor)
    assert seen == expected


def test_api_cursor_of_a_rank_zero_hit(client: Any, lighthouse: dict[str, int]) -> None:
    """/api/search's `next` after a rank-0 hit is "0.0,<id>" and leads to the older deeper match."""
    first = client.get("/newsflow/api/search", params={"q": "lighthouse", "limit": 3}).json()
    assert [r["id"] for r in first["results"]] == [lighthouse[k] for k in ("title", "lead", "deep_new")]
    assert first["next"] == f"0.0,{lighthouse['deep_new']}"
    rest = client.get("/newsflow/api/search", params={"q": "lighthouse", "limit": 3, "after": first["next"]}).json()
    assert [r["id"] for r in rest["results"]] == [lighthouse["deep_old"]] and rest["next"] is None


def test_the_whole_text_decides_a_not_word_past_the_lead(conn: psycopg.Connection) -> None:
    """A lead match whose body says the excluded word further down is not a result."""
    clean = _add(conn, 1, "Harbour", "The harbour was calm. " + FILLER)
    excluded = _add(conn, 2, "Harbour", "The harbour was busy. " + FILLER + "Officials said so.")
    conn.commit()
    assert {h.id for h in search(conn, "harbour")} == {clean, excluded}
    assert [h.id for h in search(conn, "harbour -officials")] == [clean]
    assert [h.id for h in search(conn, "officials")] == [excluded]  # (past the lead: rank 0)
    assert search(conn, "officials")[0].rank == 0.0


def test_deeper_matches_use_the_article_language(conn: psycopg.Connection) -> None:
    """An inflected German form past the lead is found by the base form, with and without the filter."""
    german = _add(conn, 1, "Stadtrat", "Der Stadtrat tagte am Dienstag. " * 12 + "Neue Häuser entstehen am Hafen.",
                  language="de")
    _add(conn, 2, "Council", FILLER, language="en")
    conn.commit()
    for lang in (None, "de"):
        hits = search(conn, "Haus", lang=lang)
        assert [h.id for h in hits] == [german] and hits[0].rank == 0.0, lang
        assert "<mark>Häuser</mark>" in hits[0].snippet_html()


def test_snippets_of_ranked_and_deeper_hits(conn: psycopg.Connection) -> None:
    """A ranked hit's snippet comes from the start of its body (SNIPPET_WINDOW, whole words), with its
    lead match marked; a deeper hit's from the whole body, its match marked however far down."""
    long_tail = FILLER * 4  # about 1,700 characters
    ranked = _add(conn, 1, "Cape news", "Visitors climbed the lighthouse on Sunday. " + long_tail
                  + "In the end the lighthouse museum opened.")
    deeper = _add(conn, 2, "Budget", long_tail + "Then the lighthouse was sold.")
    conn.commit()
    hits = search(conn, "lighthouse")
    assert [h.id for h in hits] == [ranked, deeper] and hits[0].rank > 0 == hits[1].rank
    # (From the whole body, ts_headline's second fragment would be the one about the museum.)
    assert "climbed the [lighthouse]" in hits[0].snippet("[", "]") and "museum" not in hits[0].snippet()
    assert "[lighthouse] was sold" in hits[1].snippet("[", "]")


def test_lead_is_whole_words_and_the_head_follows_edits(conn: psycopg.Connection) -> None:
    """The lead ends at a word boundary (its lexemes are the body's); the trigger keeps the head."""
    body = "word " * 59 + "abcdefghijklmnop and more"  # character 300 is inside the last long word
    ident = _add(conn, 1, "Title here", body)
    conn.commit()
    lead = conn.execute("SELECT news.article_lead(%s) AS lead", (body,)).fetchone()["lead"]
    assert lead == "word " * 59 and len(body) > 300
    row = conn.execute("SELECT tsvector_to_array(search_head) <@ tsvector_to_array(search) AS subset, "
                       "search_head::text AS head FROM news.articles WHERE id = %s", (ident,)).fetchone()
    assert row["subset"] and "abcdef" not in row["head"] and "'titl':1A" in row["head"]
    conn.execute("UPDATE news.articles SET search_head = to_tsvector('simple', 'junk') WHERE id = %s", (ident,))
    conn.execute("UPDATE news.articles SET title = 'Lighthouse' WHERE id = %s", (ident,))
    conn.commit()
    head = conn.execute("SELECT search_head::text AS h FROM news.articles WHERE id = %s", (ident,)).fetchone()["h"]
    assert "junk" not in head and "'lighthous':1A" in head
    assert [h.id for h in search(conn, "lighthouse")] == [ident]


@pytest.fixture
def client(dsn: str) -> Iterator[Any]:
    """The article router in a bare app under /newsflow (as tests/integration/test_articles_ui.py)."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from pipeline.ui.articles import articles_router

    app = FastAPI()
    app.include_router(articles_router(lambda: psycopg.connect(dsn, row_factory=dict_row), lambda: "tester"))
    root = FastAPI()
    root.mount("/newsflow", app)
    with TestClient(root) as test_client:
        yield test_client


@pytest.fixture
def warehouse_before_012(pg_state: Path) -> Iterator[psycopg.Connection]:
    """A database migrated up to (not including) 012, as an existing warehouse would be."""
    with warehouse_before(pg_state, "012") as conn:
        yield conn


def test_migration_backfills_the_head_of_existing_articles(warehouse_before_012: psycopg.Connection) -> None:
    conn = warehouse_before_012
    ids = [_add(conn, n, f"Lighthouse {n}" if n % 2 else "Budget", FILLER + "lighthouse", "en")
           for n in range(1, 7)]
    conn.commit()
    assert "012_search_head" in warehouse.migrate(conn)
    rows = conn.execute("SELECT id, search_head IS NOT NULL AS has_head FROM news.articles ORDER BY id").fetchall()
    assert [r["id"] for r in rows] == ids and all(r["has_head"] for r in rows)
    hits = search(conn, "lighthouse")
    assert [h.id for h in hits] == [ids[4], ids[2], ids[0], ids[5], ids[3], ids[1]]
    assert [h.rank > 0 for h in hits] == [True] * 3 + [False] * 3
    index = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search_head_idx'").fetchone()
    assert index is not None and "gin (search_head)" in index["indexdef"]
