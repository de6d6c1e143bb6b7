"""The embedded PostgreSQL server (pgserver) that newsflow starts when no database is configured."""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path
from urllib.parse import quote

log = logging.getLogger(__name__)

AIRFLOW_DATABASE = "airflow"


def pgdata_dir(state_dir: Path) -> Path:
    """Return the data directory of the embedded server under the state folder."""
    return Path(state_dir) / "pg"


def _quiet_pgserver() -> None:
    """Silence pgserver's runtime-dir warning and give it a runtime dir when unset."""
    os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
    Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    warnings.filterwarnings("ignore", module="platformdirs")
    logging.getLogger("pgserver").setLevel(logging.WARNING)  # its atexit chatter outlives stderr


def ensure_server(state_dir: Path) -> str:
    """Start the embedded server if it is not running; return its DSN (postgres database)."""
    _quiet_pgserver()
    import pgserver  # heavy import, only when the embedded server is needed

    pgdata = pgdata_dir(state_dir)
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: the server outlives this process (Airflow task processes come and go).
    server = pgserver.get_server(pgdata, cleanup_mode=None)
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


def is_running(state_dir: Path) -> bool:
    """Tell whether the embedded server of this state folder is running."""
    pid_file = pgdata_dir(state_dir) / "postmaster.pid"
    if not pid_file.exists():
        return False
    try:
        pid = int(pid_file.read_text().split()[0])
        os.kill(pid, 0)
    except (ValueError, IndexError, ProcessLookupError, PermissionError):
        return False
    return True


def stop_server(state_dir: Path) -> bool:
    """Stop the embedded server; return False when it was not running."""
    if not is_running(state_dir):
        return False
    _quiet_pgserver()
    from pgserver._commands import pg_ctl  # type: ignore[attr-defined]

    user = "pgserver" if os.geteuid() == 0 else None
    pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata_dir(state_dir), user=user)
    return True
