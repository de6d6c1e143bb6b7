"""Dataclasses shared between stages: the only place where they are defined."""

from __future__ import annotations

import dataclasses
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


@dataclass
class StoredExtraction:
    """An extraction result as the extract stage stores it, serialised in the worker that made it:
    the parent process only passes the JSON on, instead of rebuilding a result's objects from the
    worker's pickle and encoding them as JSON itself (a cost per page; see docs/benchmarks.md)."""

    json: str  # news.pages.extracted
    candidate_lines: list[str]  # for per-site learning
    fingerprint: Any  # dedup.Fingerprint, or None when no fingerprint was asked for


EXTRACTED_FIELDS = dataclasses.fields(Extracted)
EXTRACTED_NAMES = frozenset(f.name for f in EXTRACTED_FIELDS)  # dataclasses.fields() is slow per call


def extracted_to_json(item: Extracted) -> dict[str, Any]:
    """Serialise an extraction result for news.pages.extracted."""
    # Shallow on purpose: dataclasses.asdict deep-copies every value, a real cost per page.
    data = {f.name: getattr(item, f.name) for f in EXTRACTED_FIELDS}
    data["removed"] = [{"text": r.text, "rule": r.rule} for r in item.removed]
    for key in ("published_at", "modified_at"):
        if isinstance(data[key], datetime):
            data[key] = data[key].isoformat()
    return data


def extracted_from_json(data: dict[str, Any]) -> Extracted:
    """Rebuild an extraction result from news.pages.extracted."""
    data = dict(data)
    for key in ("published_at", "modified_at"):
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    data["removed"] = [Removal(**r) for r in data.get("removed") or []]
    return Extracted(**{k: v for k, v in data.items() if k in EXTRACTED_NAMES})
