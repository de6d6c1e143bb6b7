"""The fetcher against a real local HTTP server: guards, retries, politeness."""

from __future__ import annotations

import asyncio
import gzip
import socket
from dataclasses import replace

import pytest

from pipeline.config import Settings
from pipeline.fetch.http import Fetcher, decode_body, fetch_all
from pipeline.stages.fetch import RETRYABLE
from tests.localserver import LocalServer, html, raw

PAGE = "<html><body><article><p>Hello world</p></article></body></html>"


@pytest.fixture
def loop_settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    """Fetcher settings that allow loopback and retry quickly."""
    return Settings(state_dir=tmp_path, allow_private_networks=("127.0.0.0/8",), retries=2,
                    retry_backoff=0.01, read_timeout=1.0, total_timeout=2.0, max_bytes=50_000)


def _one(settings: Settings, url: str):  # type: ignore[no-untyped-def]
    return asyncio.run(fetch_all(settings, [url]))[0]


def test_page_is_fetched(loop_settings: Settings) -> None:
    """A plain HTML page comes back with status, content type, body and charset."""
    with LocalServer({"/a": html(PAGE)}) as srv:
        r = _one(loop_settings, srv.url("/a"))
    assert r.ok and r.status == 200 and r.content_type == "text/html"
    assert r.body == PAGE.encode() and r.encoding == "utf-8" and r.final_url == srv.url("/a")


@pytest.mark.parametrize(("routes", "path", "kind"), [
    ({}, "/missing", "http_404"),
    ({"/pdf": raw(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4")}, "/pdf",
     "unsupported_content_type"),
    ({"/big": html("x" * 60_000)}, "/big", "too_large"),
    ({"/loop": raw(302, {"Location": "/loop2"}, b""), "/loop2": raw(302, {"Location": "/loop"}, b"")},
     "/loop", "redirect_loop"),
    ({"/slow": html(PAGE, delay=3.0)}, "/slow", "timeout"),
    ({"/err": html("down", status=500)}, "/err", "http_5xx"),
])
def test_bad_responses_have_specific_kinds(loop_settings: Settings, routes, path, kind) -> None:  # type: ignore[no-untyped-def]
    """Each bad response is reported with its own error kind and never raises."""
    with LocalServer(routes) as srv:
        r = _one(loop_settings, srv.url(path))
    assert not r.ok and r.error_kind == kind and r.error


def test_gzip_bomb_stops_at_the_cap(loop_settings: Settings) -> None:
    """A small gzip body that inflates past the cap is refused as too_large."""
    bomb = gzip.compress(b"<p>" + b"a" * 5_000_000)
    assert len(bomb) < 50_000
    with LocalServer({"/bomb": raw(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                                   bomb)}) as srv:
        r = _one(loop_settings, srv.url("/bomb"))
    assert r.error_kind == "too_large"


def test_5xx_is_retried_then_succeeds(loop_settings: Settings) -> None:
    """A 503 followed by a 200 is retried and succeeds."""
    calls = {"n": 0}

    def flaky(_):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            return 503, {"Content-Type": "text/plain"}, b"busy"
        return 200, {"Content-Type": "text/html"}, PAGE.encode()

    with LocalServer({"/f": flaky}) as srv:
        r = _one(loop_settings, srv.url("/f"))
    assert r.ok and calls["n"] == 2


def test_404_is_not_retried(loop_settings: Settings) -> None:
    """Client errors are final: one request only."""
    with LocalServer({}) as srv:
        _one(loop_settings, srv.url("/gone"))
        assert [h for h in srv.hits if h != "/robots.txt"] == ["/gone"]


def test_robots_txt_is_obeyed(loop_settings: Settings) -> None:
    """A path disallowed by robots.txt is not fetched."""
    robots = raw(200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
    with LocalServer({"/robots.txt": robots, "/private/x": html(PAGE)}) as srv:
        r = _one(loop_settings, srv.url("/private/x"))
        assert "/private/x" not in srv.hits
    assert r.error_kind == "robots_disallowed"


def test_robots_txt_unavailable_means_disallow(loop_settings: Settings) -> None:
    """A robots.txt that keeps answering 503 stops the host's pages, with a retryable kind (RFC 9309)."""
    robots = raw(503, {"Content-Type": "text/plain"}, b"busy")
    with LocalServer({"/robots.txt": robots, "/private/x": html(PAGE)}) as srv:
        r = _one(loop_settings, srv.url("/private/x"))
        assert srv.hits == ["/robots.txt"] * 3  # the request and its 2 retries; never the page
    assert r.error_kind == "robots_unavailable" and "503" in (r.error or "")
    assert "robots_unavailable" in RETRYABLE


def test_robots_txt_missing_means_allow(loop_settings: Settings) -> None:
    """A robots.txt answering 404 sets no rules: the page is fetched."""
    with LocalServer({"/private/x": html(PAGE)}) as srv:
        r = _one(loop_settings, srv.url("/private/x"))
        assert srv.hits == ["/robots.txt", "/private/x"]
    assert r.ok


@pytest.mark.parametrize("url", ["http://10.255.255.1/a", "http://169.254.169.254/latest",
                                 "http://[::1]:9/x"])
def test_private_addresses_are_refused_without_connecting(loop_settings: Settings, url: str) -> None:
    """Private, link-local and (unless allowed) loopback targets are refused."""
    r = _one(loop_settings, url)
    assert r.error_kind == "private_address" and "NEWSFLOW_ALLOW_PRIVATE_NETWORKS" in (r.error or "")


def test_redirect_to_private_address_is_refused(loop_settings: Settings) -> None:
    """The guard checks every redirect hop, not only the first URL."""
    with LocalServer({"/r": raw(302, {"Location": "http://10.0.0.1/admin"}, b"")}) as srv:
        r = _one(loop_settings, srv.url("/r"))
    assert r.error_kind == "private_address"


def test_loopback_refused_by_default(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With the default settings, 127.0.0.1 itself is refused."""
    with LocalServer({"/a": html(PAGE)}) as srv:
        r = _one(Settings(state_dir=tmp_path), srv.url("/a"))
        assert srv.hits == []
    assert r.error_kind == "private_address"


def test_host_name_is_vetted_at_connection(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A host name is checked on the addresses the connection uses: `localhost` (loopback) is
    refused with the default settings, for the page and for its robots.txt, before connecting."""
    with LocalServer({"/a": html(PAGE)}) as srv:
        r = _one(Settings(state_dir=tmp_path), srv.url("/a").replace("127.0.0.1", "localhost"))
        assert srv.hits == []
    assert r.error_kind == "private_address" and "localhost resolves to" in (r.error or "")


def test_one_private_answer_refuses_the_host(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A name answering with a public and a private address is refused: the connector must not
    get to pick the private one (a rebinding attacker controls the order)."""
    real = socket.getaddrinfo

    def fake_dns(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        if host == "mixed.example":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                    (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake_dns)
    with LocalServer({"/a": html(PAGE)}) as srv:
        r = _one(Settings(state_dir=tmp_path), srv.url("/a").replace("127.0.0.1", "mixed.example"))
        assert srv.hits == []
    assert r.error_kind == "private_address" and "127.0.0.1" in (r.error or "")


def test_unresolvable_host_is_a_dns_error(loop_settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A name that does not resolve gives `dns_error` (a hard failure for feed health), not a hang."""
    def no_dns(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    r = _one(loop_settings, "http://no-such-host.invalid/a")
    assert r.error_kind == "dns_error" and "no-such-host.invalid" in (r.error or "")


def test_per_host_concurrency_is_bounded(loop_settings: Settings) -> None:
    """No more than per_host_concurrency requests run at once against one host."""
    routes = {f"/p{i}": html(PAGE, delay=0.1) for i in range(8)}
    settings = replace(loop_settings, per_host_concurrency=2)
    with LocalServer(routes) as srv:
        results = asyncio.run(fetch_all(settings, [srv.url(f"/p{i}") for i in range(8)]))
        assert all(r.ok for r in results)
        assert srv.max_active == 2


def test_charset_detection_order() -> None:
    """Header charset wins, then BOM, then meta charset, then detection."""
    text = "Привет, мир: новости дня и многое другое"
    cp = f'<html><head><meta charset="windows-1251"></head><body>{text}</body></html>'.encode("cp1251")
    assert decode_body(cp, None)[1] == "cp1251" and text in decode_body(cp, None)[0]
    assert decode_body("é".encode(), "utf-8") == ("é", "utf-8")
    assert decode_body(b"\xef\xbb\xbfhi", None)[0] == "hi"


def test_fetcher_is_reusable_across_calls(loop_settings: Settings) -> None:
    """One Fetcher serves many fetches and caches robots.txt once per host."""
    async def run() -> list[str]:
        async with Fetcher(loop_settings) as f:
            with LocalServer({"/a": html(PAGE), "/b": html(PAGE)}) as srv:
                await f.fetch(srv.url("/a"))
                await f.fetch(srv.url("/b"))
                return srv.hits
    hits = asyncio.run(run())
    assert hits.count("/robots.txt") == 1


def test_429_with_retry_after_is_waited_for(loop_settings: Settings) -> None:
    """A 429 with a short Retry-After is retried after waiting; then the page comes."""
    calls = {"n": 0}

    def limited(_):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 1:
            return 429, {"Content-Type": "text/plain", "Retry-After": "1"}, b"slow down"
        return 200, {"Content-Type": "text/html"}, PAGE.encode()

    with LocalServer({"/l": limited}) as srv:
        r = _one(loop_settings, srv.url("/l"))
    assert r.ok and calls["n"] == 2 and r.elapsed >= 0.9


def test_long_retry_after_gives_up_for_this_run(loop_settings: Settings) -> None:
    """A Retry-After longer than max_retry_after is not waited for: http_429, one request."""
    with LocalServer({"/l": raw(429, {"Retry-After": "3600"}, b"")}) as srv:
        r = _one(loop_settings, srv.url("/l"))
        assert srv.hits.count("/l") == 1
    assert r.error_kind == "http_429"


def test_retry_after_parsing() -> None:
    """Retry-After takes seconds or an HTTP date; junk is ignored."""
    from pipeline.fetch.http import parse_retry_after

    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_a_busy_host_does_not_hold_the_runs_slots(loop_settings: Settings) -> None:
    """Requests queued behind a busy host wait for its slot without holding one of the run's
    total_concurrency slots: another host's page is fetched while the slow host's queue waits."""
    settings = replace(loop_settings, per_host_concurrency=1, total_concurrency=2)
    finished: list[str] = []

    async def run(slow: LocalServer, fast: LocalServer) -> None:
        async with Fetcher(settings) as fetcher:
            async def one(url: str, name: str) -> None:
                assert (await fetcher.fetch(url)).ok
                finished.append(name)

            slow_ones = [asyncio.create_task(one(slow.url(f"/slow{i}"), f"slow{i}")) for i in range(3)]
            await asyncio.sleep(0.1)  # the slow host's three requests are all waiting or in flight
            await asyncio.gather(one(fast.url("/fast"), "fast"), *slow_ones)

    slow_routes = {f"/slow{i}": html(PAGE, delay=0.4) for i in range(3)}
    with LocalServer(slow_routes) as slow, LocalServer({"/fast": html(PAGE)}) as fast:
        asyncio.run(run(slow, fast))
    # Holding slots in the wrong order, the two queued slow requests took both run slots and the
    # fast host's page waited for the first slow response.
    assert finished[0] == "fast", finished
