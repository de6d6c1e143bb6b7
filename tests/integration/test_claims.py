"""Stage claims in the real warehouse: abandoned claims are taken over at once, live ones never,
and a stage waiting for its upstream claims rarely and still takes what arrives."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
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


class VirtualClock:
    """Stands in for the `time` module of the code under test: `monotonic()` reads a virtual
    clock that only `sleep()` advances (whole units, so every sum is exact); `at(t, action)` runs
    an action once the clock reaches t, in the sleeping thread (no real waiting, no timing window)."""

    def __init__(self) -> None:
        self.now = 0.0
        self._due: list[tuple[float, Callable[[], None]]] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        assert self.now < 1000, "waited 1000 units: the stage never returned"
        for due in [d for d in self._due if d[0] <= self.now]:
            self._due.remove(due)
            due[1]()

    def at(self, when: float, action: Callable[[], None]) -> None:
        self._due.append((when, action))

    def __getattr__(self, name: str) -> Any:  # anything else the module uses from `time`
        return getattr(time, name)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> VirtualClock:
    """A virtual clock for the module that waits between claims, with its waits scaled to whole
    units in the real ratio (IDLE_WAIT 1, MAX_IDLE_WAIT 8 for 50 ms and 400 ms)."""
    virtual = VirtualClock()
    module = sys.modules[pages.claim_or_wait.__module__]
    assert module.MAX_IDLE_WAIT == 8 * module.IDLE_WAIT
    monkeypatch.setattr(module, "time", virtual)
    monkeypatch.setattr(module, "IDLE_WAIT", 1.0)
    monkeypatch.setattr(module, "MAX_IDLE_WAIT", 8.0)
    return virtual


@pytest.fixture
def claims(monkeypatch: pytest.MonkeyPatch, clock: VirtualClock) -> list[float]:
    """The virtual times at which the stages claim pages (each claim still goes to the warehouse)."""
    made: list[float] = []
    module = sys.modules[pages.claim_or_wait.__module__]

    def counted(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        made.append(clock.monotonic())
        return claim_pages(*args, **kwargs)

    monkeypatch.setattr(module, "claim_pages", counted)
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
        conn: psycopg.Connection, dsn: str, clock: VirtualClock, claims: list[float]) -> None:
    """Nothing to claim for 30 units (1.5 s) while the upstream runs: the wait doubles (1 unit up
    to 8, i.e. 50 ms up to 400 ms), so 7 claims rather than 31; a page stored meanwhile by another
    session is returned."""
    with psycopg.connect(dsn) as own:
        clock.at(30, lambda: _add_pages(own, "extracted", "http://a.example/late"))
        got = pages.claim_or_wait(conn, "extracted", 10, LONG_LEASE, lambda: False)
    assert [p["url"] for p in got] == ["http://a.example/late"]
    assert claims == [0, 1, 3, 7, 15, 23, 31]  # a fixed 1-unit poll would have claimed 31 times
    assert clock.now == 31


def test_a_finished_upstream_cuts_the_wait_short(
        conn: psycopg.Connection, clock: VirtualClock, claims: list[float]) -> None:
    """Upstream still running, nothing left: claims at 0, 1, 3, 7, 15 and 23; the upstream
    finishing at 25, inside the last 8-unit wait, is seen within one unit: one last claim at 25
    and the stage gets [] without waiting out its back-off (31)."""
    assert pages.claim_or_wait(conn, "extracted", 10, LONG_LEASE,
                                lambda: clock.now >= 25) == []
    assert claims == [0, 1, 3, 7, 15, 23, 25]
    assert clock.now == 25


def test_without_an_upstream_one_claim_is_made(conn: psycopg.Connection, claims: list[float]) -> None:
    assert pages.claim_or_wait(conn, "extracted", 10, LONG_LEASE, None) == []
    assert len(claims) == 1


def test_the_extraction_is_stored_without_extra_and_load_leaves_it(conn: psycopg.Connection) -> None:
    """store_extracted drops `extra` (nothing reads it from the warehouse); store_loaded changes
    the page's state and article only, not the stored JSON (sql/013)."""
    _add_pages(conn, "fetched", "http://a.example/1")
    claim_pages(conn, "fetched", 10, LONG_LEASE)
    extracted = '{"body": "x", "removed": [{"text": "ad", "rule": "r"}], "extra": {"candidate_lines": ["x"]}}'
    with conn.transaction():
        pages.store_extracted(conn, [pages.Extraction("http://a.example/1", extracted, "h", None, None)])
    stored = {"body": "x", "removed": [{"text": "ad", "rule": "r"}]}
    row = conn.execute("SELECT extracted FROM news.pages").fetchone()
    assert row == {"extracted": stored}
    claim_pages(conn, "extracted", 10, LONG_LEASE)
    with conn.transaction():
        pages.store_loaded(conn, [pages.Outcome("http://a.example/1", pages.PageState.DUPLICATE, None,
                                                "http://a.example/1")])
    row = conn.execute("SELECT state, extracted FROM news.pages").fetchone()
    assert row == {"state": "duplicate", "extracted": stored}


def test_the_removals_the_safety_net_undid_are_stored(conn: psycopg.Connection) -> None:
    """`extra.undone` (a rule taken back on this page) is kept, as `extracted->'undone'`, where a
    user finds it; reextract stores it the same way, and load does not read it into the article."""
    _add_pages(conn, "fetched", "http://a.example/1")
    claim_pages(conn, "fetched", 10, LONG_LEASE)
    undone = [{"rule": "tail", "chars": 812, "layer": "lines"}]
    extracted = json.dumps({"body": "x", "extra": {"candidate_lines": ["x"], "undone": undone}})
    with conn.transaction():
        pages.store_extracted(conn, [pages.Extraction("http://a.example/1", extracted, "h", None, None)])
    row = conn.execute("SELECT extracted, extracted_core FROM news.pages, LATERAL (SELECT "
                       f"{pages.CLAIM_EXPRESSIONS['extracted_core']} AS extracted_core) c").fetchone()
    assert row["extracted"] == {"body": "x", "undone": undone} and row["extracted_core"] == {"body": "x"}
    again = json.dumps({"body": "y", "extra": {"undone": [{"rule": "structural:link-list",
                                                                      "chars": 40, "layer": "structural"}]}})
    pages.store_reextracted(conn, pages.Extraction("http://a.example/1", again, "h2", None, None))
    assert conn.execute("SELECT extracted->'undone' AS u FROM news.pages").fetchone()["u"] == [
        {"rule": "structural:link-list", "chars": 40, "layer": "structural"}]


def test_page_columns_that_do_not_compress_are_not_compressed(conn: psycopg.Connection) -> None:
    """sql/013: no pglz attempt on the gzip'd HTML, the extraction's JSON or the search vector;
    the page's unused claim columns are gone (claims are rows of news.claims)."""
    rows = conn.execute(
        "SELECT attrelid::regclass::text AS rel, attname, attstorage FROM pg_attribute "
        "WHERE attrelid IN ('news.pages'::regclass, 'news.articles'::regclass) AND attnum > 0 "
        "AND NOT attisdropped").fetchall()
    storage = {(r["rel"], r["attname"]): r["attstorage"] for r in rows}
    assert storage[("news.pages", "html_gz")] == storage[("news.pages", "extracted")] == "e"
    assert storage[("news.articles", "search")] == "e"
    assert storage[("news.articles", "body")] == "x"  # the contract's text stays compressed
    assert ("news.pages", "claimed_by") not in storage and ("news.pages", "claimed_at") not in storage
