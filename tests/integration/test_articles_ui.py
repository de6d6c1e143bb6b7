"""Article list, search, article and story views, search() and export(), on the embedded warehouse.

Articles are inserted with plain SQL; the router is mounted under /newsflow in a bare FastAPI app
with a trivial auth dependency (the plugin's real auth is tested in tests/dags).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html import unescape
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg.rows import dict_row
from psycopg.types.json import Jsonb

from pipeline.ui import export as exporting
from pipeline.ui.articles import articles_router
from pipeline.ui.search import Filters, search

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _at(day: int, hour: int = 12) -> datetime:
    return T0.replace(day=day, hour=hour)


def _add(conn: psycopg.Connection, url: str, title: str | None, body: str, *, published: datetime | None,
         site: str, site_name: str | None = None, language: str = "en", duplicate_of: int | None = None,
         feed_id: int | None = None) -> int:
    row = conn.execute(
        "INSERT INTO news.articles (url, title, body, published_at, duplicate_of, language, site, site_name,"
        " content_hash, word_count, feed_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, md5(%s), %s, %s)"
        " RETURNING id",
        (url, title, body, published, duplicate_of, language, site, site_name, url, len(body.split()),
         feed_id)).fetchone()
    return int(row["id"])


@pytest.fixture
def data(conn: psycopg.Connection) -> dict[str, Any]:
    """Ten articles on three outlets and two feeds: a story with two copies, an undated article,
    two articles at the same time, one German, one with a hostile title; pages and sightings."""
    feed_a = conn.execute("INSERT INTO news.feeds (url, name) VALUES ('http://a.test/rss', 'A news') "
                          "RETURNING id").fetchone()["id"]
    feed_b = conn.execute("INSERT INTO news.feeds (url, name) VALUES ('http://b.test/rss', 'B daily') "
                          "RETURNING id").fetchone()["id"]
    ids: dict[str, int] = {}
    ids["root"] = _add(conn, "http://a.test/harbour", "Harbour bridge reopens after repairs",
                       "The harbour bridge reopened on Sunday.\nTraffic flowed again across the river.",
                       published=_at(2), site="a.test", site_name="A News", feed_id=feed_a)
    ids["copy_b"] = _add(conn, "http://b.test/bridge", "Bridge reopened",
                         "The harbour bridge reopened on Sunday, officials said.\nTraffic flowed again.",
                         published=_at(2, 15), site="b.test", site_name="B Daily", duplicate_of=ids["root"],
                         feed_id=feed_b)
    ids["copy_c"] = _add(conn, "http://c.test/bridge-story", "Bridge open again",
                         "Officials said the harbour bridge reopened on Sunday.",
                         published=_at(3), site="c.test", duplicate_of=ids["root"])
    ids["body_only"] = _add(conn, "http://a.test/ferries", "Ferries resume",
                            "Ferry services resumed; the harbour was calm all day.",
                            published=_at(4), site="a.test", site_name="A News", feed_id=feed_a)
    ids["twin1"] = _add(conn, "http://b.test/markets", "Markets", "Markets rose in early trading.",
                        published=_at(5), site="b.test", site_name="B Daily", feed_id=feed_b)
    ids["twin2"] = _add(conn, "http://b.test/weather", "Weather", "Rain is expected over the weekend.",
                        published=_at(5), site="b.test", site_name="B Daily", feed_id=feed_b)
    ids["german"] = _add(conn, "http://c.test/hafen", "Hafenbrücke wieder offen",
                         "Die Brücke am Hafen ist wieder offen.", published=_at(6), site="c.test",
                         language="de")
    ids["hostile"] = _add(conn, "http://c.test/x", "<script>alert(1)</script> & more",
                          "Nothing to see <b>here</b>.", published=_at(1), site="c.test")
    ids["undated"] = _add(conn, "http://a.test/undated", "Undated note", "A note without a date.",
                          published=None, site="a.test", site_name="A News", feed_id=feed_a)
    ids["newest"] = _add(conn, "http://a.test/newest", "Newest piece", "The newest piece of all.",
                         published=_at(7), site="a.test", site_name="A News", feed_id=feed_a)
    removed = [{"text": "Share on Facebook", "rule": "share-buttons"},
               {"text": "Subscribe to our <newsletter>", "rule": "learned:site-boilerplate"}]
    conn.execute("INSERT INTO news.pages (url, state, feed_id, extracted, article_id) "
                 "VALUES (%s, 'loaded', %s, %s, %s)",
                 ("http://a.test/harbour", feed_a, Jsonb({"body": "...", "removed": removed}), ids["root"]))
    conn.execute("INSERT INTO news.pages (url, state, feed_id, extracted, article_id) "
                 "VALUES ('http://b.test/bridge', 'loaded', %s, %s, %s)",
                 (feed_b, Jsonb({"body": "..."}), ids["copy_b"]))
    conn.execute("INSERT INTO news.entries (feed_id, entry_key, url, link, first_seen_at, last_seen_at) "
                 "VALUES (%s, 'h1', 'http://a.test/harbour', 'http://a.test/harbour', %s, %s)",
                 (feed_a, _at(2, 13), _at(4, 9)))
    conn.commit()
    return {"ids": ids, "feed_a": feed_a, "feed_b": feed_b}


def _trivial_user() -> str:
    return "tester"


@pytest.fixture
def client(dsn: str, data: dict[str, Any]) -> Iterator[Any]:
    """The router in a bare app mounted under /newsflow, on read-only connections to the warehouse."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()
    app.include_router(articles_router(lambda: psycopg.connect(dsn, row_factory=dict_row), _trivial_user))
    root = FastAPI()
    root.mount("/newsflow", app)
    with TestClient(root) as test_client:
        yield test_client


def _ids(html: str) -> list[int]:
    return [int(x) for x in re.findall(r'<(?:tr|li) [^>]*?data-article-id="(\d+)"', html)]


def _next(html: str) -> str | None:
    found = re.search(r'<a href="([^"]+)" rel="next">', html)
    return unescape(found.group(1)) if found else None


def _get(client: Any, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def test_list_is_newest_first_with_undated_last(client: Any, data: dict[str, Any]) -> None:
    """Newest first by publication time (same time: higher id first), undated articles last."""
    i = data["ids"]
    html = _get(client, "/newsflow/articles")
    assert _ids(html) == [i["newest"], i["german"], i["twin2"], i["twin1"], i["body_only"], i["copy_c"],
                          i["copy_b"], i["root"], i["hostile"], i["undated"]]
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    for path in ("/newsflow/", "/newsflow/articles", "/newsflow/search"):  # the nav
        assert f'href="{path}"' in html
    assert f'href="/newsflow/articles/{i["root"]}"' in html
    assert f'href="/newsflow/stories/{i["root"]}"' in html  # copies link their story


@pytest.mark.parametrize(("query", "expected"), [
    ("site=b.test", ["twin2", "twin1", "copy_b"]),
    ("site=A+News", ["newest", "body_only", "root", "undated"]),  # site_name
    ("lang=de", ["german"]),
    ("since=2026-03-02&until=2026-03-03", ["copy_c", "copy_b", "root"]),
    ("until=2026-03-02T12:00:00%2B00:00", ["root", "hostile"]),
    ("hide_duplicates=1&site=b.test", ["twin2", "twin1"]),
])
def test_list_filters(client: Any, data: dict[str, Any], query: str, expected: list[str]) -> None:
    """Outlet (site or site_name), language, inclusive date range, duplicates hidden."""
    assert _ids(_get(client, f"/newsflow/articles?{query}")) == [data["ids"][k] for k in expected]


def test_list_filter_by_feed(client: Any, data: dict[str, Any]) -> None:
    """The feed filter keeps the articles of that feed."""
    i = data["ids"]
    assert _ids(_get(client, f"/newsflow/articles?feed={data['feed_b']}")) == [i["twin2"], i["twin1"],
                                                                                i["copy_b"]]


def test_keyset_pages_follow_each_other(client: Any, data: dict[str, Any]) -> None:
    """Pages of 3 through `after=<published_at>,<id>` (ties and undated included) cover the list
    in order, without overlap, keeping the filters; the last page has no next link."""
    full = _ids(_get(client, "/newsflow/articles"))
    pages, url = [], "/newsflow/articles?limit=3"
    while url:
        html = _get(client, url)
        pages.append(_ids(html))
        url = _next(html)
        if url:
            assert "limit=3" in url and "after=" in url and "OFFSET" not in url.upper()
    assert [len(p) for p in pages] == [3, 3, 3, 1]
    assert [x for p in pages for x in p] == full
    assert 'rel="first"' in _get(client, "/newsflow/articles?limit=3&after=2026-03-05T12:00:00%2B00:00,"
                                 f"{data['ids']['twin2']}")
    filtered = _get(client, "/newsflow/articles?site=b.test&limit=2")
    page2 = _get(client, _next(filtered) or "")
    assert _ids(filtered) + _ids(page2) == [data["ids"][k] for k in ("twin2", "twin1", "copy_b")]


def test_search_ranks_a_title_match_first_and_highlights(client: Any, data: dict[str, Any],
                                                          conn: psycopg.Connection) -> None:
    """'bridge' in a title outranks it in a body only; snippets and titles mark the match."""
    i = data["ids"]
    html = _get(client, "/newsflow/search?q=harbour+bridge")
    found = _ids(html)
    assert found[0] == i["root"] and set(found) == {i["root"], i["copy_b"], i["copy_c"]}
    assert "<mark>Harbour</mark>" in html and "<mark>bridge</mark>" in html
    hits = search(conn, "harbour")
    assert hits[0].id == i["root"] and i["body_only"] in [h.id for h in hits]
    assert hits[0].rank > hits[-1].rank
    assert "[harbour]" in hits[0].snippet("[", "]")
    assert [h.id for h in search(conn, "harbour", site="a.test", since=date(2026, 3, 3))] == [i["body_only"]]
    assert search(conn, "harbour", lang="de") == []
    assert [h.id for h in search(conn, '"harbour bridge" -officials')] == [i["root"]]


def test_api_search_json_and_pages(client: Any, data: dict[str, Any]) -> None:
    """/api/search: {query, results, next}; following `next` gives the rest without overlap."""
    body = client.get("/newsflow/api/search", params={"q": "harbour", "limit": 2}).json()
    assert set(body) == {"query", "results", "next"} and body["query"] == "harbour"
    first = body["results"]
    assert len(first) == 2 and first[0]["id"] == data["ids"]["root"]
    assert set(first[0]) >= {"id", "url", "title", "site", "site_name", "language", "published_at",
                             "rank", "snippet", "snippet_html", "duplicate_of"}
    assert "<mark>harbour</mark>" in first[0]["snippet_html"] and "<mark>" not in first[0]["snippet"]
    rest = client.get("/newsflow/api/search", params={"q": "harbour", "limit": 2, "after": body["next"]}).json()
    ids = [r["id"] for r in first + rest["results"]]
    assert len(ids) == len(set(ids)) == 4 and rest["next"] is None
    ranks = [r["rank"] for r in first + rest["results"]]
    assert ranks == sorted(ranks, reverse=True)
    assert client.get("/newsflow/api/search", params={"q": "zebra"}).json()["results"] == []
    assert client.get("/newsflow/api/search", params={"q": "!!!"}).json()["results"] == []


@pytest.mark.parametrize("path", [
    "/newsflow/api/search",
    "/newsflow/api/search?q=",
    "/newsflow/api/search?q=%20%20",
    "/newsflow/api/search?q=" + "x" * 501,
    "/newsflow/api/search?q=bridge&limit=0",
    "/newsflow/api/search?q=bridge&limit=abc",
    "/newsflow/api/search?q=bridge&limit=100000",
    "/newsflow/api/search?q=bridge&after=abc",
    "/newsflow/api/search?q=bridge&after=0.1",
    "/newsflow/api/search?q=bridge&since=yesterday",
    "/newsflow/api/search?q=a%00b",
    "/newsflow/search?q=",
    "/newsflow/search?q=bridge&until=2026-02-30",
    "/newsflow/articles?after=garbage",
    "/newsflow/articles?after=2026-03-01,abc",
    "/newsflow/articles?since=03/01/2026",
    "/newsflow/articles?until=9999-12-31",
    "/newsflow/articles?after=9999-12-31T23:59:59%2B00:00,1&since=0001-01-01",
    "/newsflow/api/search?q=bridge&after=1e400,1",
    "/newsflow/articles?since=2026-03-05&until=2026-03-01",
    "/newsflow/articles?feed=x",
    "/newsflow/articles?limit=-1",
    "/newsflow/articles?hide_duplicates=maybe",
    "/newsflow/articles/abc",
    "/newsflow/stories/0",
])
def test_bad_input_is_a_400_with_a_message(client: Any, path: str) -> None:
    """Empty, too long or NUL queries, bad limits, cursors and dates: 400 with the reason."""
    response = client.get(path)
    assert response.status_code == 400, response.text
    text = response.json()["detail"] if "/api/" in path else response.text
    assert re.search(r"q:|limit:|after:|since:|until:|feed:|hide_duplicates:|id:", text), text


def test_unknown_article_and_story_are_404(client: Any) -> None:
    """An id that does not exist: 404 pages."""
    assert client.get("/newsflow/articles/999999").status_code == 404
    assert client.get("/newsflow/stories/999999").status_code == 404


def test_article_view_shows_body_metadata_and_removed_lines(client: Any, data: dict[str, Any]) -> None:
    """The clean body, metadata, original link, story link, removed lines with their rule."""
    i = data["ids"]
    html = _get(client, f"/newsflow/articles/{i['root']}")
    assert "<p>The harbour bridge reopened on Sunday.</p><p>Traffic flowed again across the river.</p>" in html
    assert 'href="http://a.test/harbour" rel="noopener noreferrer"' in html
    assert "A News" in html and "A news" in html  # outlet, feed
    assert f'href="/newsflow/stories/{i["root"]}">story, 2 copies' in html
    removed = html[html.index('id="removed"'):]
    assert "Share on Facebook" in removed and "share-buttons" in removed
    assert "Subscribe to our &lt;newsletter&gt;" in removed and "learned:site-boilerplate" in removed
    copy = _get(client, f"/newsflow/articles/{i['copy_b']}")
    assert f'href="/newsflow/stories/{i["root"]}">copy of #{i["root"]}' in copy
    assert "no list of removed lines" in copy  # a page whose extraction has no 'removed'
    assert "no stored page produced this article" in _get(client, f"/newsflow/articles/{i['twin1']}")
    hostile = _get(client, f"/newsflow/articles/{i['hostile']}")
    assert "<script>" not in hostile and "&lt;b&gt;here&lt;/b&gt;" in hostile


def test_story_view_lists_root_and_copies(client: Any, data: dict[str, Any]) -> None:
    """Root first, then its copies across outlets, with first and last seen; a copy's id shows its story."""
    i = data["ids"]
    html = _get(client, f"/newsflow/stories/{i['root']}")
    roles = re.findall(r'data-article-id="(\d+)" data-role="(\w+)"', html)
    assert roles == [(str(i["root"]), "root"), (str(i["copy_b"]), "copy"), (str(i["copy_c"]), "copy")]
    assert all(site in html for site in ("a.test", "b.test", "c.test"))
    assert '<time datetime="2026-03-02T13:00:00+00:00">' in html  # first seen (the feed sighting)
    assert '<time datetime="2026-03-04T09:00:00+00:00">' in html  # last seen
    assert f'href="/newsflow/articles/{i["copy_c"]}"' in html and 'href="/newsflow/articles"' in html
    assert _ids(_get(client, f"/newsflow/stories/{i['copy_c']}")) == _ids(html)


# ---- export ---------------------------------------------------------------------------------------

def test_export_jsonl_and_csv(conn: psycopg.Connection, data: dict[str, Any], tmp_path: Path) -> None:
    """JSON Lines and CSV: every selected article once, by id, with its columns; filters apply."""
    out = io.BytesIO()
    assert exporting.export(conn, out, fmt="jsonl") == 10
    rows = [json.loads(line) for line in out.getvalue().decode().splitlines()]
    assert [r["id"] for r in rows] == sorted(data["ids"].values())
    root = next(r for r in rows if r["id"] == data["ids"]["root"])
    assert root["published_at"] == "2026-03-02T12:00:00+00:00" and root["story_id"] == root["id"]
    assert root["body"].startswith("The harbour bridge") and list(root) == list(exporting.COLUMNS)
    path = tmp_path / "roots.csv"
    n = exporting.export(conn, path, fmt="csv", duplicates=False, site="b.test")
    table = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
    assert n == len(table) == 2 and {r["url"] for r in table} == {"http://b.test/markets", "http://b.test/weather"}
    assert all(r["duplicate_of"] == "" for r in table)
    out = io.BytesIO()
    assert exporting.export(conn, out, fmt="csv", since=date(2026, 3, 2), until=date(2026, 3, 3)) == 3
    records = list(csv.reader(io.StringIO(out.getvalue().decode(), newline="")))
    assert records[0] == list(exporting.COLUMNS) and len(records) == 4
    assert "\n" in next(r for r in records if r[0] == str(data["ids"]["root"]))[3]  # bodies keep lines
    assert exporting.export(conn, io.BytesIO(), fmt="jsonl", duplicates=False) == 8


def test_export_parquet_round_trip(conn: psycopg.Connection, data: dict[str, Any], tmp_path: Path) -> None:
    """Parquet written in batches reads back with the same rows and types."""
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "articles.parquet"
    assert exporting.export(conn, path, fmt="parquet", batch_size=3) == 10
    table = pq.read_table(path)
    assert table.column_names == list(exporting.COLUMNS) and table.num_rows == 10
    got = table.to_pylist()
    assert [r["id"] for r in got] == sorted(data["ids"].values())
    root = next(r for r in got if r["id"] == data["ids"]["root"])
    assert root["published_at"] == datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert next(r for r in got if r["id"] == data["ids"]["undated"])["published_at"] is None
    assert exporting.export(conn, tmp_path / "empty.parquet", fmt="parquet", site="nowhere.test") == 0
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def test_parquet_without_pyarrow_names_the_extra(conn: psycopg.Connection, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow (import blocked), a clear error naming the 'parquet' extra; nothing written."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(exporting.ExportError, match=r"newsflow\[parquet\]"):
        exporting.export(conn, tmp_path / "x.parquet", fmt="parquet")
    assert not (tmp_path / "x.parquet").exists()
    with pytest.raises(exporting.ExportError, match="unknown export format"):
        exporting.export(conn, io.BytesIO(), fmt="xml")  # type: ignore[arg-type]


def test_export_streams_through_a_named_cursor(conn: psycopg.Connection, data: dict[str, Any]) -> None:
    """Rows come from a server-side cursor fetched itersize rows at a time, closed at the end:
    while the first row is in hand the server holds the cursor, and the client only a batch."""
    rows = exporting.iter_articles(conn, Filters(), batch_size=4)
    first = next(rows)
    assert first["id"] == min(data["ids"].values())
    cursors = conn.execute("SELECT name, statement FROM pg_cursors").fetchall()
    assert [c["name"] for c in cursors] == [exporting.CURSOR_NAME]
    assert "FROM news.articles" in cursors[0]["statement"]
    assert len(list(rows)) == 9
    assert conn.execute("SELECT count(*) AS n FROM pg_cursors").fetchone()["n"] == 0


def test_search_uses_news_ts_config_when_the_schema_has_it(conn: psycopg.Connection,
                                                            data: dict[str, Any]) -> None:
    """With a `news.search_config(language)` function (a later migration's), the query and headline
    use each article's configuration, or the language filter's; checked in a rolled-back transaction."""
    from pipeline.ui.search import has_language_configs

    existed = has_language_configs(conn)
    if not existed:
        conn.execute("CREATE FUNCTION news.search_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE "
                     "AS $$ SELECT 'simple'::regconfig $$")
    try:
        assert has_language_configs(conn)
        hits = search(conn, "harbour bridge")
        assert hits[0].id == data["ids"]["root"] and "<mark>" in hits[0].snippet_html()
        assert [h.id for h in search(conn, "harbour", lang="en", site="a.test")][0] == data["ids"]["root"]
    finally:
        conn.rollback()
    assert has_language_configs(conn) == existed
