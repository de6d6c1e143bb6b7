"""Re-extraction from stored raw HTML: how a better cleaner reaches history, without refetching.

Articles are read in batches of their id (keyset pagination, bounded memory), each through the
page row that produced it, extracted again in the worker pool with the site's current learned
lines, compared with the batch's other pages of its site (what they show together to be template
is removed too, and recorded for later runs: pipeline/extract/sitelearn.py), and updated in place when
the text or metadata changed. Running it twice changes nothing the second time. Story links
(`duplicate_of`) are kept; the article's LSH bands and signature are replaced so later copies are
matched against the new text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import psycopg

from pipeline.config import Settings
from pipeline.dedup import index as dedup
from pipeline.extract import sitelearn
from pipeline.extract.core import ExtractorPool
from pipeline.models import Extracted, extracted_to_json
from pipeline.stages.pages import BatchLearning, extraction_jobs
from pipeline.urls import host_of
from pipeline.warehouse import pages as page_rows
from pipeline.warehouse.db import record_error
from pipeline.warehouse.runs import add_counts

# The fields compared and rewritten; published dates and URLs are identity, never rewritten.
TEXT_FIELDS = ("title", "body")
META_FIELDS = ("author", "language", "site_name", "image_url", "modified_at")

SELECT_BATCH = """
SELECT a.id, a.url, a.title, a.body, a.author, a.language, a.site_name, a.image_url,
       a.modified_at, a.content_hash, p.url AS page_url, p.final_url, p.encoding, p.html_gz
FROM news.articles a
JOIN LATERAL (
    SELECT url, final_url, encoding, html_gz FROM news.pages
    WHERE article_id = a.id AND html_gz IS NOT NULL
    ORDER BY (state = 'loaded') DESC, (url = a.url) DESC, url LIMIT 1
) p ON true
WHERE a.id > %(after)s
  AND (%(site)s::text IS NULL OR a.site = %(site)s)
  AND (%(since)s::date IS NULL OR coalesce(a.published_at, a.created_at) >= %(since)s::date)
  AND (%(until)s::date IS NULL OR coalesce(a.published_at, a.created_at) < %(until)s::date + 1)
  AND (%(undone_rule)s::text IS NULL OR EXISTS (
      SELECT 1 FROM news.pages u WHERE u.article_id = a.id
        AND u.extracted->'undone' @> jsonb_build_array(jsonb_build_object('rule', %(undone_rule)s::text))))
ORDER BY a.id
LIMIT %(limit)s
"""


@dataclass(frozen=True)
class Selection:
    """Which articles to re-extract: a site (host[:port]), an inclusive date range, and the articles
    whose pages had a cleaning rule undone by the safety net (once that rule is fixed)."""

    site: str | None = None
    since: date | None = None
    until: date | None = None
    limit: int | None = None  # at most this many articles (None: all)
    undone_rule: str | None = None  # a rule as news.undone_rules names it ("structural:named-block")

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise ValueError(f"reextract: since {self.since} is after until {self.until}")
        if self.limit is not None and self.limit < 1:
            raise ValueError(f"reextract: limit must be at least 1, not {self.limit}")


def parse_date(value: str | date | None, name: str) -> date | None:
    """Parse an ISO date (YYYY-MM-DD) from the CLI or a DAG Param; empty means no bound."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ValueError(f"reextract: {name} must be a date like 2026-11-01, not {value!r}") from None


def reextract(
    settings: Settings, conn: psycopg.Connection[Any], selection: Selection, run_id: int | None = None,
    *, progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Re-extract the selected articles from their stored HTML; return counts.

    Counts: considered, changed (text or metadata rewritten), unchanged, failed (extraction
    error or empty result: the stored article is kept as it is and the reason recorded),
    conflicts (the new text equals another article's text: kept as it is, recorded)."""
    counts = {"considered": 0, "changed": 0, "unchanged": 0, "failed": 0, "conflicts": 0}
    after = 0
    learned = sitelearn.LearnedLines()
    with ExtractorPool(processes=settings.extract_processes or None) as pool:
        while selection.limit is None or counts["considered"] < selection.limit:
            size = settings.batch_size
            if selection.limit is not None:
                size = min(size, selection.limit - counts["considered"])
            rows = conn.execute(SELECT_BATCH, {
                "after": after, "site": selection.site, "since": selection.since,
                "until": selection.until, "undone_rule": selection.undone_rule, "limit": size}).fetchall()
            if not rows:
                break
            after = rows[-1]["id"]
            jobs = extraction_jobs(conn, [(str(r["id"]), r["page_url"], r["final_url"], r["html_gz"],
                                           r["encoding"]) for r in rows], learned)
            by_id = {str(row["id"]): row for row in rows}
            # the batch's pages are compared with each other and the site's history, as the
            # extract stage does (its own pages' earlier rows left out of the history)
            batch = BatchLearning(conn, learned, settings, jobs,
                                  {k: host_of(r["final_url"] or r["page_url"]) for k, r in by_id.items()},
                                  {k: r["page_url"] for k, r in by_id.items()}, hold_all=True)
            outcomes: list[tuple[str, Extracted | None, str | None]] = []
            for key, result, error in pool.map(jobs):
                assert result is None or isinstance(result, Extracted)
                if result is not None and result.body.strip():
                    batch.settle(key, list(result.extra.get("candidate_lines") or []), result)
                else:
                    outcomes.append((key, result, error))
            outcomes.extend((key, result, None) for key, result in batch.finish())
            with conn.transaction():
                batch.record()
                for key, result, error in sorted(outcomes, key=lambda o: int(o[0])):
                    _apply(conn, settings, by_id[key], result, error, run_id, counts)
            conn.commit()
            if progress:
                progress(len(rows))
    if run_id is not None:
        add_counts(conn, run_id, {f"reextract_{k}": v for k, v in counts.items()})
    conn.commit()
    return counts


def _apply(
    conn: psycopg.Connection[Any], settings: Settings, row: dict[str, Any], result: Extracted | None,
    error: str | None, run_id: int | None, counts: dict[str, int],
) -> None:
    """Compare one new extraction with the stored article and update it when it changed."""
    counts["considered"] += 1
    if result is None or not result.body.strip():
        kind = "extract_failed" if error else "empty_extraction"
        record_error(conn, run_id, "reextract", kind,
                     error or f"no article text found any more in {row['page_url']}; kept the stored one",
                     url=row["url"])
        counts["failed"] += 1
        return
    new = {"title": result.title or row["title"], "body": result.body,
           **{f: getattr(result, f) or row[f] for f in META_FIELDS}}
    if all(new[f] == row[f] for f in (*TEXT_FIELDS, *META_FIELDS)):
        counts["unchanged"] += 1
        return
    fp = dedup.fingerprint(result.body, near=settings.dedup_near)
    if fp.content_hash != row["content_hash"]:
        other = conn.execute("SELECT id FROM news.articles WHERE content_hash = %s AND id <> %s",
                             (fp.content_hash, row["id"])).fetchone()
        if other:
            record_error(conn, run_id, "reextract", "text_conflict",
                         f"new text of article {row['id']} equals article {other['id']}; kept the old text",
                         url=row["url"])
            counts["conflicts"] += 1
            return
    conn.execute(
        "UPDATE news.articles SET title = %(title)s, body = %(body)s, author = %(author)s, "
        "language = %(language)s, site_name = %(site_name)s, image_url = %(image_url)s, "
        "modified_at = %(modified_at)s, content_hash = %(hash)s, word_count = %(words)s, "
        "extraction_method = %(method)s, extractor_version = %(version)s, updated_at = now() "
        "WHERE id = %(id)s",
        {**new, "hash": fp.content_hash, "words": len(result.body.split()), "method": result.method,
         "version": result.extractor_version, "id": row["id"]},
    )
    page_rows.store_reextracted(conn, page_rows.Extraction(
        row["page_url"], json.dumps(extracted_to_json(result)), fp.content_hash, fp.signature,
        dedup.int_array(fp.band_keys)))
    if fp.content_hash != row["content_hash"]:
        conn.execute("DELETE FROM news.lsh_bands WHERE article_id = %s", (row["id"],))
        conn.execute("DELETE FROM news.lsh_signatures WHERE article_id = %s", (row["id"],))
        dedup.record_bands(conn, row["id"], fp)
    counts["changed"] += 1
