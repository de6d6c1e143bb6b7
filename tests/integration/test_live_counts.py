"""`newsflow ingest`'s live counts: the run's pages by state, read from the warehouse while it runs."""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console
from rich.progress import Progress

from pipeline.runner import LiveCounts
from pipeline.warehouse.runs import start_run


def test_line_counts_pages_by_state_and_the_load_rate() -> None:
    """A line lists the states, most pages first, and loaded articles per second."""
    assert LiveCounts.line({"loaded": 30, "pending": 5, "fetched": 12}, 10.0) == (
        "pages: loaded 30 · fetched 12 · pending 5 | loaded 3.0/s")
    assert LiveCounts.line({}, 0.0) == "pages: none yet | loaded 0.0/s"


def test_plain_lines_when_the_output_is_not_a_terminal(settings: Any, conn: Any) -> None:
    """Written to a log (not a terminal), the counts come as plain periodic lines naming the run's pages."""
    run_id = start_run(conn, "cli", {})
    for i, state in enumerate(["pending", "loaded", "loaded"]):
        conn.execute("INSERT INTO news.pages (url, state, run_id) VALUES (%s, %s, %s)",
                     (f"http://site.test/{i}", state, run_id))
    conn.commit()
    out = io.StringIO()
    console = Console(file=out, force_terminal=False, width=200)
    with Progress(console=console) as progress, LiveCounts(settings, run_id, console, progress,
                                                           every=0.01, plain_every=0.0) as live:
        while "loaded 2" not in out.getvalue() and live.thread.is_alive():
            live.stop.wait(0.01)
    assert "pages: loaded 2 · pending 1" in out.getvalue()
