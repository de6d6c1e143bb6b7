"""Re-extraction from stored raw HTML against the embedded warehouse (CLI path and DAG)."""

from __future__ import annotations

import gzip
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import Settings
from pipeline.extract.lines import line_fingerprint
from pipeline.extract.sitelearn import learned_lines
from pipeline.runner import run_stages
from pipeline.stages import tasks
from pipeline.stages.reextract import Selection, parse_date
from pipeline.urls import host_of
from tests.localserver import LocalServer
from tests.tablesite import SUBSCRIBE, TableSite, template_in, write_feeds

STALE_TAIL = "Our readers are reading too\nA headline an old cleaner let through"


def _ingest(site: Any, settings: Settings, tmp_path: Path) -> None:
    feeds_file = tmp_path / "feeds.yaml"
    site.write_feeds_file(feeds_file, include_bad=False)
    run_stages({"feeds_file": str(feeds_file)}, settings, "test")


def _age(conn: psycopg.Connection, where: str = "true", params: tuple = ()) -> list[int]:
    """Make stored articles look like the output of an older, worse cleaner: a boilerplate tail."""
    rows = conn.execute(
        f"UPDATE news.articles SET body = body || E'\\n' || %s, content_hash = content_hash || '-old', "
        f"extractor_version = 'old' WHERE {where} RETURNING id", (STALE_TAIL, *params)).fetchall()
    conn.commit()
    return [r["id"] for r in rows]


def _bodies(conn: psycopg.Connection) -> dict[str, str]:
    return {r["url"]: r["body"] for r in conn.execute("SELECT url, body FROM news.articles")}


def test_reextract_repairs_history_and_is_idempotent(demo_site: Any, settings: Settings, conn,  # type: ignore[no-untyped-def]
                                                     tmp_path: Path) -> None:
    """Stale bodies are rewritten from the stored HTML; a second pass changes nothing."""
    _ingest(demo_site, settings, tmp_path)
    clean = _bodies(conn)
    aged = _age(conn)
    assert all(STALE_TAIL in body for body in _bodies(conn).values())
    first = tasks.reextract({}, source="test", settings=settings)
    assert first["counts"]["considered"] == len(clean)
    assert first["counts"]["changed"] == len(aged) and first["counts"]["failed"] == 0
    assert _bodies(conn) == clean
    versions = {r["extractor_version"] for r in conn.execute("SELECT extractor_version FROM news.articles")}
    assert "old" not in versions
    second = tasks.reextract({}, source="test", settings=settings)
    assert second["counts"]["changed"] == 0
    assert second["counts"]["unchanged"] == len(clean)
    run = conn.execute("SELECT source, status, counts FROM news.runs WHERE id = %s",
                       (second["run_id"],)).fetchone()
    assert run["status"] == "success" and run["counts"]["reextract_unchanged"] == len(clean)


def test_reextract_keeps_story_links_and_refreshes_bands(demo_site: Any, settings: Settings, conn,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    """duplicate_of survives; the LSH bands of a rewritten article follow its new text."""
    _ingest(demo_site, settings, tmp_path)
    links = {r["url"]: r["duplicate_of"] for r in conn.execute("SELECT url, duplicate_of FROM news.articles")}
    assert any(links.values())
    conn.execute("DELETE FROM news.lsh_bands")
    conn.execute("DELETE FROM news.lsh_signatures")
    conn.commit()
    _age(conn)
    tasks.reextract({}, source="test", settings=settings)
    assert {r["url"]: r["duplicate_of"] for r in conn.execute("SELECT url, duplicate_of FROM news.articles")} == links
    banded = conn.execute("SELECT count(DISTINCT article_id) AS n FROM news.lsh_bands").fetchone()["n"]
    assert banded == len(links)


def test_reextract_selects_by_site_and_dates(demo_site: Any, settings: Settings, conn,  # type: ignore[no-untyped-def]
                                             tmp_path: Path) -> None:
    """Only the selected site's articles (and only the dated range) are considered."""
    _ingest(demo_site, settings, tmp_path)
    site = host_of(demo_site.articles[0].url)
    of_site = conn.execute("SELECT count(*) AS n FROM news.articles WHERE site = %s", (site,)).fetchone()["n"]
    _age(conn)
    counts = tasks.reextract({"site": site}, source="test", settings=settings)["counts"]
    assert counts["considered"] == of_site == counts["changed"]
    assert sum(STALE_TAIL in body for body in _bodies(conn).values()) == len(_bodies(conn)) - of_site
    none = tasks.reextract({"since": "2100-01-01"}, source="test", settings=settings)["counts"]
    assert none["considered"] == 0
    limited = tasks.reextract({"limit": 2}, source="test", settings=settings)["counts"]
    assert limited["considered"] == 2


def test_unreadable_page_keeps_the_stored_article(demo_site: Any, settings: Settings, conn,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    """A page whose stored HTML no longer yields text is recorded; the article is kept as is."""
    _ingest(demo_site, settings, tmp_path)
    victim = demo_site.articles[0].url
    conn.execute("UPDATE news.pages SET html_gz = %s WHERE article_id = "
                 "(SELECT id FROM news.articles WHERE url = %s)",
                 (gzip.compress(b"<html><body></body></html>"), victim))
    conn.commit()
    before = _bodies(conn)[victim]
    summary = tasks.reextract({}, source="test", settings=settings)
    assert summary["counts"]["failed"] == 1
    assert _bodies(conn)[victim] == before
    errors = conn.execute("SELECT stage, kind, url, message FROM news.errors WHERE run_id = %s",
                          (summary["run_id"],)).fetchall()
    assert [(e["stage"], e["kind"], e["url"]) for e in errors] == [("reextract", "empty_extraction", victim)]
    assert "kept the stored one" in errors[0]["message"]


def test_date_and_selection_errors_are_specific() -> None:
    """Bad dates and ranges are refused with a message naming the field."""
    assert parse_date("2026-11-01", "since") == date(2026, 11, 1)
    assert parse_date("", "since") is None
    with pytest.raises(ValueError, match="since must be a date"):
        parse_date("2026-13-01", "since")
    with pytest.raises(ValueError, match="is after until"):
        Selection(since=date(2026, 2, 1), until=date(2026, 1, 1))


def test_cli_reextract_reports_and_exits(newsflow_env: Settings, demo_site: Any, conn,  # type: ignore[no-untyped-def]
                                         tmp_path: Path) -> None:
    """`newsflow reextract` prints the counts; a bad date exits 2 with the reason."""
    _ingest(demo_site, newsflow_env, tmp_path)
    _age(conn, "id = (SELECT min(id) FROM news.articles)")
    result = CliRunner().invoke(app, ["reextract"])
    assert result.exit_code == 0, result.output
    assert re.search(r"changed\D+1\b", result.output), result.output
    bad = CliRunner().invoke(app, ["reextract", "--since", "yesterday"])
    assert bad.exit_code == 2
    assert "since must be a date" in " ".join(bad.output.split())


def _ingest_in_two_runs(settings: Settings, tmp_path: Path, site: TableSite, server: LocalServer) -> None:
    """The feed lists a site's first two stories, then all of them: its first two pages are stored
    in a run with nothing to learn from."""
    feeds = {"feeds_file": str(write_feeds(tmp_path / "feeds.yaml", server))}
    site.published = 2
    run_stages(feeds, settings, "test")
    site.published = None
    run_stages({**feeds, "force": True}, settings, "test")  # the feed again, though not due yet


def _template_left(conn: psycopg.Connection) -> int:
    return sum(bool(template_in(body)) for body in _bodies(conn).values())


def test_reextract_applies_learned_lines_to_history(settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Articles stored before their site's template was learned are cleaned by reextract."""
    site = TableSite(n=5)
    with site.serve() as server:
        _ingest_in_two_runs(settings, tmp_path, site, server)
    assert _template_left(conn) == 2
    counts = tasks.reextract({}, source="test", settings=replace(settings, batch_size=1))["counts"]
    assert counts["changed"] == 2 and _template_left(conn) == 0
    for story in site.stories:
        assert all(p in _bodies(conn)[server.url(story.path)].split("\n") for p in story.paragraphs)


def test_reextract_compares_its_own_batch(settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With no learned history, reextract learns the template from its batch's pages and keeps it
    for later runs; fingerprints follow settings.dedup_near."""
    site = TableSite(n=5)
    with site.serve() as server:
        _ingest_in_two_runs(settings, tmp_path, site, server)
    conn.execute("TRUNCATE news.site_lines")
    conn.commit()
    exact = replace(settings, dedup_near=False)
    counts = tasks.reextract({}, source="test", settings=exact)["counts"]
    assert counts["changed"] == 2 and _template_left(conn) == 0
    assert line_fingerprint(SUBSCRIBE) in learned_lines(conn, host_of(server.base))
    rewritten = conn.execute("SELECT signature, band_keys FROM news.pages WHERE extracted_at = "
                             "(SELECT max(extracted_at) FROM news.pages)").fetchone()
    assert bytes(rewritten["signature"]) == b"" and not rewritten["band_keys"]
    assert tasks.reextract({}, source="test", settings=exact)["counts"]["changed"] == 0
