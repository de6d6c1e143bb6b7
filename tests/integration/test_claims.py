"""Stage claims in the real warehouse: abandoned claims are taken over at once, live ones never,
and a stage waiting for its upstream claims rarely and still takes what arrives."""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row

from pipeline.stages import pages as stages
from pipeline.warehouse.db import claim_pages

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

    monkeypatch.setattr(stages, "claim_pages", counted)
    return made


def test_a_claim_whose_session_ended_is_taken_over_at_once(conn: psycopg.Connection, dsn: str) -> None:
    _add_pages(conn, "fetched", "http://a.example/1")
    with psycopg.connect(dsn, row_factory=dict_row) as claimer:
        assert [p["url"] for p in claim_pages(claimer, "fetched", "extracting", 10, LONG_LEASE)] == [
            "http://a.example/1"]
        # The claimer is alive: nobody else gets its page, however long the lease.
        assert claim_pages(conn, "fetched", "extracting", 10, LONG_LEASE) == []
    # Its session is gone (a killed task): the page is claimable again well inside the lease.
    deadline = time.monotonic() + 10
    taken: list[dict[str, Any]] = []
    while not taken and time.monotonic() < deadline:  # the backend exits just after the close
        taken = claim_pages(conn, "fetched", "extracting", 10, LONG_LEASE)
        time.sleep(0.05)
    assert [p["url"] for p in taken] == ["http://a.example/1"]
    row = conn.execute("SELECT attempts, claimed_by FROM news.pages").fetchone()
    assert row is not None and row["attempts"] == 2
    pid = conn.execute("SELECT pg_backend_pid() AS pid").fetchone()
    assert pid is not None and row["claimed_by"].endswith(f"/{pid['pid']}")


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
    got = stages.claim_or_wait(conn, "extracted", "deduping", 10, LONG_LEASE, upstream_over.is_set)
    producer.join()
    assert [p["url"] for p in got] == ["http://a.example/late"]
    assert time.monotonic() - started >= 1.5
    assert 4 <= len(claims) <= 10, claims  # a fixed 50 ms poll would have claimed some 30 times

    # Upstream still running, nothing left: claims at 0, 0.05, 0.15, 0.35, 0.75, 1.15 and 1.55 s;
    # the upstream finishing at 1.25 s, inside the last 400 ms wait, cuts it short (about 1.3 s).
    timer = threading.Timer(1.25, upstream_over.set)
    timer.start()
    started = time.monotonic()
    assert stages.claim_or_wait(conn, "extracted", "deduping", 10, LONG_LEASE, upstream_over.is_set) == []
    assert 1.25 <= time.monotonic() - started < 1.45
    timer.join()


def test_without_an_upstream_one_claim_is_made(conn: psycopg.Connection, claims: list[float]) -> None:
    assert stages.claim_or_wait(conn, "extracted", "deduping", 10, LONG_LEASE, None) == []
    assert len(claims) == 1
