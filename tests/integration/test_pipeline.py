"""One full pass over the bundled sample site into the embedded warehouse (the CLI's path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from pipeline.config import Settings
from pipeline.runner import run_stages

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed-article.txt"


def _ingest(site: Any, settings: Settings, tmp_path: Path, include_bad: bool) -> dict[str, Any]:
    feeds_file = tmp_path / "feeds.yaml"
    site.write_feeds_file(feeds_file, include_bad=include_bad)
    return run_stages({"feeds_file": str(feeds_file)}, settings, "test")


def _good(site: Any) -> list[Any]:
    return [a for a in site.articles if a.publisher != "bad"]


def _articles(conn: psycopg.Connection) -> dict[str, dict[str, Any]]:
    rows = conn.execute("SELECT * FROM news.articles ORDER BY id").fetchall()
    return {r["url"]: r for r in rows}


def test_every_article_loads_clean(demo_site: Any, settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each distinct sample article is stored once, with exactly its ground-truth paragraphs."""
    _ingest(demo_site, settings, tmp_path, include_bad=False)
    stored = _articles(conn)
    expected = {a.url: a for a in _good(demo_site)}
    assert set(stored) == set(expected)
    for url, article in expected.items():
        assert stored[url]["body"].split("\n") == article.paragraphs, url
        assert stored[url]["title"] == article.title, url


def test_seed_article_is_stored_exactly(demo_site: Any, settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The seed article comes out as its title and six paragraphs, nothing after them."""
    _ingest(demo_site, settings, tmp_path, include_bad=False)
    seed = next(a for a in demo_site.articles if a.kind == "seed")
    row = conn.execute("SELECT title, body FROM news.articles WHERE url = %s", (seed.url,)).fetchone()
    lines = [p for p in seed.paragraphs]
    if SEED.exists():
        title, *paragraphs = [p.strip() for p in SEED.read_text(encoding="utf-8").split("\n\n")]
        assert (title, paragraphs) == (seed.title, lines)
    assert row["title"] == seed.title
    assert row["body"] == "\n".join(lines)
    assert len(lines) == 6
    assert "readers are reading" not in row["body"].lower()


def test_near_duplicate_points_at_its_root(demo_site: Any, settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A syndicated copy is kept and points at the original through duplicate_of."""
    _ingest(demo_site, settings, tmp_path, include_bad=False)
    stored = _articles(conn)
    copies = [a for a in demo_site.articles if a.kind == "syndicated_copy"]
    assert copies
    for copy in copies:
        assert stored[copy.url]["duplicate_of"] == stored[copy.syndicates]["id"]
        assert stored[copy.syndicates]["duplicate_of"] is None
    others = [r for r in stored.values() if r["url"] not in {c.url for c in copies}]
    assert all(r["duplicate_of"] is None for r in others)


def test_tracking_parameters_do_not_make_a_second_article(demo_site: Any, settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An article listed under two URLs differing by tracking parameters is one row, seen twice."""
    _ingest(demo_site, settings, tmp_path, include_bad=False)
    article = next(a for a in demo_site.articles if a.alt_urls)
    rows = conn.execute("SELECT count(*) AS n FROM news.articles WHERE url = %s",
                        (article.url,)).fetchone()
    links = conn.execute("SELECT link FROM news.sightings WHERE url = %s", (article.url,)).fetchall()
    assert rows["n"] == 1
    assert {link["link"] for link in links} >= set(article.alt_urls)


def test_second_run_adds_nothing(demo_site: Any, settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Running the same input twice adds zero rows to articles, pages and entries."""
    _ingest(demo_site, settings, tmp_path, include_bad=True)
    counts = lambda: conn.execute(  # noqa: E731
        "SELECT (SELECT count(*) FROM news.articles) a, (SELECT count(*) FROM news.pages) p, "
        "(SELECT count(*) FROM news.entries) e").fetchone()
    first = counts()
    conn.commit()
    summary = _ingest(demo_site, settings, tmp_path, include_bad=True)
    assert counts() == first
    assert summary["counts"].get("articles_loaded", 0) == 0
    assert summary["counts"].get("entries_new", 0) == 0


@pytest.mark.parametrize(("stage", "kind", "where"), [
    ("poll", "not_a_feed", "malformed"),
    ("poll", "http_5xx", "500"),
    ("fetch", "http_404", "404"),
    ("fetch", "unsupported_content_type", "pdf"),
    ("fetch", "private_address", "10.255.255.1"),
])
def test_bad_inputs_are_recorded_and_others_load(demo_site: Any, settings: Settings, conn, tmp_path: Path, stage: str, kind: str, where: str) -> None:  # type: ignore[no-untyped-def]
    """Each broken feed or page is recorded with its reason; every good article still loads."""
    summary = _ingest(demo_site, settings, tmp_path, include_bad=True)
    errors = conn.execute("SELECT * FROM news.errors WHERE stage = %s AND kind = %s",
                          (stage, kind)).fetchall()
    assert any(where in ((e["url"] or "") + e["message"]) for e in errors), errors
    assert all(e["message"].startswith(f"{e['stage']}:") for e in errors)
    stored = _articles(conn)
    assert {a.url for a in demo_site.articles} <= set(stored)
    assert summary["errors"]


def test_near_duplicate_settings_apply(demo_site: Any, settings: Settings, conn, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """NEWSFLOW_DEDUP_NEAR=false keeps syndicated copies apart; a stricter containment does too."""
    from dataclasses import replace

    _ingest(demo_site, replace(settings, dedup_near=False), tmp_path, include_bad=False)
    stored = _articles(conn)
    copies = [a for a in demo_site.articles if a.kind == "syndicated_copy"]
    assert copies and all(stored[c.url]["duplicate_of"] is None for c in copies)
    assert conn.execute("SELECT count(*) AS n FROM news.lsh_signatures").fetchone()["n"] == 0
    conn.execute("TRUNCATE news.articles, news.pages, news.entries, news.feeds, news.runs, news.errors, "
                 "news.lsh_bands, news.lsh_signatures, news.site_lines RESTART IDENTITY CASCADE")
    conn.commit()
    _ingest(demo_site, replace(settings, dedup_min_containment=1.0), tmp_path, include_bad=False)
    stored = _articles(conn)
    assert all(stored[c.url]["duplicate_of"] is None for c in copies)


def test_pages_extracted_without_fingerprints_are_hashed_by_load(demo_site: Any, settings: Settings, conn,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """Pages left 'extracted' with no fingerprint (by an older version) are fingerprinted by the
    load stage itself, and load as they would have: same hashes, same links."""
    from pipeline.dedup import index as dedup
    from pipeline.stages import tasks
    _ingest(demo_site, settings, tmp_path, include_bad=False)
    before = {url: (a["content_hash"], a["duplicate_of"] is not None) for url, a in _articles(conn).items()}
    conn.execute("UPDATE news.pages SET state = 'extracted', content_hash = NULL, signature = NULL, "
                 "band_keys = NULL, article_id = NULL, article_url = NULL WHERE state = 'loaded'")
    conn.execute("DELETE FROM news.articles")
    conn.commit()
    tasks.load(None, settings=settings)  # type: ignore[arg-type]
    after = _articles(conn)
    assert {url: (a["content_hash"], a["duplicate_of"] is not None) for url, a in after.items()} == before
    assert all(a["content_hash"] == dedup.content_hash(a["body"]) for a in after.values())
    assert any(linked for _, linked in before.values())
