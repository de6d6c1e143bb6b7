"""Warehouse upkeep: retention of raw HTML and VACUUM (ANALYZE) of the big tables.

Raw HTML (news.pages.html_gz) is kept for re-extraction and debugging; past the retention it is
set to NULL while the page row (URL, states, extraction result, links to articles) stays. Only
pages that no stage still needs are touched: pending or in-flight pages keep their HTML.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg import sql

from pipeline.warehouse.pages import purge_raw_html

log = logging.getLogger(__name__)

BIG_TABLES = ("pages", "claims", "articles", "entries", "lsh_bands", "lsh_signatures", "site_lines",
              "feed_polls", "errors")


def vacuum_analyze(conn: psycopg.Connection[Any], tables: tuple[str, ...] = BIG_TABLES) -> list[str]:
    """VACUUM (ANALYZE) the given news tables that exist (needs an autocommit connection)."""
    existing = {r["tablename"] for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'news'")}
    done = []
    for table in tables:
        if table in existing:
            conn.execute(sql.SQL("VACUUM (ANALYZE) {}").format(sql.Identifier("news", table)))
            done.append(f"news.{table}")
    return done


def raw_html_cutoff(as_of: datetime, retention_days: int) -> datetime:
    """The fetch time before which raw HTML is dropped."""
    return as_of - timedelta(days=retention_days)


def html_stats(conn: psycopg.Connection[Any]) -> dict[str, Any]:
    """Pages with raw HTML kept, and its compressed size in bytes."""
    row = conn.execute(
        "SELECT count(*) AS pages_with_html, coalesce(sum(octet_length(html_gz)), 0) AS html_bytes "
        "FROM news.pages WHERE html_gz IS NOT NULL").fetchone()
    return {k: int(v) for k, v in (row or {}).items()}


def run_maintenance(as_of: datetime, *, retention_days: int | None = None, vacuum: bool = True,
                    settings: Any = None) -> dict[str, Any]:
    """Entry point for the DAG and the CLI: drop expired raw HTML, then VACUUM (ANALYZE)."""
    from pipeline.config import Settings
    from pipeline.warehouse import db as warehouse

    settings = settings or Settings.from_env()
    days = settings.raw_retention_days if retention_days is None else retention_days
    result: dict[str, Any] = {"retention_days": days, "html_purged": 0, "vacuumed": []}
    with warehouse.connect(settings) as conn:
        warehouse.migrate(conn)
        if days > 0:
            cutoff = raw_html_cutoff(as_of, days)
            result["cutoff"] = cutoff.isoformat()
            result["html_purged"] = purge_raw_html(conn, cutoff)
        result.update(html_stats(conn))
        conn.commit()
    if vacuum:
        with warehouse.connect(settings, autocommit=True) as conn:
            result["vacuumed"] = vacuum_analyze(conn)
    log.info("maintenance: %s", result)
    return result
