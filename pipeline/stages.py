"""Extract, dedup and load stages, and one full pass over all stages."""

from __future__ import annotations

import dataclasses
import gzip
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline import dedup, sitelearn
from pipeline.config import Settings
from pipeline.extract import ExtractorPool
from pipeline.http import decode_body
from pipeline.models import Extracted, Removal
from pipeline.urls import host_of, trusted_canonical
from pipeline.warehouse import add_counts, claim_pages, record_error

log = logging.getLogger(__name__)

# Serialises loaders (two overlapping runs, two workers): one root per story, always.
LOAD_LOCK_KEY = 0x6E657773  # "news"


def extracted_to_json(item: Extracted) -> dict[str, Any]:
    """Serialise an extraction result for news.pages.extracted."""
    data = dataclasses.asdict(item)
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
    known = {f.name for f in dataclasses.fields(Extracted)}
    return Extracted(**{k: v for k, v in data.items() if k in known})


def feed_content(conn: psycopg.Connection, url: str) -> str | None:
    """The full content a feed entry gave for this page, if any (the last extraction fallback)."""
    row = conn.execute(
        "SELECT content FROM news.entries WHERE url = %s AND content IS NOT NULL LIMIT 1", (url,)
    ).fetchone()
    return row["content"] if row else None


def extract_pages(
    settings: Settings, conn: psycopg.Connection, run_id: int | None, limit: int | None = None,
    *, progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Extract clean text from fetched pages in worker processes; empty results are recorded."""
    counts = {"articles_extracted": 0, "extract_empty": 0}
    processes = settings.extract_processes or None
    with ExtractorPool(processes=processes) as pool:
        while limit is None or counts["articles_extracted"] + counts["extract_empty"] < limit:
            pages = claim_pages(conn, "fetched", "extracting", settings.batch_size,
                                settings.claim_lease_seconds)
            if not pages:
                break
            jobs = []
            learned: dict[str, frozenset[str]] = {}
            for page in pages:
                html, _ = decode_body(gzip.decompress(page["html_gz"]), page["encoding"])
                site = host_of(page["final_url"] or page["url"])
                if site not in learned:
                    learned[site] = sitelearn.learned_lines(conn, site)
                jobs.append((page["url"], html, page["final_url"] or page["url"],
                             feed_content(conn, page["url"]), learned[site]))
            by_url = {page["url"]: page for page in pages}
            with conn.transaction():
                for url, result, error in pool.map(jobs):
                    _store_extraction(conn, by_url[url], result, error, run_id, counts)
            if progress:
                progress(len(pages))
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts


def _store_extraction(
    conn: psycopg.Connection, page: dict[str, Any], result: Extracted | None, error: str | None,
    run_id: int | None, counts: dict[str, int],
) -> None:
    url = page["url"]
    if result is None or not result.body.strip():
        kind = "extract_failed" if error else "empty_extraction"
        message = error or f"no article text found in {url}"
        conn.execute(
            "UPDATE news.pages SET state = 'empty', error_kind = %s, error = %s, "
            "extracted_at = now(), claimed_by = NULL, updated_at = now() WHERE url = %s",
            (kind, f"extract: {message}", url),
        )
        record_error(conn, run_id, "extract", kind, message, url=url)
        counts["extract_empty"] += 1
        return
    site = host_of(page["final_url"] or url)
    sitelearn.record_lines(conn, site, url, list(result.extra.get("candidate_lines") or []))
    conn.execute(
        "UPDATE news.pages SET state = 'extracted', extracted = %s, extracted_at = now(), "
        "error_kind = NULL, error = NULL, claimed_by = NULL, updated_at = now() WHERE url = %s",
        (Jsonb(extracted_to_json(result)), url),
    )
    counts["articles_extracted"] += 1


def dedup_pages(
    settings: Settings, conn: psycopg.Connection, run_id: int | None
) -> dict[str, int]:
    """Fingerprint extracted pages; mark exact duplicates of stored articles (URL or text)."""
    counts = {"exact_duplicates": 0, "deduped": 0}
    while True:
        pages = claim_pages(conn, "extracted", "deduping", settings.batch_size,
                            settings.claim_lease_seconds)
        if not pages:
            break
        with conn.transaction():
            for page in pages:
                item = extracted_from_json(page["extracted"])
                fp = dedup.fingerprint(item.body)
                article_url = trusted_canonical(page["final_url"] or page["url"], item.canonical_url)
                existing = conn.execute(
                    "SELECT id FROM news.articles WHERE url = %s OR content_hash = %s "
                    "ORDER BY id LIMIT 1", (article_url, fp.content_hash),
                ).fetchone()
                state = "duplicate" if existing else "deduped"
                counts["exact_duplicates" if existing else "deduped"] += 1
                conn.execute(
                    "UPDATE news.pages SET state = %s, content_hash = %s, signature = %s, "
                    "band_keys = %s, article_url = %s, article_id = %s, claimed_by = NULL, "
                    "updated_at = now() WHERE url = %s",
                    (state, fp.content_hash, fp.signature, fp.band_keys, article_url,
                     existing["id"] if existing else None, page["url"]),
                )
    if run_id is not None:
        add_counts(conn, run_id, {"exact_duplicates": counts["exact_duplicates"]})
    conn.commit()
    return counts


def load_pages(
    settings: Settings, conn: psycopg.Connection, run_id: int | None
) -> dict[str, int]:
    """Insert deduplicated pages as articles, one transaction per batch, linking near-duplicates."""
    counts = {"articles_loaded": 0, "near_duplicates": 0, "exact_duplicates": 0}
    while True:
        pages = claim_pages(conn, "deduped", "loading", settings.batch_size,
                            settings.claim_lease_seconds)
        if not pages:
            break
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOAD_LOCK_KEY,))
            for page in sorted(pages, key=_publication_order):
                _load_one(conn, page, run_id, counts)
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts


def _publication_order(page: dict[str, Any]) -> tuple[float, str]:
    """Sort key that loads a batch oldest publication first (then by URL), so the original
    of a syndicated story becomes its root whichever copy was fetched or extracted first."""
    published = extracted_from_json(page["extracted"]).published_at
    if published is None:
        return float("inf"), page["url"]
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published.timestamp(), page["url"]


def _load_one(
    conn: psycopg.Connection, page: dict[str, Any], run_id: int | None, counts: dict[str, int]
) -> None:
    """Load one page: exact duplicate -> link; else insert, pointing at its story's root."""
    item = extracted_from_json(page["extracted"])
    existing = conn.execute(
        "SELECT id FROM news.articles WHERE url = %s OR content_hash = %s ORDER BY id LIMIT 1",
        (page["article_url"], page["content_hash"]),
    ).fetchone()
    if existing:  # a copy loaded earlier in this batch or by a concurrent run
        article_id, state = existing["id"], "duplicate"
        counts["exact_duplicates"] += 1
    else:
        fp = dedup.Fingerprint(page["content_hash"], bytes(page["signature"]),
                               list(page["band_keys"]))
        root = dedup.find_root(conn, item.body, fp)
        feed_id = page["feed_id"]
        row = conn.execute(
            "INSERT INTO news.articles (url, title, body, published_at, duplicate_of, author, "
            "language, site, site_name, image_url, modified_at, content_hash, word_count, "
            "extraction_method, extractor_version, meta_sources, feed_id, run_id) "
            "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) "
            "ON CONFLICT (url) DO NOTHING RETURNING id",
            (page["article_url"], item.title, item.body, item.published_at or _entry_date(
                conn, page["url"]), root, item.author, item.language, host_of(page["article_url"]),
             item.site_name, item.image_url, item.modified_at, page["content_hash"],
             len(item.body.split()), item.method, item.extractor_version,
             Jsonb(item.meta_sources), feed_id, run_id),
        ).fetchone()
        if row is None:  # the natural key is taken after all: a loader outside the lock won
            _load_one(conn, page, run_id, counts)
            return
        article_id, state = row["id"], "loaded"
        dedup.record_bands(conn, article_id, fp)
        counts["articles_loaded"] += 1
        counts["near_duplicates"] += root is not None
    conn.execute(
        "UPDATE news.pages SET state = %s, article_id = %s, claimed_by = NULL, updated_at = now() "
        "WHERE url = %s", (state, article_id, page["url"]),
    )


def _entry_date(conn: psycopg.Connection, url: str) -> datetime | None:
    row = conn.execute(
        "SELECT min(published_at) AS d FROM news.entries WHERE url = %s", (url,)
    ).fetchone()
    return row["d"] if row else None


STAGES: Sequence[str] = ("poll", "fetch", "extract", "dedup", "load")
