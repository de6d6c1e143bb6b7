"""The newsflow command line against the embedded warehouse: exit codes and outputs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pipeline.cli import EXIT_ITEM_FAILURES, EXIT_OK, EXIT_USAGE, app

runner = CliRunner()


def test_migrate_is_idempotent(newsflow_env: Any) -> None:
    """`newsflow migrate` succeeds and reports nothing to do when up to date."""
    result = runner.invoke(app, ["migrate"])
    assert result.exit_code == EXIT_OK and "up to date" in result.output


def test_bad_feeds_file_exits_2(newsflow_env: Any, tmp_path: Path) -> None:
    """A malformed feeds file is a usage error (exit 2) with the reason."""
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - name: no url\n")
    result = runner.invoke(app, ["ingest", "--feeds", str(bad)])
    # rich wraps long lines at the terminal width: compare with the whitespace folded
    assert result.exit_code == EXIT_USAGE and "needs a 'url:'" in " ".join(result.output.split())


def test_bad_feeds_file_command_exits(newsflow_env: Any, tmp_path: Path) -> None:
    """The real command with a bad feeds file exits 2 at once: the fetch process it had already
    started is shut down (it was not, and the command then hung at exit, forever)."""
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - url: not a url\n")
    # a hang raises TimeoutExpired; 120 s is far beyond the ~2 s the command takes
    done = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--feeds", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == EXIT_USAGE, done.stderr
    assert "must be http(s)" in " ".join(done.stderr.split())


def test_bad_setting_exits_2(newsflow_env: Any, monkeypatch: Any) -> None:
    """An invalid NEWSFLOW_* value stops the command with exit 2, naming the variable."""
    monkeypatch.setenv("NEWSFLOW_BATCH_SIZE", "lots")
    result = runner.invoke(app, ["migrate"])
    assert result.exit_code == EXIT_USAGE and "NEWSFLOW_BATCH_SIZE" in result.output


def test_ingest_with_failures_exits_1_and_lists_them(newsflow_env: Any, demo_site: Any, tmp_path: Path, conn: Any) -> None:
    """An ingest whose feeds partly fail completes, loads the good articles and exits 1."""
    feeds = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds, include_bad=True)
    result = runner.invoke(app, ["ingest", "--feeds", str(feeds)])
    assert result.exit_code == EXIT_ITEM_FAILURES, result.output
    assert "articles loaded" in result.output and "http_404" in result.output
    n = conn.execute("SELECT count(*) AS n FROM news.articles").fetchone()["n"]
    assert n == len(demo_site.articles)
    status = runner.invoke(app, ["feeds", "status"])
    assert status.exit_code == EXIT_OK and "auto-disabled" not in status.output
    assert "Ledger" in status.output and "Harbor" in status.output


def test_feeds_import_opml_then_export(newsflow_env: Any, tmp_path: Path, conn: Any) -> None:
    """OPML import registers feeds; export prints them back as OPML."""
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml version="2.0"><body><outline text="World">'
                    '<outline text="Wire" xmlUrl="https://w.example/rss"/></outline></body></opml>')
    assert runner.invoke(app, ["feeds", "import", str(opml)]).exit_code == EXIT_OK
    row = conn.execute("SELECT url, name, tags FROM news.feeds").fetchone()
    assert (row["url"], row["name"], row["tags"]) == ("https://w.example/rss", "Wire", ["World"])
    out = runner.invoke(app, ["feeds", "export"])
    assert 'xmlUrl="https://w.example/rss"' in out.output


def test_killed_ingest_run_is_closed_by_the_next_run(newsflow_env: Any, tmp_path: Path) -> None:
    """A `newsflow ingest` SIGKILLed mid-run cannot close its run; the next run finds the run's
    database session gone and closes it as failed, with a reason naming the lost session."""
    from pipeline.synth.site import SynthSite
    from tests.support.faults import ingest_env, monitor, scalar, start_ingest, wait_until

    dsn = str(newsflow_env.database_url)
    env = ingest_env(dsn, tmp_path, batch_size=10, extract_processes=1)
    with SynthSite(articles=120, hosts=2, latency=0.1) as site, monitor(dsn) as mon:
        feeds = site.write_feeds_file(tmp_path / "feeds.yaml")
        proc = start_ingest(env, feeds, tmp_path / "ingest.log")
        try:  # fetching (from a slow site): well inside the run
            wait_until(lambda: scalar(mon, "SELECT count(*) > 0 FROM news.claims WHERE stage = 'fetch'"),
                       "fetching", proc=proc, timeout=120)
            first = mon.execute("SELECT id, status, session_pid FROM news.runs").fetchone()
            assert first is not None and first["status"] == "running" and first["session_pid"]
            os.kill(proc.pid, signal.SIGKILL)
            assert proc.wait(timeout=30) == -signal.SIGKILL
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        # the server notices the closed socket and ends the session
        wait_until(lambda: not scalar(mon, "SELECT count(*) FROM pg_stat_get_activity(%s)",
                                      first["session_pid"]), "the killed run's session to end",
                   timeout=30)
        assert scalar(mon, "SELECT status FROM news.runs WHERE id = %s", first["id"]) == "running"
        again = subprocess.run([sys.executable, "-m", "pipeline.cli", "ingest", "--feeds", str(feeds),
                                "--max-articles", "1"], env=env, capture_output=True, text=True,
                               timeout=300)
        assert again.returncode in (EXIT_OK, EXIT_ITEM_FAILURES), again.stderr
        rows = mon.execute("SELECT id, status, finished_at, reason FROM news.runs ORDER BY id").fetchall()
    assert [r["status"] for r in rows] == ["failed", "success"]
    assert rows[0]["id"] == first["id"] and rows[0]["finished_at"] is not None
    assert rows[0]["reason"].startswith(f"session lost: backend {first['session_pid']} ")
