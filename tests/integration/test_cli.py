"""The newsflow command line against the embedded warehouse: exit codes and outputs."""

from __future__ import annotations

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
