"""The warehouse in users' hands: search, article list pages and export against 100,000 articles.

An embedded PostgreSQL in a temporary state folder, a migrated database, and synthetic articles
bulk-loaded with COPY (the search trigger of sql/009 and 012 computes each vector; the GIN indexes are
rebuilt after the load). Text: pipeline/synth/prose.py's grammars in English, German, French and
Spanish (titles drawn per article, bodies assembled from a per-language pool of generated
sentences, so that 100,000 articles take seconds, not minutes); 40 outlets, a year of dates, 1%
undated, 10% near-duplicate copies of an earlier article.

Measured, in order: export of the first `--small` articles (JSONL, in a child process that reports
its own peak RSS), then the rest is loaded and, at full size: two-word queries through
`GET /newsflow/api/search` (FastAPI TestClient on `articles_router` with a trivial auth dependency,
a new warehouse connection per request like the plugin), the article list's 1st and 50th keyset
page (`GET /newsflow/articles`), EXPLAIN ANALYZE of a search and of the 50th page, and the export of
every article. `--ab <git revision>` also times that revision's pipeline/ui/search.py on the same
database, query by query, alternating which goes first (an A/B on one noisy machine).

    uv run python -m benchmarks.search [--articles 100000] [--small 20000] [--queries 200]
                                       [--explain] [--ab main]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from pipeline.synth.prose import LANGUAGES, prose_for

LANG_WEIGHTS = {"en": 0.5, "de": 0.2, "fr": 0.15, "es": 0.15}
OUTLETS = 40
POOL_SENTENCES = 6000  # generated sentences per language; bodies draw from them
EPOCH = datetime(2026, 11, 30, tzinfo=UTC)
TARGETS = {"search_median_ms": 50.0, "search_p95_ms": 200.0, "export_rate": 10_000.0, "export_rss_mb": 200.0}

_EXPORT_CHILD = """
import json, resource, sys, time
import psycopg
from pipeline.ui.export import export
dsn, out = sys.argv[1], sys.argv[2]
with psycopg.connect(dsn) as conn:
    t0 = time.perf_counter()
    n = export(conn, out, fmt="jsonl")
    seconds = time.perf_counter() - t0
# VmHWM: the peak RSS of this process image. (ru_maxrss is no use here: Linux carries the forked
# copy of the parent's peak over exec, so a child of a big parent reports the parent's size.)
hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rows": n, "seconds": seconds, "peak_rss_mb": hwm / 1024,
                  "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def table(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        lines.append("| " + " | ".join(f"{v:.1f}" if isinstance(v, float) else str(v) for v in row) + " |")
    return "\n".join(lines)


# ---- data ---------------------------------------------------------------------------------------

class Corpus:
    """Deterministic synthetic articles: rows for COPY, and the words of their titles."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"search-bench-{seed}")
        self.prose = {lang: prose_for(lang, random.Random(f"prose-{seed}-{lang}")) for lang in LANGUAGES}
        self.pool = {lang: [p.sentence() for _ in range(POOL_SENTENCES)] for lang, p in self.prose.items()}
        self.langs = list(LANG_WEIGHTS)
        self.weights = list(LANG_WEIGHTS.values())
        self.recent: dict[int, tuple[str, str, str, int]] = {}  # id -> (lang, title, body, story root)

    def rows(self, first: int, count: int) -> Iterable[tuple[Any, ...]]:
        """COPY rows (url, title, body, published_at, language, site, site_name, content_hash,
        word_count, duplicate_of) of articles first+1 .. first+count (ids are assigned in order)."""
        rng = self.rng
        for i in range(first + 1, first + count + 1):
            duplicate_of = None
            if i > 1 and rng.random() < 0.10:
                lang, title, body, duplicate_of = self.recent[rng.randint(max(1, i - 200), i - 1)]
                body = f"{body}\n{rng.choice(self.pool[lang])}"
                title = self.prose[lang].title() if rng.random() < 0.5 else title
            else:
                lang = rng.choices(self.langs, self.weights)[0]
                title = self.prose[lang].title()
                pool = self.pool[lang]
                paragraphs = [" ".join(rng.choices(pool, k=rng.randint(2, 5)))
                              for _ in range(rng.randint(3, 8))]
                body = "\n".join(paragraphs)
            self.recent[i] = (lang, title, body, duplicate_of or i)
            self.recent.pop(i - 200, None)  # copies are of the last 200 articles: constant memory
            outlet = rng.randrange(OUTLETS)
            site = f"outlet{outlet:02d}.example"
            published = None if rng.random() < 0.01 else EPOCH - timedelta(seconds=rng.randrange(365 * 86400))
            yield (f"https://{site}/news/{i}", title, body, published, lang, site, f"Outlet {outlet:02d}",
                   f"bench{i:032x}", len(body.split()), duplicate_of)


def load(conn: psycopg.Connection[Any], corpus: Corpus, first: int, count: int) -> float:
    """COPY `count` more articles (GIN indexes dropped during the load, rebuilt after); seconds."""
    t0 = time.perf_counter()
    with conn.transaction():
        conn.execute("DROP INDEX IF EXISTS news.articles_search_idx")
        conn.execute("DROP INDEX IF EXISTS news.articles_search_head_idx")  # (sql/012)
        with conn.cursor().copy(
                "COPY news.articles (url, title, body, published_at, language, site, site_name, "
                "content_hash, word_count, duplicate_of) FROM STDIN") as copy:
            for row in corpus.rows(first, count):
                copy.write_row(row)
        conn.execute("SET LOCAL maintenance_work_mem = '512MB'")
        conn.execute("CREATE INDEX articles_search_idx ON news.articles USING gin (search)")
        has_head = conn.execute("SELECT count(*) AS n FROM pg_attribute WHERE attrelid = 'news.articles'::regclass "
                                "AND attname = 'search_head' AND NOT attisdropped").fetchone()
        if has_head and has_head["n"]:
            conn.execute("CREATE INDEX articles_search_head_idx ON news.articles USING gin (search_head)")
    conn.execute("VACUUM ANALYZE news.articles")
    return time.perf_counter() - t0


# ---- measurements -------------------------------------------------------------------------------

def export_child(dsn: str, work: Path) -> dict[str, Any]:
    """Export every article to JSONL in a child process: rows, seconds, rate, peak RSS, file size."""
    out = work / "export.jsonl"
    done = subprocess.run([sys.executable, "-c", _EXPORT_CHILD, dsn, str(out)], check=True,
                          capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["rate"] = result["rows"] / result["seconds"]
    result["file_mb"] = out.stat().st_size / 2**20
    out.unlink()
    return result


def two_word_queries(conn: psycopg.Connection[Any], n: int, seed: int) -> list[str]:
    """`n` two-word queries: two words (4+ letters) of the title of a random article."""
    rng = random.Random(f"queries-{seed}")
    found = conn.execute("SELECT max(id) AS m FROM news.articles").fetchone()
    assert found is not None
    top = found["m"]
    queries: list[str] = []
    while len(queries) < n:
        row = conn.execute("SELECT title FROM news.articles WHERE id = %s", (rng.randint(1, top),)).fetchone()
        words = sorted({w.strip(".,:;«»\"'!?()").lower() for w in (row["title"] if row else "").split()} - {""})
        words = [w for w in words if len(w) >= 4 and w.isalpha()]
        if len(words) >= 2:
            queries.append(" ".join(rng.sample(words, 2)))
    return queries


def timed_get(client: Any, path: str, params: dict[str, str]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    response = client.get(path, params=params)
    elapsed = (time.perf_counter() - t0) * 1000
    assert response.status_code == 200, (path, params, response.status_code, response.text[:300])
    return elapsed, response


def measure_search(client: Any, queries: list[str], baseline: Any = None) -> dict[str, Any]:
    """Median, p95 and max ms of `queries` through /api/search. With `baseline` (a module with a
    search() function, see load_baseline), each query also runs with pipeline.ui.search.search
    swapped for baseline.search, alternating which goes first; its figures are under "baseline"."""
    from pipeline.ui import search as fts

    current = fts.search
    runs: dict[str, tuple[list[float], list[int]]] = {"current": ([], [])}
    if baseline is not None:
        runs["baseline"] = ([], [])

    def one(which: str, q: str) -> None:
        fts.search = current if which == "current" else baseline.search
        try:
            ms, response = timed_get(client, "/newsflow/api/search", {"q": q})
        finally:
            fts.search = current
        runs[which][0].append(ms)
        runs[which][1].append(len(response.json()["results"]))

    for q in queries[:10]:  # warm-up: caches, first connections
        for which in runs:
            one(which, q)
    for which in runs:
        runs[which][0].clear()
        runs[which][1].clear()
    for i, q in enumerate(queries):
        for which in (list(runs) if i % 2 == 0 else list(runs)[::-1]):
            one(which, q)

    def summary(times: list[float], hits: list[int]) -> dict[str, Any]:
        return {"median": statistics.median(times), "p95": statistics.quantiles(times, n=20)[-1],
                "max": max(times), "queries": len(times), "empty": sum(1 for h in hits if h == 0)}

    result = summary(*runs["current"])
    if baseline is not None:
        result["baseline"] = summary(*runs["baseline"])
    return result


def load_baseline(ref: str) -> Any:
    """pipeline/ui/search.py as of git revision `ref`, imported as a separate module."""
    import importlib.util

    text = subprocess.run(["git", "show", f"{ref}:pipeline/ui/search.py"], check=True, capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[1]).stdout
    path = Path(tempfile.mkdtemp(prefix="newsflow-search-baseline-")) / "baseline_search.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("baseline_search", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["baseline_search"] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    shutil.rmtree(path.parent, ignore_errors=True)
    return module


def measure_pages(client: Any, pages: int = 50, repeats: int = 5) -> dict[str, Any]:
    """Follow the list's next links to page `pages`; the median time of page 1 and page `pages`."""
    import re
    from html import unescape

    cursors: list[dict[str, str]] = [{}]
    for _ in range(pages - 1):
        _, response = timed_get(client, "/newsflow/articles", cursors[-1])
        found = re.search(r'<a href="[^"?]*\?([^"]+)" rel="next">', response.text)
        assert found, "no next page"
        from urllib.parse import parse_qsl
        cursors.append(dict(parse_qsl(unescape(found.group(1)))))
    first = [timed_get(client, "/newsflow/articles", cursors[0])[0] for _ in range(repeats)]
    last = [timed_get(client, "/newsflow/articles", cursors[-1])[0] for _ in range(repeats)]
    return {"first": statistics.median(first), "last": statistics.median(last),
            "after": cursors[-1].get("after", "")}


def explain(conn: psycopg.Connection[Any], statement: Any, params: dict[str, Any]) -> str:
    from psycopg import sql

    text = sql.SQL("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) ") + statement
    from psycopg.rows import tuple_row

    with conn.cursor(row_factory=tuple_row) as cur:
        return "\n".join(r[0] for r in cur.execute(text, params).fetchall())


def _captured(conn: psycopg.Connection[Any], marker: str, run: Any) -> tuple[Any, Any]:
    """The last statement containing `marker` that `run()` executes, with its parameters."""
    captured: list[tuple[Any, Any]] = []
    real = psycopg.Cursor.execute

    def spy(self: Any, query: Any, params: Any = None, **kw: Any) -> Any:
        if marker in (query.as_string(conn) if hasattr(query, "as_string") else str(query)):
            captured.append((query, params))
        return real(self, query, params, **kw)

    psycopg.Cursor.execute = spy  # type: ignore[method-assign]
    try:
        run()
    finally:
        psycopg.Cursor.execute = real  # type: ignore[method-assign]
    return captured[-1]


def explain_search(conn: psycopg.Connection[Any], q: str) -> str:
    """EXPLAIN ANALYZE of the statement search() runs for q."""
    from pipeline.ui import search as fts

    return explain(conn, *_captured(conn, "ts_headline", lambda: fts.search(conn, q, limit=21)))


def explain_page(conn: psycopg.Connection[Any], after: str) -> str:
    """EXPLAIN ANALYZE of the list page that starts after the keyset `after`."""
    from pipeline.ui import articles as views
    from pipeline.ui.search import Filters

    key = views.parse_list_after(after)
    return explain(conn, *_captured(conn, "LIMIT", lambda: views.list_articles(
        conn, Filters(), after=key, limit=views.PAGE_SIZE + 1)))


# ---- main ---------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=20_000, help="export also measured at this size")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of a search and page 50")
    parser.add_argument("--ab", metavar="GIT_REF",
                        help="also time pipeline/ui/search.py of this revision, query by query alternating")
    args = parser.parse_args(argv)
    if not 0 < args.small < args.articles:
        parser.error("--small must be between 0 and --articles")

    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from pipeline.ui.articles import articles_router
    from pipeline.warehouse import db as warehouse
    from pipeline.warehouse.embedded import ensure_database, ensure_server, stop_server

    baseline = load_baseline(args.ab) if args.ab else None
    started = datetime.now(UTC)
    state = Path(tempfile.mkdtemp(prefix="newsflow-search-bench-"))
    try:
        base = ensure_server(state)
        ensure_database(base, "search_bench")
        dsn = base.replace("/postgres?", "/search_bench?")
        with psycopg.connect(dsn, row_factory=dict_row, autocommit=True) as conn:
            warehouse.migrate(conn)
            corpus = Corpus(args.seed)
            t0 = time.perf_counter()
            load_small = load(conn, corpus, 0, args.small)
            print(f"loaded {args.small:,} articles in {load_small:.0f} s", flush=True)
            small = export_child(dsn, state)
            print(f"export {args.small:,}: {small}", flush=True)
            load_rest = load(conn, corpus, args.small, args.articles - args.small)
            print(f"loaded {args.articles:,} articles in {time.perf_counter() - t0:.0f} s", flush=True)
            size = conn.execute("SELECT pg_size_pretty(pg_total_relation_size('news.articles')) AS s, "
                                "pg_size_pretty(pg_relation_size('news.articles_search_idx')) AS g"
                                ).fetchone()
            assert size is not None
            queries = two_word_queries(conn, args.queries, args.seed)

            def trivial_user() -> str:
                return "bench"

            app = FastAPI()
            app.include_router(articles_router(lambda: psycopg.connect(dsn, row_factory=dict_row), trivial_user))
            root = FastAPI()
            root.mount("/newsflow", app)
            with TestClient(root) as client:
                found = measure_search(client, queries, baseline)
                print(f"search: {found}", flush=True)
                pages = measure_pages(client)
                print(f"pages: {pages}", flush=True)
            full = export_child(dsn, state)
            print(f"export {args.articles:,}: {full}", flush=True)
            if args.explain:
                print("\n## EXPLAIN ANALYZE: search for", repr(queries[0]), "\n")
                print(explain_search(conn, queries[0]))
                print("\n## EXPLAIN ANALYZE: list page 50\n")
                print(explain_page(conn, pages["after"]))
    finally:
        stop_server(state)
        shutil.rmtree(state, ignore_errors=True)

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    print(f"\n# Search, list and export benchmark ({started:%Y-%m-%d %H:%M} UTC, {platform.node()}, "
          f"{platform.processor() or platform.machine()}, Python {platform.python_version()})\n")
    print(f"`uv run python -m benchmarks.search {' '.join(argv if argv is not None else sys.argv[1:])}`".replace(
        "search `", "search`"))
    print(f"\n{args.articles:,} articles ({size['s']} with indexes, GIN {size['g']}); "
          f"load of the rest {load_rest:.0f} s. Search: {found['queries']} two-word queries from titles "
          f"({found['empty']} without results) through TestClient on articles_router, trivial auth.\n")
    print(table(["measure", "value", "target", ""], [
        ("search median, ms", found["median"], "< 50", verdict(found["median"] < TARGETS["search_median_ms"])),
        ("search p95, ms", found["p95"], "< 200", verdict(found["p95"] < TARGETS["search_p95_ms"])),
        ("search max, ms", found["max"], "", ""),
        *([(f"search median / p95 / max, ms, search.py of {args.ab} (alternating)",
            " / ".join(f"{found['baseline'][k]:.1f}" for k in ("median", "p95", "max")), "", "")]
          if baseline is not None else []),
        ("article list page 1, ms", pages["first"], "", ""),
        ("article list page 50 (keyset), ms", pages["last"], "", ""),
        (f"export {args.small:,} JSONL, articles/s", small["rate"], "≥ 10,000",
         verdict(small["rate"] >= TARGETS["export_rate"])),
        (f"export {args.small:,} peak RSS, MB", small["peak_rss_mb"], "< 200",
         verdict(small["peak_rss_mb"] < TARGETS["export_rss_mb"])),
        (f"export {args.articles:,} JSONL, articles/s", full["rate"], "≥ 10,000",
         verdict(full["rate"] >= TARGETS["export_rate"])),
        (f"export {args.articles:,} peak RSS, MB", full["peak_rss_mb"], "< 200",
         verdict(full["peak_rss_mb"] < TARGETS["export_rss_mb"])),
        (f"export {args.articles:,} file, MB", full["file_mb"], "", ""),
    ]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
