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


# Warnings recorded in news.errors by the poll stage: the feed was read, something looked wrong.
POLL_WARNING_KINDS = frozenset({"empty_feed", "bozo", "feed_quiet"})


def is_poll_warning(error: dict[str, Any]) -> bool:
    """True for a poll-stage row of news.errors that is a warning, not a failed feed."""
    if error["stage"] != "poll":
        return False
    return error["kind"] in POLL_WARNING_KINDS or (
        error["kind"] == "html_not_feed" and "advertised feed instead" in error["message"])


def summary_markdown(summary: dict[str, Any], *, max_chars: int = 1000) -> str:
    """The run summary as compact Markdown within max_chars (Airflow keeps 1000 in a DAG run note).

    Counts per stage first, then failed feeds with their reasons, feed warnings and failed pages,
    as many as fit; the rest is counted and pointed to in news.errors.
    """
    run_id = summary.get("run_id")
    c = {key: int(v) for key, v in (summary.get("counts") or {}).items()}
    errors = summary.get("errors") or []
    head = [
        f"**newsflow run {run_id}**: {c.get('articles_loaded', 0)} articles loaded",
        "",
        "| stage | done | failed / other |",
        "| --- | ---: | --- |",
        f"| poll | {c.get('feeds_polled', 0)} feeds | {c.get('feeds_failed', 0)} failed, "
        f"{c.get('feeds_not_modified', 0)} not modified, {c.get('entries_new', 0)} new entries |",
        f"| fetch | {c.get('pages_fetched', 0)} pages | {c.get('fetch_failed', 0)} failed |",
        f"| extract | {c.get('articles_extracted', 0)} | {c.get('extract_empty', 0)} empty |",
        f"| dedup | {c.get('exact_duplicates', 0)} exact | {c.get('near_duplicates', 0)} near |",
        f"| load | {c.get('articles_loaded', 0)} | |",
    ]
    tail = f"All: `SELECT * FROM news.errors WHERE run_id = {run_id}`" if errors else "No failures."
    text = "\n".join(head)
    groups = (
        ("Failed feeds", [e for e in errors if e["stage"] == "poll" and not is_poll_warning(e)]),
        ("Feed warnings", [e for e in errors if is_poll_warning(e)]),
        ("Failed pages", [e for e in errors if e["stage"] != "poll"]),
    )
    left_out = 0
    for title, rows in groups:
        if not rows:
            continue
        block = f"\n\n**{title} ({len(rows)})**"
        items = [f"\n- {_md(row['url'] or '')} `{str(row['kind']).replace('`', '')}`: {_md(row['message'])}"
                 for row in rows]
        # A heading goes in only with at least its first item.
        if len(text) + len(block) + len(items[0]) + len(tail) + 40 > max_chars:
            left_out += len(rows)
            continue
        text += block
        for i, item in enumerate(items):
            if len(text) + len(item) + len(tail) + 40 > max_chars:
                left_out += len(rows) - i
                break
            text += item
    if left_out:
        text += f"\n\n{left_out} more not shown."
    text += "\n\n" + tail
    return text[:max_chars]


def _md(text: str, limit: int = 160) -> str:
    """Keep a value on one Markdown line, out of table/emphasis syntax, at most limit characters."""
    flat = " ".join(str(text).split()).replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
