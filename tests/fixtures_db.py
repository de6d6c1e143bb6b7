"""Database and site fixtures (a pytest plugin loaded by conftest)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from psycopg.rows import dict_row

from pipeline.config import Settings
from pipeline.warehouse import db as warehouse
from pipeline.warehouse.embedded import ensure_database, ensure_server, stop_server

TEST_DATABASE = "newsflow_test"
NEWS_TABLES = ("news.lsh_bands", "news.errors", "news.entries", "news.pages", "news.articles",
               "news.runs", "news.feeds")


@pytest.fixture(scope="session")
def pg_state(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A state folder whose embedded PostgreSQL runs for the whole session, then stops."""
    state = tmp_path_factory.mktemp("state")
    ensure_server(state)
    yield state
    stop_server(state)


@pytest.fixture(scope="session")
def dsn(pg_state: Path) -> str:
    """DSN of a migrated test database on the embedded server."""
    base = ensure_server(pg_state)
    ensure_database(base, TEST_DATABASE)
    url = base.replace("/postgres?", f"/{TEST_DATABASE}?")
    with psycopg.connect(url, row_factory=dict_row) as conn:
        warehouse.migrate(conn)
    return url


def _truncate(conn: psycopg.Connection) -> None:
    tables = _existing_news_tables(conn)
    conn.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
    conn.commit()


def _existing_news_tables(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT schemaname || '.' || tablename AS t FROM pg_tables WHERE schemaname = 'news'"
    ).fetchall()
    return sorted(r["t"] for r in rows)


@pytest.fixture
def conn(dsn: str) -> Iterator[psycopg.Connection]:
    """A connection to a freshly truncated warehouse."""
    with psycopg.connect(dsn, row_factory=dict_row) as connection:
        _truncate(connection)
        yield connection


@pytest.fixture
def settings(dsn: str, tmp_path: Path, conn: psycopg.Connection) -> Settings:
    """Settings on the clean test warehouse, loopback allowed, quick retries."""
    return Settings(database_url=dsn, state_dir=tmp_path / "state",
                    allow_private_networks=("127.0.0.0/8",), retries=1, retry_backoff=0.01,
                    read_timeout=5.0, total_timeout=10.0, extract_processes=2)


@pytest.fixture
def newsflow_env(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Export the test settings as NEWSFLOW_* variables (for Airflow tasks and the CLI)."""
    monkeypatch.setenv("NEWSFLOW_DATABASE_URL", str(settings.database_url))
    monkeypatch.setenv("NEWSFLOW_STATE_DIR", str(settings.state_dir))
    monkeypatch.setenv("NEWSFLOW_ALLOW_PRIVATE_NETWORKS", "127.0.0.0/8")
    monkeypatch.setenv("NEWSFLOW_RETRIES", "1")
    monkeypatch.setenv("NEWSFLOW_RETRY_BACKOFF", "0.01")
    monkeypatch.setenv("NEWSFLOW_EXTRACT_PROCESSES", "2")
    return settings


@pytest.fixture
def demo_site() -> Iterator[object]:
    """The bundled sample site, with the bad publisher, on ephemeral ports."""
    from pipeline.demo.server import DemoSite

    with DemoSite(include_bad=True) as site:
        yield site


def pytest_report_header() -> str:
    """Say which Airflow home the session uses."""
    return f"AIRFLOW_HOME={os.environ.get('AIRFLOW_HOME')}"


@contextmanager
def warehouse_before(pg_state: Path, version: str) -> Iterator[psycopg.Connection]:
    """A database of its own migrated up to (not including) migration `version`, as an existing
    warehouse would be before it: the test applies `version` itself."""
    base = ensure_server(pg_state)
    name = f"newsflow_test_before_{version}"
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name}")
    ensure_database(base, name)
    with psycopg.connect(base.replace("/postgres?", f"/{name}?"), row_factory=dict_row) as conn:
        warehouse.migrate(conn)  # creates the bookkeeping table
        conn.execute(f"TRUNCATE {warehouse.MIGRATIONS_TABLE}")
        conn.execute("DROP SCHEMA news CASCADE")
        conn.commit()
        for applied, text in warehouse.migrations():
            if applied < version:
                with conn.transaction():
                    conn.execute(text.encode())
                    conn.execute(f"INSERT INTO {warehouse.MIGRATIONS_TABLE} (version) VALUES (%s)", (applied,))
        yield conn
