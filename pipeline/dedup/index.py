"""Near-duplicate detection: text hash, MinHash signatures, LSH band keys in PostgreSQL, confirmation."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import psycopg
import xxhash
from psycopg import sql
from psycopg.rows import tuple_row

from pipeline.dedup.evidence import (
    Analysis,
    Evidence,
    analyse,
    distinct,
    evidence,
    normalize_text,
    shingle_positions,
    tokens_of,
)

__all__ = ["BatchLinker", "DedupSettings", "Evidence", "Fingerprint", "content_hash",
           "fingerprint", "int_array", "is_copy", "normalize_text", "record_bands", "record_many"]


@dataclass(frozen=True)
class DedupSettings:
    """Shingling, LSH banding and confirmation thresholds (defaults measured by benchmarks/dedup.py)."""

    shingle_size: int = 4
    bands: int = 24  # LSH bands over the whole text
    rows: int = 2  # MinHash values per band
    lead_tokens: int = 40  # the opening of the text gets bands of its own: excerpts share it
    lead_bands: int = 6
    lead_rows: int = 2
    max_postings: int = 64  # newest articles read per band key: bounded work for templated families
    max_candidates: int = 32  # candidates read per article, most band hits first
    min_estimate: float = 0.3  # candidates whose signatures promise less containment are not compared
    max_compared: int = 8  # texts compared per article, most band hits first
    merge_stories: bool = True  # a text matching several stories joins them under the oldest root
    min_containment: float = 0.45  # shared shingles / shingles of the shorter text, outside quotes
    max_fact_conflict: float = 0.25  # facts substituted inside shared wording / facts there
    max_changed_names: int = 1  # names replaced by other names inside shared wording (another subject)

    @property
    def num_perm(self) -> int:
        """Number of MinHash values in a signature."""
        return self.bands * self.rows + self.lead_bands * self.lead_rows


DEFAULTS = DedupSettings()


@dataclass
class Fingerprint:
    """Exact hash, packed MinHash signature and LSH band keys of one clean text."""

    content_hash: str
    signature: bytes  # little-endian uint32: shingle count, then the MinHash values
    band_keys: list[int]  # one signed int64 per band (whole-text bands, then lead bands)


def content_hash(text: str) -> str:
    """Return the hex digest of the normalised text: equal for exact duplicates."""
    return _digest(tokens_of(text))


def _digest(tokens: list[str]) -> str:
    return hashlib.blake2b(" ".join(tokens).encode(), digest_size=16).hexdigest()


@lru_cache(maxsize=8)
def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    """Return (a, b) of count multiply-shift hash functions, fixed forever by their seeds."""
    a = [xxhash.xxh64_intdigest(f"newsflow-minhash-a-{i}".encode()) | 1 for i in range(count)]
    b = [xxhash.xxh64_intdigest(f"newsflow-minhash-b-{i}".encode()) for i in range(count)]
    return np.array(a, dtype=np.uint64)[:, None], np.array(b, dtype=np.uint64)[:, None]


def minhash(hashes: np.ndarray, start: int, count: int) -> np.ndarray:
    """Return count 32-bit MinHash values of a shingle set, with permutations start..start+count."""
    if hashes.size == 0:
        return np.full(count, 0xFFFFFFFF, dtype=np.uint32)
    a, b = _permutations(start + count)
    # In place (uint64 arithmetic wraps silently): a signature's count x shingles matrix is a few
    # hundred KiB, and each temporary of that size cost a fresh zeroed allocation (five times the
    # arithmetic, measured).
    values = np.multiply(a[start:], hashes[None, :])
    values += b[start:]
    # The high 32 bits of each row's minimum are the minimum of the rows' high 32 bits (a shift
    # is monotonic): one shift per permutation instead of one per shingle and permutation.
    return (values.min(axis=1) >> np.uint64(32)).astype(np.uint32)


def _band_keys(values: np.ndarray, rows: int, first_band: int) -> list[int]:
    keys = []
    for i in range(len(values) // rows):
        key = xxhash.xxh3_64_intdigest(values[i * rows:(i + 1) * rows].tobytes(), seed=first_band + i)
        keys.append(key - (1 << 64) if key >= 1 << 63 else key)
    return keys


def fingerprint(text: str, settings: DedupSettings | None = None, *, near: bool = True) -> Fingerprint:
    """Return the content hash, MinHash signature and LSH band keys of a clean text (with
    near=False, near-duplicate detection being off, the content hash alone)."""
    s = settings or DEFAULTS
    tokens = tokens_of(text)
    if not near:
        return Fingerprint(_digest(tokens), b"", [])
    positions = shingle_positions(tokens, s.shingle_size)
    body = distinct(positions)
    if len(tokens) <= s.lead_tokens:  # the lead is the whole text
        lead = body
    elif s.lead_tokens >= s.shingle_size:  # a shingle's hash depends on its own words only
        lead = distinct(positions[:s.lead_tokens - s.shingle_size + 1])
    else:
        lead = distinct(shingle_positions(tokens[:s.lead_tokens], s.shingle_size))
    full_values = minhash(body, 0, s.bands * s.rows)
    lead_values = minhash(lead, s.bands * s.rows, s.lead_bands * s.lead_rows)
    keys = _band_keys(full_values, s.rows, 0) + _band_keys(lead_values, s.lead_rows, s.bands)
    count = np.array([body.size], dtype=np.uint32)
    packed = np.concatenate([count, full_values, lead_values]).astype("<u4").tobytes()
    return Fingerprint(_digest(tokens), packed, keys)


def estimated_containment(mine: bytes, theirs: bytes, settings: DedupSettings | None = None) -> float:
    """Estimate shingle containment of the shorter text from two signatures (MinHash Jaccard and sizes)."""
    s = settings or DEFAULTS
    full = 1 + s.bands * s.rows
    a, b = np.frombuffer(mine, dtype="<u4"), np.frombuffer(theirs, dtype="<u4")
    if a.size < full or b.size < full or not a[0] or not b[0]:
        return 1.0  # unknown layout: do not filter
    jaccard = float(np.mean(a[1:full] == b[1:full]))
    return min(1.0, jaccard * (int(a[0]) + int(b[0])) / ((1 + jaccard) * min(int(a[0]), int(b[0]))))


def compare(a: str, b: str, settings: DedupSettings | None = None) -> Evidence:
    """Return the evidence that texts a and b are copies of one story."""
    size = (settings or DEFAULTS).shingle_size
    return evidence(analyse(a, size), analyse(b, size), size)


def is_copy(ev: Evidence, settings: DedupSettings | None = None) -> bool:
    """Decide from the evidence whether two texts are copies of one story."""
    s = settings or DEFAULTS
    return (ev.prose_containment >= s.min_containment and ev.fact_conflict <= s.max_fact_conflict
            and ev.changed_names <= s.max_changed_names)


# Candidates of a batch of fingerprints (those of fingerprint i are the rows with i): the newest
# `postings` articles under each band key (bounded work however large the history), at most
# `limit` per fingerprint, ranked by how many bands they share with its text, with signatures.
CANDIDATES_SQL = """
SELECT c.i, a.id, coalesce(a.duplicate_of, a.id) AS root, s.signature, c.hits
FROM (
    SELECT g.*, row_number() OVER (PARTITION BY g.i ORDER BY g.hits DESC, g.article_id) AS rank
    FROM (
        SELECT q.i, p.article_id, count(*) AS hits
        FROM unnest(%(idx)s::int[], %(bands)s::smallint[], %(keys)s::bigint[]) AS q(i, band, key)
        CROSS JOIN LATERAL (
            SELECT b.article_id FROM news.lsh_bands b
            WHERE b.band = q.band AND b.key = q.key
            ORDER BY b.article_id DESC
            LIMIT %(postings)s
        ) p
        GROUP BY q.i, p.article_id
    ) g
) c
JOIN news.articles a ON a.id = c.article_id
LEFT JOIN news.lsh_signatures s ON s.article_id = c.article_id
WHERE c.rank <= %(limit)s
"""

# The signatures and band rows of a batch of articles, in one statement (arrays side by side:
# each article's id and signature; each band row's article, band and key). Band rows are only
# ever written for an article that has none (just inserted, or re-extracted after its rows were
# deleted), so they are inserted plainly: ON CONFLICT's speculative insertion cost a third of
# writing them (benchmarks: 30 rows an article).
RECORD_SQL = """
WITH signatures AS (
    INSERT INTO news.lsh_signatures (article_id, signature)
    SELECT * FROM unnest(%(articles)s::bigint[], %(signatures)s::bytea[])
    ON CONFLICT DO NOTHING
)
INSERT INTO news.lsh_bands (band, key, article_id)
SELECT * FROM unnest(%(bands)s::smallint[], %(keys)s::bigint[], %(band_articles)s::bigint[])
"""


def int_array(values: Iterable[int]) -> str:
    """A PostgreSQL array literal of integers, for a `%s::bigint[]` parameter: psycopg adapts a
    list element by element, a batch's band keys at a real cost (docs/architecture.md), and
    their text in no time."""
    return "{" + ",".join(map(str, values)) + "}"


def candidate_params(fps: Sequence[Fingerprint], s: DedupSettings) -> dict[str, Any]:
    """CANDIDATES_SQL's parameters for fingerprints (the rows of fingerprint i carry i)."""
    return {"idx": int_array(i for i, fp in enumerate(fps) for _ in fp.band_keys),
            "bands": int_array(b for fp in fps for b in range(len(fp.band_keys))),
            "keys": int_array(k for fp in fps for k in fp.band_keys),
            "postings": s.max_postings, "limit": s.max_candidates}


def candidates(
    conn: psycopg.Connection[Any], fp: Fingerprint, settings: DedupSettings | None = None
) -> list[tuple[int, int, bytes | None]]:
    """Return (id, root id, signature) of stored articles sharing LSH bands with a fingerprint,
    most shared bands first (what BatchLinker reads for a batch, for one fingerprint)."""
    s = settings or DEFAULTS
    if not fp.band_keys:
        return []
    with conn.cursor(row_factory=tuple_row) as cur:
        rows = cur.execute(CANDIDATES_SQL, candidate_params([fp], s)).fetchall()
    return [(a, root, sig) for _, a, root, sig, _ in sorted(rows, key=lambda r: (-r[4], r[1]))]


def _confirm(conn: psycopg.Connection[Any], text: str, fp: Fingerprint,
             rows: list[tuple[int, int, bytes | None]], known: dict[int, str], s: DedupSettings) -> list[int]:
    """The roots of the candidates (id, root, signature; best first) confirmed as copies of the text.

    Candidates whose signatures promise too little are skipped; of the rest, the first
    `max_compared` are compared, their texts taken from `known` or read from the warehouse."""
    likely = [(article_id, root) for article_id, root, signature in rows
              if signature is None or estimated_containment(fp.signature, signature, s) >= s.min_estimate]
    if not likely:
        return []
    likely = likely[:s.max_compared]
    bodies = {article_id: known[article_id] for article_id, _ in likely if article_id in known}
    unread = [article_id for article_id, _ in likely if article_id not in bodies]
    if unread:
        with conn.cursor(row_factory=tuple_row) as cur:  # only the texts worth comparing are read
            bodies.update(cur.execute("SELECT id, body FROM news.articles WHERE id = ANY(%s)",
                                      (unread,)).fetchall())
    found = [(root, bodies[article_id]) for article_id, root in likely if article_id in bodies]
    return confirmed_roots(analyse(text, s.shingle_size), found, s)


class BatchLinker:
    """Near-duplicate linking for one load batch, inside the batch's transaction and load lock.

    The warehouse's candidates for the whole batch are read in one query at the start; articles
    the batch itself loads are candidates for its later ones through an in-memory band index (so
    copies in one batch are linked exactly as across batches); band rows are written in one
    round trip at the end (`flush`). Stories merged meanwhile are followed through `merged`.
    """

    def __init__(self, conn: psycopg.Connection[Any], fps: list[Fingerprint],
                 settings: DedupSettings | None = None):
        self.conn, self.s = conn, settings or DEFAULTS
        self.stored: dict[int, list[tuple[int, int, bytes | None, int]]] = defaultdict(list)
        if any(fp.band_keys for fp in fps):
            with conn.cursor(row_factory=tuple_row) as cur:
                for i, article_id, root, signature, hits in cur.execute(
                        CANDIDATES_SQL, candidate_params(fps, self.s)):
                    self.stored[i].append((article_id, root, signature, hits))
        self.index: dict[tuple[int, int], list[int]] = defaultdict(list)  # (band, key) -> batch ids
        self.loaded: dict[int, tuple[int, Fingerprint]] = {}  # batch article -> its root, fingerprint
        self.texts: dict[int, str] = {}  # batch article -> its text, for comparisons
        self.merged: dict[int, int] = {}  # a root merged into another story -> that story's root
        self.pending: list[tuple[int, Fingerprint]] = []

    def _root(self, root: int) -> int:
        while root in self.merged:
            root = self.merged[root]
        return root

    def find_root(self, i: int, text: str, fp: Fingerprint) -> int | None:
        """The root of the story that text i of the batch (fingerprint fp) is a copy of, or None."""
        hits = Counter(a for band, key in enumerate(fp.band_keys) for a in self.index.get((band, key), ()))
        rows = [(a, r, sig, h) for a, r, sig, h in self.stored.get(i, ()) if a not in hits]
        rows += [(a, self.loaded[a][0], self.loaded[a][1].signature, h) for a, h in hits.items()]
        rows.sort(key=lambda row: (-row[3], row[0]))  # most band hits first, as in `candidates`
        best = [(a, self._root(r), sig) for a, r, sig, _ in rows[:self.s.max_candidates]]
        roots = sorted({self._root(r) for r in _confirm(self.conn, text, fp, best, self.texts, self.s)})
        if len(roots) > 1 and self.s.merge_stories:
            merge_stories(self.conn, roots[0], roots[1:])
            self.merged.update((r, roots[0]) for r in roots[1:])
        return roots[0] if roots else None

    def add(self, article_id: int, root: int | None, fp: Fingerprint, text: str) -> None:
        """Record an article the batch loaded: a candidate for the rest of the batch, bands to write."""
        self.loaded[article_id] = (root or article_id, fp)
        self.texts[article_id] = text
        for band, key in enumerate(fp.band_keys):
            self.index[(band, key)].append(article_id)
        self.pending.append((article_id, fp))

    def flush(self) -> None:
        """Write the band keys and signatures of the batch's articles (one statement)."""
        record_many(self.conn, self.pending)
        self.pending.clear()


def confirmed_roots(
    mine: Analysis, found: list[tuple[int, str]], settings: DedupSettings | None = None
) -> list[int]:
    """Return the distinct roots of the candidates (root, body) confirmed as copies of the text."""
    s = settings or DEFAULTS
    roots: list[int] = []
    for root, body in found:
        if root in roots:  # one confirmed copy is enough for a story
            continue
        if is_copy(evidence(mine, analyse(body, s.shingle_size), s.shingle_size, s.min_containment), s):
            roots.append(root)
    return roots


def merge_stories(conn: psycopg.Connection[Any], root: int, others: list[int]) -> None:
    """Re-point the articles of other stories at root (copies first, then their roots: no chains)."""
    for column in ("duplicate_of", "id"):
        conn.execute(sql.SQL("UPDATE news.articles SET duplicate_of = %s, updated_at = now() "
                             "WHERE {} = ANY(%s)").format(sql.Identifier(column)), (root, others))


def record_bands(conn: psycopg.Connection[Any], article_id: int, fp: Fingerprint) -> None:
    """Store an article's LSH band keys and signature, so later copies find it."""
    record_many(conn, [(article_id, fp)])


def record_many(conn: psycopg.Connection[Any], items: Sequence[tuple[int, Fingerprint]]) -> None:
    """Store the LSH band keys and signatures of articles (article id, fingerprint) in one statement."""
    items = [(a, fp) for a, fp in items if fp.band_keys]
    if not items:
        return
    conn.execute(RECORD_SQL, {
        "articles": int_array(a for a, _ in items), "signatures": [fp.signature for _, fp in items],
        "bands": int_array(b for _, fp in items for b in range(len(fp.band_keys))),
        "keys": int_array(k for _, fp in items for k in fp.band_keys),
        "band_articles": int_array(a for a, fp in items for _ in fp.band_keys)})
