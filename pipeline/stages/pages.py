"""Extract, dedup and load stages, and one full pass over all stages."""

from __future__ import annotations

import gzip
import itertools
import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipeline.config import Settings
from pipeline.dedup import index as dedup
from pipeline.extract import sitelearn
from pipeline.extract.core import ExtractorPool, Job, Submitted
from pipeline.fetch.http import decode_body
from pipeline.models import StoredExtraction, extracted_from_json
from pipeline.urls import host_of, trusted_canonical
from pipeline.warehouse import pages as page_rows
from pipeline.warehouse.db import record_error
from pipeline.warehouse.pages import PageState, UpstreamDone, claim_or_wait, claim_pages
from pipeline.warehouse.runs import add_counts

log = logging.getLogger(__name__)

# Serialises loaders (two overlapping runs, two workers): one root per story, always.
LOAD_LOCK_KEY = 0x6E657773  # "news"


# Extraction results are committed in groups of this many (a batch is batch_size pages).
STORE_GROUP = 50
# Held pages of a site wait for its later pages in the run up to this many (learning has enough).
HOLD_MAX = 20

# Which of some sites (hosts, as `host_of` gives them) have pages on their way to the extract
# stage: pending, or fetched and not among the ones held? One pass over the unfinished pages,
# whatever the number of sites asked about.
SITES_TO_COME_SQL = """
SELECT DISTINCT site FROM (
    SELECT lower(substring(p.url FROM '^[^:/?#]+://([^/?#]*)')) AS site FROM news.pages p
    WHERE p.state IN ('pending', 'fetched') AND p.article_id IS NULL AND p.url <> ALL(%(held)s)
) s WHERE site = ANY(%(sites)s)
"""


def sites_to_come(conn: psycopg.Connection[Any], sites: Sequence[str], held: Sequence[str]) -> set[str]:
    """The `sites` with more pages on their way to the extract stage than the `held` ones."""
    if not sites:
        return set()
    rows = conn.execute(SITES_TO_COME_SQL, {"sites": list(sites), "held": list(held)}).fetchall()
    return {r["site"] for r in rows}


# What each stage reads of a claimed page (the stored HTML only goes to the extract stage).
EXTRACT_COLUMNS = ("final_url", "html_gz", "encoding")
LOAD_COLUMNS = ("final_url", "canonical_url", "extracted_core", "feed_id", "content_hash", "signature",
                "band_keys")


def feed_contents(conn: psycopg.Connection[Any], urls: Sequence[str]
                  ) -> dict[str, tuple[str | None, datetime | None]]:
    """The full content and published time feed entries gave for these pages, by page URL (one
    query per batch; the time's offset reads a page's naive local times)."""
    rows = conn.execute(
        "SELECT DISTINCT ON (url) url, content, published_at FROM news.entries "
        "WHERE url = ANY(%s) AND (content IS NOT NULL OR published_at IS NOT NULL) "
        "ORDER BY url, (content IS NULL), id", (list(urls),)
    ).fetchall()
    return {r["url"]: (r["content"], r["published_at"]) for r in rows}


# A stored page to extract: (job key, page URL, final URL, gzip-compressed HTML, HTTP charset)
StoredPage = tuple[str, str, "str | None", bytes, "str | None"]


def extraction_jobs(conn: psycopg.Connection[Any], pages: Sequence[StoredPage],
                    learned: sitelearn.LearnedLines | None = None) -> list[Job]:
    """Jobs for the extractor pool from stored pages: decoded HTML, the feed's own content (one
    query for the batch) and each site's learned boilerplate lines (`learned`, kept by the stage
    across its batches; without it, one query per site of the batch)."""
    contents = feed_contents(conn, [url for _, url, _, _, _ in pages])
    learned = learned or sitelearn.LearnedLines()
    jobs: list[Job] = []
    for key, url, final_url, html_gz, encoding in pages:
        html, _ = decode_body(gzip.decompress(html_gz), encoding)
        content, published = contents.get(url, (None, None))
        jobs.append((key, html, final_url or url, content,
                     learned.get(conn, host_of(final_url or url)), published))
    return jobs


class BatchLearning:
    """Per-site learning across one batch's pages, before they are stored (stage and reextract).

    A page whose lines cannot become template within this batch (`SiteState.may_learn`: the site's
    history is long and none of its lines is near the threshold) is settled at once: its learned
    prose lines in its template zone and the lines its site learned since its job was made are
    removed, its lines are recorded. The other pages of a site (a new site's first batch, a line
    near the threshold) are held until the batch is complete (`finish`): then they are compared
    with each other and with the site's stored history (`sitelearn.learn`), and what that shows is
    removed from them too. Only a page that loses lines is rewritten here (JSON body, removals,
    dedup fingerprint)."""

    def __init__(self, conn: psycopg.Connection[Any], learned: sitelearn.LearnedLines, settings: Settings,
                 jobs: Sequence[Job], site_of: dict[str, str], article_keys: dict[str, str] | None = None,
                 *, hold_all: bool = False,
                 more_to_come: Callable[[Sequence[str], Sequence[str]], set[str]] | None = None):
        self.conn, self.learned, self.settings, self.site_of = conn, learned, settings, site_of
        self.article_keys = article_keys or {}  # job key -> page URL, when they differ (reextract)
        self.hold_all = hold_all  # compare every page with the batch's others (reextract)
        # (sites, URLs held) -> the sites more of whose pages will reach this stage. Held pages wait
        # for them (`waiting_sites`, `carry`), so a new site's first run learns from all of them
        self.more_to_come = more_to_come
        self.held_since: dict[str, float] = {}
        self.given = {job[0]: job[4] or frozenset() for job in jobs}  # what each worker was told
        self.pages = Counter(site_of.values())  # the batch's pages per site
        self.waiting = Counter(self.pages)  # … not come back from the workers yet
        self.held: dict[str, list[tuple[str, sitelearn.PageLines, Any]]] = {}
        self.counted: list[tuple[str, str, dict[str, str]]] = []  # (site, key, lines) to record

    def record(self) -> None:
        """Write the counted lines of the pages settled so far (inside the caller's transaction)."""
        for site, key, lines in self.counted:
            sitelearn.record_counted(self.conn, site, key, lines)
        self.counted = []

    def arrived(self, key: str) -> None:
        """A page's result came back (with text or without)."""
        self.waiting[self.site_of[key]] -= 1

    def settle(self, key: str, lines: list[str], result: Any) -> Any | None:
        """A page's result ready to store (lines learned since its job removed, its lines
        recorded), or None when it is held until `finish`."""
        self.arrived(key)
        site = self.site_of[key]
        page = sitelearn.PageLines(self.article_keys.get(key, key), lines)
        state = self.learned.cached(site)
        if self.hold_all or state is None or state.may_learn(page, self.pages[site]):
            self.held.setdefault(site, []).append((key, page, result))
            self.held_since.setdefault(site, time.monotonic())
            return None
        counted = page.counted()
        self.counted.append((site, page.key, counted))
        self.learned.add(site, [counted], frozenset())
        return self._settled(key, page, counted, result, state)

    def waiting_sites(self, sites: Sequence[str]) -> set[str]:
        """Of `sites`, those whose held pages (a young site's, or ones with lines near the
        threshold) wait for the site's pages still to come in later batches, so that learning
        compares them all, however the batches fell: up to HOLD_MAX pages (enough to learn from)
        and half a claim's lease."""
        now, lease = time.monotonic(), self.settings.claim_lease_seconds
        may = [site for site in sites if len(self.held.get(site, ())) < HOLD_MAX
               and now - self.held_since.get(site, 0.0) < lease / 2]
        if self.more_to_come is None or not may:
            return set()
        held = [self.article_keys.get(key, key) for entries in self.held.values() for key, _, _ in entries]
        return self.more_to_come(may, held)

    def held_pages(self) -> int:
        """How many pages are held."""
        return sum(len(held) for held in self.held.values())

    def carry(self, later: BatchLearning) -> None:
        """Hand the pages still held (waiting for their site's later pages) to the next batch."""
        for site, held in self.held.items():
            for key, _, _ in held:
                later.given[key], later.site_of[key] = self.given[key], site
                if key in self.article_keys:
                    later.article_keys[key] = self.article_keys[key]
            later.held.setdefault(site, [])[:0] = held
            later.held_since.setdefault(site, self.held_since.get(site, time.monotonic()))
            later.pages[site] += len(held)
        self.held = {}

    def finish(self, complete_only: bool = False, final: bool = True) -> Iterator[tuple[str, Any]]:
        """Learn from each site's held pages (with complete_only, of the sites whose pages have
        all come back; unless final, not of a site in `waiting_sites`); yield (key, result to store) for
        each of them (their lines are recorded by `record`)."""
        ready = [s for s in self.held if not complete_only or self.waiting[s] <= 0]
        waiting = set() if final else self.waiting_sites(ready)
        for site in [s for s in ready if s not in waiting]:
            self.held_since.pop(site, None)
            held = self.held.pop(site)
            pages = [page for _, page, _ in held]
            counted = [page.counted() for page in pages]
            state = self.learned.state(self.conn, site)
            articles, counts = sitelearn.history(self.conn, site, [p.key for p in pages], counted,
                                                 self.learned.window)
            self.learned.add(site, counted, sitelearn.learn(counted, articles, counts, state.learned))
            for (key, page, result), lines in zip(held, counted, strict=True):
                self.counted.append((site, page.key, lines))
                yield key, self._settled(key, page, lines, result, state)

    def _settled(self, key: str, page: sitelearn.PageLines, counted: dict[str, str], result: Any,
                 state: sitelearn.SiteState) -> Any:
        """The result without what the site's learned lines take that its worker did not: learned
        prose, the labels learned since its job was given, and the labels it was given that stand
        right over learned prose (it judged those blind). `counted`: the page's counted keys, its
        lines' and their openings'."""
        given = self.given[key]
        remove = state.prose | (state.anywhere - given) | page.over_prose(given, state.prose)
        if remove and any(fp in remove for fp in counted):
            return self._strip(result, state.learned, remove, state.common)
        return result

    def _strip(self, result: Any, template: frozenset[str], remove: frozenset[str],
               common: frozenset[str]) -> Any:
        """The result without the lines of `remove` in its template zone (rule learned:site-repeat)."""
        stored = isinstance(result, StoredExtraction)
        data = json.loads(result.json) if stored else None
        extra = (data.get("extra") or {}) if data else result.extra
        undone: list[dict[str, Any]] = []  # learned lines that would have taken the article
        body, removals = sitelearn.strip_template(
            data["body"] if data else result.body, template, remove,
            title=data.get("title") if data else result.title,
            author=data.get("author") if data else result.author, extra=extra, common=common,
            undone=undone)
        if undone and not stored:
            result.extra.setdefault("undone", []).extend(undone)
        elif undone:
            assert data is not None
            data.setdefault("extra", {}).setdefault("undone", []).extend(undone)
            return StoredExtraction(json.dumps(data), result.candidate_lines, result.fingerprint)
        if not removals:
            return result
        if not stored:
            result.body = body
            result.removed.extend(removals)
            return result
        assert data is not None
        data["body"] = body
        data["removed"] = [*data.get("removed", []), *({"text": r.text, "rule": r.rule} for r in removals)]
        fp = result.fingerprint and dedup.fingerprint(body, near=self.settings.dedup_near)
        return StoredExtraction(json.dumps(data), result.candidate_lines, fp)


def extract_pages(
    settings: Settings, conn: psycopg.Connection[Any], run_id: int | None, limit: int | None = None,
    *, progress: Callable[[int], None] | None = None, upstream_done: UpstreamDone | None = None,
) -> dict[str, int]:
    """Extract clean text from fetched pages in worker processes; empty results are recorded.

    With upstream_done, keep taking pages as the fetch stage stores them until it is done."""
    counts = {"articles_extracted": 0, "extract_empty": 0}
    processes = settings.extract_processes or None

    def claim(wait: bool) -> list[dict[str, Any]]:
        left = settings.batch_size if limit is None else min(
            settings.batch_size, limit - counts["articles_extracted"] - counts["extract_empty"]
            - sum(len(b[0]) for b in ahead) - (waiting.held_pages() if waiting is not None else 0))
        if left <= 0:
            return []
        if wait:
            return claim_or_wait(conn, PageState.FETCHED, left, settings.claim_lease_seconds,
                                 upstream_done, EXTRACT_COLUMNS)
        return claim_pages(conn, PageState.FETCHED, left, settings.claim_lease_seconds,
                           columns=EXTRACT_COLUMNS)

    learned = sitelearn.LearnedLines()
    waiting: BatchLearning | None = None  # held pages waiting for their sites' later pages

    def submit(pages: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], BatchLearning, Submitted]:
        jobs = extraction_jobs(conn, [(p["url"], p["url"], p["final_url"], p["html_gz"], p["encoding"])
                                      for p in pages], learned)
        sites = {p["url"]: host_of(p["final_url"] or p["url"]) for p in pages}
        batch = BatchLearning(conn, learned, settings, jobs, sites,
                              more_to_come=lambda sites, held: sites_to_come(conn, sites, held))
        return pages, batch, pool.submit(jobs)

    def store(batch: BatchLearning, items: Iterable[tuple[str, StoredExtraction | None, str | None]]) -> None:
        with conn.pipeline(), conn.transaction():  # one round trip for the group's writes
            batch.record()
            _store_extractions(conn, items, run_id, counts)

    # batches sent to the workers
    ahead: list[tuple[list[dict[str, Any]], BatchLearning, Submitted]] = []
    with ExtractorPool(processes=processes, fingerprints="near" if settings.dedup_near else "exact",
                       stored=True) as pool:
        while True:
            if not ahead:
                pages = claim(wait=True)
                if not pages:
                    break
                ahead.append(submit(pages))
            pages, batch, submitted = ahead.pop(0)
            if waiting is not None:
                waiting.carry(batch)
                waiting = None
            results = pool.results(submitted)
            # Results are stored in groups as they come (the load stage sees them sooner), and
            # between groups the next batch is claimed and sent to the workers before this one is
            # done, so they never wait for the storing, the claim or the decompression of a batch.
            # Pages of sites that may learn from this batch are held until all of their site's
            # pages in it are back (a batch is claimed in URL order: a site's pages come together),
            # and while more of the site's pages are on their way, until they come in a later batch.
            while group := list(itertools.islice(results, STORE_GROUP)):
                ready = []
                for url, result, error in group:
                    assert result is None or isinstance(result, StoredExtraction)
                    if result is None:
                        batch.arrived(url)
                    else:
                        result = batch.settle(url, result.candidate_lines, result)
                        if result is None:
                            continue
                    ready.append((url, result, error))
                ready.extend((url, result, None)
                             for url, result in batch.finish(complete_only=True, final=False))
                store(batch, ready)
                if conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE:
                    conn.commit()  # the learning's reads opened a transaction: the pages are ready now
                if not ahead and (more := claim(wait=False)):
                    ahead.append(submit(more))
            if batch.held:
                store(batch, [(url, result, None) for url, result in batch.finish(final=False)])
                conn.commit()  # the learning's reads opened a transaction: the pages are ready now
                if batch.held:
                    waiting = batch
            if progress:
                progress(len(pages))
        if waiting is not None:  # nothing more came: the young sites learn from what they have
            store(waiting, [(url, result, None) for url, result in waiting.finish()])
            conn.commit()
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts


def _store_extractions(
    conn: psycopg.Connection[Any], items: Iterable[tuple[str, StoredExtraction | None, str | None]],
    run_id: int | None, counts: dict[str, int],
) -> None:
    """Store a group of extractions, two statements at most (the pages' learned lines are
    recorded by BatchLearning); empty results are recorded as errors."""
    extracted: list[page_rows.Extraction] = []
    empty: list[page_rows.Failure] = []
    for url, result, error in items:
        if result is None:
            kind = "extract_failed" if error else "empty_extraction"
            message = error or f"no article text found in {url}"
            empty.append(page_rows.Failure(url, kind, f"extract: {message}"))
            record_error(conn, run_id, "extract", kind, message, url=url)
            continue
        fp: dedup.Fingerprint | None = result.fingerprint
        extracted.append(page_rows.Extraction(url, result.json, None, None, None) if fp is None else
                         page_rows.Extraction(url, result.json, fp.content_hash, fp.signature,
                                              dedup.int_array(fp.band_keys)))
    page_rows.store_extracted(conn, extracted)
    page_rows.store_empty(conn, empty)
    counts["articles_extracted"] += len(extracted)
    counts["extract_empty"] += len(empty)


# The first stored article of each (article URL, content hash) pair, by its 1-based position i.
EXISTING_SQL = """
SELECT u.i, (SELECT a.id FROM news.articles a WHERE a.url = u.url OR a.content_hash = u.hash
             ORDER BY a.id LIMIT 1) AS id
FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS u(url, hash, i)
"""


def load_pages(
    settings: Settings, conn: psycopg.Connection[Any], run_id: int | None,
    *, upstream_done: UpstreamDone | None = None,
) -> dict[str, int]:
    """Insert extracted pages as articles, one transaction per batch: exact copies of stored
    articles (URL or text) are linked to them, near-duplicates to the root of their story."""
    counts = {"articles_loaded": 0, "near_duplicates": 0, "exact_duplicates": 0}
    while True:
        pages = claim_or_wait(conn, PageState.EXTRACTED, settings.batch_size,
                              settings.claim_lease_seconds, upstream_done, LOAD_COLUMNS)
        if not pages:
            break
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOAD_LOCK_KEY,))
            batch = _LoadBatch(conn, sorted((LoadPage.of(p, settings.dedup_near) for p in pages),
                                            key=_publication_order), run_id, counts, settings)
            outcomes = [batch.load(i) for i in range(len(batch.pages))]
            batch.linker.flush()
            page_rows.store_loaded(conn, outcomes)
    if run_id is not None:
        add_counts(conn, run_id, counts)
    conn.commit()
    return counts


@dataclass(frozen=True)
class LoadPage:
    """A claimed page as the loader reads it."""

    url: str
    article_url: str  # the trusted canonical URL of its article
    extracted: dict[str, Any]  # the extraction without its debugging lists
    feed_id: int | None
    fingerprint: dedup.Fingerprint

    @classmethod
    def of(cls, row: dict[str, Any], near: bool) -> LoadPage:
        url = row["url"]
        return cls(url, trusted_canonical(row["final_url"] or url, row["canonical_url"]),
                   row["extracted_core"], row["feed_id"], _stored_fingerprint(row, near))


def _stored_fingerprint(page: dict[str, Any], near: bool) -> dedup.Fingerprint:
    """The fingerprint stored on a news.pages row (no signature when near-dedup was off); computed
    here for a page extracted before the workers hashed, or without near-dedup when it is on."""
    if page["content_hash"] is None or (near and page["band_keys"] is None):
        return dedup.fingerprint(page["extracted_core"]["body"], near=near)
    return dedup.Fingerprint(page["content_hash"], bytes(page["signature"] or b""),
                             list(page["band_keys"] or ()))


def _publication_order(page: LoadPage) -> tuple[float, str]:
    """Sort key that loads a batch oldest publication first (then by URL), so the original
    of a syndicated story becomes its root whichever copy was fetched or extracted first."""
    stored = page.extracted.get("published_at")  # the loader rebuilds the whole result later
    if not stored:
        return float("inf"), page.url
    published = datetime.fromisoformat(stored)
    if published.tzinfo is None:
        published = published.replace(tzinfo=UTC)
    return published.timestamp(), page.url


class _LoadBatch:
    """One batch of the loader, inside its transaction and the load lock: the articles already
    stored under the batch's URLs or texts are read in one query (the one exact-copy check),
    near-duplicate candidates in one more (dedup.BatchLinker), and what the batch itself loads is
    remembered for its later pages."""

    def __init__(self, conn: psycopg.Connection[Any], pages: list[LoadPage], run_id: int | None,
                 counts: dict[str, int], settings: Settings):
        self.conn, self.pages, self.run_id, self.counts, self.settings = conn, pages, run_id, counts, settings
        self.known: dict[str, int] = {}  # article URL or content hash -> id (stored or loaded here)
        for row in conn.execute(
                EXISTING_SQL,
                ([p.article_url for p in pages], [p.fingerprint.content_hash for p in pages])):
            if row["id"] is not None:
                self.known.setdefault(pages[row["i"] - 1].article_url, row["id"])
        self.linker = dedup.BatchLinker(conn, [p.fingerprint for p in pages] if settings.dedup_near else [],
                                        settings.dedup)

    def load(self, i: int) -> page_rows.Outcome:
        """Load page i: an exact duplicate is linked; else it is inserted, pointing at its story's
        root. Returns the page's new state and article (the caller updates pages in bulk)."""
        page = self.pages[i]
        fp = page.fingerprint
        existing = self.known.get(page.article_url) or self.known.get(fp.content_hash)
        if existing:  # a copy stored earlier, loaded earlier in this batch or by a concurrent run
            self.counts["exact_duplicates"] += 1
            return page_rows.Outcome(page.url, PageState.DUPLICATE, existing, page.article_url)
        item = extracted_from_json(page.extracted)
        root = self.linker.find_root(i, item.body, fp) if self.settings.dedup_near else None
        row = self.conn.execute(
            "INSERT INTO news.articles (url, title, body, published_at, duplicate_of, author, "
            "language, site, site_name, image_url, modified_at, content_hash, word_count, "
            "extraction_method, extractor_version, meta_sources, feed_id, run_id) "
            "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) "
            "ON CONFLICT (url) DO NOTHING RETURNING id",
            (page.article_url, item.title, item.body, item.published_at or _entry_date(
                self.conn, page.url), root, item.author, item.language, host_of(page.article_url),
             item.site_name, item.image_url, item.modified_at, fp.content_hash,
             len(item.body.split()), item.method, item.extractor_version,
             Jsonb(item.meta_sources), page.feed_id, self.run_id),
        ).fetchone()
        if row is None:  # the URL is taken after all: a writer outside the load lock won
            taken = self.conn.execute("SELECT id FROM news.articles WHERE url = %s",
                                      (page.article_url,)).fetchone()
            assert taken is not None
            self.counts["exact_duplicates"] += 1
            return page_rows.Outcome(page.url, PageState.DUPLICATE, taken["id"], page.article_url)
        article_id = row["id"]
        self.known[page.article_url] = self.known[fp.content_hash] = article_id
        if self.settings.dedup_near:
            self.linker.add(article_id, root, fp, item.body)
        self.counts["articles_loaded"] += 1
        self.counts["near_duplicates"] += root is not None
        return page_rows.Outcome(page.url, PageState.LOADED, article_id, page.article_url)


def _entry_date(conn: psycopg.Connection[Any], url: str) -> datetime | None:
    row = conn.execute(
        "SELECT min(published_at) AS d FROM news.entries WHERE url = %s", (url,)
    ).fetchone()
    return row["d"] if row else None
