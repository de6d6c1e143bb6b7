"""What the UI shows, from a real ingest of the sample site: page figures, run summary, digest, upkeep."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from pipeline.config import Settings
from pipeline.runner import run_stages
from pipeline.stages import digest, maintenance
from pipeline.ui import dashboard
from pipeline.ui.report import summary_markdown


@pytest.fixture
def ingested(demo_site: Any, settings: Settings, conn: psycopg.Connection,
             tmp_path: Path) -> dict[str, Any]:
    """One CLI ingest of the sample site with its bad publisher; returns the run summary."""
    feeds_file = tmp_path / "feeds.yaml"
    demo_site.write_feeds_file(feeds_file, include_bad=True)
    return run_stages({"feeds_file": str(feeds_file)}, settings, "test")


def test_overview_figures_match_the_warehouse(ingested: dict[str, Any], demo_site: Any,
                                              conn: psycopg.Connection) -> None:
    """Per-feed health, articles per day, duplicate rate and run counts equal the tables' own."""
    data = dashboard.overview(conn, days=7)
    feeds = {f["url"]: f for f in data["feeds"]}
    assert set(feeds) == {f.url for f in demo_site.feeds + demo_site.bad_feeds}
    for url, f in feeds.items():
        row = conn.execute(
            "SELECT count(*) AS n FROM news.articles a JOIN news.feeds f ON f.id = a.feed_id "
            "WHERE f.url = %s", (url,)).fetchone()
        assert f["articles"] == row["n"]
        assert f["articles_per_day"][-1] == row["n"]  # all loaded today
        assert sum(f["articles_per_day"]) == row["n"]
    assert data["totals"]["articles"] == len(demo_site.articles)
    failing = [f for f in data["feeds"] if f["status"] == "failing"]
    assert failing and all(f["consecutive_failures"] == 1 and f["last_error"] for f in failing)
    assert {f["url"] for f in failing} <= {f.url for f in demo_site.bad_feeds}
    assert {f["status"] for f in data["feeds"] if f["url"] in {g.url for g in demo_site.feeds}} == {"ok"}
    states = conn.execute(
        "SELECT count(*) FILTER (WHERE p.state = 'duplicate') AS exact, "
        "count(*) FILTER (WHERE a.duplicate_of IS NOT NULL) AS near, "
        "count(*) FILTER (WHERE p.state IN ('duplicate', 'loaded')) AS total "
        "FROM news.pages p LEFT JOIN news.articles a ON a.id = p.article_id").fetchone()
    assert states["near"] > 0
    assert data["totals"]["near_duplicates"] == states["near"]
    assert data["totals"]["exact_duplicates"] == states["exact"]
    assert data["totals"]["duplicate_rate"] == round((states["exact"] + states["near"]) / states["total"], 4)
    (run,) = data["runs"]
    assert run["id"] == ingested["run_id"] and run["status"] == "success"
    assert run["counts"]["articles_loaded"] == len(demo_site.articles)
    assert run["errors"] == len(ingested["errors"])


def test_page_shows_each_feed_with_chart_and_runs(ingested: dict[str, Any], demo_site: Any,
                                                  conn: psycopg.Connection) -> None:
    """The HTML lists every feed with a bar per day, its article count, and the run's counts."""
    data = dashboard.overview(conn, days=5)
    html = dashboard.render_page(data)
    for f in data["feeds"]:
        start = html.index(f'data-feed-url="{f["url"]}"')
        row = html[start:html.index("</tr>", start)]
        assert row.count("<rect") == 5
        assert f'data-articles="{f["articles"]}"' in row
    assert html.count("<tr data-feed-url=") == len(data["feeds"])
    run_row = html[html.index(f'data-run-id="{ingested["run_id"]}"'):]
    assert f'data-count="articles_loaded">{len(demo_site.articles)}<' in run_row
    assert "<script" not in html and "http" not in html.split("<body>")[0]  # no external assets


def test_bar_chart_scales_to_the_busiest_day() -> None:
    """The tallest bar is the busiest day, empty days get a flat grey bar, tooltips say day: n."""
    svg = dashboard.bar_chart([0, 2, 4], ["2026-01-01", "2026-01-02", "2026-01-03"], height=22)
    heights = [float(h) for h in re.findall(r'height="([\d.]+)" fill', svg)]
    assert heights == [1.0, 10.0, 20.0]
    assert "<title>2026-01-03: 4</title>" in svg and 'fill="#d1d5db"' in svg


def test_run_summary_markdown_names_failed_feeds(ingested: dict[str, Any]) -> None:
    """The note lists counts per stage and each failed feed with its reason, within 1000 chars."""
    text = summary_markdown(ingested)
    c = ingested["counts"]
    assert len(text) <= 1000
    assert f"**newsflow run {ingested['run_id']}**: {c['articles_loaded']} articles loaded" in text
    assert f"| fetch | {c['pages_fetched']} pages | {c.get('fetch_failed', 0)} failed |" in text
    failed_feeds = [e for e in ingested["errors"] if e["stage"] == "poll" and e["kind"] == "not_a_feed"]
    assert failed_feeds
    assert f"**Failed feeds ({c['feeds_failed']})**" in text
    assert "`not_a_feed`" in text
    assert f"WHERE run_id = {ingested['run_id']}" in text


def test_run_summary_markdown_stays_within_the_note_limit() -> None:
    """Hundreds of failures are cut to what fits, and the rest is counted."""
    errors = [{"stage": "fetch", "kind": "http_404", "url": f"http://x.test/{i}",
               "message": f"fetch: http://x.test/{i} returned 404 Not Found"} for i in range(300)]
    text = summary_markdown({"run_id": 7, "counts": {"fetch_failed": 300}, "errors": errors})
    assert len(text) <= 1000
    shown = text.count("\n- ")
    assert 0 < shown < 300
    assert f"{300 - shown} more not shown." in text


def test_run_summary_markdown_has_no_empty_headings() -> None:
    """A group none of whose items fits is counted, not shown as a bare heading."""
    feeds = [{"stage": "poll", "kind": "http_5xx", "url": f"http://f{i}.test/rss",
              "message": "poll: HTTP 500 " + "x" * 120} for i in range(4)]
    pages = [{"stage": "fetch", "kind": "http_404", "url": f"http://x.test/{i}",
              "message": "fetch: 404 " + "y" * 120} for i in range(3)]
    text = summary_markdown({"run_id": 3, "counts": {}, "errors": feeds + pages})
    assert len(text) <= 1000
    assert "**Failed feeds (4)**" in text and "**Failed pages" not in text
    shown = text.count("\n- ")
    assert f"{7 - shown} more not shown." in text


def test_digest_ranks_widely_carried_stories_first(ingested: dict[str, Any],
                                                   conn: psycopg.Connection) -> None:
    """Each outlet gets its top stories of the day, most outlets first; a rerun gives the same rows."""
    days = conn.execute(
        "SELECT DISTINCT (coalesce(published_at, created_at) AT TIME ZONE 'UTC')::date AS d "
        "FROM news.articles ORDER BY d").fetchall()
    day = days[-1]["d"]
    result = digest.write_digest(conn, day, top_n=2, generated_by="test")
    rows = digest.read_digest(conn, day)
    assert result == {"day": day.isoformat(), "outlets": len({r["site"] for r in rows}), "items": len(rows)}
    expected = conn.execute(
        "SELECT a.site, a.id, cardinality(s.outlets) AS outlets FROM news.articles a "
        "JOIN news.stories s ON s.story_id = coalesce(a.duplicate_of, a.id) "
        "WHERE (coalesce(a.published_at, a.created_at) AT TIME ZONE 'UTC')::date = %s", (day,)).fetchall()
    for site in {r["site"] for r in expected}:
        mine = [r for r in rows if r["site"] == site]
        best = sorted((r["outlets"] for r in expected if r["site"] == site), reverse=True)[:2]
        assert [r["outlets"] for r in mine] == best
        assert [r["rank"] for r in mine] == list(range(1, len(mine) + 1))
    assert digest.write_digest(conn, day, top_n=2) == result
    assert [dict(r) for r in digest.read_digest(conn, day)] == [dict(r) for r in rows]
    assert digest.write_digest(conn, day - timedelta(days=400))["items"] == 0


def test_raw_html_retention_keeps_rows_and_recent_html(ingested: dict[str, Any],
                                                       settings: Settings,
                                                       conn: psycopg.Connection) -> None:
    """Finished pages fetched before the cutoff lose their HTML, keep their row; others keep both."""
    pages = conn.execute("SELECT count(*) AS n FROM news.pages").fetchone()["n"]
    with_html = conn.execute("SELECT url, state FROM news.pages WHERE html_gz IS NOT NULL").fetchall()
    assert len(with_html) > 4
    old = [r["url"] for r in with_html if r["state"] == "loaded"][:3]
    pending = [r["url"] for r in with_html if r["url"] not in old][0]
    conn.execute("UPDATE news.pages SET fetched_at = now() - interval '100 days' WHERE url = ANY(%s)",
                 (old + [pending],))
    conn.execute("UPDATE news.pages SET state = 'fetched' WHERE url = %s", (pending,))
    conn.commit()
    result = maintenance.run_maintenance(datetime.now(UTC), settings=settings)
    assert result["retention_days"] == 90 and result["html_purged"] == 3
    assert "news.pages" in result["vacuumed"] and "news.articles" in result["vacuumed"]
    gone = conn.execute("SELECT url FROM news.pages WHERE html_gz IS NULL AND url = ANY(%s)",
                        (old + [pending],)).fetchall()
    assert {r["url"] for r in gone} == set(old)
    assert conn.execute("SELECT count(*) AS n FROM news.pages").fetchone()["n"] == pages
    assert result["pages_with_html"] == len(with_html) - 3
    again = maintenance.run_maintenance(datetime.now(UTC), retention_days=0, vacuum=False,
                                        settings=settings)
    assert again["html_purged"] == 0 and again["vacuumed"] == []



def test_maintenance_command_uses_the_retention_setting(ingested: dict[str, Any], newsflow_env: Settings,
                                                        conn: psycopg.Connection,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`newsflow maintenance` drops raw HTML older than NEWSFLOW_RAW_RETENTION_DAYS and says how much."""
    from typer.testing import CliRunner

    from pipeline.cli import app

    loaded = [r["url"] for r in conn.execute(
        "SELECT url FROM news.pages WHERE state = 'loaded' ORDER BY url LIMIT 4").fetchall()]
    conn.execute("UPDATE news.pages SET fetched_at = now() - interval '40 days' WHERE url = ANY(%s)",
                 (loaded[:2],))
    conn.execute("UPDATE news.pages SET fetched_at = now() - interval '20 days' WHERE url = ANY(%s)",
                 (loaded[2:],))
    conn.commit()
    monkeypatch.setenv("NEWSFLOW_RAW_RETENTION_DAYS", "30")
    result = CliRunner().invoke(app, ["maintenance", "--no-vacuum"])
    assert result.exit_code == 0, result.output
    assert "raw HTML dropped from 2 pages (retention 30 days)" in result.output
    assert "vacuumed: nothing" in result.output
    kept = conn.execute("SELECT url FROM news.pages WHERE url = ANY(%s) AND html_gz IS NOT NULL",
                        (loaded,)).fetchall()
    assert sorted(r["url"] for r in kept) == sorted(loaded[2:])
