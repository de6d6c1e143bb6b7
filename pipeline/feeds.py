"""Poll stage: conditional GET per feed, feedparser on the bytes, entries normalised and stored."""

from __future__ import annotations

import asyncio
import calendar
import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import feedparser
import psycopg

from pipeline.config import Settings
from pipeline.http import FEED_TYPES, Fetcher
from pipeline.models import Entry, FeedSpec, FetchResult
from pipeline.urls import canonical_url
from pipeline.warehouse import add_counts, record_error

log = logging.getLogger(__name__)

ENTITY_DECL_RE = re.compile(rb"<!ENTITY", re.I)
TAG_RE = re.compile(r"<[^>]+>")


class FeedError(Exception):
    """A feed could not be used; kind is machine-readable, the message readable."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def upsert_feeds(conn: psycopg.Connection, feeds: Sequence[FeedSpec]) -> int:
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


def _when(parsed: Any) -> datetime | None:
    """Convert feedparser's UTC struct_time to an aware datetime."""
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _text(value: str | None) -> str | None:
    """Strip markup from a feed text field."""
    if not value:
        return None
    return " ".join(TAG_RE.sub(" ", value).split()) or None


def parse_feed(
    body: bytes, url: str, content_type: str | None = None
) -> tuple[list[Entry], str | None, str | None]:
    """Parse feed bytes into entries; return (entries, bozo warning or None, feed title)."""
    if ENTITY_DECL_RE.search(body[:65536]):
        raise FeedError("xml_entities", "feed declares XML entities (possible entity-expansion "
                        "or external-entity attack); refused")
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    warning = None
    if parsed.bozo:
        warning = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
    if not parsed.get("version") and not parsed.entries:
        reason = warning or "no RSS/Atom structure found"
        raise FeedError("not_a_feed", f"{url} is not a feed ({reason})")
    entries: list[Entry] = []
    for item in parsed.entries:
        link = item.get("link") or (item.get("id") if item.get("guidislink") else None)
        if not link or not str(link).startswith(("http://", "https://")):
            continue
        content = None
        if item.get("content"):
            content = item["content"][0].get("value")
        entries.append(
            Entry(
                url=canonical_url(link),
                link=link,
                guid=item.get("id"),
                title=_text(item.get("title")),
                published_at=_when(item.get("published_parsed") or item.get("updated_parsed")),
                author=_text(item.get("author")),
                summary=_text(item.get("summary")),
                content=content,
            )
        )
    return entries, warning, _text(parsed.feed.get("title"))


def store_entries(
    conn: psycopg.Connection, feed_id: int, run_id: int | None, entries: Sequence[Entry]
) -> int:
    """Upsert entries and their pages (state pending); return how many entries are new."""
    new = 0
    for entry in entries:
        conn.execute(
            "INSERT INTO news.pages (url, link, feed_id, run_id) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (url) DO NOTHING",
            (entry.url, entry.link, feed_id, run_id),
        )
        row = conn.execute(
            "INSERT INTO news.entries (feed_id, entry_key, url, link, guid, title, published_at, "
            "author, summary, content, run_id) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) "
            "ON CONFLICT (feed_id, entry_key) DO UPDATE SET last_seen_at = now(), "
            "times_seen = news.entries.times_seen + 1 RETURNING (xmax = 0) AS inserted",
            (feed_id, entry.guid or entry.url, entry.url, entry.link, entry.guid, entry.title,
             entry.published_at, entry.author, entry.summary, entry.content, run_id),
        ).fetchone()
        new += bool(row and row["inserted"])
    return new


def _conditional_headers(feed: dict[str, Any]) -> dict[str, str]:
    headers = {}
    if feed.get("etag"):
        headers["If-None-Match"] = feed["etag"]
    if feed.get("last_modified"):
        headers["If-Modified-Since"] = feed["last_modified"]
    return headers


async def _fetch_feeds(settings: Settings, feeds: list[dict[str, Any]]) -> list[FetchResult]:
    async with Fetcher(settings) as fetcher:
        return list(await asyncio.gather(*(
            fetcher.fetch(f["url"], accept=FEED_TYPES, headers=_conditional_headers(f),
                          max_bytes=settings.max_feed_bytes)
            for f in feeds
        )))


def select_feeds(conn: psycopg.Connection, feed_urls: Sequence[str] | None) -> list[dict[str, Any]]:
    """Feeds to poll: the enabled ones, or only those listed."""
    if feed_urls:
        return conn.execute(
            "SELECT * FROM news.feeds WHERE url = ANY(%s) ORDER BY id", (list(feed_urls),)
        ).fetchall()
    return conn.execute("SELECT * FROM news.feeds WHERE enabled ORDER BY id").fetchall()


def poll_feeds(
    settings: Settings, conn: psycopg.Connection, run_id: int | None,
    feed_urls: Sequence[str] | None = None,
) -> dict[str, int]:
    """Poll feeds, store new entries; a failing feed is recorded and the others go on."""
    feeds = select_feeds(conn, feed_urls)
    results = asyncio.run(_fetch_feeds(settings, feeds)) if feeds else []
    counts = {"feeds_polled": len(feeds), "feeds_failed": 0, "feeds_not_modified": 0,
              "entries_seen": 0, "entries_new": 0}
    for feed, result in zip(feeds, results, strict=True):
        with conn.transaction():
            outcome = _apply(conn, feed, result, run_id)
        counts["feeds_failed"] += outcome == "failed"
        counts["feeds_not_modified"] += outcome == "not_modified"
        if isinstance(outcome, tuple):
            counts["entries_seen"] += outcome[0]
            counts["entries_new"] += outcome[1]
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts


def _apply(
    conn: psycopg.Connection, feed: dict[str, Any], result: FetchResult, run_id: int | None
) -> str | tuple[int, int]:
    """Record one poll's outcome on the feed row; store entries. Returns the outcome."""
    if result.status == 304:
        conn.execute(
            "UPDATE news.feeds SET last_polled_at = now(), last_success_at = now(), "
            "last_status = 304, last_error = NULL, consecutive_failures = 0 WHERE id = %s",
            (feed["id"],),
        )
        return "not_modified"
    try:
        if not result.ok:
            raise FeedError(result.error_kind or "fetch_error", result.error or "fetch failed")
        entries, warning, title = parse_feed(result.body or b"", feed["url"], result.content_type)
    except FeedError as exc:
        conn.execute(
            "UPDATE news.feeds SET last_polled_at = now(), last_status = %s, last_error = %s, "
            "consecutive_failures = consecutive_failures + 1 WHERE id = %s",
            (result.status, f"poll: {exc}", feed["id"]),
        )
        record_error(conn, run_id, "poll", exc.kind, str(exc), url=feed["url"], feed_id=feed["id"])
        return "failed"
    if warning:
        record_error(conn, run_id, "poll", "bozo", f"feed parsed with a warning, "
                     f"{len(entries)} entries kept: {warning}", url=feed["url"], feed_id=feed["id"])
    new = store_entries(conn, feed["id"], run_id, entries)
    conn.execute(
        "UPDATE news.feeds SET last_polled_at = now(), last_success_at = now(), last_status = %s, "
        "last_error = %s, consecutive_failures = 0, etag = %s, last_modified = %s, "
        "title = coalesce(%s, title) WHERE id = %s",
        (result.status, f"poll: bozo: {warning}" if warning else None,
         result.headers.get("etag"), result.headers.get("last-modified"), title, feed["id"]),
    )
    return (len(entries), new)
