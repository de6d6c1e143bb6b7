"""A local Airflow on the embedded PostgreSQL: environment, metadata schema, DAG test runs."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from pipeline.config import Settings
from pipeline.embedded import AIRFLOW_DATABASE, airflow_sqlalchemy_url, ensure_database

ADMIN_USER = "admin"


def dags_folder() -> Path:
    """The project's dags/ folder (next to the pipeline package in a checkout)."""
    folder = Path(__file__).resolve().parent.parent / "dags"
    if not folder.is_dir():
        raise FileNotFoundError(f"newsflow: DAG folder not found at {folder}")
    return folder


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
