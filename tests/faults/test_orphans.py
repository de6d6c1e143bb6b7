"""A process killed with SIGKILL leaves no extraction worker behind."""

from __future__ import annotations

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
from pipeline.extract import ExtractorPool
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
