"""Dataclasses shared between stages: the only place where they are defined."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class FeedSpec:
    """One feed as configured in a feeds file or OPML."""

    url: str
    name: str | None = None
    tags: tuple[str, ...] = ()


@dataclass
class Entry:
    """One normalised feed entry."""

    url: str  # canonical URL (tracking parameters removed)
    link: str  # the link as the feed gave it
    guid: str | None
    title: str | None
    published_at: datetime | None
    author: str | None
    summary: str | None
    content: str | None = None  # full content carried by the feed itself, if any


@dataclass
class FetchResult:
    """Outcome of fetching one URL: either a body or an error kind and message."""

    url: str
    final_url: str | None = None
    status: int | None = None
    content_type: str | None = None
    body: bytes | None = None
    encoding: str | None = None
    error_kind: str | None = None  # e.g. "http_404", "timeout", "too_large", "private_address"
    error: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error_kind is None


@dataclass
class Removal:
    """A line the boilerplate cleaner removed, and the rule that removed it."""

    text: str
    rule: str


@dataclass
class Extracted:
    """Clean article text and metadata extracted from one HTML page."""

    title: str | None
    body: str  # clean text, paragraphs separated by "\n"
    author: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    language: str | None = None
    canonical_url: str | None = None
    image_url: str | None = None
    site_name: str | None = None
    method: str = "trafilatura"  # which method produced the body
    extractor_version: str = ""
    removed: list[Removal] = field(default_factory=list)
    meta_sources: dict[str, str] = field(default_factory=dict)  # field -> where it came from
    extra: dict[str, Any] = field(default_factory=dict)
