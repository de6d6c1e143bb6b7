"""Fetch stage: claim pending pages, fetch them politely and concurrently, keep the raw HTML."""

from __future__ import annotations

import asyncio
import gzip
import logging
import time
from collections.abc import Callable
from typing import Any

import psycopg

from pipeline.config import Settings
from pipeline.fetch.http import RETRYABLE_KINDS, Fetcher
from pipeline.models import FetchResult
from pipeline.warehouse.db import claim_pages, record_error
from pipeline.warehouse.runs import add_counts

log = logging.getLogger(__name__)

# Failures worth another try in a later run; the others are final.
RETRYABLE = (*RETRYABLE_KINDS, "network_error", "robots_unavailable")
MAX_ATTEMPTS = 3


def _store(conn: psycopg.Connection[Any], page_url: str, result: FetchResult, run_id: int | None) -> bool:
    """Write one fetch outcome to its page row; return True when HTML was kept."""
    if result.ok and result.body:
        conn.execute(
            "UPDATE news.pages SET state = 'fetched', final_url = %s, http_status = %s, "
            "content_type = %s, encoding = %s, html_gz = %s, fetched_at = now(), "
            "error_kind = NULL, error = NULL, claimed_by = NULL, run_id = %s, updated_at = now() "
            "WHERE url = %s",
            (result.final_url, result.status, result.content_type, result.encoding,
             gzip.compress(result.body, compresslevel=6), run_id, page_url),
        )
        return True
    kind = result.error_kind or "empty_response"
    message = result.error or f"empty response body from {page_url}"
    conn.execute(
        "UPDATE news.pages SET state = 'failed', http_status = %s, error_kind = %s, error = %s, "
        "fetched_at = now(), claimed_by = NULL, run_id = %s, updated_at = now() WHERE url = %s",
        (result.status, kind, f"fetch: {message}", run_id, page_url),
    )
    record_error(conn, run_id, "fetch", kind, message, url=page_url)
    return False


# Fetched pages are written in groups of this many (one pipelined transaction each), or sooner
# when the window runs dry or WRITE_EVERY seconds have passed.
WRITE_GROUP = 50
WRITE_EVERY = 1.0
POLL_WAIT = 0.05  # seconds between claims while polling is still storing pages


def _outcome(task: asyncio.Task[FetchResult]) -> FetchResult:
    """The task's result; an unexpected exception becomes that page's recorded error."""
    exc = task.exception()
    if exc is None:
        return task.result()
    return FetchResult(url="", error_kind="fetch_failed", error=f"{type(exc).__name__}: {exc}")


async def _fetch_loop(
    settings: Settings, conn: psycopg.Connection[Any], run_id: int | None, limit: int | None,
    upstream_done: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Fetch through a sliding window of up to batch_size requests: the window is refilled by a
    new claim when half of it is done, and results are written as they come, so no batch waits
    for its slowest page (the per-host limits of the Fetcher still hold across the window).

    Claims and writes run in a thread, one at a time (this coroutine awaits each before it
    touches the connection again), so the event loop goes on with the requests in flight while
    PostgreSQL works and commits: done in the loop, they held up every response that arrived
    meanwhile, and with it the slots of the per-host and total limits."""
    counts = {"pages_fetched": 0, "fetch_failed": 0}
    remaining = limit
    row = conn.execute("SELECT now() AS started").fetchone()
    conn.commit()
    started = row["started"] if row else None
    in_flight: dict[asyncio.Task[FetchResult], str] = {}
    finished: list[tuple[str, FetchResult]] = []
    exhausted = False
    last_write = time.monotonic()

    def write() -> None:
        nonlocal last_write
        with conn.pipeline(), conn.transaction():  # one round trip for the group's writes
            for url, result in finished:
                ok = _store(conn, url, result, run_id)
                counts["pages_fetched" if ok else "fetch_failed"] += 1
        finished.clear()
        last_write = time.monotonic()

    async with Fetcher(settings) as fetcher:
        while True:
            if not exhausted and len(in_flight) <= settings.batch_size // 2:
                polling_over = upstream_done is None or upstream_done()  # read before claiming
                size = settings.batch_size - len(in_flight)
                if remaining is not None:
                    size = min(size, remaining)
                pages = await asyncio.to_thread(
                    claim_pages, conn, "pending", "fetching", size, settings.claim_lease_seconds,
                    retry_kinds=RETRYABLE, max_attempts=MAX_ATTEMPTS, failed_before=started,
                    spread_hosts=True) if size > 0 else []
                for page in pages:
                    in_flight[asyncio.ensure_future(fetcher.fetch(page["url"]))] = page["url"]
                if remaining is not None:
                    remaining -= len(pages)
                exhausted = (not pages and polling_over) or remaining == 0
            if not in_flight:
                if exhausted:
                    break
                await asyncio.sleep(POLL_WAIT)  # polling is still storing pages
                continue
            done, _ = await asyncio.wait(in_flight, timeout=WRITE_EVERY,
                                         return_when=asyncio.FIRST_COMPLETED)
            finished.extend((in_flight.pop(task), _outcome(task)) for task in done)
            if finished and (len(finished) >= WRITE_GROUP or not in_flight
                             or time.monotonic() - last_write >= WRITE_EVERY):
                await asyncio.to_thread(write)
    if finished:
        write()
    return counts


def fetch_pages(
    settings: Settings, conn: psycopg.Connection[Any], run_id: int | None, limit: int | None = None,
    *, upstream_done: Callable[[], bool] | None = None,
) -> dict[str, int]:
    """Fetch pending pages (at most `limit`); failures are recorded and the rest go on. With
    upstream_done, pages stored meanwhile are fetched too, until upstream_done() is True."""
    counts = asyncio.run(_fetch_loop(settings, conn, run_id, limit, upstream_done))
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts
