"""Fetch stage: claim pending pages, fetch them politely and concurrently, keep the raw HTML."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

import psycopg

from pipeline.config import Settings
from pipeline.extract.core import exit_with_parent
from pipeline.fetch.http import RETRYABLE_KINDS, Fetcher
from pipeline.models import FetchResult
from pipeline.urls import fetch_url, written_url
from pipeline.warehouse import db as warehouse
from pipeline.warehouse import pages
from pipeline.warehouse.db import record_error
from pipeline.warehouse.runs import add_counts

log = logging.getLogger(__name__)

# Failures worth another try in a later run; the others are final.
RETRYABLE = (*RETRYABLE_KINDS, "network_error", "robots_unavailable")
MAX_ATTEMPTS = 3


def _store(conn: psycopg.Connection[Any], finished: list[tuple[str, FetchResult]], run_id: int | None,
           counts: dict[str, int]) -> None:
    """Write a group of fetch outcomes to their page rows (two statements at most) and record
    the failures (inside the caller's transaction)."""
    fetched: list[pages.Fetched] = []
    failed: list[pages.Failure] = []
    for page_url, result in finished:
        if result.ok and result.body:
            fetched.append(pages.Fetched(page_url, result.final_url, result.status, result.content_type,
                                         result.encoding, result.body))
            continue
        kind = result.error_kind or "empty_response"
        message = result.error or f"empty response body from {page_url}"
        failed.append(pages.Failure(page_url, kind, f"fetch: {message}", result.status))
        record_error(conn, run_id, "fetch", kind, message, url=page_url)
    pages.store_fetched(conn, fetched, run_id)
    pages.store_failed(conn, failed, run_id)
    counts["pages_fetched"] += len(fetched)
    counts["fetch_failed"] += len(failed)


# Fetched pages are written in groups of this many (one pipelined transaction each), or sooner
# when the window runs dry or WRITE_EVERY seconds have passed.
WRITE_GROUP = 50
WRITE_EVERY = 1.0
POLL_WAIT = 0.05  # seconds between claims while polling is still storing pages


def _fetch_url(page: dict[str, Any]) -> str:
    """Where a page is fetched: its link as the feed wrote it (see urls.fetch_url), not its key
    (`url`, the canonical form, whose parameters are sorted and escapes normalised); the key
    without a link."""
    return fetch_url(page["link"]) if page.get("link") else page["url"]


# answers that say the page is not at the URL asked (not that the site is failing)
NOT_THERE = frozenset({"http_404", "http_410"})


async def _fetch_page(fetcher: Fetcher, page: dict[str, Any]) -> FetchResult:
    """Fetch a page where _fetch_url says; when that URL, the link without its AMP markers, is not
    there, the link as the feed wrote it (a site that serves only its AMP pages)."""
    url = _fetch_url(page)
    result = await fetcher.fetch(url)
    written = written_url(page["link"]) if page.get("link") else url
    if result.error_kind in NOT_THERE and written != url:
        result = await fetcher.fetch(written)
    return result


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
            _store(conn, finished, run_id, counts)
        finished.clear()
        last_write = time.monotonic()

    async with Fetcher(settings) as fetcher:
        while True:
            if not exhausted and len(in_flight) <= settings.batch_size // 2:
                polling_over = upstream_done is None or upstream_done()  # read before claiming
                size = settings.batch_size - len(in_flight)
                if remaining is not None:
                    size = min(size, remaining)
                claimed = await asyncio.to_thread(
                    pages.claim_pages, conn, pages.PageState.PENDING, size, settings.claim_lease_seconds,
                    retry_kinds=RETRYABLE, max_attempts=MAX_ATTEMPTS, failed_before=started,
                    spread_hosts=True) if size > 0 else []
                for page in claimed:
                    in_flight[asyncio.ensure_future(_fetch_page(fetcher, page))] = page["url"]
                if remaining is not None:
                    remaining -= len(claimed)
                exhausted = (not claimed and polling_over) or remaining == 0
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


# In the local runner's fetch process only (pipeline/runner.py): the event the parent sets when
# polling is over. A process pool shares an Event only by inheritance (its initializer), not as
# an argument of a call. The process's two entry points live here, not in the runner, so that
# the fork server preloads this module and what it imports, not the command line's (rich, the
# other stages, feed parsing): see extract.core.WORKER_MODULES.
_polled: Any = None


def fetch_process_init(event: Any, parent: int) -> None:
    """Initializer of the runner's fetch process: keep the polling-is-over event, and exit when
    the runner's process is gone (see extract.core.exit_with_parent)."""
    global _polled
    _polled = event
    exit_with_parent(parent)


def fetch_after_poll(run_id: int, max_articles: int | None, *, settings: Settings) -> dict[str, int]:
    """In the runner's fetch process: fetch the run's pages, also those polled meanwhile, until
    polling is over."""
    with warehouse.connect(settings) as conn:
        return fetch_pages(settings, conn, run_id, max_articles or None, upstream_done=_polled.is_set)
