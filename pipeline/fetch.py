"""Fetch stage: claim pending pages, fetch them politely and concurrently, keep the raw HTML."""

from __future__ import annotations

import asyncio
import gzip
import logging

import psycopg

from pipeline.config import Settings
from pipeline.http import RETRYABLE_KINDS, Fetcher
from pipeline.models import FetchResult
from pipeline.warehouse import add_counts, claim_pages, record_error

log = logging.getLogger(__name__)

# Failures worth another try in a later run; the others are final.
RETRYABLE = (*RETRYABLE_KINDS, "network_error")
MAX_ATTEMPTS = 3


def _store(conn: psycopg.Connection, page_url: str, result: FetchResult, run_id: int | None) -> bool:
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


async def _fetch_loop(
    settings: Settings, conn: psycopg.Connection, run_id: int | None, limit: int | None
) -> dict[str, int]:
    counts = {"pages_fetched": 0, "fetch_failed": 0}
    remaining = limit
    row = conn.execute("SELECT now() AS started").fetchone()
    conn.commit()
    started = row["started"] if row else None
    async with Fetcher(settings) as fetcher:
        while remaining is None or remaining > 0:
            size = settings.batch_size if remaining is None else min(settings.batch_size, remaining)
            pages = claim_pages(conn, "pending", "fetching", size, settings.claim_lease_seconds,
                                retry_kinds=RETRYABLE, max_attempts=MAX_ATTEMPTS,
                                failed_before=started)
            if not pages:
                break
            results = await asyncio.gather(*(fetcher.fetch(p["url"]) for p in pages))
            with conn.pipeline(), conn.transaction():  # one round trip for the batch's writes
                for page, result in zip(pages, results, strict=True):
                    ok = _store(conn, page["url"], result, run_id)
                    counts["pages_fetched" if ok else "fetch_failed"] += 1
            if remaining is not None:
                remaining -= len(pages)
    return counts


def fetch_pages(
    settings: Settings, conn: psycopg.Connection, run_id: int | None, limit: int | None = None
) -> dict[str, int]:
    """Fetch pending pages (at most `limit`); failures are recorded and the rest go on."""
    counts = asyncio.run(_fetch_loop(settings, conn, run_id, limit))
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts
