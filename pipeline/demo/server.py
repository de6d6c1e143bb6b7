"""Demo news servers on 127.0.0.1: one HTTP server per publisher, plus an optional bad one."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import yaml

from pipeline.demo.site import (
    GOOD_PUBLISHERS,
    PUBLISHERS,
    TRACKING_QUERY,
    ExpectedArticle,
    FeedDef,
    FeedItem,
    Response,
    Story,
    boilerplate_of,
    feed_item,
    load_stories,
    render_feed,
    render_index,
    render_page,
    summary_of,
)
from pipeline.models import FeedSpec

HTML_TYPE = "text/html; charset=utf-8"
FEED_TYPES = {"rss": "application/rss+xml; charset=utf-8",
              "atom": "application/atom+xml; charset=utf-8"}
ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\n"
PRIVATE_ADDRESS_URL = "http://10.255.255.1/private-article"
NOT_FOUND = Response(404, HTML_TYPE, b"<html><body><h1>404 Not Found</h1></body></html>\n")
SERVER_ERROR = Response(500, HTML_TYPE, b"<html><body><h1>500 Internal Server Error</h1></body></html>\n")
PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG_BYTES = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000"
    "907753de0000000c49444154789c63d0cadf00000210014a1af056bb0000000049454e44ae426082"
)
# (path, title, kind) of the bad publisher's failure items; kind names what a client should see.
BAD_ITEMS = (
    ("/news/missing-story", "Parish council minutes go missing", "not_found"),
    ("/news/server-error-story", "Bin collection changes announced", "server_error"),
    ("/files/annual-report-2025.pdf", "Annual report 2025 (PDF)", "pdf"),
    ("/images/front-page.png", "This week's front page", "image"),
    ("/private/members-only-story", "Members only: committee accounts", "robots_disallowed"),
)


class RequestRecord(NamedTuple):
    """One request a demo server received, with the headers politeness tests care about."""

    publisher: str
    method: str
    path: str
    time: float
    headers: dict[str, str]


@dataclass
class Built:
    """Everything the demo servers serve, and the ground truth derived from it."""

    routes: dict[str, dict[str, Response]] = field(default_factory=dict)
    feeds: list[FeedSpec] = field(default_factory=list)
    bad_feeds: list[FeedSpec] = field(default_factory=list)
    articles: list[ExpectedArticle] = field(default_factory=list)
    bad_urls: dict[str, str] = field(default_factory=dict)


def build(bases: dict[str, str], seed_path: Path | None = None) -> Built:
    """Render every page and feed for the publishers in `bases` (slug -> base URL)."""
    stories = load_stories(seed_path)
    urls = {(s.publisher, s.slug): bases[s.publisher] + s.path()
            for slug in bases for s in stories[slug]}
    out = Built()
    for slug, base in bases.items():
        routes: dict[str, Response] = {"/robots.txt": Response(200, "text/plain", ROBOTS_TXT)}
        own = stories[slug]
        for story in own:
            url = urls[(slug, story.slug)]
            others = [(urls[(slug, o.slug)], o.title) for o in own if o is not story]
            page = render_page(story, url, base, others)
            routes[story.path()] = Response(200, HTML_TYPE, page.encode(), story.published)
            out.articles.append(_expected(story, url, page, urls))
        index = [(urls[(slug, s.slug)], s.title, s.published) for s in own]
        routes["/"] = Response(200, HTML_TYPE, render_index(slug, base, index).encode())
        for feed in PUBLISHERS[slug].feeds:
            chosen = [s for s in own if feed.section in (None, s.section)]
            items = [feed_item(s, urls[(slug, s.slug)], _link(feed, s, urls[(slug, s.slug)]))
                     for s in chosen]
            routes[feed.path] = _feed_response(slug, feed, base, items)
            out.feeds.append(FeedSpec(base + feed.path, feed.name, feed.tags))
        out.routes[slug] = routes
    if "bad" in bases:
        _add_bad(out, bases["bad"], stories["bad"], urls)
    return out


def _link(feed: FeedDef, story: Story, url: str) -> str:
    """Return the link a feed gives for a story: with tracking parameters where marked."""
    if feed.tracking and story.meta.get("Feed-Link") == "tracking":
        return f"{url}?{TRACKING_QUERY}"
    return url


def _expected(story: Story, url: str, page: str, urls: dict[tuple[str, str], str]
              ) -> ExpectedArticle:
    """Return the ground truth of one rendered story."""
    original = story.meta.get("Syndicates", "").partition("/")
    tracked = story.meta.get("Feed-Link") == "tracking"
    return ExpectedArticle(
        publisher=story.publisher, url=url, title=story.title, paragraphs=list(story.paragraphs),
        kind=story.meta.get("Kind", "original"),
        syndicates=urls[(original[0], original[2])] if original[0] else None,
        alt_urls=[f"{url}?{TRACKING_QUERY}"] if tracked else [],
        author=story.author, published_at=story.published, section=story.section,
        summary=summary_of(story.paragraphs),
        boilerplate=boilerplate_of(page, story.title, list(story.paragraphs)),
    )


def _feed_response(slug: str, feed: FeedDef, base: str, items: list[FeedItem]) -> Response:
    """Render a feed into a response with its XML content type and Last-Modified."""
    body = render_feed(slug, feed, base, items)
    return Response(200, FEED_TYPES[feed.fmt], body.encode(),
                    max((it.published for it in items), default=None))


def _add_bad(out: Built, base: str, stories: list[Story], urls: dict[tuple[str, str], str]
             ) -> None:
    """Add the bad publisher's failure routes and feeds; its good stories are already routed."""
    routes = out.routes["bad"]
    routes["/news/server-error-story"] = SERVER_ERROR
    routes["/files/annual-report-2025.pdf"] = Response(200, "application/pdf", PDF_BYTES)
    routes["/images/front-page.png"] = Response(200, "image/png", PNG_BYTES)
    secret = "<html><body><h1>Committee accounts</h1><p>Members only.</p></body></html>\n"
    routes["/private/members-only-story"] = Response(200, HTML_TYPE, secret.encode())
    routes["/malformed.xml"] = Response(
        200, FEED_TYPES["rss"], b"Service temporarily unavailable -- please retry later.\n"
        b"{\"status\": \"maintenance\", \"feed\": null}\n")
    routes["/error-feed.xml"] = SERVER_ERROR
    when = datetime.fromisoformat("2026-03-04T09:00:00+00:00")
    main = [feed_item(s, urls[("bad", s.slug)], urls[("bad", s.slug)])
            for s in stories if s.meta.get("Feed") != "bozo"]
    for path, title, kind in BAD_ITEMS:
        main.append(FeedItem(title, base + path, base + path, when, "Pat Dunmore", "Parish",
                             f"{title}."))
        out.bad_urls[base + path] = kind
    main.append(FeedItem("Private network test item", PRIVATE_ADDRESS_URL, PRIVATE_ADDRESS_URL,
                         when, "Pat Dunmore", "Parish", "Points at a private address."))
    out.bad_urls[PRIVATE_ADDRESS_URL] = "private_address"
    feed = FeedDef("/feed.xml", "The Broken Bugle", ("bad", "mixed"), "rss")
    routes[feed.path] = _feed_response("bad", feed, base, main)
    bozo = [feed_item(s, urls[("bad", s.slug)], urls[("bad", s.slug)])
            for s in stories if s.meta.get("Feed") == "bozo"]
    bozo_def = FeedDef("/bozo.xml", "The Broken Bugle (bozo)", ("bad", "bozo"), "rss")
    text = render_feed("bad", bozo_def, base, bozo).replace("news &amp; views", "news & views")
    text = text.replace("<ttl>", "<copyright>&copy;&nbsp;2026 The Broken Bugle</copyright>\n<ttl>")
    routes[bozo_def.path] = Response(200, FEED_TYPES["rss"], text.encode())
    out.bad_feeds += [
        FeedSpec(base + feed.path, feed.name, feed.tags),
        FeedSpec(base + "/malformed.xml", "The Broken Bugle (malformed)", ("bad", "malformed")),
        FeedSpec(base + "/error-feed.xml", "The Broken Bugle (HTTP 500)", ("bad", "http_500")),
        FeedSpec(base + bozo_def.path, bozo_def.name, bozo_def.tags),
    ]


class _Server(ThreadingHTTPServer):
    """One publisher's server on 127.0.0.1 (port 0: an ephemeral one)."""

    daemon_threads = True

    def __init__(self, slug: str, site: DemoSite, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.slug = slug
        self.site = site
        self.routes: dict[str, Response] = {}


class _Handler(BaseHTTPRequestHandler):
    """Serves canned responses by path (query ignored), with ETag / Last-Modified support."""

    server: _Server
    server_version = "DemoNews/1.0"
    timeout = 15

    def version_string(self) -> str:
        """Return the Server header value."""
        return self.server_version

    def do_GET(self) -> None:
        """Serve a GET request."""
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        """Serve a HEAD request."""
        self._respond(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the demo servers quiet."""

    def _respond(self, send_body: bool) -> None:
        """Look the path up, answer 304 when the client's validators match, else the response."""
        self.server.site._record(self.server.slug, self.command, self.path, dict(self.headers))
        resp = self.server.site.response(self.server.slug, urlsplit(self.path).path)
        etag = '"' + hashlib.sha1(resp.body).hexdigest()[:20] + '"'
        modified = format_datetime(resp.last_modified, usegmt=True) if resp.last_modified else None
        status = 304 if resp.status == 200 and _not_modified(self, etag, resp) else resp.status
        try:
            self.send_response(status)
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", "0" if status == 304 else str(len(resp.body)))
            if resp.status == 200:
                self.send_header("ETag", etag)
                if modified:
                    self.send_header("Last-Modified", modified)
            self.end_headers()
            if send_body and status != 304:
                self.wfile.write(resp.body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def _not_modified(handler: BaseHTTPRequestHandler, etag: str, resp: Response) -> bool:
    """Return True when If-None-Match or If-Modified-Since says the client's copy is current."""
    if_none_match = handler.headers.get("If-None-Match")
    if if_none_match is not None:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match == "*"
    since = handler.headers.get("If-Modified-Since")
    if since and resp.last_modified:
        try:
            return resp.last_modified <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


class DemoSite:
    """The demo news site: starts one server per publisher, exposes feeds and ground truth."""

    def __init__(self, include_bad: bool = False, seed_path: str | Path | None = None,
                 base_port: int = 0) -> None:
        self.include_bad = include_bad
        self.base_port = base_port  # 0: ephemeral ports; else consecutive ports from here
        self.seed_path = Path(seed_path) if seed_path else None
        self.feeds: list[FeedSpec] = []
        self.bad_feeds: list[FeedSpec] = []
        self.publishers: dict[str, str] = {}
        self.articles: list[ExpectedArticle] = []
        self.bad_urls: dict[str, str] = {}  # URL -> what is wrong with it
        self.request_log: list[tuple[str, str, float]] = []
        self.request_details: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._servers: dict[str, _Server] = {}
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> DemoSite:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> DemoSite:
        """Bind every publisher's server, render the content for the real URLs, start serving."""
        if self._servers:
            return self
        slugs = GOOD_PUBLISHERS + (("bad",) if self.include_bad else ())
        try:
            for i, slug in enumerate(slugs):
                port = self.base_port + i if self.base_port else 0
                self._servers[slug] = _Server(slug, self, port)
            self.publishers = {slug: f"http://127.0.0.1:{srv.server_address[1]}"
                               for slug, srv in self._servers.items()}
            built = build(self.publishers, self.seed_path)
            self.feeds, self.bad_feeds = built.feeds, built.bad_feeds
            self.articles, self.bad_urls = built.articles, built.bad_urls
            for slug, srv in self._servers.items():
                srv.routes = built.routes[slug]
                thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.1},
                                          name=f"demo-{slug}", daemon=True)
                thread.start()
                self._threads.append(thread)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop serving: shutdown, close the sockets and join the threads."""
        started = len(self._threads)
        for i, srv in enumerate(self._servers.values()):
            if i < started:
                srv.shutdown()
            srv.server_close()
        for thread in self._threads:
            thread.join(timeout=10)
        self._servers, self._threads = {}, []

    def response(self, publisher: str, path: str) -> Response:
        """The response a publisher's server gives for a path (a subclass may compute it)."""
        srv = self._servers.get(publisher)
        return srv.routes.get(path, NOT_FOUND) if srv else NOT_FOUND

    def _record(self, publisher: str, method: str, path: str, headers: dict[str, str]) -> None:
        """Append one request to the logs (called from server threads)."""
        now = time.monotonic()
        with self._lock:
            self.request_log.append((publisher, path, now))
            self.request_details.append(RequestRecord(publisher, method, path, now, headers))

    def article(self, url: str) -> ExpectedArticle | None:
        """Return the expected article served at `url` (canonical or alternative), if any."""
        for art in self.articles:
            if url == art.url or url in art.alt_urls:
                return art
        return None

    def write_feeds_file(self, path: str | Path, include_bad: bool = False) -> Path:
        """Write a YAML feeds file (`feeds:` then url/name/tags) listing the demo feeds."""
        if include_bad and not self.include_bad:
            raise ValueError("demo: bad feeds requested but the site runs with include_bad=False")
        feeds = self.feeds + (self.bad_feeds if include_bad else [])
        data = {"feeds": [{"url": f.url, "name": f.name, "tags": list(f.tags)} for f in feeds]}
        path = Path(path)
        path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
        return path
