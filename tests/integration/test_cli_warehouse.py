"""The warehouse in users' hands from the command line: feeds add/remove/disable/enable, search, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from pipeline.cli import EXIT_OK, EXIT_USAGE, app

runner = CliRunner()


def _feed(conn: Any, url: str) -> Any:
    return conn.execute("SELECT name, tags, enabled, disabled_at FROM news.feeds WHERE url = %s", (url,)).fetchone()


def test_feeds_add_disable_enable_remove(newsflow_env: Any, conn: Any) -> None:
    """A feed is added with its name and tags, disabled, enabled again and removed; its articles stay."""
    url = "https://harbour.example/rss"
    assert runner.invoke(app, ["feeds", "add", url, "--name", "Harbour", "--tags", "local, sea"]).exit_code == EXIT_OK
    assert tuple(_feed(conn, url)[k] for k in ("name", "tags", "enabled")) == ("Harbour", ["local", "sea"], True)
    assert runner.invoke(app, ["feeds", "disable", url]).exit_code == EXIT_OK
    assert _feed(conn, url)["enabled"] is False
    conn.execute("UPDATE news.feeds SET disabled_at = now(), disabled_reason = 'x' WHERE url = %s", (url,))
    conn.commit()
    assert runner.invoke(app, ["feeds", "enable", url]).exit_code == EXIT_OK
    row = _feed(conn, url)
    assert row["enabled"] is True and row["disabled_at"] is None
    feed_id = conn.execute("SELECT id FROM news.feeds WHERE url = %s", (url,)).fetchone()["id"]
    conn.execute("INSERT INTO news.articles (url, site, title, body, content_hash, feed_id, word_count) VALUES "
                 "('https://harbour.example/a', 'harbour.example', 'Pier', 'The pier reopened.', 'h1', %s, 3)",
                 (feed_id,))
    conn.commit()
    assert runner.invoke(app, ["feeds", "remove", url]).exit_code == EXIT_OK
    assert _feed(conn, url) is None
    assert conn.execute("SELECT feed_id FROM news.articles").fetchone()["feed_id"] is None


def test_feeds_commands_refuse_bad_input(newsflow_env: Any) -> None:
    """A URL that is not http(s) and a feed that does not exist are usage errors naming the problem."""
    bad = runner.invoke(app, ["feeds", "add", "ftp://x.example/feed"])
    assert bad.exit_code == EXIT_USAGE and "not a feed URL" in bad.output
    missing = runner.invoke(app, ["feeds", "disable", "https://nowhere.example/rss"])
    assert missing.exit_code == EXIT_USAGE and "no such feed" in missing.output


def _articles(conn: Any) -> None:
    rows = [("https://a.example/1", "Harbour pier reopens after repairs", "The harbour pier reopened on Monday.", "en"),
            ("https://b.example/2", "Fähre fährt wieder", "Die Häuser am Hafen sind wieder erreichbar.", "de"),
            ("https://a.example/3", "Council budget", "The council agreed its budget.", "en")]
    for i, (url, title, body, lang) in enumerate(rows):
        conn.execute("INSERT INTO news.articles (url, site, title, body, content_hash, language, published_at, word_count) "
                     "VALUES (%s, split_part(%s, '/', 3), %s, %s, %s, %s, now() - %s * interval '1 day', 5)",
                     (url, url, title, body, f"h{i}", lang, i))
    conn.commit()


def test_search_ranks_and_prints_json(newsflow_env: Any, conn: Any) -> None:
    """`newsflow search --json` returns the matching article first; German stems match (Haus / Häuser)."""
    _articles(conn)
    out = runner.invoke(app, ["search", "pier reopens", "--json"])
    assert out.exit_code == EXIT_OK, out.output
    hits = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert hits[0]["url"] == "https://a.example/1"
    german = runner.invoke(app, ["search", "Haus", "--lang", "de", "--json"])
    assert [json.loads(line)["url"] for line in german.stdout.splitlines() if line.startswith("{")] == [
        "https://b.example/2"]
    assert runner.invoke(app, ["search", "x", "--since", "yesterday-ish"]).exit_code == EXIT_USAGE


def test_export_jsonl_and_csv(newsflow_env: Any, conn: Any, tmp_path: Path) -> None:
    """`newsflow export` writes every selected article as JSON lines or CSV; a bad format is a usage error."""
    _articles(conn)
    out = tmp_path / "a.jsonl"
    assert runner.invoke(app, ["export", "--out", str(out), "--site", "a.example"]).exit_code == EXIT_OK
    assert sorted(json.loads(line)["url"] for line in out.read_text().splitlines()) == [
        "https://a.example/1", "https://a.example/3"]
    result = runner.invoke(app, ["export", "--format", "csv"])
    assert result.exit_code == EXIT_OK
    assert len(list(csv.DictReader(io.StringIO(result.stdout.split("exported")[0])))) == 3
    assert runner.invoke(app, ["export", "--format", "xml"]).exit_code == EXIT_USAGE
