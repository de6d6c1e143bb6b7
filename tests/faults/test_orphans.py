"""A process killed with SIGKILL leaves none of its worker processes behind."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]

# Starts a pool of 2 workers, has both extract a page, prints their pids, then waits to be killed.
POOL_THEN_WAIT = """
import multiprocessing, time
from pipeline.extract.core import ExtractorPool
page = "<html><body><article>" + "<p>A sentence of an article about the harbour.</p>" * 20 + "</article></body></html>"
with ExtractorPool(processes=2) as pool:
    list(pool.map([(str(i), page, None, None, None) for i in range(8)]))
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def test_extraction_workers_exit_when_their_parent_is_killed() -> None:
    """Workers of a SIGKILLed process exit on their own within seconds instead of waiting forever."""
    proc = subprocess.Popen([sys.executable, "-c", POOL_THEN_WAIT], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    workers: list[int] = []
    try:
        assert proc.stdout is not None
        workers = [int(pid) for pid in proc.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        deadline = time.monotonic() + 20
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in workers if _alive(pid)], "orphaned extraction workers still running"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for pid in workers:  # ours: only these pids, if the test failed
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


def test_killed_ingest_leaves_no_process_behind(base_dsn: str, tmp_path: Path) -> None:
    """Every child of a `newsflow ingest` SIGKILLed mid-run (fetch process, extraction workers) exits."""
    from pipeline.synth.site import SynthSite
    from tests.support.faults import fresh_database, ingest_env, monitor, scalar, start_ingest, wait_until

    # 240 pages at 60 ms, 6 in flight: fetching lasts over 2 s, well past the first extractions
    # (at 150 pages and 20 ms a loaded machine could finish fetching before any was stored)
    with SynthSite(articles=240, hosts=3, latency=0.06) as site:
        dsn = fresh_database(base_dsn, "faults_orphans")
        env = ingest_env(dsn, tmp_path, batch_size=10, extract_processes=2)
        proc = start_ingest(env, site.write_feeds_file(tmp_path / "feeds.yaml"), tmp_path / "ingest.log")
        children: list[psutil.Process] = []
        try:
            with monitor(dsn) as mon:  # fetching and extracting at once: every child at work
                wait_until(lambda: scalar(mon, "SELECT EXISTS (SELECT 1 FROM news.claims WHERE stage = 'fetch') "
                                               "AND EXISTS (SELECT 1 FROM news.pages WHERE extracted_at IS NOT NULL)"),
                           "fetch and extract at work", proc=proc)
            children = psutil.Process(proc.pid).children(recursive=True)
            assert len(children) >= 3  # the fetch process and 2 extraction workers at least
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
            deadline = time.monotonic() + 20
            while any(_alive(c.pid) for c in children) and time.monotonic() < deadline:
                time.sleep(0.2)
            left = [" ".join(c.cmdline()[:3]) for c in children if _alive(c.pid)]
            assert not left, f"processes left running: {left}"
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            for child in children:  # ours: only these, if the test failed
                with contextlib.suppress(psutil.Error):
                    child.kill()
