"""news.pages: the page state machine, and every write to the table (claims included).

A page is inserted `pending` by polling (pipeline/feeds/poll.py, ON CONFLICT DO NOTHING); from
then on only the functions of this module write it. Three stages move it on, each writing the
row once, a batch at a time (one UPDATE … FROM unnest):

    pending ──fetch──► fetched ──extract──► extracted ──load──► loaded
       │  ▲               │                     │
       ▼  │ retryable     ▼                     └──► duplicate (an exact copy of a stored article)
      failed (kinds,    empty
       at most 3 attempts)

(`dedup` finds nothing of its own any more: `load` checks exact copies once, under its lock,
and links near-duplicates with dedup.linker.BatchLinker.)

Claims are rows of news.claims, not writes to news.pages: a claim inserts (url, stage, who,
when) and the stage's result deletes it in the transaction that writes the page. A claim whose
session has ended or whose lease ran out is taken over. news.pages has no index on `state`; the
claimable pages are found through two partial indexes whose columns (article_id, error_kind) the
fetch and extract writes leave as they are, so those updates are HOT (sql/008_page_states.sql).
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple

import psycopg

from pipeline.warehouse.db import worker_id


class PageState(StrEnum):
    """The states of a news.pages row (sql/008_page_states.sql checks them)."""

    PENDING = "pending"  # polled, not fetched yet
    FETCHED = "fetched"  # raw HTML stored
    FAILED = "failed"  # fetch failed (retryable kinds are claimed again by fetch)
    EXTRACTED = "extracted"  # clean text and fingerprint stored
    EMPTY = "empty"  # no article text found, or the extraction failed
    LOADED = "loaded"  # its article is in news.articles (article_id)
    DUPLICATE = "duplicate"  # an exact copy (URL or text) of a stored article (article_id)


# The stage that claims pages of each claimable state.
STAGE_OF = {PageState.PENDING: "fetch", PageState.FETCHED: "extract", PageState.EXTRACTED: "load"}
# States no stage works on again (their raw HTML is only read by reextract).
DONE_STATES = (PageState.LOADED, PageState.DUPLICATE, PageState.EMPTY, PageState.FAILED)

# Derived values a claim can return by name, besides the columns of news.pages.
CLAIM_EXPRESSIONS = {
    "canonical_url": "extracted->>'canonical_url'",
    "extracted_core": "extracted - 'removed' - 'extra' - 'undone'",  # without the debugging lists
}


def _column(name: str) -> str:
    if name in CLAIM_EXPRESSIONS:
        return f"p.{CLAIM_EXPRESSIONS[name]} AS {name}"
    if not name.isidentifier():
        raise ValueError(f"not a column name: {name!r}")
    return f"p.{name}"


# A claim is live while its lease runs and the session that made it is still there.
LIVE_CLAIM = ("{c}.claimed_at >= now() - make_interval(secs => %(lease)s) "
              "AND substring({c}.claimed_by FROM '/([0-9]+)$')::int IN "
              "(SELECT pid FROM pg_stat_get_activity(NULL) WHERE pid IS NOT NULL)")

CLAIM_SQL = """
WITH candidates AS (
    SELECT p.url FROM news.pages p
    WHERE ((p.article_id IS NULL AND p.error_kind IS NULL AND p.state = %(state)s)
           OR (p.error_kind IS NOT NULL AND p.article_id IS NULL AND p.state = 'failed'
               AND p.error_kind = ANY(%(retry)s) AND p.attempts < %(max)s
               AND p.fetched_at < coalesce(%(before)s, now())))
      AND NOT EXISTS (SELECT 1 FROM news.claims c WHERE c.url = p.url AND {live_c})
    ORDER BY {order} LIMIT %(limit)s
    FOR UPDATE OF p SKIP LOCKED
), claimed AS (
    INSERT INTO news.claims AS k (url, stage, claimed_by, claimed_at)
    SELECT url, %(stage)s, %(worker)s || '/' || pg_backend_pid(), now() FROM candidates
    ON CONFLICT (url) DO UPDATE SET stage = EXCLUDED.stage, claimed_by = EXCLUDED.claimed_by,
        claimed_at = EXCLUDED.claimed_at
    WHERE NOT ({live_k})
    RETURNING k.url
)
SELECT {columns} FROM claimed JOIN news.pages p ON p.url = claimed.url
"""


def claim_pages(
    conn: psycopg.Connection[Any], state: str, limit: int, lease_seconds: int,
    *, retry_kinds: Sequence[str] = (), max_attempts: int = 3, failed_before: Any = None,
    spread_hosts: bool = False, columns: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Claim up to `limit` pages in `state` for its stage (SKIP LOCKED), taking over claims
    whose lease ran out or whose database session has ended (the claimer was killed or lost the
    server), and failed pages whose error kind is retryable (and that failed before
    `failed_before`, so a run does not retry its own failures); commit and return them ordered
    by url.

    A claim records `worker/backend pid`: the claimer works on the connection it claimed with,
    so once that session is gone nobody can finish the claim and it is taken over at once rather
    than after the lease (an Airflow retry of a killed task finds its pages).

    `columns` limits what is returned (default: every column); a stage that does not read the
    stored HTML should not have it sent.

    With spread_hosts, the batch is drawn in hash order, which mixes the hosts: a batch in URL
    order would be one host's pages, fetched at most per_host_concurrency at a time."""
    stage = STAGE_OF[PageState(state)]
    query = CLAIM_SQL.format(
        live_c=LIVE_CLAIM.format(c="c"), live_k=LIVE_CLAIM.format(c="k"),
        order="md5(p.url)" if spread_hosts else "p.url",
        columns=", ".join(_column(c) for c in ("url", *columns)) if columns else "p.*")
    rows = conn.execute(query, {
        "state": str(state), "stage": stage, "worker": worker_id(), "limit": limit,
        "lease": lease_seconds, "retry": list(retry_kinds), "max": max_attempts,
        "before": failed_before}).fetchall()
    conn.commit()
    return sorted(rows, key=lambda r: r["url"])


def release_claims(conn: psycopg.Connection[Any], urls: Sequence[str]) -> None:
    """Drop the claims of pages whose result is written (inside the caller's transaction)."""
    if urls:
        conn.execute("DELETE FROM news.claims WHERE url = ANY(%s)", (list(urls),))


# While its upstream stage is still producing, a stage that found nothing to claim waits before
# claiming again: IDLE_WAIT at first, twice as long after each empty claim up to MAX_IDLE_WAIT,
# looking at upstream_done() every IDLE_WAIT meanwhile (a finished upstream is claimed from at
# once). Each empty claim costs the database a query; with a fixed short wait the dedup and
# load stages claimed over and over for nothing (docs/architecture.md).
IDLE_WAIT = 0.05
MAX_IDLE_WAIT = 0.4

UpstreamDone = Callable[[], bool]


def claim_or_wait(
    conn: psycopg.Connection[Any], state: str, limit: int, lease: int,
    upstream_done: UpstreamDone | None, columns: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """Claim a batch; while the upstream stage runs (pipelined runs), wait for its output.

    Returns [] only when nothing is left and the upstream stage is finished (or not given)."""
    if upstream_done is None:
        return claim_pages(conn, state, limit, lease, columns=columns)
    wait = IDLE_WAIT
    while True:
        done = upstream_done()  # read before claiming: no lost batch
        pages = claim_pages(conn, state, limit, lease, columns=columns)
        if pages or done:
            return pages
        until = time.monotonic() + wait
        while not upstream_done() and time.monotonic() < until:
            time.sleep(IDLE_WAIT)
        wait = min(wait * 2, MAX_IDLE_WAIT)


# ---- results of the stages ----------------------------------------------------------------
# A group's values go as arrays in binary (%b): in text, each JSON text and HTML body was quoted
# into an array literal in Python, the extract stage's biggest write cost (docs/architecture.md).

# gzip level of the stored HTML: level 1 costs the fetch process under half of level 6's time for
# a few percent more bytes, and reading it back is no slower (docs/architecture.md).
HTML_GZIP_LEVEL = 1

class Fetched(NamedTuple):
    """A fetched page's HTML and response (pending or failed -> fetched)."""

    url: str
    final_url: str | None
    http_status: int | None
    content_type: str | None
    encoding: str | None
    html: bytes


class Failure(NamedTuple):
    """Why a page has no article: pending -> failed (fetch), or fetched -> empty (extract)."""

    url: str
    kind: str
    error: str  # prefixed with the stage
    http_status: int | None = None


class Extraction(NamedTuple):
    """An extraction result and its fingerprint (fetched -> extracted)."""

    url: str
    json: str
    content_hash: str | None
    signature: bytes | None
    band_keys: str | None  # a PostgreSQL integer array literal (dedup.int_array)


class Outcome(NamedTuple):
    """Where load sends a page (loaded or duplicate), and its article."""

    url: str
    state: PageState
    article_id: int | None
    article_url: str | None = None


def store_fetched(conn: psycopg.Connection[Any], pages: Sequence[Fetched], run_id: int | None) -> None:
    """pending (or failed) -> fetched, for a group of pages (one statement; inside the caller's
    transaction)."""
    if not pages:
        return
    conn.execute(
        "UPDATE news.pages p SET state = 'fetched', final_url = u.final_url, http_status = u.status, "
        "content_type = u.content_type, encoding = u.encoding, html_gz = u.html_gz, fetched_at = now(), "
        "error_kind = NULL, error = NULL, attempts = p.attempts + 1, run_id = %s, updated_at = now() "
        "FROM unnest(%b::text[], %b::text[], %b::int[], %b::text[], %b::text[], %b::bytea[]) "
        "AS u(url, final_url, status, content_type, encoding, html_gz) WHERE p.url = u.url",
        (run_id, [p.url for p in pages], [p.final_url for p in pages], [p.http_status for p in pages],
         [p.content_type for p in pages], [p.encoding for p in pages],
         [gzip.compress(p.html, compresslevel=HTML_GZIP_LEVEL) for p in pages]),
    )
    release_claims(conn, [p.url for p in pages])


def store_failed(conn: psycopg.Connection[Any], pages: Sequence[Failure], run_id: int | None) -> None:
    """pending (or failed) -> failed, for a group of pages (inside the caller's transaction)."""
    if not pages:
        return
    conn.execute(
        "UPDATE news.pages p SET state = 'failed', http_status = u.status, error_kind = u.kind, "
        "error = u.error, fetched_at = now(), attempts = p.attempts + 1, run_id = %s, updated_at = now() "
        "FROM unnest(%b::text[], %b::int[], %b::text[], %b::text[]) AS u(url, status, kind, error) "
        "WHERE p.url = u.url",
        (run_id, [p.url for p in pages], [p.http_status for p in pages], [p.kind for p in pages],
         [p.error for p in pages]),
    )
    release_claims(conn, [p.url for p in pages])


# The extraction as stored: without `extra`, with the safety net's undone removals lifted out of it.
STORED = ("(({x}) - 'extra') || CASE WHEN ({x})->'extra' ? 'undone' "
          "THEN jsonb_build_object('undone', ({x})->'extra'->'undone') ELSE '{{}}'::jsonb END")


def store_extracted(conn: psycopg.Connection[Any], pages: Sequence[Extraction]) -> None:
    """fetched -> extracted, for a group of pages (inside the caller's transaction).

    The extraction's `extra` (candidate lines, article lines: what the workers hand site learning,
    which reads it from the result in memory) is not stored: nothing reads it from the warehouse,
    it made the JSON twice as long, and dropping it later (at load) meant decompressing and
    compressing every page's JSON a second time. `removed` stays, the record of what the cleaner
    cut, and so do the removals the safety net undid (`extracted->'undone'`, on the few pages that
    have any: what a user reads to fix a rule)."""
    if not pages:
        return
    conn.execute(
        f"UPDATE news.pages p SET state = 'extracted', extracted = {STORED.format(x='u.extracted')}, "
        "extracted_at = now(), "
        "content_hash = u.hash, signature = u.signature, band_keys = u.band_keys::bigint[], "
        "error_kind = NULL, error = NULL, updated_at = now() "
        "FROM unnest(%b::text[], %b::jsonb[], %b::text[], %b::bytea[], %b::text[]) "
        "AS u(url, extracted, hash, signature, band_keys) WHERE p.url = u.url",
        ([p.url for p in pages], [p.json for p in pages], [p.content_hash for p in pages],
         [p.signature for p in pages], [p.band_keys for p in pages]),
    )
    release_claims(conn, [p.url for p in pages])


def store_empty(conn: psycopg.Connection[Any], pages: Sequence[Failure]) -> None:
    """fetched -> empty, for a group of pages (inside the caller's transaction)."""
    if not pages:
        return
    conn.execute(
        "UPDATE news.pages p SET state = 'empty', error_kind = u.kind, error = u.error, "
        "extracted_at = now(), updated_at = now() "
        "FROM unnest(%b::text[], %b::text[], %b::text[]) AS u(url, kind, error) WHERE p.url = u.url",
        ([p.url for p in pages], [p.kind for p in pages], [p.error for p in pages]),
    )
    release_claims(conn, [p.url for p in pages])


def store_loaded(conn: psycopg.Connection[Any], outcomes: Sequence[Outcome]) -> None:
    """extracted -> loaded or duplicate, with the page's article URL and article, for a batch
    (one statement; inside the caller's transaction). The stored extraction is left as it is (it
    has no `extra` since store_extracted; sql/013 removed it from pages extracted before), so the
    new row version keeps the TOASTed JSON of the old one instead of writing it again."""
    if not outcomes:
        return
    conn.execute(
        "UPDATE news.pages p SET state = u.state, article_id = u.article_id, article_url = u.article_url, "
        "updated_at = now() "
        "FROM unnest(%b::text[], %b::text[], %b::bigint[], %b::text[]) "
        "AS u(url, state, article_id, article_url) "
        "WHERE p.url = u.url",
        ([o.url for o in outcomes], [str(o.state) for o in outcomes], [o.article_id for o in outcomes],
         [o.article_url for o in outcomes]),
    )
    release_claims(conn, [o.url for o in outcomes])


def store_reextracted(conn: psycopg.Connection[Any], page: Extraction) -> None:
    """A loaded page's new extraction (reextract): the state stays as it is."""
    conn.execute(
        f"UPDATE news.pages p SET extracted = {STORED.format(x='u.extracted')}, extracted_at = now(), "
        "content_hash = %s, signature = %s, band_keys = %s::bigint[], updated_at = now() "
        "FROM (SELECT %s::jsonb AS extracted) u WHERE p.url = %s",
        (page.content_hash, page.signature, page.band_keys, page.json, page.url),
    )


def purge_raw_html(conn: psycopg.Connection[Any], cutoff: datetime, *, batch_size: int = 1000) -> int:
    """Set html_gz to NULL on finished pages fetched before cutoff, one batch per transaction."""
    purged = 0
    while True:
        cur = conn.execute(
            "UPDATE news.pages SET html_gz = NULL, updated_at = now() WHERE url IN ("
            " SELECT url FROM news.pages WHERE html_gz IS NOT NULL AND fetched_at < %s"
            " AND state = ANY(%s) LIMIT %s FOR UPDATE SKIP LOCKED)",
            (cutoff, [str(s) for s in DONE_STATES], batch_size),
        )
        conn.commit()
        purged += cur.rowcount
        if cur.rowcount < batch_size:
            return purged


__all__ = ["DONE_STATES", "STAGE_OF", "Extraction", "Failure", "Fetched", "Outcome", "PageState",
           "claim_or_wait", "claim_pages", "purge_raw_html", "release_claims", "store_empty",
           "store_extracted", "store_failed", "store_fetched", "store_loaded", "store_reextracted"]
