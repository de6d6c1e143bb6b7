"""Human-readable run summaries: a rich table for the terminal, plain lines for task logs."""

from __future__ import annotations

import logging
from typing import Any

from rich.console import Console
from rich.table import Table

log = logging.getLogger(__name__)

# (label, key in run counts or "totals.<key>")
SUMMARY_ROWS = (
    ("feeds polled", "feeds_polled"),
    ("feeds failed", "feeds_failed"),
    ("feeds not modified (304)", "feeds_not_modified"),
    ("entries seen", "entries_seen"),
    ("entries new", "entries_new"),
    ("pages fetched", "pages_fetched"),
    ("pages failed", "fetch_failed"),
    ("articles extracted", "articles_extracted"),
    ("empty extractions", "extract_empty"),
    ("exact duplicates", "exact_duplicates"),
    ("near duplicates", "near_duplicates"),
    ("articles loaded", "articles_loaded"),
    ("errors recorded", "errors"),
)


def summary_rows(summary: dict[str, Any]) -> list[tuple[str, int]]:
    """Flatten a run summary into (label, value) rows."""
    counts = dict(summary.get("counts") or {})
    counts["errors"] = len(summary.get("errors") or [])
    rows = [(label, int(counts.get(key, 0))) for label, key in SUMMARY_ROWS]
    for key, value in (summary.get("totals") or {}).items():
        rows.append((f"warehouse: {key.replace('_', ' ')}", int(value)))
    return rows


def print_summary(summary: dict[str, Any], console: Console | None = None,
                  title: str | None = None) -> None:
    """Print the summary table and the run's errors."""
    console = console or Console()
    table = Table(title=title or f"newsflow run {summary.get('run_id')}")
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in summary_rows(summary):
        table.add_row(label, str(value))
    console.print(table)
    errors = summary.get("errors") or []
    if errors:
        err = Table(title="errors (news.errors)")
        for col in ("stage", "kind", "url", "message"):
            err.add_column(col, overflow="fold")
        for row in errors[:50]:
            err.add_row(row["stage"], row["kind"], row["url"] or "", row["message"])
        console.print(err)
        if len(errors) > 50:
            console.print(f"... and {len(errors) - 50} more: SELECT * FROM news.errors "
                          f"WHERE run_id = {summary.get('run_id')}")


def log_summary(summary: dict[str, Any]) -> None:
    """Write the summary to the task log, one line per figure."""
    for label, value in summary_rows(summary):
        log.info("%-28s %d", label, value)
    for row in summary.get("errors") or []:
        log.warning("%s", row["message"])
