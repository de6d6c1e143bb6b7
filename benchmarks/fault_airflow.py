"""Fault scenarios through real Airflow: `airflow standalone` (scheduler, dag-processor, API server,
LocalExecutor) on an embedded PostgreSQL of its own, running `news_ingest` against synthetic sites.

    scheduled_and_manual   the scheduled run (NEWSFLOW_FEEDS_FILE = site A) and a manual trigger
                           made while it runs; `max_active_runs=1` makes the manual run wait.
    kill_load_task         a manual run on site B; the process of its `load` task is SIGKILLed in
                           the middle of a batch (transaction open); Airflow notices, marks the try
                           failed and retries the task itself after the DAG's retry delay (20-40 s).

Both run in one Airflow session (`airflow_session`), the second on the warehouse the first filled
(the audit then expects sites A and B). Task processes are found by the claims they hold
(`news.pages.claimed_by` = host:pid/backend) and killed only if they descend from our Airflow.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from ipaddress import ip_network
from pathlib import Path
from typing import Any

import psutil
import psycopg
from psycopg.rows import dict_row

from benchmarks.faults import (
    Outcome,
    ScenarioError,
    audit,
    fresh_database,
    loads_frozen,
    monitor,
    scalar,
    wait_until,
)
from benchmarks.synthsite import SynthSite
from pipeline.config import Settings
from pipeline.embedded import ensure_server, stop_server
from pipeline.localairflow import airflow_command, airflow_env, ensure_metadata

DAG_ID = "news_ingest"
FINAL_STATES = ("success", "failed")


@dataclass
class AirflowSession:
    """A running local Airflow and the databases it uses."""

    env: dict[str, str]
    warehouse: str  # DSN of the warehouse database
    metadata: str  # DSN of Airflow's metadata database
    proc: subprocess.Popen[bytes]
    work: Path

    def trigger(self, run_id: str, conf: dict[str, Any]) -> None:
        """Trigger a manual run of news_ingest with this run id and conf (`airflow dags trigger`)."""
        with (self.work / "airflow-cli.log").open("ab") as out:
            subprocess.run(airflow_command("dags", "trigger", DAG_ID, "-r", run_id, "-c", json.dumps(conf)),
                           env=self.env, stdout=out, stderr=subprocess.STDOUT, check=True)

    def runs(self) -> list[dict[str, Any]]:
        """news_ingest's DAG runs: run id, type, state, start and end."""
        with psycopg.connect(self.metadata, row_factory=dict_row) as conn:
            return conn.execute("SELECT run_id, run_type, state, start_date, end_date FROM dag_run "
                                "WHERE dag_id = %s ORDER BY id", (DAG_ID,)).fetchall()

    def run_state(self, run_id: str) -> str | None:
        """State of one DAG run."""
        return next((r["state"] for r in self.runs() if r["run_id"] == run_id), None)

    def wait_runs(self, count: int, timeout: float = 900) -> list[dict[str, Any]]:
        """Wait until `count` runs exist and all have ended; return them."""
        def ended() -> list[dict[str, Any]] | None:
            runs = self.runs()
            return runs if len(runs) >= count and all(r["state"] in FINAL_STATES for r in runs) else None
        return wait_until(ended, f"{count} news_ingest runs to end", proc=self.proc, timeout=timeout,
                          interval=1.0)

    def tries(self, run_id: str) -> dict[str, tuple[int, str]]:
        """(try number, state) of each task of a run (mapped extract: its highest)."""
        with psycopg.connect(self.metadata, row_factory=dict_row) as conn:
            rows = conn.execute("SELECT task_id, max(try_number) AS tries, min(state) AS state "
                                "FROM task_instance WHERE dag_id = %s AND run_id = %s GROUP BY task_id",
                                (DAG_ID, run_id)).fetchall()
        return {r["task_id"]: (r["tries"], r["state"]) for r in rows}


@contextlib.contextmanager
def airflow_session(state_dir: Path, work: Path, *, ports: range, feeds_file: Path,
                    batch: int = 20) -> Iterator[AirflowSession]:
    """Start `airflow standalone` on an embedded server of its own (state_dir), news_ingest
    scheduled with NEWSFLOW_FEEDS_FILE = feeds_file, on three free ports of `ports` (API, worker
    and triggerer log servers); stop everything on exit."""
    port = free_ports(ports)
    base = ensure_server(state_dir)
    proc: subprocess.Popen[bytes] | None = None
    try:
        wh = fresh_database(base, "faults_airflow")
        settings = Settings(database_url=wh, state_dir=state_dir,
                            allow_private_networks=(ip_network("127.0.0.0/8"),))
        env = airflow_env(settings, base, port=port)
        env.update({"NEWSFLOW_DATABASE_URL": wh, "NEWSFLOW_BATCH_SIZE": str(batch),
                    "NEWSFLOW_FEEDS_FILE": str(feeds_file),
                    "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(port + 1),
                    "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(port + 2)})
        ensure_metadata(replace(settings, database_url=base), env)
        with (work / "airflow.log").open("ab") as out:
            proc = subprocess.Popen(airflow_command("standalone"), env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        session = AirflowSession(env, wh, base.replace("/postgres?", "/airflow?"), proc, work)
        wait_until(lambda: _healthy(port), "the Airflow API server", proc=proc, timeout=300, interval=1.0)
        yield session
    finally:
        if proc is not None:
            _stop_group(proc)
        stop_server(state_dir)


def free_ports(candidates: range, count: int = 3) -> int:
    """The first port of `count` consecutive free ones among `candidates` (bind-tested)."""
    for first in candidates:
        ports = range(first, first + count)
        if ports[-1] not in candidates:
            break
        with contextlib.ExitStack() as stack:
            try:
                for port in ports:
                    sock = stack.enter_context(socket.socket())
                    sock.bind(("0.0.0.0", port))
            except OSError:
                continue
            return first
    raise ScenarioError(f"no {count} free consecutive ports in {candidates}")


def _healthy(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/monitor/health", timeout=5) as resp:
            return resp.status == 200
    except OSError:
        return False


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop our `airflow standalone` and every process of its session (its own process group)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=60)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def claimer_pid(conn: psycopg.Connection[Any], state: str) -> int | None:
    """OS pid of the process holding claims of pages in `state` (from claimed_by host:pid/backend)."""
    claimed = scalar(conn, "SELECT claimed_by FROM news.pages WHERE state = %s AND claimed_by IS NOT NULL "
                           "LIMIT 1", state)
    return int(claimed.rsplit(":", 1)[1].split("/")[0]) if claimed else None


def scheduled_and_manual(session: AirflowSession, site: SynthSite, feeds_file: Path) -> Outcome:
    """The scheduled run ingests the site; a manual run is triggered while it runs."""
    started = time.monotonic()
    scheduled = wait_until(lambda: session.runs(), "the scheduled run", proc=session.proc, timeout=300,
                           interval=1.0)[0]
    with monitor(session.warehouse) as mon:
        wait_until(lambda: scalar(mon, "SELECT count(*) FROM news.pages"), "the scheduled run to poll",
                   proc=session.proc, timeout=300, interval=0.2)
        during = scalar(mon, "SELECT count(*) FROM news.articles")
        session.trigger("faults-manual", {"feeds_file": str(feeds_file), "force": True})
        at_trigger = session.run_state(scheduled["run_id"])
        runs = session.wait_runs(2)
        result = audit(mon, site)
        news_runs = mon.execute("SELECT status, counts FROM news.runs ORDER BY id").fetchall()
    first, second = runs[0], runs[1]
    overlapped = second["start_date"] < first["end_date"]
    return Outcome(
        "Airflow: manual trigger during a scheduled run", result, 0, "none needed",
        f"triggered with the scheduled run {at_trigger} ({during} articles loaded); Airflow ran the manual "
        f"run {'during' if overlapped else 'after'} it (max_active_runs=1)",
        time.monotonic() - started,
        {"dag_runs": [(r["run_type"], r["state"]) for r in runs], "scheduled": scheduled["run_id"],
         "scheduled_state_at_trigger": at_trigger, "overlapped": overlapped, "news_runs": [(r["status"], r["counts"].get("articles_loaded", 0))
                                                 for r in news_runs]})


def kill_load_task(session: AirflowSession, site: SynthSite, feeds_file: Path,
                   earlier: tuple[SynthSite, ...] = ()) -> Outcome:
    """SIGKILL the load task's process mid-batch; Airflow retries the task; audit both sites."""
    started = time.monotonic()
    run_id = "faults-kill-load"
    airflow = psutil.Process(session.proc.pid)
    with monitor(session.warehouse) as mon:
        base = scalar(mon, "SELECT count(*) FROM news.articles")
        session.trigger(run_id, {"feeds_file": str(feeds_file), "force": True})
        wait_until(lambda: scalar(mon, "SELECT count(*) FROM news.articles") > base,
                   "a first batch was loaded", proc=session.proc, timeout=600, interval=0.01)
        with loads_frozen(session.warehouse):
            wait_until(lambda: scalar(mon, "SELECT pid FROM pg_locks WHERE NOT granted AND relation = "
                                           "'news.lsh_signatures'::regclass LIMIT 1"),
                       "the load task mid-batch", proc=session.proc, timeout=120)
            pid = claimer_pid(mon, "loading")
            if pid is None or pid not in {p.pid for p in airflow.children(recursive=True)}:
                raise ScenarioError(f"the loading process {pid} is not one of our Airflow's")
            committed = scalar(mon, "SELECT count(*) FROM news.articles") - base
            os.kill(pid, signal.SIGKILL)
        stuck = scalar(mon, "SELECT count(*) FROM news.pages WHERE state = 'loading'")
        runs = session.wait_runs(len(session.runs()))
        result = audit(mon, *earlier, site)
        news_run = mon.execute("SELECT status, finished_at FROM news.runs r WHERE external_id = %s",
                               (run_id,)).fetchone()
    tries = session.tries(run_id)
    load_tries = tries.get("load", (0, ""))[0]
    return Outcome(
        "Airflow: load task SIGKILLed, retried by Airflow", result, max(0, load_tries - 1),
        f"{max(0, load_tries - 1)} Airflow retr{'y' if load_tries == 2 else 'ies'} of `load`",
        f"killed with {committed} articles of the run committed and {stuck} pages mid-transaction",
        time.monotonic() - started,
        {"run_state": next(r["state"] for r in runs if r["run_id"] == run_id), "tries": tries,
         "news_run": dict(news_run or {}), "killed_pid": pid})
