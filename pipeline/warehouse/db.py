"""The warehouse: where its URL comes from, connections, migrations, errors and claims (run
bookkeeping is in pipeline/warehouse/runs.py)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from pipeline.config import Settings
from pipeline.warehouse.embedded import ensure_server

log = logging.getLogger(__name__)

MIGRATIONS_TABLE = "public.newsflow_migrations"


def sql_dir() -> Path:
    """Locate the numbered migrations: packaged copy (pipeline/_sql in a wheel) first, then sql/."""
    package = Path(__file__).resolve().parents[1]  # pipeline/
    for candidate in (package / "_sql", package.parent / "sql"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("newsflow: no sql/ migrations folder found")


def database_url(settings: Settings) -> str:
    """Return the warehouse URL: NEWSFLOW_DATABASE_URL, else the embedded server."""
    if settings.database_url:
        return settings.database_url
    return ensure_server(settings.state_dir)


@contextmanager
def connect(settings: Settings, *, autocommit: bool = False) -> Iterator[psycopg.Connection[Any]]:
    """Open a connection to the warehouse (dict rows)."""
    conn = psycopg.connect(database_url(settings), autocommit=autocommit, row_factory=dict_row)
    try:
        yield conn
    finally:
        conn.close()


def migrations() -> list[tuple[str, str]]:
    """Return (version, sql) of every migration file, in order."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(sql_dir().glob("[0-9]*.sql"))]


def migrate(conn: psycopg.Connection[Any]) -> list[str]:
    """Apply pending migrations, each once in its own transaction with its record; return them."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute(
            f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} ("
            "version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
    for version, text in migrations():
        with conn.transaction():
            # Serialise concurrent migrators; the second one then sees the record and skips.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('newsflow-migrate'))")
            done = conn.execute(
                f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE version = %s", (version,)
            ).fetchone()
            if done:
                continue
            conn.execute(text.encode())
            conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (version) VALUES (%s)", (version,))
            applied.append(version)
            log.info("applied migration %s", version)
    return applied


def record_error(
    conn: psycopg.Connection[Any],
    run_id: int | None,
    stage: str,
    kind: str,
    message: str,
    *,
    url: str | None = None,
    feed_id: int | None = None,
) -> None:
    """Record one failure in news.errors (within the caller's transaction)."""
    if not message.startswith(f"{stage}:"):
        message = f"{stage}: {message}"
    conn.execute(
        "INSERT INTO news.errors (run_id, stage, feed_id, url, kind, message) "
        "VALUES (%s, %s, %s, %s, %s, %s)",
        (run_id, stage, feed_id, url, kind, message),
    )


def warehouse_totals(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """Row counts of the main tables, for summaries."""
    row = conn.execute(
        "SELECT (SELECT count(*) FROM news.articles) AS articles, "
        "(SELECT count(*) FROM news.articles WHERE duplicate_of IS NOT NULL) AS near_duplicates, "
        "(SELECT count(*) FROM news.feeds) AS feeds, "
        "(SELECT count(*) FROM news.entries) AS entries, "
        "(SELECT count(*) FROM news.pages) AS pages, "
        "(SELECT count(*) FROM news.errors) AS errors"
    ).fetchone()
    return {k: int(v) for k, v in (row or {}).items()}


def worker_id() -> str:
    """Identify this worker process in claims."""
    import socket

    return f"{socket.gethostname()}:{os.getpid()}"
