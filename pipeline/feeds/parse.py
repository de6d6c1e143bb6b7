"""Turning feed bytes into entries: RSS 0.9x/1.0/2.0 and Atom (feedparser), JSON Feed, discovery."""

from __future__ import annotations

import calendar
import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urljoin

import feedparser

from pipeline.models import Entry
from pipeline.urls import canonical_url

ENTITY_DECL_RE = re.compile(rb"<!ENTITY", re.I)
TAG_RE = re.compile(r"<[^>]+>")
HTML_START_RE = re.compile(rb"^\s*(<!doctype html|<html)", re.I)
FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json",
                   "application/json", "application/rdf+xml")


class FeedError(Exception):
    """A feed could not be used; kind is machine-readable, the message readable."""

    def __init__(self, kind: str, message: str, discovered: list[str] | None = None):
        super().__init__(message)
        self.kind = kind
        self.discovered = discovered or []


def _when(parsed: Any) -> datetime | None:
    """Convert feedparser's UTC struct_time to an aware datetime."""
    if not parsed:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _text(value: Any) -> str | None:
    """Strip markup from a feed text field."""
    if not value or not isinstance(value, str):
        return None
    return " ".join(TAG_RE.sub(" ", value).split()) or None


def _iso(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


class _LinkFinder(HTMLParser):
    """Collect <link rel="alternate" type="…feed…" href> from an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        if "alternate" in a.get("rel", "").lower().split() and \
                a.get("type", "").lower() in FEED_LINK_TYPES and a.get("href"):
            self.links.append(a["href"])


def discover_feeds(body: bytes, base_url: str) -> list[str]:
    """Feed URLs an HTML page advertises through <link rel="alternate">."""
    finder = _LinkFinder()
    try:
        finder.feed(body[:500_000].decode("utf-8", "replace"))
    except Exception:  # noqa: BLE001 - a broken page simply advertises nothing
        return []
    return [urljoin(base_url, href) for href in finder.links]


def parse_json_feed(body: bytes, url: str) -> tuple[list[Entry], str | None]:
    """Parse a JSON Feed (version 1 or 1.1)."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise FeedError("not_a_feed", f"{url} is not a feed (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or "jsonfeed.org" not in str(data.get("version", "")):
        raise FeedError("not_a_feed", f"{url} is JSON but not a JSON Feed")
    entries = []
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url")
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        author = ", ".join(a.get("name", "") for a in authors if isinstance(a, dict)) or None
        entries.append(Entry(
            url=canonical_url(link), link=link, guid=str(item.get("id") or link),
            title=_text(item.get("title")),
            published_at=_iso(item.get("date_published") or item.get("date_modified")),
            author=author, summary=_text(item.get("summary")),
            content=item.get("content_html") or item.get("content_text"),
        ))
    return entries, _text(data.get("title"))


def parse_feed(
    body: bytes, url: str, content_type: str | None = None
) -> tuple[list[Entry], str | None, str | None]:
    """Parse feed bytes into entries; return (entries, bozo warning or None, feed title)."""
    if ENTITY_DECL_RE.search(body[:65536]):
        raise FeedError("xml_entities", "feed declares XML entities (possible entity-expansion "
                        "or external-entity attack); refused")
    stripped = body.lstrip()
    if (content_type or "").endswith("json") or stripped.startswith(b"{"):
        json_entries, title = parse_json_feed(body, url)
        return json_entries, None, title
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    warning = None
    if parsed.bozo:
        warning = f"{type(parsed.bozo_exception).__name__}: {parsed.bozo_exception}"
    if not parsed.get("version") and not parsed.entries:
        if HTML_START_RE.match(body[:1024]) or (content_type or "").startswith("text/html"):
            found = discover_feeds(body, url)
            raise FeedError("html_not_feed", f"{url} is an HTML page, not a feed"
                            + (f"; it advertises {found[0]}" if found else ""), found)
        reason = warning or "no RSS/Atom structure found"
        raise FeedError("not_a_feed", f"{url} is not a feed ({reason})")
    entries: list[Entry] = []
    for item in parsed.entries:
        link = item.get("link") or (item.get("id") if item.get("guidislink") else None)
        if not link or not str(link).startswith(("http://", "https://")):
            continue
        content = item["content"][0].get("value") if item.get("content") else None
        entries.append(Entry(
            url=canonical_url(link), link=link, guid=item.get("id"),
            title=_text(item.get("title")),
            published_at=_when(item.get("published_parsed") or item.get("updated_parsed")),
            author=_text(item.get("author")), summary=_text(item.get("summary")),
            content=content,
        ))
    return entries, warning, _text(parsed.feed.get("title"))


def feed_ttl(body: bytes) -> int | None:
    """The RSS <ttl> in minutes, if the feed declares one."""
    match = re.search(rb"<ttl>\s*(\d{1,6})\s*</ttl>", body[:200_000])
    return int(match.group(1)) if match else None
