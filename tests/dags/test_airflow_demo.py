"""`newsflow airflow --demo` for real: the stack with the living sample site next to it, news_ingest
scheduled every two minutes; two scheduled runs succeed and the second loads new articles."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import psycopg
import pytest

from pipeline.airflow.local import free_port
from pipeline.warehouse.embedded import ensure_server, stop_server

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

T = TypeVar("T")
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def wait_until(check: Callable[[], T | None], what: str, proc: subprocess.Popen[bytes],
               log: Path, timeout: float) -> T:
    """Poll `check` (every 2 s) until it returns a value; fail if `proc` exits or on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        assert proc.poll() is None, f"newsflow airflow exited ({proc.returncode}) waiting for " \
            f"{what}:\n{log.read_text(errors='replace')[-3000:]}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}:\n" \
            f"{log.read_text(errors='replace')[-3000:]}"
        time.sleep(2)


class Api:
    """The stack's REST API (v2), with a token of the local admin."""

    def __init__(self, port: int, password_file: Path) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.password_file = password_file
        self.token: str | None = None

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        req = urllib.request.Request(self.base + path, method=method, headers=headers,
                                     data=json.dumps(body).encode() if body is not None else None)
        with OPENER.open(req, timeout=30) as resp:
            return json.loads(resp.read())

    def login(self) -> bool:
        try:
            password = json.loads(self.password_file.read_text())["admin"]
            self.token = self._call("POST", "/auth/token",
                                    {"username": "admin", "password": password})["access_token"]
        except (OSError, ValueError, KeyError):
            return False
        return True

    def scheduled_runs(self) -> list[dict[str, Any]]:
        runs = self._call("GET", "/api/v2/dags/news_ingest/dagRuns?run_type=scheduled"
                                 "&order_by=logical_date&limit=50")["dag_runs"]
        return [r for r in runs if r["run_type"] == "scheduled"]


def articles(dsn: str) -> int:
    with psycopg.connect(dsn) as conn:
        row = conn.execute("SELECT count(*) FROM news.articles").fetchone()
    return int(row[0]) if row else 0


def test_airflow_demo_runs_on_schedule(tmp_path_factory: pytest.TempPathFactory) -> None:
    work = tmp_path_factory.mktemp("airflow-demo")
    state = work / "state"
    port = free_port()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("AIRFLOW") and k != "NEWSFLOW_DATABASE_URL"}
    env.update({"NEWSFLOW_STATE_DIR": str(state),
                # Log servers on ports of their own (other stacks may run on this machine).
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
                "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port())})
    log = work / "newsflow-airflow.log"
    with log.open("ab") as out:
        proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "airflow", "--demo",
                                 "--port", str(port)], env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    try:
        api = Api(port, state / "airflow" / "passwords.json")
        wait_until(api.login, "the API server", proc, log, timeout=300)
        assert "sample site" in log.read_text()
        dsn = ensure_server(state)  # the server the command started
        seen: dict[str, int] = {}  # run id -> articles when it was first seen succeeded

        def two_runs_and_growth() -> bool:
            for run in api.scheduled_runs():
                if run["state"] == "success" and run["dag_run_id"] not in seen:
                    seen[run["dag_run_id"]] = articles(dsn)
            counts = list(seen.values())
            return len(counts) >= 2 and counts[-1] > counts[0]

        wait_until(two_runs_and_growth, "two scheduled news_ingest runs and more articles", proc,
                   log, timeout=900)
        assert list(seen.values())[0] > 0
        with psycopg.connect(dsn) as conn:  # the flaky feed and the live site are both registered
            feeds = conn.execute("SELECT url FROM news.feeds WHERE 'demo' = ANY(tags)").fetchall()
            copies = conn.execute("SELECT count(*) FROM news.articles WHERE duplicate_of IS NOT "
                                  "NULL AND url LIKE '%%-reports-%%'").fetchone()
        assert len(feeds) == 4
        assert copies and copies[0] > 0  # generated syndicated copies, linked to their originals
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, signal.SIGTERM)  # the command stops `airflow standalone` itself
        try:
            proc.wait(timeout=120)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of its session
            stop_server(state)
    assert proc.returncode is not None
