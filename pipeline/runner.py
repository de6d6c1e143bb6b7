"""The local executor of an ingest run: every stage once, pipelined through the warehouse.

`newsflow ingest`, the tests and the benchmarks run the pipeline through run_stages; Airflow runs
the same stage functions (pipeline/stages/tasks.py) as the tasks of news_ingest."""

from __future__ import annotations

import functools
import logging
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from pipeline.config import Settings
from pipeline.extract.core import worker_context
from pipeline.stages import fetch, tasks
from pipeline.warehouse import db as warehouse

log = logging.getLogger(__name__)


def run_stages(params: dict[str, Any], settings: Settings, source: str, *,
               pipelined: bool = True, console: Console | None = None) -> dict[str, Any]:
    """Run every stage once with a progress display; return the summary.

    Poll runs first; then fetch, extract and load run at the same time (pipelined), each
    in its own thread with its own connection, each taking the pages its upstream stage has
    stored so far until that stage is finished: pages move through the warehouse exactly as in
    the DAG, where the same functions run one after another. pipelined=False runs them in order.

    Fetching runs in a process of its own (its thread only waits for it): its event loop is the
    busiest Python code of a run, and sharing one interpreter lock with the extract and load
    threads held all of them back. The fetch stage starts it as polling begins (its first submit
    waits, in that stage's thread, about a second for the fork server to import newsflow), and it
    fetches the pages of the first feeds polled while the others are still being polled (an
    event inherited at its start tells it when polling is over). Nothing starts it before the
    run is open: a run that cannot start (a bad feeds file) leaves no process to wait for.

    The run is opened on a connection held until it is closed: the run records that session, so
    if this process is killed outright the next run finds the session gone and closes this one
    as failed. A stage that raises (or Ctrl-C) closes it as failed with the stage and error.
    Progress goes to `console` (default: stderr)."""
    from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor

    fetcher: ProcessPoolExecutor | None = None
    polled = None
    if pipelined and not params.get("dry_run"):
        ctx = worker_context()
        polled = ctx.Event()
        fetcher = ProcessPoolExecutor(1, mp_context=ctx, initializer=fetch.fetch_process_init,
                                      initargs=(polled, os.getpid()))

    def poll_step(run: dict[str, Any], _up: Any) -> dict[str, int]:
        try:
            return tasks.poll(run["run_id"], run["feed_urls"], dry_run=params.get("dry_run", False),
                              force=params.get("force", False), settings=settings)
        finally:
            if polled is not None:
                polled.set()  # failed or not: the fetch stage must not wait for more

    def fetch_step(run: dict[str, Any], _up: Any) -> dict[str, int]:
        args = (run["run_id"], params.get("max_articles"))
        if fetcher is None:
            return tasks.fetch_pages(*args, settings=settings)
        return fetcher.submit(fetch.fetch_after_poll, *args, settings=settings).result()

    Step = Callable[[dict[str, Any], Any], dict[str, int]]
    poll: tuple[str, Step] = ("poll feeds", poll_step)
    steps: list[tuple[str, Step]] = [
        ("fetch pages", fetch_step),
        ("extract", lambda run, up: tasks.extract(run["run_id"], settings=settings, upstream_done=up)),
        # (no dedup step: the workers fingerprint, load deduplicates)
        ("load", lambda run, up: tasks.load(run["run_id"], settings=settings, upstream_done=up)),
    ]
    console = console or Console(stderr=True)
    with warehouse.connect(settings) as owner:
        run = tasks.start(params, source=source, settings=settings, owner=owner)
        stage = "start"
        try:
            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                          console=console, transient=False) as progress:

                def show(label: str, task_id: Any, counts: dict[str, int]) -> None:
                    shown = ", ".join(f"{k}={v}" for k, v in counts.items() if v)
                    progress.update(task_id, completed=1,
                                    description=f"{label}: {shown or 'nothing to do'}")

                if fetcher is None:  # a dry run, or stages one after another
                    for label, step in [poll] if params.get("dry_run") else [poll, *steps]:
                        stage = label
                        task_id = progress.add_task(label, total=1)
                        show(label, task_id, step(run, None))
                    return tasks.finish(run["run_id"], settings=settings)
                futures: list[tuple[str, Future[dict[str, int]]]] = []
                live = LiveCounts(settings, run["run_id"], console, progress)
                with live, ThreadPoolExecutor(len(steps) + 1, thread_name_prefix="stage") as pool:
                    for label, step in [poll, *steps]:
                        task_id = progress.add_task(f"{label} …", total=1)
                        upstream = futures[-1][1].done if futures else None
                        future = pool.submit(step, run, upstream)
                        future.add_done_callback(
                            functools.partial(_shown_when_done, show, label, task_id))
                        futures.append((label, future))
                for label, future in futures:
                    stage = label
                    future.result()  # the first stage that failed raises here, after the others stopped
        except BaseException as exc:  # a stage failed or Ctrl-C: the run ends as failed, not left running
            tasks.fail(run["run_id"], tasks.failure_reason(stage, exc), settings=settings)
            raise
        finally:
            if fetcher is not None:
                fetcher.shutdown(cancel_futures=True)
        return tasks.finish(run["run_id"], settings=settings)


class LiveCounts:
    """Live per-stage counts of a run's pages, read from the warehouse every `every` seconds: a
    progress line on a terminal, a plain line every `plain_every` seconds elsewhere (Airflow's and
    CI's logs). The pages are counted by state: how many each stage has passed on, with the rate
    of loaded articles."""

    SQL = "SELECT state, count(*) AS n FROM news.pages WHERE run_id = %s GROUP BY state"

    def __init__(self, settings: Settings, run_id: int, console: Console, progress: Progress,
                 every: float = 1.0, plain_every: float = 10.0) -> None:
        self.settings, self.run_id, self.console, self.progress = settings, run_id, console, progress
        self.every, self.plain_every = every, plain_every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="newsflow-live-counts", daemon=True)

    def __enter__(self) -> LiveCounts:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()

    @staticmethod
    def line(counts: dict[str, int], elapsed: float) -> str:
        """One line of counts: pages by state, and loaded articles per second."""
        parts = [f"{state} {n}" for state, n in sorted(counts.items(), key=lambda kv: -kv[1])]
        rate = counts.get("loaded", 0) / elapsed if elapsed > 0 else 0.0
        return f"pages: {' · '.join(parts) or 'none yet'} | loaded {rate:.1f}/s"

    def _watch(self) -> None:
        started = time.monotonic()
        task = self.progress.add_task("pages …", total=None) if self.console.is_terminal else None
        # The count reads the whole of news.pages (no index on run_id, which fetch writes): only as
        # often as it is shown, so not every second when the lines go to a log.
        every = self.every if task is not None else max(self.every, self.plain_every)
        try:
            with warehouse.connect(self.settings, autocommit=True) as conn:
                while not self.stop.wait(every):
                    rows = conn.execute(self.SQL, (self.run_id,)).fetchall()
                    text = self.line({r["state"]: int(r["n"]) for r in rows}, time.monotonic() - started)
                    if task is not None:
                        self.progress.update(task, description=text)
                    else:
                        self.console.print(text, highlight=False)
        except Exception as exc:  # noqa: BLE001 - counts are a display: the run goes on without them
            log.warning("live counts stopped: %s", exc)


def _shown_when_done(show: Any, label: str, task_id: Any, future: Any) -> None:
    """Show a stage's counts on its progress line once it has finished without an error."""
    if future.exception() is None:
        show(label, task_id, future.result())
