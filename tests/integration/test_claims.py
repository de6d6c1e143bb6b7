"""Stage claims in the real warehouse: abandoned claims are taken over at once, live ones never,
and a stage waiting for its upstream claims rarely and still takes what arrives."""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from pipeline.warehouse import pages
from pipeline.warehouse.pages import claim_pages

LONG_LEASE = 3600  # seconds: a takeover in these tests is never a lease running out


def _add_pages(conn: psycopg.Connection, state: str, *urls: str) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO news.pages (url, state) VALUES (%s, %s)", [(u, state) for u in urls])
    conn.commit()


@pytest.fixture
def claims(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The times at which the stages claim pages (each claim still goes to the warehouse)."""
    made: list[float] = []

    def counted(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        made.append(time.monotonic())
        return claim_pages(*args, **kwargs)

    monkeypatch.setattr(pages, "claim_pages", counted)
    return made


def test_a_claim_whose_session_ended_is_taken_over_at_once(conn: psycopg.Connection, dsn: str) -> None:
    _add_pages(conn, "fetched", "http://a.example/1")
    with psycopg.connect(dsn, row_factory=dict_row) as claimer:
        assert [p["url"] for p in claim_pages(claimer, "fetched", 10, LONG_LEASE)] == [
            "http://a.example/1"]
        # The claimer is alive: nobody else gets its page, however long the lease.
        assert claim_pages(conn, "fetched", 10, LONG_LEASE) == []
    # Its session is gone (a killed task): the page is claimable again well inside the lease.
    deadline = time.monotonic() + 10
    taken: list[dict[str, Any]] = []
    while not taken and time.monotonic() < deadline:  # the backend exits just after the close
        taken = claim_pages(conn, "fetched", 10, LONG_LEASE)
        time.sleep(0.05)
    assert [p["url"] for p in taken] == ["http://a.example/1"]
    row = conn.execute("SELECT stage, claimed_by FROM news.claims").fetchone()
    assert row is not None and row["stage"] == "extract"
    pid = conn.execute("SELECT pg_backend_pid() AS pid").fetchone()
    assert pid is not None and row["claimed_by"].endswith(f"/{pid['pid']}")
    # The page row itself was not written by the claims.
    state = conn.execute("SELECT state, attempts FROM news.pages").fetchone()
    assert state == {"state": "fetched", "attempts": 0}


def test_a_stored_result_releases_its_claim_and_writes_the_page_once(conn: psycopg.Connection) -> None:
    _add_pages(conn, "fetched", "http://a.example/1", "http://a.example/2")
    claimed = claim_pages(conn, "fetched", 10, LONG_LEASE, columns=("final_url",))
    assert [p["url"] for p in claimed] == ["http://a.example/1", "http://a.example/2"]
    assert claim_pages(conn, "fetched", 10, LONG_LEASE) == []  # live claims: nothing left
    with conn.transaction():
        pages.store_extracted(conn, [pages.Extraction("http://a.example/1", '{"body": "x"}', "h", None, None)])
        pages.store_empty(conn, [pages.Failure("http://a.example/2", "empty_extraction", "extract: none")])
    rows = conn.execute("SELECT url, state, error_kind FROM news.pages ORDER BY url").fetchall()
    assert [(r["state"], r["error_kind"]) for r in rows] == [("extracted", None), ("empty", "empty_extraction")]
    assert conn.execute("SELECT count(*) AS n FROM news.claims").fetchone() == {"n": 0}


def test_the_state_is_checked(conn: psycopg.Connection) -> None:
    with pytest.raises(psycopg.errors.CheckViolation):
        _add_pages(conn, "deduping", "http://a.example/1")
    conn.rollback()
    assert {s.value for s in pages.PageState} == {
        "pending", "fetched", "failed", "extracted", "empty", "loaded", "duplicate"}


def test_a_waiting_stage_claims_rarely_and_takes_what_arrives(
        conn: psycopg.Connection, dsn: str, claims: list[float]) -> None:
    """Nothing to claim for 1.5 s while the upstream runs: the wait doubles (50 ms up to 400 ms),
    so about 7 claims rather than 30; a page stored meanwhile is returned; once the upstream is
    done and nothing is left, the stage gets [] without waiting out its back-off."""
    upstream_over = threading.Event()

    def upstream() -> None:
        with psycopg.connect(dsn) as own:
            time.sleep(1.5)
            _add_pages(own, "extracted", "http://a.example/late")

    producer = threading.Thread(target=upstream)
    producer.start()
    started = time.monotonic()
    got = pages.claim_or_wait(conn, "extracted", 10, LONG_LEASE, upstream_over.is_set)
    producer.join()
    assert [p["url"] for p in got] == ["http://a.example/late"]
    assert time.monotonic() - started >= 1.5
    assert 4 <= len(claims) <= 10, claims  # a fixed 50 ms poll would have claimed some 30 times

    # Upstream still running, nothing left: claims at 0, 0.05, 0.15, 0.35, 0.75, 1.15 and 1.55 s;
    # the upstream finishing at 1.25 s, inside the last 400 ms wait, cuts it short (about 1.3 s).
    timer = threading.Timer(1.25, upstream_over.set)
    timer.start()
    started = time.monotonic()
    assert pages.claim_or_wait(conn, "extracted", 10, LONG_LEASE, upstream_over.is_set) == []
    assert 1.25 <= time.monotonic() - started < 1.45
    timer.join()


def test_without_an_upstream_one_claim_is_made(conn: psycopg.Connection, claims: list[float]) -> None:
    assert pages.claim_or_wait(conn, "extracted", 10, LONG_LEASE, None) == []
    assert len(claims) == 1
