"""Dedup cost against large warehouses: synthetic articles, signatures and band keys bulk-loaded with COPY.

Synthetic rows are loaded up to each size in turn; then the benchmark corpus is loaded through
pipeline.dedup.index inside a transaction that is rolled back, timing each new article. Band keys of
synthetic articles are random, so they add history without adding matches.
"""

from __future__ import annotations

import statistics
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
import psycopg

from benchmarks.dedup import load_docs
from benchmarks.dedup_corpus import Doc
from pipeline.dedup import index as dedup

COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00"
COPY_TRAILER = b"\xff\xff"
CHUNK = 200_000  # articles per COPY chunk
BAND_ROW = np.dtype([("n", ">i2"), ("l1", ">i4"), ("band", ">i2"), ("l2", ">i4"), ("key", ">i8"),
                     ("l3", ">i4"), ("article", ">i8")])


def _signature_row(size: int) -> np.dtype:
    return np.dtype([("n", ">i2"), ("l1", ">i4"), ("article", ">i8"), ("l2", ">i4"), ("sig", f"V{size}")])


def _copy_articles(conn: psycopg.Connection, first: int, count: int) -> tuple[int, int]:
    """COPY count synthetic articles; return the range of their ids."""
    before = conn.execute("SELECT coalesce(max(id), 0) FROM news.articles").fetchone()
    assert before is not None
    with conn.cursor().copy(
        "COPY news.articles (url, body, site, content_hash, word_count) FROM STDIN"
    ) as copy:
        for start in range(first, first + count, CHUNK):
            end = min(start + CHUNK, first + count)
            copy.write("".join(
                f"https://synthetic.example/{i}\tSynthetic article number {i}.\tsynthetic.example\tsyn{i:032x}\t4\n"
                for i in range(start, end)))
    after = conn.execute("SELECT max(id) FROM news.articles").fetchone()
    assert after is not None
    return int(before[0]) + 1, int(after[0])


def _copy_bands(conn: psycopg.Connection, ids: np.ndarray, settings: dedup.DedupSettings,
                rng: np.random.Generator) -> None:
    """COPY random band keys and signatures for the given article ids (binary format)."""
    bands = settings.bands + settings.lead_bands
    values = 1 + settings.num_perm
    sig_row = _signature_row(4 * values)
    with conn.cursor().copy("COPY news.lsh_bands (band, key, article_id) FROM STDIN (FORMAT BINARY)") as copy:
        copy.write(COPY_HEADER)
        for chunk in np.array_split(ids, max(1, len(ids) // CHUNK)):
            rows = np.empty(len(chunk) * bands, dtype=BAND_ROW)
            rows["n"], rows["l1"], rows["l2"], rows["l3"] = 3, 2, 8, 8
            rows["band"] = np.tile(np.arange(bands, dtype=np.int16), len(chunk))
            rows["key"] = rng.integers(-(2**63), 2**63 - 1, size=len(rows), dtype=np.int64)
            rows["article"] = np.repeat(chunk, bands)
            copy.write(rows.tobytes())
        copy.write(COPY_TRAILER)
    with conn.cursor().copy("COPY news.lsh_signatures (article_id, signature) FROM STDIN (FORMAT BINARY)") as copy:
        copy.write(COPY_HEADER)
        for chunk in np.array_split(ids, max(1, len(ids) // CHUNK)):
            sig = rng.integers(0, 2**32 - 1, size=(len(chunk), values), dtype=np.uint32)
            sig[:, 0] = 400
            rows = np.empty(len(chunk), dtype=sig_row)
            rows["n"], rows["l1"], rows["l2"] = 2, 8, 4 * values
            rows["article"] = chunk
            rows["sig"] = np.ascontiguousarray(sig.astype("<u4")).view(f"V{4 * values}").ravel()
            copy.write(rows.tobytes())
        copy.write(COPY_TRAILER)


def bulk_load(conn: psycopg.Connection, first: int, count: int, settings: dedup.DedupSettings) -> float:
    """Add count synthetic articles with their signatures and band keys; return seconds taken."""
    t0 = time.perf_counter()
    rebuild = count > 100_000  # building the indexes afterwards is much faster than maintaining them
    with conn.transaction():
        conn.execute("SET LOCAL session_replication_role = replica")  # skip FK and no-chain triggers
        if rebuild:
            conn.execute("ALTER TABLE news.lsh_bands DROP CONSTRAINT lsh_bands_pkey")
            conn.execute("DROP INDEX news.lsh_bands_article_idx")
        lo, hi = _copy_articles(conn, first, count)
        _copy_bands(conn, np.arange(lo, hi + 1, dtype=np.int64), settings, np.random.default_rng(first))
        if rebuild:
            conn.execute("SET LOCAL maintenance_work_mem = '1GB'")
            conn.execute("ALTER TABLE news.lsh_bands ADD PRIMARY KEY (band, key, article_id)")
            conn.execute("CREATE INDEX lsh_bands_article_idx ON news.lsh_bands (article_id)")
    conn.execute("VACUUM ANALYZE news.articles")
    conn.execute("VACUUM ANALYZE news.lsh_bands")
    conn.execute("VACUUM ANALYZE news.lsh_signatures")
    return time.perf_counter() - t0


def measure(conn: psycopg.Connection, docs: list[Doc], settings: dedup.DedupSettings) -> dict[str, Any]:
    """Load the corpus through dedup in a rolled-back transaction; return timings and memory."""
    with conn.transaction(force_rollback=True):
        _, times = load_docs(conn, docs, settings)
    tracemalloc.start()  # a second pass for memory: tracing slows Python down several times
    try:
        with conn.transaction(force_rollback=True):
            load_docs(conn, docs[:300], settings)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    per_article = times["dedup total"]
    return {"mean": statistics.mean(per_article), "p50": statistics.median(per_article),
            "p95": statistics.quantiles(per_article, n=20)[-1], "find_root": statistics.mean(times["find_root"]),
            "peak_mb": peak / 2**20}


def _size_of(conn: psycopg.Connection) -> str:
    row = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('news.lsh_bands')), "
                       "pg_size_pretty(pg_total_relation_size('news.lsh_signatures'))").fetchone()
    assert row is not None
    return f"{row[0]} bands, {row[1]} signatures"


def scale_test(conn: psycopg.Connection, docs: list[Doc], settings: dedup.DedupSettings, sizes: list[int],
               table: Callable[[list[str], list[tuple[object, ...]]], str]) -> None:
    """Measure dedup cost per new article at each warehouse size; print a table."""
    conn.autocommit = True
    rows: list[tuple[object, ...]] = []
    loaded = 0
    for size in sorted(sizes):
        seconds = bulk_load(conn, loaded, size - loaded, settings) if size > loaded else 0.0
        loaded = size
        measure(conn, docs[:100], settings)  # warm up caches and prepared statements
        result = measure(conn, docs, settings)
        rows.append((f"{size:,}", f"{seconds:.0f} s", _size_of(conn), result["mean"], result["p50"],
                     result["p95"], result["find_root"], f"{result['peak_mb']:.1f}"))
        print(f"  {size:,} articles loaded in {seconds:.0f} s: {result}", flush=True)
    print(f"\n## Cost against warehouse size ({len(docs)} new articles per size, rolled back)\n")
    print(table(["stored articles", "bulk load", "index size", "dedup ms/article mean", "p50", "p95",
                 "find_root mean", "Python peak MB"], rows))
