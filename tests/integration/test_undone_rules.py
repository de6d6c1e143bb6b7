"""The safety net's undone removals, added up by site and rule in news.undone_rules (sql/014)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.config import Settings
from pipeline.extract.core import extract_html
from pipeline.runner import run_stages
from pipeline.stages import tasks
from pipeline.ui import dashboard
from pipeline.urls import host_of
from tests.localserver import LocalServer, html, rss
from tests.safetypages import linked_article_in_named_block
from tests.tablesite import write_feeds

PLAIN = ("<html><body><article><h1>Ferry timetable changes for winter</h1>"
         + "".join(f"<p>The island ferry will run {n} crossings a day from November, the council said, "
                   f"after a review of winter demand and the harbour's tide tables ({n}).</p>" for n in range(3, 9))
         + "</article></body></html>")


def _serve(pages: dict[str, str]) -> LocalServer:
    server = LocalServer({path: html(body) for path, body in pages.items()})
    server.routes["/feed.xml"] = lambda _: (200, {"Content-Type": "application/rss+xml"},
                                            rss(server.base, list(pages)))
    return server


def test_undone_rules_add_up_what_the_safety_net_took_back(newsflow_env: Settings, conn: psycopg.Connection,
                                                            tmp_path: Path) -> None:
    """An ingested page whose article a structural rule took (and the net gave back) shows in
    news.undone_rules with its site, rule and characters; a page with nothing undone does not.
    `reextract --undone-rule` then selects exactly the pages that rule would have cost."""
    settings = newsflow_env
    page, paras = linked_article_in_named_block()
    with _serve({"/news/pier.html": page, "/news/ferry.html": PLAIN}) as server:
        run_stages({"feeds_file": str(write_feeds(tmp_path / "feeds.yaml", server))}, settings, "test")
        url = server.url("/news/pier.html")
    loaded: Any = conn.execute("SELECT p.url, a.body FROM news.pages p JOIN news.articles a ON a.id = p.article_id "
                               "WHERE p.state = 'loaded' ORDER BY p.url").fetchall()
    assert len(loaded) == 2
    pier = next(row["body"] for row in loaded if row["url"] == url)
    assert all(text in pier for text in paras)  # the article the rule would have taken was loaded

    expected = extract_html(page, url)
    assert expected is not None
    undone = [u for u in expected.extra["undone"] if u["layer"] == "structural"]
    rows = conn.execute("SELECT site, layer, rule, pages, chars, latest_url FROM news.undone_rules "
                        "WHERE layer = 'structural'").fetchall()
    assert rows == [{"site": host_of(url), "layer": "structural", "rule": "structural:named-block", "pages": 1,
                     "chars": sum(u["chars"] for u in undone), "latest_url": url}]
    assert not conn.execute("SELECT 1 FROM news.undone_rules WHERE latest_url <> %s", (url,)).fetchall()

    # the News feeds page (and its api/overview JSON) lists the rule, with the page it was taken back on
    shown = [u for u in dashboard.overview(conn)["undone_rules"] if u["layer"] == "structural"]
    assert [(u["rule"], u["pages"], u["sites"], u["chars"], u["latest_url"]) for u in shown] == [
        ("structural:named-block", 1, 1, rows[0]["chars"], url)]
    page_html = dashboard.render_page(dashboard.overview(conn))
    assert 'data-rule="structural:named-block"' in page_html and url in page_html

    # once the rule is fixed, the pages it would have cost are the ones to re-extract
    result = CliRunner().invoke(app, ["reextract", "--undone-rule", "structural:named-block"])
    assert result.exit_code == 0, result.output
    counts = conn.execute("SELECT counts FROM news.runs ORDER BY id DESC LIMIT 1").fetchone()["counts"]
    assert counts["reextract_considered"] == 1
    nothing = tasks.reextract({"undone_rule": "structural:no-such-rule"}, source="cli", settings=settings)
    assert nothing["counts"]["considered"] == 0
    everything = tasks.reextract({"undone_rule": "  "}, source="cli", settings=settings)  # blank: no filter
    assert everything["counts"]["considered"] == 2


def test_undone_rules_skip_pages_without_a_list(conn: psycopg.Connection) -> None:
    """Pages without undone removals, or whose `undone` is not a list (bad input from an older
    writer), add nothing and break nothing."""
    conn.execute("INSERT INTO news.pages (url, state, extracted) VALUES "
                 "('http://a.example/1', 'extracted', '{\"body\": \"x\"}'), "
                 "('http://a.example/2', 'extracted', '{\"body\": \"x\", \"undone\": {\"rule\": \"tail\"}}'), "
                 "('http://a.example/3', 'extracted', '{\"body\": \"x\", \"undone\": "
                 "[{\"rule\": \"tail\", \"chars\": 40, \"layer\": \"lines\"}]}')")
    rows = conn.execute("SELECT site, layer, rule, pages, chars FROM news.undone_rules").fetchall()
    assert rows == [{"site": "a.example", "layer": "lines", "rule": "tail", "pages": 1, "chars": 40}]


def test_the_news_feeds_page_says_when_nothing_was_undone(conn: psycopg.Connection) -> None:
    """An empty warehouse: no rule listed, and the page says so."""
    assert dashboard.overview(conn)["undone_rules"] == []
    assert "Nothing undone" in dashboard.render_page(dashboard.overview(conn))
