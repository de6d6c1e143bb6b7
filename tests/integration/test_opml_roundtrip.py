"""OPML through the warehouse: import keeps each feed's tags, export writes them back."""

from __future__ import annotations

from pathlib import Path

import psycopg

from pipeline.config import dump_opml, load_opml
from pipeline.feeds.poll import upsert_feeds
from pipeline.models import FeedSpec

OPML = """<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>subs</title></head><body>
  <outline text="World">
    <outline text="Wire" type="rss" xmlUrl="https://w.example/rss" category="breaking"/>
  </outline>
  <outline text="Tech" type="rss" xmlUrl="https://t.example/atom" category="tech,/Science/Space"/>
  <outline text="Plain" type="rss" xmlUrl="https://p.example/rss"/>
</body></opml>"""


def _export(conn: psycopg.Connection) -> str:
    rows = conn.execute("SELECT url, name, tags FROM news.feeds ORDER BY id").fetchall()
    return dump_opml([FeedSpec(r["url"], r["name"], tuple(r["tags"])) for r in rows])


def test_opml_import_export_import_keeps_tags(conn: psycopg.Connection, tmp_path: Path) -> None:
    """Folder and category tags survive import -> news.feeds -> export -> import."""
    first = tmp_path / "in.opml"
    first.write_text(OPML, encoding="utf-8")
    upsert_feeds(conn, load_opml(first))
    tags = {r["url"]: r["tags"] for r in conn.execute("SELECT url, tags FROM news.feeds")}
    assert tags == {"https://w.example/rss": ["World", "breaking"],
                    "https://t.example/atom": ["tech", "Science/Space"],
                    "https://p.example/rss": []}
    exported = tmp_path / "out.opml"
    exported.write_text(_export(conn), encoding="utf-8")
    assert load_opml(exported) == load_opml(first)
    # Importing the export again changes nothing.
    upsert_feeds(conn, load_opml(exported))
    assert _export(conn) == exported.read_text(encoding="utf-8")
