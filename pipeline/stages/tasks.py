"""Stage entry points shared by the DAG and the CLI: small inputs, small outputs (ids, counts)."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

import psycopg

from pipeline.config import Settings, load_feeds_file
from pipeline.feeds import poll as feeds
from pipeline.models import FeedSpec
from pipeline.stages import fetch
from pipeline.stages import pages as stages
from pipeline.warehouse import db as warehouse
from pipeline.warehouse import runs
from pipeline.warehouse.pages import UpstreamDone

log = logging.getLogger(__name__)


@contextmanager
def _session(settings: Settings | None) -> Iterator[tuple[Settings, psycopg.Connection[Any]]]:
    settings = settings or Settings.from_env()
    with warehouse.connect(settings) as conn:
        yield settings, conn


def start(
    params: dict[str, Any], *, source: str, external_id: str | None = None,
    settings: Settings | None = None, owner: psycopg.Connection[Any] | None = None,
) -> dict[str, Any]:
    """Migrate, close the runs whose owner died, register the feeds of the feeds file, open a run;
    return run id and feed urls.

    `owner`: a connection the caller keeps open until it closes the run (the local runner); the
    run records its session, so if the caller is killed outright the next run closes this one as
    failed (runs.close_lost_runs). Without it (Airflow), the DAG's failure callback closes it."""
    with contextlib.ExitStack() as stack:
        if owner is None:
            settings, conn = stack.enter_context(_session(settings))
        else:
            settings, conn = settings or Settings.from_env(), owner
        warehouse.migrate(conn)
        for lost in runs.close_lost_runs(conn):
            log.warning("run %s closed as failed: the session of the process running it is gone", lost)
        feed_urls: list[str] = list(params.get("feed_urls") or [])
        if feed_urls:  # explicit URLs are registered if new, and only they are polled
            feeds.upsert_feeds(conn, [FeedSpec(url=u) for u in feed_urls])
        feeds_file = params.get("feeds_file") or settings.feeds_file
        if feeds_file:
            specs = load_feeds_file(feeds_file)
            feeds.upsert_feeds(conn, specs)
            if not feed_urls:
                feed_urls = [spec.url for spec in specs]
        run_id = runs.start_run(conn, source, params, external_id, own_session=owner is not None)
        return {"run_id": run_id, "feed_urls": feed_urls}


def poll(run_id: int, feed_urls: Sequence[str] | None, *, dry_run: bool = False,
         force: bool = False, settings: Settings | None = None) -> dict[str, int]:
    """Poll the given feeds, else the enabled feeds that are due (all of them with force)."""
    with _session(settings) as (settings, conn):
        if not dry_run:
            return feeds.poll_feeds(settings, conn, run_id, feed_urls or None, force=force)
        # A dry run polls for real but keeps nothing: the transaction is rolled back.
        no_commit = cast(psycopg.Connection[Any], _NoCommit(conn))
        counts = feeds.poll_feeds(settings, no_commit, None, feed_urls or None, force=force)
        conn.rollback()
        return counts


def fetch_pages(run_id: int, max_articles: int | None = None, *,
                settings: Settings | None = None,
                upstream_done: UpstreamDone | None = None) -> dict[str, int]:
    """Fetch pending pages; while upstream_done() is False (polling goes on), also the pages that
    polling stores meanwhile."""
    with _session(settings) as (settings, conn):
        return fetch.fetch_pages(settings, conn, run_id, max_articles or None, upstream_done=upstream_done)


def extract(run_id: int, *, settings: Settings | None = None,
            upstream_done: UpstreamDone | None = None) -> dict[str, int]:
    """Extract fetched pages (while upstream_done() is False, wait for more)."""
    with _session(settings) as (settings, conn):
        return stages.extract_pages(settings, conn, run_id, upstream_done=upstream_done)


def load(run_id: int, *, settings: Settings | None = None,
         upstream_done: UpstreamDone | None = None) -> dict[str, int]:
    """Load articles (while upstream_done() is False, wait for more)."""
    with _session(settings) as (settings, conn):
        return stages.load_pages(settings, conn, run_id, upstream_done=upstream_done)


def finish(run_id: int, *, settings: Settings | None = None) -> dict[str, Any]:
    """Close the run and return its summary: run counts, errors and warehouse totals."""
    with _session(settings) as (settings, conn):
        run = runs.finish_run(conn, run_id)
        errors = conn.execute(
            "SELECT stage, kind, url, message FROM news.errors WHERE run_id = %s ORDER BY id",
            (run_id,),
        ).fetchall()
        return {"run_id": run_id, "counts": run.get("counts", {}), "errors": errors,
                "totals": warehouse.warehouse_totals(conn)}


def fail(run_id: int, reason: str, *, settings: Settings | None = None,
         patience: float = 10.0) -> bool:
    """Mark a run failed, with the reason, after one of its stages raised. The warehouse may be
    what failed (and be restarting), so connecting is retried for `patience` seconds; False if it
    stayed unreachable."""
    return _retrying(lambda conn: runs.finish_run(conn, run_id, "failed", reason), patience,
                     f"run {run_id}", settings)


def fail_external(external_ids: Sequence[str], reason: str, *, settings: Settings | None = None,
                  patience: float = 10.0) -> bool:
    """Mark failed, with the reason, the runs of these external ids (an Airflow run's) that are
    still running; retried like fail()."""
    return _retrying(lambda conn: runs.fail_runs(conn, external_ids, reason), patience,
                     f"run {', '.join(external_ids)}", settings)


def _retrying(close: Any, patience: float, what: str, settings: Settings | None = None) -> bool:
    deadline = time.monotonic() + patience
    while True:
        try:
            with _session(settings) as (_, conn):
                close(conn)
            return True
        except psycopg.OperationalError as exc:
            if time.monotonic() >= deadline:
                log.warning("%s left running: the warehouse stayed unreachable (%s)", what, exc)
                return False
            time.sleep(0.5)


def reextract(
    params: dict[str, Any], *, source: str, external_id: str | None = None,
    settings: Settings | None = None, progress: Any = None,
) -> dict[str, Any]:
    """Re-extract stored articles (params: site, since, until, limit, undone_rule) as a run of its own;
    return the run's summary with the counts (considered, changed, unchanged, failed, conflicts)."""
    from pipeline.stages.reextract import Selection, parse_date
    from pipeline.stages.reextract import reextract as run_reextract

    selection = Selection(site=params.get("site") or None,
                          since=parse_date(params.get("since"), "since"),
                          until=parse_date(params.get("until"), "until"),
                          limit=params.get("limit") or None,
                          undone_rule=(params.get("undone_rule") or "").strip() or None)
    with _session(settings) as (settings, conn):
        warehouse.migrate(conn)
        run_id = runs.start_run(conn, source, {"reextract": params}, external_id)
        try:
            counts = run_reextract(settings, conn, selection, run_id, progress=progress)
        except BaseException as exc:
            conn.rollback()
            runs.finish_run(conn, run_id, "failed", failure_reason("reextract", exc))
            raise
        runs.finish_run(conn, run_id)
        errors = conn.execute(
            "SELECT stage, kind, url, message FROM news.errors WHERE run_id = %s ORDER BY id",
            (run_id,),
        ).fetchall()
        return {"run_id": run_id, "counts": counts, "errors": errors}


def failure_reason(where: str, exc: BaseException | None) -> str:
    """The reason recorded for a failed run: where it failed and the error."""
    if exc is None:
        return f"{where} failed"
    if isinstance(exc, KeyboardInterrupt):
        return f"{where}: interrupted"
    return f"{where}: {type(exc).__name__}: {exc}".strip()[:2000]


class _NoCommit:
    """A connection proxy whose commit() does nothing, for dry runs."""

    def __init__(self, conn: psycopg.Connection[Any]):
        self._conn = conn

    def commit(self) -> None:
        """Ignore commits."""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)
