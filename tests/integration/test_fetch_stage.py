"""Poll and fetch stages against a local server full of bad responses, into the real warehouse."""

from __future__ import annotations

import gzip
import socket
from dataclasses import replace
from typing import Any

import psycopg
import pytest

from pipeline.config import Settings
from pipeline.feeds.poll import poll_feeds, upsert_feeds
from pipeline.models import FeedSpec
from pipeline.stages.fetch import fetch_pages
from tests.localserver import LocalServer, html, raw, rss

GOOD = "<html><body><article><h1>Good</h1><p>{}</p></article></body></html>"


def _drop(_: Any) -> tuple[int, dict[str, str], bytes]:
    raise ConnectionResetError("dropped")


def _short_body(handler: Any) -> tuple[int, dict[str, str], bytes]:
    """Promise 10,000 bytes, send 20, close: a connection reset mid-body."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "10000")
    handler.end_headers()
    handler.wfile.write(b"<html><body>partial")
    handler.wfile.flush()
    handler.connection.shutdown(socket.SHUT_RDWR)
    raise ConnectionResetError("closed mid-body")


BAD_PAGES: dict[str, tuple[Any, str]] = {
    "/p/404": (html("gone", status=404), "http_404"),
    "/p/410": (html("gone", status=410), "http_410"),
    "/p/500": (html("oops", status=500), "http_5xx"),
    "/p/503": (raw(503, {"Retry-After": "3600", "Content-Type": "text/plain"}, b"later"), "http_5xx"),
    "/p/429": (raw(429, {"Retry-After": "3600"}, b""), "http_429"),
    "/p/hang": (html("late", delay=3.0), "timeout"),
    "/p/reset": (_short_body, "connection_reset"),
    "/p/loop": (raw(302, {"Location": "/p/loop"}, b""), "redirect_loop"),
    "/p/bomb": (raw(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                    gzip.compress(b"a" * 3_000_000)), "too_large"),
    "/p/huge": (html("x" * 300_000), "too_large"),
    "/p/pdf": (raw(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 ..."), "unsupported_content_type"),
    "/p/image": (raw(200, {"Content-Type": "image/png"}, b"\x89PNG"), "unsupported_content_type"),
    "/private/p": (html(GOOD.format("secret")), "robots_disallowed"),
    "/p/to-private": (raw(302, {"Location": "http://10.1.2.3/x"}, b""), "private_address"),
}


@pytest.fixture
def bad_server() -> Any:
    """A server with one feed listing good pages and every kind of bad page."""
    routes: dict[str, Any] = {path: route for path, (route, _) in BAD_PAGES.items()}
    routes["/robots.txt"] = raw(200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    good = [f"/good/{i}" for i in range(3)]
    for i, path in enumerate(good):
        routes[path] = html(GOOD.format(f"good article {i}"))
    routes["/win1251"] = raw(200, {"Content-Type": "text/html; charset=windows-1251"},
                             "<html><body><p>Новости дня</p></body></html>".encode("cp1251"))
    routes["/wrong-charset"] = raw(200, {"Content-Type": "text/html"},
                                   '<html><head><meta charset="utf-8"></head><body><p>Привет. В Москве сегодня прошло '
                                   'заседание городской думы, на котором депутаты обсудили бюджет на '
                                   'следующий год и новые транспортные проекты.</p></body></html>'.encode("cp1251"))
    with LocalServer(routes) as srv:
        paths = [*BAD_PAGES, *good, "/win1251", "/wrong-charset", "/p/private-ip"]
        feed = rss(srv.base, paths).replace(f"{srv.base}/p/private-ip".encode(), b"http://10.255.255.1/a")
        srv.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, feed)
        yield srv


def _run(settings: Settings, conn: psycopg.Connection, feed_url: str) -> dict[str, int]:
    upsert_feeds(conn, [FeedSpec(feed_url)])
    poll_feeds(settings, conn, None, [feed_url], force=True)
    return fetch_pages(settings, conn, None)


def test_each_bad_page_has_its_specific_error_and_good_pages_load(bad_server: Any, settings: Settings, conn: psycopg.Connection) -> None:
    """Every bad page ends 'failed' with its own error kind; good pages are fetched regardless."""
    settings = replace(settings, max_bytes=200_000, read_timeout=1.0, total_timeout=2.0,
                       retries=1, max_retry_after=5)
    counts = _run(settings, conn, bad_server.url("/feed.xml"))
    rows = {r["url"]: r for r in conn.execute("SELECT * FROM news.pages").fetchall()}
    for path, (_, kind) in BAD_PAGES.items():
        row = rows[bad_server.url(path)]
        assert (row["state"], row["error_kind"]) == ("failed", kind), path
        assert row["error"].startswith("fetch: ")
    assert rows["http://10.255.255.1/a"]["error_kind"] == "private_address"
    for i in range(3):
        assert rows[bad_server.url(f"/good/{i}")]["state"] == "fetched"
    assert counts == {"pages_fetched": 5, "fetch_failed": len(BAD_PAGES) + 1}
    errors = conn.execute("SELECT kind, count(*) AS n FROM news.errors WHERE stage = 'fetch' GROUP BY kind").fetchall()
    assert sum(e["n"] for e in errors) == len(BAD_PAGES) + 1
    assert "/private/p" not in bad_server.hits


def test_charsets_are_kept_for_decoding(bad_server: Any, settings: Settings, conn: psycopg.Connection) -> None:
    """The header charset is stored; a wrong <meta> is overridden by detection at decode time."""
    from pipeline.fetch.http import decode_body

    _run(replace(settings, read_timeout=1.0, total_timeout=2.0, retries=0), conn, bad_server.url("/feed.xml"))
    row = conn.execute("SELECT encoding, html_gz FROM news.pages WHERE url = %s",
                       (bad_server.url("/win1251"),)).fetchone()
    text, encoding = decode_body(gzip.decompress(row["html_gz"]), row["encoding"])
    assert "Новости дня" in text and encoding == "cp1251"
    row = conn.execute("SELECT encoding, html_gz FROM news.pages WHERE url = %s",
                       (bad_server.url("/wrong-charset"),)).fetchone()
    text, _ = decode_body(gzip.decompress(row["html_gz"]), row["encoding"])
    assert "Привет" in text


def test_temporary_failures_are_retried_by_a_later_run(settings: Settings, conn: psycopg.Connection) -> None:
    """A page that failed with a 5xx is claimed again by the next fetch run and then loads."""
    state = {"n": 0}

    def flaky(_: Any) -> tuple[int, dict[str, str], bytes]:
        state["n"] += 1
        if state["n"] <= 1:
            return 500, {"Content-Type": "text/plain"}, b"down"
        return 200, {"Content-Type": "text/html"}, GOOD.format("back").encode()

    with LocalServer({"/flaky": flaky}) as srv:
        srv.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, rss(srv.base, ["/flaky"]))
        first = _run(replace(settings, retries=0), conn, srv.url("/feed.xml"))
        second = fetch_pages(replace(settings, retries=0), conn, None)
    assert first == {"pages_fetched": 0, "fetch_failed": 1}
    assert second == {"pages_fetched": 1, "fetch_failed": 0}


def _feed_row(conn: psycopg.Connection, url: str) -> dict[str, Any]:
    row = conn.execute("SELECT * FROM news.feeds WHERE url = %s", (url,)).fetchone()
    assert row is not None
    return row


def test_conditional_get_and_poll_audit(settings: Settings, conn: psycopg.Connection) -> None:
    """The second poll sends the ETag, gets a 304, parses nothing; both polls are audited."""
    def feed(handler: Any) -> tuple[int, dict[str, str], bytes]:
        if handler.headers.get("If-None-Match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"'}, rss("https://x.example", ["/a", "/b"])

    with LocalServer({"/feed.xml": feed}) as srv:
        url = srv.url("/feed.xml")
        upsert_feeds(conn, [FeedSpec(url)])
        first = poll_feeds(settings, conn, None, [url], force=True)
        second = poll_feeds(settings, conn, None, [url], force=True)
    assert (first["entries_new"], second["feeds_not_modified"], second["entries_seen"]) == (2, 1, 0)
    polls = conn.execute("SELECT status, items, new_items FROM news.feed_polls ORDER BY id").fetchall()
    assert [(p["status"], p["items"], p["new_items"]) for p in polls] == [(200, 2, 2), (304, 0, 0)]
    assert _feed_row(conn, url)["etag"] == '"v1"'


def test_failing_feed_backs_off_disables_and_recovers(settings: Settings, conn: psycopg.Connection) -> None:
    """Hard failures raise the score and delay the next poll; past the limit the feed is
    disabled; a later success resets everything."""
    state = {"ok": False}

    def feed(_: Any) -> tuple[int, dict[str, str], bytes]:
        if state["ok"]:
            return 200, {"Content-Type": "application/rss+xml"}, rss("https://x.example", ["/a"])
        return 404, {"Content-Type": "text/plain"}, b"no"

    with LocalServer({"/feed.xml": feed}) as srv:
        url = srv.url("/feed.xml")
        upsert_feeds(conn, [FeedSpec(url)])
        previous = None
        for n in range(1, 6):
            poll_feeds(settings, conn, None, [url], force=True)
            row = _feed_row(conn, url)
            assert row["consecutive_failures"] == n and row["error_score"] == n
            assert previous is None or row["next_poll_at"] > previous
            previous = row["next_poll_at"]
        assert row["disabled_at"] is not None and "404" in row["disabled_reason"]
        assert conn.execute("SELECT count(*) AS n FROM news.errors WHERE kind = 'http_404'").fetchone()["n"] == 5
        # scheduled (due-only) polls skip it now
        assert poll_feeds(settings, conn, None)["feeds_polled"] == 0
        state["ok"] = True
        poll_feeds(settings, conn, None, [url], force=True)
    row = _feed_row(conn, url)
    assert (row["consecutive_failures"], row["error_score"], row["disabled_at"]) == (0, 0, None)


def test_temporary_failures_weigh_less(settings: Settings, conn: psycopg.Connection) -> None:
    """A 503 adds a quarter to the error score, a 404 a whole point."""
    with LocalServer({"/a.xml": html("x", status=503), "/b.xml": html("x", status=404)}) as srv:
        upsert_feeds(conn, [FeedSpec(srv.url("/a.xml")), FeedSpec(srv.url("/b.xml"))])
        poll_feeds(replace(settings, retries=0), conn, None, force=True)
        assert _feed_row(conn, srv.url("/a.xml"))["error_score"] == 0.25
        assert _feed_row(conn, srv.url("/b.xml"))["error_score"] == 1.0


def test_html_at_feed_url_is_autodiscovered(settings: Settings, conn: psycopg.Connection) -> None:
    """An HTML page at the feed URL: its advertised feed is polled, remembered, and warned about."""
    page = '<html><head><link rel="alternate" type="application/atom+xml" href="/real.atom"></head><body>hi</body></html>'
    atom = ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>x</id>'
            '<entry><title>E</title><id>e1</id><link href="https://x.example/e1"/><updated>2026-03-05T10:00:00Z</updated></entry></feed>')
    with LocalServer({"/news": html(page), "/real.atom": raw(200, {"Content-Type": "application/atom+xml"}, atom.encode())}) as srv:
        url = srv.url("/news")
        upsert_feeds(conn, [FeedSpec(url)])
        counts = poll_feeds(settings, conn, None, [url], force=True)
        again = poll_feeds(settings, conn, None, [url], force=True)
        assert srv.hits.count("/news") == 1  # the second poll goes straight to the real feed
    row = _feed_row(conn, url)
    assert row["resolved_url"] == srv.url("/real.atom") and counts["entries_new"] == 1
    assert again["entries_seen"] == 1
    warnings = conn.execute("SELECT kind FROM news.errors WHERE kind = 'html_not_feed'").fetchall()
    assert len(warnings) == 1


@pytest.mark.parametrize(("body", "kind"), [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>e</title></channel></rss>', "empty_feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T &amp; x</title><item><title>a & b</title>'
     b'<link>https://x.example/a</link></item></channel></rss>', "bozo"),
])
def test_silent_failures_are_warned(settings: Settings, conn: psycopg.Connection, body: bytes, kind: str) -> None:
    """A 200 with no items, or a feed with an XML error, is recorded as a warning."""
    with LocalServer({"/f.xml": raw(200, {"Content-Type": "application/rss+xml"}, body)}) as srv:
        upsert_feeds(conn, [FeedSpec(srv.url("/f.xml"))])
        counts = poll_feeds(settings, conn, None, force=True)
    assert counts["feeds_failed"] == 0 and counts["feed_warnings"] == 1
    assert conn.execute("SELECT kind FROM news.errors").fetchone()["kind"] == kind


def test_entity_bomb_feed_is_refused(settings: Settings, conn: psycopg.Connection) -> None:
    """A feed with an entity-expansion bomb fails with xml_entities and nothing is stored."""
    bomb = (b'<?xml version="1.0"?><!DOCTYPE r [' + b"".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "x" * 10}">'.encode() for i in range(10))
        + b']><rss version="2.0"><channel><title>&e9;</title></channel></rss>')
    with LocalServer({"/f.xml": raw(200, {"Content-Type": "application/rss+xml"}, bomb)}) as srv:
        upsert_feeds(conn, [FeedSpec(srv.url("/f.xml"))])
        counts = poll_feeds(settings, conn, None, force=True)
    assert counts["feeds_failed"] == 1
    assert conn.execute("SELECT kind FROM news.errors").fetchone()["kind"] == "xml_entities"


def test_due_feeds_only_without_force(settings: Settings, conn: psycopg.Connection) -> None:
    """After a successful poll a feed is not due again until its interval has passed."""
    with LocalServer({"/f.xml": raw(200, {"Content-Type": "application/rss+xml"}, rss("https://x.example", ["/a"]))}) as srv:
        upsert_feeds(conn, [FeedSpec(srv.url("/f.xml"))])
        assert poll_feeds(settings, conn, None)["feeds_polled"] == 1
        assert poll_feeds(settings, conn, None)["feeds_polled"] == 0
        conn.execute("UPDATE news.feeds SET next_poll_at = now() - interval '1 second'")
        conn.commit()
        assert poll_feeds(settings, conn, None)["feeds_polled"] == 1


def test_fetch_takes_pages_stored_while_polling_goes_on(settings: Settings, conn: psycopg.Connection,
                                                        dsn: str) -> None:
    """With upstream_done, the fetch stage waits for pages while polling is not over, fetches the
    ones polled meanwhile, and stops once polling is over and nothing is left."""
    import threading

    polling_over = threading.Event()
    with LocalServer({f"/a/{i}": html(GOOD.format(f"article {i}")) for i in range(4)}) as srv:
        srv.routes["/one.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, rss(srv.base, ["/a/0", "/a/1"]))
        srv.routes["/two.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, rss(srv.base, ["/a/2", "/a/3"]))
        upsert_feeds(conn, [FeedSpec(srv.url("/one.xml")), FeedSpec(srv.url("/two.xml"))])
        result: dict[str, Any] = {}

        def fetch_stage() -> None:
            with psycopg.connect(dsn, row_factory=psycopg.rows.dict_row) as own:
                result.update(fetch_pages(settings, own, None, upstream_done=polling_over.is_set))

        fetcher = threading.Thread(target=fetch_stage)
        fetcher.start()
        poll_feeds(settings, conn, None, [srv.url("/one.xml")], force=True)
        fetcher.join(timeout=2.0)
        assert fetcher.is_alive()  # polling is not over: it keeps waiting for pages
        poll_feeds(settings, conn, None, [srv.url("/two.xml")], force=True)
        polling_over.set()
        fetcher.join(timeout=60)
        assert not fetcher.is_alive()
    assert result == {"pages_fetched": 4, "fetch_failed": 0}


def test_a_page_is_fetched_with_its_links_own_order_of_parameters(settings: Settings, conn: psycopg.Connection) -> None:
    """An old ASP.NET site answers only the order its links use (NewsID, then CatID): the page is
    fetched as the feed linked it and kept under its canonical key (sorted, trackers dropped)."""
    def strict(handler: Any) -> tuple[int, dict[str, str], bytes]:
        if not handler.path.split("?", 1)[1].startswith("NewsID=88801&CatID=9"):
            return 404, {"Content-Type": "text/plain"}, b"no such story"
        return 200, {"Content-Type": "text/html"}, GOOD.format("council news").encode()

    with LocalServer({"/News/NewsDetail.aspx": strict}) as srv:
        feed = rss(srv.base, ["/News/NewsDetail.aspx?NewsID=88801&amp;CatID=9&amp;utm_source=rss"])
        srv.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, feed)
        counts = _run(settings, conn, srv.url("/feed.xml"))
        hits = list(srv.hits)
    row = conn.execute("SELECT url, link, state FROM news.pages").fetchone()
    assert counts == {"pages_fetched": 1, "fetch_failed": 0} and row["state"] == "fetched"
    assert row["url"] == srv.url("/News/NewsDetail.aspx?CatID=9&NewsID=88801")  # the key: sorted
    assert "/News/NewsDetail.aspx?NewsID=88801&CatID=9&utm_source=rss" in hits


def test_a_percent_encoded_link_is_requested_as_written(settings: Settings, conn: psycopg.Connection) -> None:
    """A WordPress link with lower-case escapes ("/%ce%ac%ce%bd/") reaches a server that matches paths
    byte for byte as written (a browser sends it so), not re-encoded as "%CE%AC%CE%BD"."""
    path = "/koinonia/%ce%ac%ce%bd%cf%89-%cf%80%cf%8c%ce%bb%ce%b7/"
    with LocalServer({path: html(GOOD.format("Greek regional news"))}) as srv:
        srv.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, rss(srv.base, [path]))
        counts = _run(settings, conn, srv.url("/feed.xml"))
        hits = list(srv.hits)
    assert counts == {"pages_fetched": 1, "fetch_failed": 0} and path in hits


def test_a_site_of_amp_pages_only_is_fetched_as_its_links_are_written(settings: Settings,
                                                                      conn: psycopg.Connection) -> None:
    """A link to an AMP page ("…,nId,7063044?amp=1") is fetched without its AMP marker first (the
    canonical page); where that answers 404, as the feed wrote it. A page that is not there in either
    form is one failure, with its reason."""
    amp = "/gospodarka/news-stowarzyszenie-popiera-straz,nId,7063044"
    with LocalServer({amp: _amp_only, "/kraj/news-nic,nId,1": _amp_only}) as srv:
        feed = rss(srv.base, [f"{amp}?amp=1", "/kraj/news-nic,nId,1?amp=1&amp;x=2"])
        srv.routes["/feed.xml"] = raw(200, {"Content-Type": "application/rss+xml"}, feed)
        counts = _run(settings, conn, srv.url("/feed.xml"))
        hits = list(srv.hits)
    rows = {r["link"]: r for r in conn.execute("SELECT url, link, state, error FROM news.pages")}
    assert counts == {"pages_fetched": 1, "fetch_failed": 1}
    assert [amp, f"{amp}?amp=1"] == [h for h in hits if h.startswith(amp)]  # canonical first, then as written
    assert rows[srv.url(f"{amp}?amp=1")]["state"] == "fetched"
    failed = rows[srv.url("/kraj/news-nic,nId,1?amp=1&x=2")]
    assert failed["state"] == "failed" and "404" in failed["error"]


def _amp_only(handler: Any) -> tuple[int, dict[str, str], bytes]:
    """Only the AMP form of a story is served, and only of the first one."""
    if handler.path.endswith("7063044?amp=1"):
        return 200, {"Content-Type": "text/html"}, GOOD.format("Polish regional economy").encode()
    return 404, {"Content-Type": "text/plain"}, b"no such page"
