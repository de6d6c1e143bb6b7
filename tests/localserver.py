"""A tiny programmable HTTP server on 127.0.0.1 for fetcher tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A route returns (status, headers, body) or raises to drop the connection.
Route = Callable[[BaseHTTPRequestHandler], tuple[int, dict[str, str], bytes]]


class LocalServer:
    """Serve a dict of path -> route on an ephemeral port; records every request path."""

    def __init__(self, routes: dict[str, Route]):
        self.routes = routes
        self.hits: list[str] = []
        self.active = 0
        self.max_active = 0
        lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                with lock:
                    server.hits.append(self.path)
                    server.active += 1
                    server.max_active = max(server.max_active, server.active)
                try:
                    route = server.routes.get(self.path.split("?")[0])
                    if route is None:
                        status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                    else:
                        status, headers, body = route(self)
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with lock:
                        server.active -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def url(self, path: str) -> str:
        """Absolute URL of a path on this server."""
        return self.base + path


def html(body: str, status: int = 200, delay: float = 0.0) -> Route:
    """A route answering an HTML page."""
    def route(_: BaseHTTPRequestHandler) -> tuple[int, dict[str, str], bytes]:
        if delay:
            time.sleep(delay)
        return status, {"Content-Type": "text/html; charset=utf-8"}, body.encode()
    return route


def raw(status: int, headers: dict[str, str], body: bytes) -> Route:
    """A route answering fixed bytes."""
    return lambda _: (status, headers, body)


def rss(base: str, paths: list[str]) -> bytes:
    """An RSS feed with one item per path on `base` (title and guid: the path)."""
    items = "".join(f"<item><title>{p}</title><link>{base}{p}</link><guid>{p}</guid></item>"
                    for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()
