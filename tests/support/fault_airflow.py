"""Fault scenarios through real Airflow: `airflow standalone` (scheduler, dag-processor, API server,
LocalExecutor) on an embedded PostgreSQL of its own, running `news_ingest` against synthetic sites.

    scheduled_and_manual   the scheduled run (NEWSFLOW_FEEDS_FILE = site A) and a manual trigger
                           made while it runs; `max_active_runs=1` makes the manual run wait.
    kill_load_task         a manual run on site B; the process of its `load` task is SIGKILLed in
                           the middle of a batch (transaction open); Airflow notices, marks the try
                           failed and retries the task itself after the DAG's retry delay (20-40 s).

Both run in one Airflow session (`airflow_session`), the second on the warehouse the first filled
(the audit then expects sites A and B). Task processes are found by the claims they hold
(`news.claims.claimed_by` = host:pid/backend) and killed only if they descend from our Airflow.
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
from datetime import UTC, datetime, timedelta
from ipaddress import ip_network
from pathlib import Path
from typing import Any

import psutil
import psycopg
from psycopg.rows import dict_row

from pipeline.airflow.local import airflow_command, airflow_env, ensure_metadata
from pipeline.config import Settings
from pipeline.synth.site import SynthSite
from pipeline.warehouse.embedded import ensure_server, stop_server
from tests.support.faults import (
    Outcome,
    ScenarioError,
    audit,
    backend_alive,
    claimer_pid,
    fresh_database,
    loader_mid_batch,
    monitor,
    scalar,
    stuck_claims,
    wait_until,
)

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

    def dag_known(self) -> bool:
        """Whether the dag-processor has stored news_ingest in the metadata database."""
        with psycopg.connect(self.metadata) as conn:
            return conn.execute("SELECT 1 FROM dag WHERE dag_id = %s", (DAG_ID,)).fetchone() is not None

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


def _far_daily_schedule() -> str:
    """A daily cron slot twelve hours from now (UTC)."""
    at = datetime.now(UTC) + timedelta(hours=12)
    return f"{at.minute} {at.hour} * * *"


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
        # A real deployment, not a unit test: in Airflow's unit-test mode (which a pytest session
        # sets) every component draws its own JWT secret and the task tokens fail verification.
        env.pop("AIRFLOW__CORE__UNIT_TEST_MODE", None)
        env.update({"NEWSFLOW_DATABASE_URL": wh, "NEWSFLOW_BATCH_SIZE": str(batch),
                    "NEWSFLOW_FEEDS_FILE": str(feeds_file),
                    # one scheduled run, the one Airflow makes for the latest past slot when the DAG is
                    # unpaused: the next slot is half a day away, so no clock boundary during the
                    # session adds another (every 30 minutes, one did when the session crossed :00)
                    "NEWSFLOW_INGEST_SCHEDULE": _far_daily_schedule(),
                    "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(port + 1),
                    "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(port + 2),
                    # Unpaused once the API server answers: a scheduled run created before that
                    # would have its first task fail to reach the execution API (and be retried).
                    "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True"})
        ensure_metadata(replace(settings, database_url=base), env)
        with (work / "airflow.log").open("ab") as out:
            proc = subprocess.Popen(airflow_command("standalone"), env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        session = AirflowSession(env, wh, base.replace("/postgres?", "/airflow?"), proc, work)
        wait_until(lambda: _healthy(port), "the Airflow API server", proc=proc, timeout=300, interval=1.0)
        wait_until(lambda: session.dag_known(), "news_ingest to be parsed", proc=proc, timeout=300,
                   interval=1.0)
        with (work / "airflow-cli.log").open("ab") as out:
            subprocess.run(airflow_command("dags", "unpause", DAG_ID), env=env, stdout=out,
                           stderr=subprocess.STDOUT, check=True)
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
    retried = {f"{task} ({'scheduled' if r is first else 'manual'})": n - 1 for r in (first, second)
               for task, (n, _) in session.tries(r["run_id"]).items() if n > 1}
    note = (f"{sum(retried.values())} Airflow task retr{'y' if sum(retried.values()) == 1 else 'ies'}: "
            + ", ".join(retried) if retried else "none needed")
    return Outcome(
        "Airflow: manual trigger during a scheduled run", result, sum(retried.values()), note,
        f"triggered with the scheduled run {at_trigger} ({during} articles loaded); Airflow ran the manual "
        f"run {'during' if overlapped else 'after'} it (max_active_runs=1)",
        time.monotonic() - started,
        {"dag_runs": [(r["run_type"], r["state"]) for r in runs], "scheduled": scheduled["run_id"],
         "retried": retried,
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
        # Loads are frozen from the trigger on: the load task's first batch is let through to its
        # commit, the second is caught in its open transaction.
        with loader_mid_batch(session.warehouse, mon, proc=session.proc, timeout=900) as backend:
            pid = claimer_pid(mon, "load")
            if pid is None or pid not in {p.pid for p in airflow.children(recursive=True)}:
                raise ScenarioError(f"the loading process {pid} is not one of our Airflow's")
            committed = scalar(mon, "SELECT count(*) FROM news.articles") - base
            victim = psutil.Process(pid)
            victim.send_signal(signal.SIGKILL)
            victim.wait(timeout=60)  # not our child: its exit status is the supervisor's to read
        # The killed task's claims stay behind until its session ends (its blocked statement
        # resumes and finds the client gone), well before Airflow's retry (20 s) takes them over.
        wait_until(lambda: not backend_alive(mon, backend), "the killed session to end", timeout=60)
        stuck = stuck_claims(mon, "load")
        runs = session.wait_runs(len(session.runs()))
        result = audit(mon, *earlier, site)
        news_run = mon.execute("SELECT status, finished_at FROM news.runs r WHERE external_id = %s",
                               (run_id,)).fetchone()
    tries = session.tries(run_id)
    retried = {task: n - 1 for task, (n, _) in tries.items() if n > 1}
    total = sum(retried.values())
    note = f"{total} Airflow task retr{'y' if total == 1 else 'ies'}: " + ", ".join(
        f"{task} {n}" if n > 1 else task for task, n in retried.items())
    return Outcome(
        "Airflow: load task SIGKILLed, retried by Airflow", result, total, note,
        f"killed with {committed} articles of the run committed and {stuck} pages mid-transaction "
        "(claims left by the dead session)",
        time.monotonic() - started,
        {"run_state": next(r["state"] for r in runs if r["run_id"] == run_id), "tries": tries,
         "news_run": dict(news_run or {}), "killed_pid": pid, "committed_before_kill": committed,
         "stuck_claims": stuck,
         "supervisor_saw": _supervisor_saw(session, run_id)})


def run_all(state_dir: Path, work: Path, *, articles: int = 200, hosts: int = 4, batch: int = 20,
            ports: range = range(28080, 28980)) -> list[Outcome]:
    """Both scenarios in one Airflow session: site A scheduled (with a manual trigger during its
    run), then site B's run with its load task killed; the second audit expects A and B."""
    with SynthSite(articles, hosts) as site_a, SynthSite(articles, hosts, seed=2) as site_b:
        feeds_a = site_a.write_feeds_file(work / "airflow-a.yaml")
        feeds_b = site_b.write_feeds_file(work / "airflow-b.yaml")
        with airflow_session(state_dir, work, ports=ports, feeds_file=feeds_a, batch=batch) as session:
            first = scheduled_and_manual(session, site_a, feeds_a)
            second = kill_load_task(session, site_b, feeds_b, earlier=(site_a,))
    return [first, second]


def _supervisor_saw(session: AirflowSession, run_id: str) -> str:
    """How Airflow's supervisor saw the run's `load` task end when it was killed (its log line)."""
    with psycopg.connect(session.metadata) as conn:  # a retry gets a new id; earlier tries are history
        ids = {str(r[0]) for r in conn.execute(
            "SELECT id FROM task_instance WHERE dag_id = %(dag)s AND run_id = %(run)s AND task_id = 'load' "
            "UNION SELECT task_instance_id FROM task_instance_history WHERE dag_id = %(dag)s "
            "AND run_id = %(run)s AND task_id = 'load'", {"dag": DAG_ID, "run": run_id})}
    for line in (session.work / "airflow.log").read_text(errors="replace").splitlines():
        if "Workload finished" in line and "SIGKILL" in line and any(i in line for i in ids):
            return " ".join(part for part in line.split() if part.startswith(("exit_code", "-9>",
                                                                              "final_state")))
    return ""
