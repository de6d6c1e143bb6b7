"""A robots.txt wildcard rule applied end to end: feed poll, fetch stage, warehouse records."""

from __future__ import annotations

import psycopg

from pipeline.config import Settings
from pipeline.feeds.poll import poll_feeds, upsert_feeds
from pipeline.models import FeedSpec
from pipeline.stages.fetch import fetch_pages
from tests.localserver import LocalServer, html, raw

PAGE = "<html><body><article><h1>{0}</h1><p>An article about {0}.</p></article></body></html>"


def test_wildcard_disallow_is_obeyed_and_recorded(settings: Settings, conn: psycopg.Connection) -> None:
    """`Disallow: /*.pdf$` refuses /docs/report.pdf (never requested, failed with its reason);
    /docs/report.pdf?format=html and /docs/pdf-guide are allowed and fetched."""
    robots = b"User-agent: *\nDisallow: /*.pdf$\n"
    paths = ["/docs/report.pdf", "/docs/report.pdf?format=html", "/docs/pdf-guide"]
    with LocalServer({"/robots.txt": raw(200, {"Content-Type": "text/plain"}, robots),
                      "/docs/report.pdf": html(PAGE.format("a report")),
                      "/docs/pdf-guide": html(PAGE.format("a guide"))}) as srv:
        items = "".join(f"<item><title>{p}</title><link>{srv.base}{p.replace('&', '&amp;')}</link>"
                        f"<guid>{p}</guid></item>" for p in paths)
        srv.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"},
                                      f'<?xml version="1.0"?><rss version="2.0"><channel><title>t'
                                      f'</title>{items}</channel></rss>'.encode())
        upsert_feeds(conn, [FeedSpec(srv.url("/feed.xml"))])
        poll_feeds(settings, conn, None, [srv.url("/feed.xml")], force=True)
        counts = fetch_pages(settings, conn, None)
        hits = list(srv.hits)
    rows = {r["url"]: r for r in conn.execute("SELECT url, state, error_kind, error FROM news.pages")}
    refused = rows[srv.url("/docs/report.pdf")]
    assert (refused["state"], refused["error_kind"]) == ("failed", "robots_disallowed")
    assert "robots.txt disallows" in refused["error"] and "/docs/report.pdf" in refused["error"]
    error = conn.execute("SELECT kind, message FROM news.errors WHERE stage = 'fetch'").fetchall()
    assert [e["kind"] for e in error] == ["robots_disallowed"]
    assert rows[srv.url("/docs/report.pdf?format=html")]["state"] == "fetched"
    assert rows[srv.url("/docs/pdf-guide")]["state"] == "fetched"
    assert "/docs/report.pdf" not in hits  # never requested
    assert {"/docs/report.pdf?format=html", "/docs/pdf-guide"} <= set(hits)
    assert counts == {"pages_fetched": 2, "fetch_failed": 1}
