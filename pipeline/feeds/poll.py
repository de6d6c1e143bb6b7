"""Poll stage: conditional GET per due feed, parse, store entries, keep feed health and schedule."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import psycopg

from pipeline.config import Settings
from pipeline.feeds import health as feedhealth
from pipeline.feeds.health import PollPolicy
from pipeline.feeds.parse import FeedError, feed_ttl, parse_feed
from pipeline.fetch.http import FEED_TYPES, Fetcher
from pipeline.models import Entry, FeedSpec, FetchResult
from pipeline.warehouse.db import record_error
from pipeline.warehouse.runs import add_counts

log = logging.getLogger(__name__)


@dataclass
class PollOutcome:
    """What one feed poll produced, before it is written to the warehouse."""

    feed: dict[str, Any]
    url: str  # the URL fetched last (the discovered feed after autodiscovery)
    result: FetchResult
    entries: list[Entry] = field(default_factory=list)
    title: str | None = None
    ttl: int | None = None
    error_kind: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    discovered: str | None = None


def upsert_feeds(conn: psycopg.Connection[Any], feeds: Sequence[FeedSpec]) -> int:
    """Register feeds in news.feeds (name and tags updated when given); return how many."""
    for feed in feeds:
        conn.execute(
            "INSERT INTO news.feeds (url, name, tags) VALUES (%s, %s, %s) "
            "ON CONFLICT (url) DO UPDATE SET name = coalesce(EXCLUDED.name, news.feeds.name), "
            "tags = CASE WHEN cardinality(EXCLUDED.tags) > 0 THEN EXCLUDED.tags "
            "ELSE news.feeds.tags END",
            (feed.url, feed.name, list(feed.tags)),
        )
    conn.commit()
    return len(feeds)


def remove_feed(conn: psycopg.Connection[Any], url: str) -> bool:
    """Forget a feed: its entries and polls go, its articles and pages stay (without the feed)."""
    with conn.transaction():
        row = conn.execute("SELECT id FROM news.feeds WHERE url = %s", (url,)).fetchone()
        if row is None:
            return False
        feed_id = row["id"]
        conn.execute("DELETE FROM news.entries WHERE feed_id = %s", (feed_id,))
        for table in ("articles", "pages", "errors"):
            conn.execute(f"UPDATE news.{table} SET feed_id = NULL WHERE feed_id = %s", (feed_id,))
        conn.execute("DELETE FROM news.feeds WHERE id = %s", (feed_id,))
    return True


def set_enabled(conn: psycopg.Connection[Any], url: str, enabled: bool) -> bool:
    """Disable a feed, or enable it again (also one the failure policy disabled: due at once)."""
    with conn.transaction():
        if enabled:
            cur = conn.execute(
                "UPDATE news.feeds SET enabled = true, disabled_at = NULL, disabled_reason = NULL, "
                "next_poll_at = now() WHERE url = %s", (url,))
        else:
            cur = conn.execute("UPDATE news.feeds SET enabled = false WHERE url = %s", (url,))
    return cur.rowcount > 0


def store_entries(
    conn: psycopg.Connection[Any], feed_id: int, run_id: int | None, entries: Sequence[Entry]
) -> int:
    """Upsert entries and their pages (state pending); return how many entries are new.

    Two pipelined batches (one round trip each, however many entries), not two per entry."""
    if not entries:
        return 0
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO news.pages (url, link, feed_id, run_id) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (url) DO NOTHING",
            [(entry.url, entry.link, feed_id, run_id) for entry in entries],
        )
        cur.executemany(
            "INSERT INTO news.entries (feed_id, entry_key, url, link, guid, title, published_at, "
            "author, summary, content, run_id) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) "
            "ON CONFLICT (feed_id, entry_key) DO UPDATE SET last_seen_at = now(), "
            "times_seen = news.entries.times_seen + 1 RETURNING (xmax = 0) AS inserted",
            [(feed_id, entry.guid or entry.url, entry.url, entry.link, entry.guid, entry.title,
              entry.published_at, entry.author, entry.summary, entry.content, run_id)
             for entry in entries],
            returning=True,
        )
        new = 0
        while True:
            row = cur.fetchone()
            new += bool(row and row["inserted"])
            if not cur.nextset():
                break
    return new


def select_feeds(
    conn: psycopg.Connection[Any], feed_urls: Sequence[str] | None, *, due_only: bool
) -> list[dict[str, Any]]:
    """Feeds to poll: the listed ones, else the enabled ones; only those due, when asked."""
    due = " AND next_poll_at <= now()" if due_only else ""
    if feed_urls:
        return conn.execute(
            f"SELECT * FROM news.feeds WHERE url = ANY(%s){due} ORDER BY id", (list(feed_urls),)
        ).fetchall()
    return conn.execute(f"SELECT * FROM news.feeds WHERE enabled{due} ORDER BY id").fetchall()


def _conditional_headers(feed: dict[str, Any]) -> dict[str, str]:
    headers = {}
    if feed.get("etag"):
        headers["If-None-Match"] = feed["etag"]
    if feed.get("last_modified"):
        headers["If-Modified-Since"] = feed["last_modified"]
    return headers


async def _poll_one(fetcher: Fetcher, feed: dict[str, Any], max_bytes: int) -> PollOutcome:
    """Fetch and parse one feed; follow <link rel=alternate> once when an HTML page answers."""
    url = feed["resolved_url"] or feed["url"]
    result = await fetcher.fetch(url, accept=FEED_TYPES, headers=_conditional_headers(feed),
                                 max_bytes=max_bytes)
    outcome = PollOutcome(feed, url, result)
    if result.status == 304 or not result.ok:
        outcome.error_kind, outcome.error = result.error_kind, result.error
        return outcome
    try:
        _parse_into(outcome)
    except FeedError as exc:
        if not exc.discovered:
            outcome.error_kind, outcome.error = exc.kind, str(exc)
            return outcome
        outcome.warnings.append(f"html_not_feed: {exc}; polling the advertised feed instead")
        outcome.url = outcome.discovered = exc.discovered[0]
        outcome.result = await fetcher.fetch(outcome.url, accept=FEED_TYPES, max_bytes=max_bytes)
        if not outcome.result.ok:
            outcome.error_kind, outcome.error = outcome.result.error_kind, outcome.result.error
            return outcome
        try:
            _parse_into(outcome)
        except FeedError as exc2:
            outcome.error_kind, outcome.error = exc2.kind, str(exc2)
    return outcome


def _parse_into(outcome: PollOutcome) -> None:
    body = outcome.result.body or b""
    entries, warning, title = parse_feed(body, outcome.url, outcome.result.content_type)
    outcome.entries, outcome.title, outcome.ttl = entries, title, feed_ttl(body)
    if warning:
        outcome.warnings.append(f"bozo: feed parsed with a warning, {len(entries)} entries kept: "
                                f"{warning}")
    if not entries:
        outcome.warnings.append("empty_feed: HTTP 200 but the feed has no items")


async def _poll_all(settings: Settings, feeds: list[dict[str, Any]],
                    store: Callable[[PollOutcome], None]) -> None:
    """Poll the feeds concurrently; each outcome is stored as soon as its feed is parsed, so its
    pages can be fetched while the other feeds are still being polled."""
    async with Fetcher(settings) as fetcher:
        for polled in asyncio.as_completed(
                [_poll_one(fetcher, f, settings.max_feed_bytes) for f in feeds]):
            store(await polled)


def poll_feeds(
    settings: Settings, conn: psycopg.Connection[Any], run_id: int | None,
    feed_urls: Sequence[str] | None = None, *, force: bool = False,
    policy: PollPolicy | None = None,
) -> dict[str, int]:
    """Poll feeds (listed ones, else those due), store entries, update health; a failing feed
    is recorded and the others go on. Each feed's outcome is committed on its own."""
    policy = policy or settings.poll_policy
    feeds = select_feeds(conn, feed_urls, due_only=not force)
    conn.commit()  # each feed's outcome is then a transaction of its own (a dry run commits nothing)
    counts = {"feeds_polled": len(feeds), "feeds_failed": 0, "feeds_not_modified": 0,
              "entries_seen": 0, "entries_new": 0, "feed_warnings": 0}

    def store(outcome: PollOutcome) -> None:
        with conn.transaction():
            _apply(conn, outcome, run_id, policy, counts)

    if feeds:
        asyncio.run(_poll_all(settings, feeds, store))
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts


def _audit(conn: psycopg.Connection[Any], o: PollOutcome, run_id: int | None, new: int | None,
           overlapped: bool | None, next_poll: datetime) -> None:
    conn.execute(
        "INSERT INTO news.feed_polls (feed_id, run_id, url, status, bytes, duration_ms, items, "
        "new_items, overlapped, error_kind, error, warning, next_poll_at) "
        "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
        (o.feed["id"], run_id, o.url, o.result.status, len(o.result.body or b""),
         int(o.result.elapsed * 1000), len(o.entries) if o.error_kind is None else None, new,
         overlapped, o.error_kind, o.error, "; ".join(o.warnings) or None, next_poll),
    )


def _apply(conn: psycopg.Connection[Any], o: PollOutcome, run_id: int | None, policy: PollPolicy,
           counts: dict[str, int]) -> None:
    """Write one poll's outcome: entries, feed state and schedule, audit row, errors."""
    feed, now = o.feed, datetime.now(UTC)
    hint = feedhealth.server_hint(o.result.headers, o.ttl, now)
    if o.error_kind is not None:
        score = float(feed["error_score"]) + feedhealth.failure_weight(o.error_kind)
        failures = feed["consecutive_failures"] + 1
        next_poll, disable = feedhealth.failure_schedule(
            now, feed["poll_interval_seconds"], failures, score, hint, policy)
        message = f"poll: {o.error}"
        conn.execute(
            "UPDATE news.feeds SET last_polled_at = now(), last_status = %s, last_error = %s, "
            "consecutive_failures = %s, error_score = %s, next_poll_at = %s, "
            "disabled_at = CASE WHEN %s THEN coalesce(disabled_at, now()) ELSE disabled_at END, "
            "disabled_reason = CASE WHEN %s THEN %s ELSE disabled_reason END WHERE id = %s",
            (o.result.status, message, failures, score, next_poll, disable, disable,
             f"error score {score:g} after {failures} failures; last: {message}", feed["id"]),
        )
        record_error(conn, run_id, "poll", o.error_kind, o.error or "failed", url=o.url,
                     feed_id=feed["id"])
        _audit(conn, o, run_id, None, None, next_poll)
        counts["feeds_failed"] += 1
        return
    first = feed["last_success_at"] is None
    new = store_entries(conn, feed["id"], run_id, o.entries) if o.result.status != 304 else 0
    overlapped = o.result.status == 304 or len(o.entries) > new
    interval, next_poll = feedhealth.success_schedule(
        now, feed["poll_interval_seconds"], len(o.entries), new, overlapped, first, hint, policy)
    last_new = now if new else feed["last_new_item_at"]
    gap = feedhealth.new_item_gap(feed["new_item_gap_seconds"], feed["last_new_item_at"], now) \
        if new else feed["new_item_gap_seconds"]
    quiet = feedhealth.quiet_warning(last_new, gap, now, policy)
    warnings = o.warnings + ([quiet] if quiet else [])
    conn.execute(
        "UPDATE news.feeds SET last_polled_at = now(), last_success_at = now(), last_status = %s, "
        "last_error = NULL, consecutive_failures = 0, error_score = 0, disabled_at = NULL, "
        "disabled_reason = NULL, etag = coalesce(%s, etag), last_modified = coalesce(%s, "
        "last_modified), title = coalesce(%s, title), resolved_url = coalesce(%s, resolved_url), "
        "next_poll_at = %s, poll_interval_seconds = %s, last_new_item_at = %s, "
        "new_item_gap_seconds = %s, last_warning = %s WHERE id = %s",
        (o.result.status, o.result.headers.get("etag"), o.result.headers.get("last-modified"),
         o.title, o.discovered, next_poll, int(interval), last_new, gap,
         "; ".join(warnings) or None, feed["id"]),
    )
    for warning in warnings:
        record_error(conn, run_id, "poll", warning.split(":", 1)[0], warning, url=o.url,
                     feed_id=feed["id"])
    o.warnings = warnings
    _audit(conn, o, run_id, new, overlapped, next_poll)
    counts["feeds_not_modified"] += o.result.status == 304
    counts["entries_seen"] += len(o.entries)
    counts["entries_new"] += new
    counts["feed_warnings"] += len(warnings)
