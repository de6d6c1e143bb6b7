"""The `newsflow` command line: the same stage functions the DAG runs, with progress and tables."""

from __future__ import annotations

import functools
import json
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import psycopg
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from pipeline.config import ConfigError, Settings, dump_opml, load_opml
from pipeline.feeds import poll as feeds
from pipeline.models import FeedSpec
from pipeline.runner import run_stages
from pipeline.stages import tasks
from pipeline.ui.report import print_summary
from pipeline.warehouse import db as warehouse

# Exit codes
EXIT_OK = 0
EXIT_ITEM_FAILURES = 1  # the run completed; some feeds or pages failed (see news.errors)
EXIT_USAGE = 2  # bad arguments, settings or input files
EXIT_SYSTEM = 3  # the warehouse or Airflow failed

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="newsflow: poll news feeds, extract clean articles, load a warehouse.")
feeds_app = typer.Typer(no_args_is_help=True, help="Manage the feeds in news.feeds.")
app.add_typer(feeds_app, name="feeds")
console = Console()
err_console = Console(stderr=True)


class Executor(StrEnum):
    """Executor of `newsflow airflow`."""

    local = "local"
    celery = "celery"


def _settings(**overrides: Any) -> Settings:
    try:
        return Settings.from_env(**overrides)
    except ConfigError as exc:
        err_console.print(f"[red]newsflow: {exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from None


def _guard_system_errors(fn: Any) -> Any:
    """Turn warehouse faults into exit code 3 with a readable message."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except ConfigError as exc:
            err_console.print(f"[red]newsflow: {exc}[/red]")
            raise typer.Exit(EXIT_USAGE) from None
        except psycopg.OperationalError as exc:
            err_console.print(f"[red]newsflow: warehouse unavailable: {exc}[/red]")
            raise typer.Exit(EXIT_SYSTEM) from None

    return wrapper


@app.command()
@_guard_system_errors
def migrate() -> None:
    """Apply pending schema migrations (sql/NNN_*.sql) to the warehouse."""
    settings = _settings()
    with warehouse.connect(settings) as conn:
        applied = warehouse.migrate(conn)
    console.print(f"applied: {', '.join(applied)}" if applied else "warehouse is up to date")


@app.command()
@_guard_system_errors
def ingest(
    feeds: Annotated[Path | None, typer.Option("--feeds", help="YAML feeds file")] = None,
    feed_url: Annotated[list[str] | None, typer.Option(help="poll only this feed (repeatable)")] = None,
    max_articles: Annotated[int, typer.Option(min=0, help="cap on pages fetched (0: none)")] = 0,
    dry_run: Annotated[bool, typer.Option(help="poll only, keep nothing")] = False,
    force: Annotated[bool, typer.Option(help="poll every feed, due or not (implied by --feeds)")]
    = False,
) -> None:
    """One full pass: poll, fetch, extract (dedup fingerprints too), load (copies linked).
    Exit 1 if some feeds or pages failed.

    With --feeds, every feed of the file is polled; without, the registered feeds that are due."""
    settings = _settings()
    params = {"feeds_file": str(feeds) if feeds else None, "feed_urls": feed_url or [],
              "max_articles": max_articles, "dry_run": dry_run,
              "force": force or bool(feeds) or bool(feed_url)}
    summary = run_stages(params, settings, "cli", console=err_console)
    print_summary(summary, console)
    if summary["errors"]:
        raise typer.Exit(EXIT_ITEM_FAILURES)


@app.command()
@_guard_system_errors
def demo(
    port: Annotated[int, typer.Option(help="first port of the sample site (3 consecutive)")] = 8701,
) -> None:
    """Serve the bundled sample site, run news_ingest once through Airflow, print a summary."""
    from pipeline.airflow.local import airflow_env, test_dag
    from pipeline.demo.server import DemoSite
    from pipeline.warehouse.embedded import ensure_server

    settings = _settings(allow_private_networks=("127.0.0.0/8",))
    started = time.monotonic()
    dsn = ensure_server(settings.state_dir) if not settings.database_url else settings.database_url
    settings = replace(settings, database_url=dsn)
    with warehouse.connect(settings) as conn:
        warehouse.migrate(conn)
        before = warehouse.warehouse_totals(conn)
        last_run = conn.execute("SELECT coalesce(max(id), 0) AS id FROM news.runs").fetchone()
    env = airflow_env(settings, dsn)
    feeds_file = settings.state_dir / "demo-feeds.yaml"
    log_path = settings.state_dir / "demo-airflow.log"
    with DemoSite(base_port=port) as site:
        site.write_feeds_file(feeds_file)
        console.print(f"sample site: {', '.join(site.publishers.values())}")
        console.print(f"running news_ingest through Airflow (log: {log_path}) ...")
        code = test_dag(settings, env, "news_ingest",
                        {"feeds_file": str(feeds_file), "force": True}, log_path)
    with warehouse.connect(settings) as conn:
        run = conn.execute("SELECT id FROM news.runs WHERE id > %s ORDER BY id DESC LIMIT 1",
                           (last_run["id"] if last_run else 0,)).fetchone()
        after = warehouse.warehouse_totals(conn)
    if code != 0 or run is None:
        err_console.print(f"[red]newsflow demo: the Airflow run failed (exit {code}); "
                          f"see {log_path}[/red]")
        raise typer.Exit(EXIT_SYSTEM)
    summary = tasks.finish(run["id"], settings=settings)
    print_summary(summary, console, title=f"newsflow demo: run {run['id']} via Airflow")
    console.print(f"new rows in news.articles this run: {after['articles'] - before['articles']}"
                  f"  (total {after['articles']});  wall time {time.monotonic() - started:.1f}s")
    console.print(f"query it: psql '{dsn}' -c 'SELECT id, title, duplicate_of FROM news.articles'")


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="local HTML files")],
    url: Annotated[str | None, typer.Option(help="the page's URL (helps metadata)")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="one JSON object per file")] = False,
    explain: Annotated[bool, typer.Option(help="show removed lines and the rule")] = False,
) -> None:
    """Extract clean article text from local HTML files (exit 1 if a file gives nothing)."""
    from pipeline.extract.core import extract_files

    raise typer.Exit(extract_files([str(f) for f in files], url, json_out, explain))


@app.command()
@_guard_system_errors
def reextract(
    site: Annotated[str | None, typer.Option(help="only this site (host[:port], as news.articles.site)")]
    = None,
    since: Annotated[str | None, typer.Option(help="only articles published on or after (YYYY-MM-DD)")]
    = None,
    until: Annotated[str | None, typer.Option(help="only articles published on or before (YYYY-MM-DD)")]
    = None,
    limit: Annotated[int, typer.Option(min=0, help="at most this many articles (0: all)")] = 0,
    undone_rule: Annotated[str | None, typer.Option(
        help="only articles whose page had this cleaning rule undone by the safety net "
             "(a rule as news.undone_rules names it, e.g. structural:named-block)")] = None,
) -> None:
    """Re-extract stored articles from their raw HTML (no refetch); update them in place.

    Reports how many bodies changed; idempotent. Exit 1 if some articles could not be re-extracted."""
    from rich.table import Table

    settings = _settings()
    params = {"site": site, "since": since, "until": until, "limit": limit, "undone_rule": undone_rule}
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err_console) as bar:
        task_id = bar.add_task("reextract", total=None)
        done = [0]

        def advance(n: int) -> None:
            done[0] += n
            bar.update(task_id, description=f"reextract: {done[0]} articles")

        try:
            summary = tasks.reextract(params, source="cli", settings=settings, progress=advance)
        except ValueError as exc:
            err_console.print(f"[red]newsflow: {exc}[/red]")
            raise typer.Exit(EXIT_USAGE) from None
    table = Table(title=f"reextract run {summary['run_id']}")
    table.add_column("articles")
    table.add_column("count", justify="right")
    for key, value in summary["counts"].items():
        table.add_row(key, str(value))
    console.print(table)
    for error in summary["errors"][:20]:
        console.print(f"[yellow]{error['kind']}[/yellow] {error['url'] or ''}: {error['message']}")
    if summary["errors"]:
        raise typer.Exit(EXIT_ITEM_FAILURES)


@app.command()
def stop() -> None:
    """Stop the embedded PostgreSQL server of this state folder."""
    from pipeline.warehouse.embedded import stop_server

    settings = _settings()
    stopped = stop_server(settings.state_dir)
    console.print("embedded PostgreSQL stopped" if stopped else "embedded PostgreSQL not running")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@app.command()
@_guard_system_errors
def airflow(
    port: Annotated[int, typer.Option(help="web UI port on 127.0.0.1")] = 8080,
    executor: Annotated[Executor, typer.Option(help="local: airflow standalone; celery: Redis "
                                               "and Celery workers")] = Executor.local,
    workers: Annotated[int, typer.Option(min=1, help="Celery workers (--executor celery)")] = 2,
    concurrency: Annotated[int, typer.Option(min=1, help="task slots per Celery worker")] = 2,
    demo: Annotated[bool, typer.Option("--demo", help="serve the living sample site next to the "
                                       "stack, register its feeds, run news_ingest every 2 min")]
    = False,
) -> None:
    """Start Airflow on the embedded stack: standalone (LocalExecutor) or CeleryExecutor + workers."""
    from pipeline.airflow.local import (
        ADMIN_USER,
        StackError,
        admin_password,
        airflow_command,
        airflow_env,
        airflow_home,
        celery_stack,
        ensure_metadata,
        start_living_demo,
    )
    from pipeline.warehouse.embedded import ensure_server

    settings = _settings()
    if demo and not settings.allow_private_networks:  # the sample site is on 127.0.0.1
        settings = _settings(allow_private_networks=("127.0.0.0/8",))
    dsn = settings.database_url or ensure_server(settings.state_dir)
    with warehouse.connect(replace(settings, database_url=dsn)) as conn:
        warehouse.migrate(conn)
    demo_env: dict[str, str] = {}
    if demo:  # served by threads of this process: the site lives and stops with the stack
        site, demo_env = start_living_demo(settings, dsn)
        console.print(f"sample site (a new article every minute): "
                      f"{', '.join(site.publishers.values())}; news_ingest runs every 2 minutes")
        signal.signal(signal.SIGTERM, _interrupt)  # a SIGTERM stops `airflow standalone` too
    login = f"login: {ADMIN_USER} / {admin_password(settings)}"
    if executor is Executor.celery:
        # The stack's processes run in sessions of their own, out of reach of the terminal's
        # Ctrl-C and of a SIGTERM to this process: both must unwind through celery_stack's
        # cleanup (also when started in the background, where SIGINT is ignored by default).
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, _interrupt)
        console.print(f"starting Redis, scheduler, dag-processor, API server and {workers} Celery "
                      f"worker(s) ({concurrency} slots each) ...")
        try:
            with celery_stack(replace(settings, database_url=dsn), dsn, workers=workers,
                              concurrency=concurrency, port=port, extra_env=demo_env) as stack:
                console.print(f"Airflow UI: http://127.0.0.1:{port}  {login}   (Ctrl-C stops it)\n"
                              f"process logs: {stack.logs}")
                ended = stack.watch()
                err_console.print(f"[red]newsflow airflow: {ended} exited; stopping[/red]")
                raise typer.Exit(EXIT_SYSTEM)
        except KeyboardInterrupt:
            raise typer.Exit(0) from None
        except StackError as exc:
            err_console.print(f"[red]newsflow: {exc} (process logs: "
                              f"{airflow_home(settings) / 'stack-logs'})[/red]")
            raise typer.Exit(EXIT_SYSTEM) from None
    env = {**airflow_env(replace(settings, database_url=dsn), dsn, port=port), **demo_env}
    ensure_metadata(settings, env)
    console.print(f"Airflow UI: http://127.0.0.1:{port}  {login}   (Ctrl-C stops it)")
    proc = subprocess.Popen(airflow_command("standalone"), env=env)
    try:
        raise typer.Exit(proc.wait())
    except KeyboardInterrupt:
        proc.terminate()
        raise typer.Exit(proc.wait()) from None


@app.command()
@_guard_system_errors
def maintenance(
    retention_days: Annotated[int | None, typer.Option(
        min=0, help="drop raw HTML older than this (default NEWSFLOW_RAW_RETENTION_DAYS; 0: keep)")]
    = None,
    vacuum: Annotated[bool, typer.Option(help="VACUUM (ANALYZE) the big tables")] = True,
) -> None:
    """Warehouse upkeep (what the news_maintenance DAG runs): raw HTML retention, VACUUM (ANALYZE)."""
    from datetime import UTC, datetime

    from pipeline.stages.maintenance import run_maintenance

    result = run_maintenance(datetime.now(UTC), retention_days=retention_days, vacuum=vacuum,
                             settings=_settings())
    console.print(f"raw HTML dropped from {result['html_purged']} pages "
                  f"(retention {result['retention_days']} days); {result['pages_with_html']} pages "
                  f"keep theirs ({result['html_bytes'] / 1e6:.1f} MB); vacuumed: "
                  f"{', '.join(result['vacuumed']) or 'nothing'}")


@feeds_app.command("import")
@_guard_system_errors
def feeds_import(file: Annotated[Path, typer.Argument(help="OPML or YAML feeds file")]) -> None:
    """Register the feeds of an OPML (or YAML) file in news.feeds."""
    from pipeline.config import load_feeds_file
    from pipeline.feeds.poll import upsert_feeds

    specs = load_feeds_file(file) if file.suffix in (".yaml", ".yml") else load_opml(file)
    settings = _settings()
    with warehouse.connect(settings) as conn:
        warehouse.migrate(conn)
        count = upsert_feeds(conn, specs)
    console.print(f"{count} feeds registered")


@feeds_app.command("export")
@_guard_system_errors
def feeds_export() -> None:
    """Print every feed in news.feeds as OPML."""
    from pipeline.models import FeedSpec

    settings = _settings()
    with warehouse.connect(settings) as conn:
        rows = conn.execute("SELECT url, name, tags FROM news.feeds ORDER BY id").fetchall()
    sys.stdout.write(dump_opml([FeedSpec(r["url"], r["name"], tuple(r["tags"])) for r in rows]))


@feeds_app.command("status")
@_guard_system_errors
def feeds_status() -> None:
    """Feed health: last poll, status, failures, error score, next poll, warnings (news.feed_health)."""
    from rich.table import Table

    settings = _settings()
    with warehouse.connect(settings) as conn:
        warehouse.migrate(conn)
        rows = conn.execute("SELECT * FROM news.feed_health ORDER BY id").fetchall()
    table = Table(title="feed health (news.feed_health)")
    for col in ("feed", "state", "last poll", "status", "fails", "score", "next poll", "new 7d",
                "last error / warning"):
        table.add_column(col, overflow="fold")
    for r in rows:
        state = "disabled" if not r["enabled"] else "auto-disabled" if r["auto_disabled"] else "ok"
        when = lambda t: t.strftime("%Y-%m-%d %H:%M") if t else ""  # noqa: E731
        table.add_row(r["name"] or r["url"], state, when(r["last_polled_at"]), str(r["last_status"] or ""),
                      str(r["consecutive_failures"]), f"{r['error_score']:g}", when(r["next_poll_at"]),
                      str(r["new_items_7d"]), r["last_error"] or r["last_warning"] or "")
    console.print(table)


@feeds_app.command("list")
@_guard_system_errors
def feeds_list() -> None:
    """Show the feeds with their last poll status."""
    from rich.table import Table

    settings = _settings()
    with warehouse.connect(settings) as conn:
        rows = conn.execute(
            "SELECT url, name, enabled, last_polled_at, last_status, consecutive_failures, "
            "last_error FROM news.feeds ORDER BY id").fetchall()
    table = Table(title="news.feeds")
    for col in ("url", "name", "enabled", "last polled", "status", "failures", "last error"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["url"], r["name"] or "", str(r["enabled"]), str(r["last_polled_at"] or ""),
                      str(r["last_status"] or ""), str(r["consecutive_failures"]),
                      r["last_error"] or "")
    console.print(table)


def _feed_url(url: str) -> str:
    """A feed URL as given, or a usage error naming what is wrong with it."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        err_console.print(f"[red]newsflow: not a feed URL (http or https, with a host): {url!r}[/red]")
        raise typer.Exit(EXIT_USAGE)
    return url.strip()


@feeds_app.command("add")
@_guard_system_errors
def feeds_add(
    url: Annotated[str, typer.Argument(help="the feed's URL (RSS, Atom or JSON Feed)")],
    name: Annotated[str | None, typer.Option(help="a display name")] = None,
    tags: Annotated[str | None, typer.Option(help="comma-separated tags")] = None,
) -> None:
    """Add a feed (or update its name and tags); the next ingest polls it."""
    spec = FeedSpec(url=_feed_url(url), name=name,
                    tags=tuple(t.strip() for t in (tags or "").split(",") if t.strip()))
    with warehouse.connect(_settings()) as conn:
        warehouse.migrate(conn)
        feeds.upsert_feeds(conn, [spec])
    console.print(f"feed added: {spec.url}")


def _feed_change(url: str, change: Callable[[psycopg.Connection[Any], str], bool], done: str) -> None:
    with warehouse.connect(_settings()) as conn:
        warehouse.migrate(conn)
        if not change(conn, url):
            err_console.print(f"[red]newsflow: no such feed: {url} (see `newsflow feeds list`)[/red]")
            raise typer.Exit(EXIT_USAGE)
    console.print(f"feed {done}: {url}")


@feeds_app.command("remove")
@_guard_system_errors
def feeds_remove(url: Annotated[str, typer.Argument(help="the feed's URL")]) -> None:
    """Remove a feed: its entries go, the articles it brought stay."""
    _feed_change(url, feeds.remove_feed, "removed")


@feeds_app.command("disable")
@_guard_system_errors
def feeds_disable(url: Annotated[str, typer.Argument(help="the feed's URL")]) -> None:
    """Stop polling a feed (kept, with its history)."""
    _feed_change(url, lambda conn, u: feeds.set_enabled(conn, u, False), "disabled")


@feeds_app.command("enable")
@_guard_system_errors
def feeds_enable(url: Annotated[str, typer.Argument(help="the feed's URL")]) -> None:
    """Poll a feed again (also one disabled after repeated failures), from the next ingest."""
    _feed_change(url, lambda conn, u: feeds.set_enabled(conn, u, True), "enabled")


def _when(value: str | None, name: str) -> Any:
    from pipeline.ui.search import QueryError, parse_when

    try:
        return parse_when(value, name)
    except QueryError as exc:
        err_console.print(f"[red]newsflow: {exc}[/red]")
        raise typer.Exit(EXIT_USAGE) from None


@app.command()
@_guard_system_errors
def search(
    query: Annotated[str, typer.Argument(help="words, \"a phrase\", -excluded, or")],
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD or an ISO time")] = None,
    site: Annotated[str | None, typer.Option(help="only this site (host name)")] = None,
    lang: Annotated[str | None, typer.Option(help="only this language (ISO 639-1)")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per line")] = False,
) -> None:
    """Search the stored articles (ranked, in each article's language)."""
    from pipeline.ui.search import QueryError
    from pipeline.ui.search import search as run_search

    with warehouse.connect(_settings()) as conn:
        warehouse.migrate(conn)
        try:
            hits = run_search(conn, query, since=_when(since, "since"), site=site, lang=lang, limit=limit)
        except QueryError as exc:
            err_console.print(f"[red]newsflow: {exc}[/red]")
            raise typer.Exit(EXIT_USAGE) from None
    if as_json:
        for hit in hits:
            print(json.dumps(hit.to_json(), ensure_ascii=False, default=str))
        return
    for hit in hits:
        when = hit.published_at.strftime("%Y-%m-%d") if hit.published_at else "undated"
        console.print(f"[bold]{hit.title or hit.url}[/bold]  [dim]{hit.site_name or hit.site} · {when} · "
                      f"#{hit.id}[/dim]\n  {hit.snippet('[', ']')}\n  {hit.url}")
    if not hits:
        err_console.print("no articles match")


@app.command()
@_guard_system_errors
def export(
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD or an ISO time")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY-MM-DD or an ISO time (inclusive)")] = None,
    site: Annotated[str | None, typer.Option(help="only this site (host name)")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet (the parquet extra)")] = "jsonl",
    out: Annotated[str, typer.Option(help="a file, or - for standard output")] = "-",
    duplicates: Annotated[bool, typer.Option("--duplicates/--no-duplicates",
                                             help="include near-duplicate copies")] = True,
) -> None:
    """Export articles, streamed in constant memory (a server-side cursor)."""
    from pipeline.ui.export import ExportError
    from pipeline.ui.export import export as run_export

    window = {"since": _when(since, "since"), "until": _when(until, "until")}
    with warehouse.connect(_settings()) as conn:
        warehouse.migrate(conn)
        try:
            target: Any = sys.stdout.buffer if out == "-" else out
            rows = run_export(conn, target, site=site, fmt=fmt, duplicates=duplicates, **window)  # type: ignore[arg-type]
        except ExportError as exc:
            err_console.print(f"[red]newsflow: {exc}[/red]")
            raise typer.Exit(EXIT_USAGE) from None
    err_console.print(f"exported {rows} articles")


def main() -> None:
    """Entry point of the `newsflow` command."""
    logging.basicConfig(level=os.environ.get("NEWSFLOW_LOG_LEVEL", "WARNING"))
    from pipeline.extract.core import stop_worker_server

    try:
        app()
    finally:
        stop_worker_server()


if __name__ == "__main__":
    main()
