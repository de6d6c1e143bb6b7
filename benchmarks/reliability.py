"""Every fault scenario at full size, and the figures table of docs/reliability.md.

    uv run python benchmarks/reliability.py                 # full size (~30 min on 2 cores)
    uv run python benchmarks/reliability.py --articles 200 --network-articles 500 --no-write

Runs the command-line scenarios (`tests/support/fault_scenarios.py`) and the real-Airflow ones
(`tests/support/fault_airflow.py`), each against a synthetic site on 127.0.0.1 and a fresh database
on an embedded PostgreSQL of its own (under a temporary folder; the restart scenario restarts only
its own server), prints the table and, unless --no-write, puts it in docs/reliability.md between
its `figures` markers. Exit 1 when any audit is not clean.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.warehouse.embedded import ensure_server, stop_server  # noqa: E402
from tests.support import fault_airflow, fault_scenarios  # noqa: E402
from tests.support.faults import Outcome  # noqa: E402

DOC = Path(__file__).resolve().parents[1] / "docs" / "reliability.md"
START, END = "<!-- figures:start -->", "<!-- figures:end -->"


def run(args: argparse.Namespace) -> list[Outcome]:
    """Run the selected scenarios in order; print each outcome as it comes."""
    root = Path(tempfile.mkdtemp(prefix="newsflow-reliability-"))
    outcomes: list[Outcome] = []

    def record(out: Outcome) -> None:
        outcomes.append(out)
        verdict = "clean" if out.audit.clean else "NOT CLEAN"
        print(f"[{out.wall:6.1f}s] {out.name}: {verdict}; {out.audit.describe()}; {out.fault}; "
              f"retries: {out.retries_note}", flush=True)

    try:
        state = root / "pg"
        base = ensure_server(state)
        size = {"articles": args.articles, "hosts": args.hosts, "batch": args.batch}
        selected = set(args.only or SCENARIOS)
        if "kill_during_load" in selected:
            record(fault_scenarios.kill_during_load(base, _work(root, "kill"), **size))
        if "restart_postgres" in selected:
            record(fault_scenarios.restart_postgres(root / "restart-pg", _work(root, "restart"), **size))
        if "overlapping_ingests" in selected:
            record(fault_scenarios.overlapping_ingests(base, _work(root, "overlap"), **size))
        if "flaky_network" in selected:
            record(fault_scenarios.flaky_network(base, _work(root, "network"),
                                                 articles=args.network_articles, hosts=args.hosts,
                                                 share=args.share))
        if "kill_extract_worker" in selected:
            record(fault_scenarios.kill_extract_worker(base, _work(root, "worker"), **size))
        stop_server(state)
        if "airflow" in selected:
            for out in fault_airflow.run_all(root / "airflow-pg", _work(root, "airflow"),
                                             articles=args.airflow_articles, hosts=args.hosts,
                                             batch=args.batch):
                record(out)
    finally:
        stop_server(root / "pg")
        if args.keep:
            print(f"work folders kept under {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return outcomes


SCENARIOS = ("kill_during_load", "restart_postgres", "overlapping_ingests", "flaky_network",
             "kill_extract_worker", "airflow")


def _work(root: Path, name: str) -> Path:
    path = root / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def table(outcomes: list[Outcome]) -> str:
    """The figures as a Markdown table."""
    lines = ["| scenario | articles expected | loaded | duplicates | partial rows | retries "
             "| faults injected | wall time |",
             "| --- | ---: | ---: | ---: | ---: | --- | --- | ---: |"]
    for out in outcomes:
        a = out.audit
        loaded = f"{a.loaded}" + ("" if a.clean else f" ({a.describe()})")
        lines.append(f"| {out.name} | {a.expected} | {loaded} | {a.duplicates} "
                     f"| {a.partial_rows} | {out.retries_note} | {out.fault} | {out.wall:.0f} s |")
    return "\n".join(lines)


def provenance(args: argparse.Namespace, started: float) -> str:
    """The line saying how and when the table was made."""
    cmd = "uv run python benchmarks/reliability.py" + "".join(
        f" {a}" for a in sys.argv[1:] if a not in ("--no-write", "--keep"))
    return (f"`{cmd}` on {datetime.now(UTC):%Y-%m-%d} ({platform.machine()}, "
            f"{os.cpu_count()} cores, total {time.monotonic() - started:.0f} s)")


def write_doc(text: str, doc: Path = DOC) -> None:
    """Replace what stands between the figures markers of the doc."""
    content = doc.read_text(encoding="utf-8")
    head, rest = content.split(START, 1)
    _, tail = rest.split(END, 1)
    doc.write_text(f"{head}{START}\n{text}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Parse options, run, print (and write) the table; exit 1 if any audit is not clean."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="articles per CLI scenario")
    parser.add_argument("--network-articles", type=int, default=3000, help="articles, flaky network")
    parser.add_argument("--airflow-articles", type=int, default=500, help="articles per Airflow site")
    parser.add_argument("--share", type=float, default=0.2, help="share of requests failing")
    parser.add_argument("--hosts", type=int, default=4)
    parser.add_argument("--batch", type=int, default=100, help="NEWSFLOW_BATCH_SIZE of the runs")
    parser.add_argument("--only", action="append", choices=SCENARIOS, help="run only these (repeatable)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave docs/reliability.md")
    parser.add_argument("--keep", action="store_true", help="keep the work folders (logs)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    outcomes = run(args)
    text = f"{table(outcomes)}\n\n{provenance(args, started)}"
    print()
    print(text)
    if not args.no_write:
        write_doc(text)
        print(f"\nwritten to {DOC}")
    return 0 if all(out.audit.clean for out in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
