"""HTTP fetching: one async client with politeness, robots.txt, guards and retries."""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import random
import re
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import aiohttp
import aiohttp.abc
import yarl
from aiohttp.abc import ResolveResult
from protego import Protego

from pipeline.config import Settings
from pipeline.models import FetchResult

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
    "application/rdf+xml", "application/feed+json", "application/json", "text/html",
    "text/plain", "application/x-rss+xml",
)
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.I)
REDIRECT_CODES = {301, 302, 303, 307, 308}
RETRY_CODES = {500, 502, 503, 504}


# After this many 429s from one host in a run, its Retry-After applies to the whole host.
HOST_THROTTLE_AFTER = 3
RETRYABLE_KINDS = ("timeout", "connect_error", "http_5xx", "http_429", "connection_reset")


# A URL already written in percent-encoded ASCII: sent as it is written (as a browser sends an href),
# not re-encoded (yarl writes "%ce%ac" as "%CE%AC": the same to a server that decodes the path, not
# to one that matches it byte for byte, nor to a signed URL).
ENCODED_URL_RE = re.compile(r"(?:[!#$&-;=?-\[\]_a-z~]|%[0-9A-Fa-f]{2})+", re.I)


def _as_written(url: str) -> str | yarl.URL:
    """The URL to request: as written when it is valid percent-encoded ASCII, else for yarl to encode."""
    return yarl.URL(url, encoded=True) if ENCODED_URL_RE.fullmatch(url) else url


class FetchError(Exception):
    """A fetch failed for a specific, recordable reason."""

    def __init__(self, kind: str, message: str, status: int | None = None,
                 retry_after: float | None = None):
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.retry_after = retry_after


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _ip_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address, allow: object) -> bool:
    """Tell whether connecting to `ip` is allowed under the private-network setting."""
    if allow is True:
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if isinstance(allow, tuple) and any(ip in net for net in allow):
        return True
    return ip.is_global and not ip.is_multicast


def _refuse_non_public(host: str, ips: Iterable[str], settings: Settings) -> None:
    """Raise `private_address` if any address of `host` is not allowed: no picking the safe one."""
    for text in ips:
        ip = ipaddress.ip_address(text.split("%")[0])
        if not _ip_allowed(ip, settings.allow_private_networks):
            raise FetchError(
                "private_address",
                f"{host} resolves to non-public address {ip}; refused "
                "(set NEWSFLOW_ALLOW_PRIVATE_NETWORKS to allow)",
            )


def check_address(url: str, settings: Settings) -> None:
    """Refuse URLs that are not http(s), and literal addresses that are not public. Host names are
    vetted when a connection is made (`GuardedResolver`), where the answer is actually used."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("bad_url", f"not an http(s) URL: {url}")
    if settings.allow_private_networks is True:
        return
    host = parts.hostname.strip("[]")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return
    _refuse_non_public(host, [host], settings)


class GuardedResolver(aiohttp.abc.AbstractResolver):
    """Resolve host names for the connector and refuse non-public answers, so the address that is
    checked is the address that is connected to (no DNS-rebinding gap), on every hop and every new
    connection. aiohttp connects to literal addresses without a resolver: `check_address` vets
    those before each request."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._resolver = aiohttp.ThreadedResolver()

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        try:
            answers = await self._resolver.resolve(host, port, family)
        except OSError as exc:
            raise FetchError("dns_error", f"cannot resolve {host}: {exc}") from None
        if self.settings.allow_private_networks is not True:
            _refuse_non_public(host, (a["host"] for a in answers), self.settings)
        return answers

    async def close(self) -> None:
        await self._resolver.close()


def decode_body(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """Decode HTML bytes: HTTP charset, then BOM, then <meta charset>, then detection."""
    candidates: list[str] = []
    if header_charset:
        candidates.append(header_charset)
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            candidates.append(name)
    match = META_CHARSET_RE.search(body[:4096])
    if match:
        candidates.append(match.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            return body.decode(name), codecs.lookup(name).name
        except (LookupError, UnicodeDecodeError):
            continue
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is not None:
        return str(best), best.encoding
    return body.decode("utf-8", "replace"), "utf-8"


def robots_token(user_agent: str) -> str:
    """The product token robots.txt groups are matched against (RFC 9309 2.2.1): the first word of
    the User-Agent before any "/version", so "newsflow/0.1 (+https://...)" is "newsflow" and a
    word inside the comment or URL cannot select another crawler's group."""
    word = user_agent.split()[0] if user_agent.split() else ""
    return word.split("/")[0].lower() or "*"


class RobotsRules:
    """One host's parsed robots.txt under RFC 9309 (protego): `*` and `$` in patterns, the most
    specific (longest) matching rule wins, allow wins a tie, groups of the same user agent are
    merged and the `*` group applies when none names this crawler; Crawl-delay is kept."""

    def __init__(self, text: str):
        # A UTF-8 byte order mark would hide the first line's directive from the parser.
        self._parser = Protego.parse(text.removeprefix("\ufeff"))

    def allows(self, url: str, user_agent: str) -> bool:
        """Whether `url` may be fetched by the crawler whose User-Agent is `user_agent`."""
        return bool(self._parser.can_fetch(url, robots_token(user_agent)))

    def crawl_delay(self, user_agent: str) -> float:
        """Seconds between requests the crawler's group asks for (0 when none)."""
        delay = self._parser.crawl_delay(robots_token(user_agent))
        return float(delay) if delay else 0.0


def robots_allows(robots_txt: str, url: str, user_agent: str) -> bool:
    """Whether a robots.txt text allows `user_agent` to fetch `url` (RFC 9309 matching)."""
    return RobotsRules(robots_txt).allows(url, user_agent)


@dataclass
class _HostState:
    semaphore: asyncio.Semaphore
    next_allowed: float = 0.0
    robots: RobotsRules | None = None
    robots_loaded: bool = False
    robots_unavailable: str | None = None  # why robots.txt could not be read (server/network error)
    crawl_delay: float = 0.0
    robots_lock: asyncio.Lock | None = None
    throttled: int = 0  # 429 answers seen from this host


class Fetcher:
    """An async HTTP client that is polite per host and refuses unsafe targets."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._hosts: dict[str, _HostState] = {}
        self._total = asyncio.Semaphore(settings.total_concurrency)
        self._session: aiohttp.ClientSession | None = None

    def _client(self) -> aiohttp.ClientSession:
        """The run's one HTTP session, made in the running loop on first use. Its pool is keyed
        by host, with no limits of its own: the per-host and per-run slots bound it."""
        if self._session is None:
            s = self.settings
            connector = aiohttp.TCPConnector(limit=0, resolver=GuardedResolver(s))
            self._session = aiohttp.ClientSession(
                connector=connector,
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=s.connect_timeout,
                                              sock_read=s.read_timeout),
                headers={"User-Agent": s.full_user_agent, "Accept-Encoding": "gzip, deflate"},
                auto_decompress=True, trust_env=False,
            )
        return self._session

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _host(self, url: str) -> _HostState:
        netloc = urlsplit(url).netloc.lower()
        state = self._hosts.get(netloc)
        if state is None:
            state = _HostState(asyncio.Semaphore(self.settings.per_host_concurrency))
            self._hosts[netloc] = state
        return state

    async def _robots_allows(self, url: str) -> bool:
        """Fetch (once per host) and consult robots.txt; raise FetchError `robots_unavailable`
        when it could not be read for a server or network error (a later run tries again)."""
        if not self.settings.obey_robots:
            return True
        state = self._host(url)
        if state.robots_lock is None:
            state.robots_lock = asyncio.Lock()
        async with state.robots_lock:
            if not state.robots_loaded:
                await self._load_robots(url, state)
        if state.robots_unavailable:
            raise FetchError("robots_unavailable", state.robots_unavailable)
        if state.robots is None:
            return True
        return state.robots.allows(url, self.settings.user_agent)

    async def _load_robots(self, url: str, state: _HostState) -> None:
        """Fetch and parse robots.txt of the URL's host into its state."""
        state.robots_loaded = True
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        try:
            result = await self._get(robots_url, accept=None, max_bytes=500_000, robots=False)
        except FetchError as exc:
            if exc.kind in RETRYABLE_KINDS:
                # RFC 9309 2.3.1.4: robots.txt unreachable through a server or network error
                # (after the retries) means complete disallow, not "no rules".
                state.robots_unavailable = f"robots.txt unavailable, host skipped this run: {exc}"
            return  # a 4xx or an unusable robots.txt: no rules, everything allowed (2.3.1.3)
        if result.status and 200 <= result.status < 300 and result.body is not None:
            rules = RobotsRules(result.body.decode("utf-8", "replace"))
            state.crawl_delay = rules.crawl_delay(self.settings.user_agent)
            state.robots = rules

    async def fetch(
        self, url: str, *, accept: tuple[str, ...] = HTML_TYPES, headers: dict[str, str] | None = None,
        max_bytes: int | None = None,
    ) -> FetchResult:
        """Fetch one URL; never raises: failures come back as error_kind and error."""
        started = time.monotonic()
        try:
            result = await self._get(url, accept=accept, headers=headers,
                                     max_bytes=max_bytes or self.settings.max_bytes, robots=True)
        except FetchError as exc:
            result = FetchResult(url=url, status=exc.status, error_kind=exc.kind, error=str(exc))
        result.elapsed = time.monotonic() - started
        return result

    async def _get(
        self, url: str, *, accept: tuple[str, ...] | None, max_bytes: int, robots: bool,
        headers: dict[str, str] | None = None,
    ) -> FetchResult:
        """GET with redirects, retries and guards; raise FetchError on failure."""
        current = url
        seen: set[str] = {url}
        for _hop in range(self.settings.max_redirects + 1):
            check_address(current, self.settings)
            if robots and not await self._robots_allows(current):
                raise FetchError("robots_disallowed", f"robots.txt disallows {current} for "
                                 f"{robots_token(self.settings.user_agent)}")
            response = await self._attempts(current, headers, accept, max_bytes)
            if response.status in REDIRECT_CODES:
                location = response.headers.get("location")
                if not location:
                    raise FetchError("bad_redirect", f"HTTP {response.status} without Location",
                                     response.status)
                current = urljoin(current, location)
                if current in seen:
                    raise FetchError("redirect_loop", f"redirect loop at {current}", response.status)
                seen.add(current)
                continue
            response.url = url
            response.final_url = current
            return response
        raise FetchError("too_many_redirects",
                         f"more than {self.settings.max_redirects} redirects from {url}")

    async def _attempts(
        self, url: str, headers: dict[str, str] | None, accept: tuple[str, ...] | None,
        max_bytes: int,
    ) -> FetchResult:
        """One request with retries (jittered backoff) on 5xx, 429 and timeouts only;
        Retry-After is honoured when it is short enough to wait for."""
        last: FetchError | None = None
        for attempt in range(self.settings.retries + 1):
            if last is not None:
                delay = self.settings.retry_backoff * (2 ** (attempt - 1))
                delay *= 0.5 + random.random()
                await asyncio.sleep(max(delay, last.retry_after or 0.0))
            try:
                return await self._once(url, headers, accept, max_bytes)
            except FetchError as exc:
                if exc.kind not in RETRYABLE_KINDS:
                    raise
                if exc.retry_after is not None:
                    self._throttle(url, exc)
                    if exc.retry_after > self.settings.max_retry_after:
                        raise  # too long to wait now: a later run retries this page
                last = exc
        assert last is not None
        raise last

    def _throttle(self, url: str, exc: FetchError) -> None:
        """Count a 429/503 with Retry-After; after repeats, pause the whole host."""
        state = self._host(url)
        if exc.kind == "http_429":
            state.throttled += 1
        if state.throttled >= HOST_THROTTLE_AFTER and exc.retry_after:
            state.next_allowed = max(state.next_allowed, time.monotonic() + exc.retry_after)

    async def _once(
        self, url: str, headers: dict[str, str] | None, accept: tuple[str, ...] | None,
        max_bytes: int,
    ) -> FetchResult:
        """One polite request: per-host slot and delay, size cap while streaming."""
        state = self._host(url)
        # The host's slot first, then one of the run's: a request waiting for a busy host must not
        # hold one of the total_concurrency slots meanwhile, or requests queued behind busy hosts
        # hold most of them and the other hosts starve.
        async with state.semaphore, self._total:
            delay = max(self.settings.per_host_delay, state.crawl_delay)
            wait = state.next_allowed - time.monotonic()
            state.next_allowed = max(state.next_allowed, time.monotonic()) + delay
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                async with asyncio.timeout(self.settings.total_timeout):
                    return await self._stream(url, headers, accept, max_bytes)
            except aiohttp.ServerTimeoutError as exc:  # before TimeoutError: it is one
                raise FetchError("timeout", f"timed out fetching {url}: {exc or type(exc).__name__}"
                                 ) from None
            except TimeoutError:
                raise FetchError("timeout", f"no complete response within "
                                 f"{self.settings.total_timeout:g}s from {url}") from None
            except aiohttp.ClientConnectorDNSError as exc:
                raise FetchError("dns_error", f"cannot resolve the host of {url}: {exc}") from None
            except aiohttp.ClientConnectorError as exc:
                raise FetchError("connect_error", f"cannot connect to {url}: {exc}") from None
            except (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError,
                    aiohttp.ClientOSError) as exc:
                raise FetchError("connection_reset", f"connection to {url} broken mid-response: "
                                 f"{exc}") from None
            except aiohttp.InvalidURL as exc:
                raise FetchError("bad_url", f"not a valid URL: {exc}") from None
            except aiohttp.ClientError as exc:
                raise FetchError("network_error", f"{type(exc).__name__} fetching {url}: {exc}"
                                 ) from None

    async def _stream(
        self, url: str, headers: dict[str, str] | None, accept: tuple[str, ...] | None,
        max_bytes: int,
    ) -> FetchResult:
        async with self._client().get(_as_written(url), headers=headers, allow_redirects=False) as response:
            status = response.status
            header_map = _header_dict(response.headers)
            if status in REDIRECT_CODES or status == 304:
                return FetchResult(url=url, status=status, headers=header_map)
            retry_after = parse_retry_after(header_map.get("retry-after"))
            if status in RETRY_CODES:
                raise FetchError("http_5xx", f"HTTP {status} from {url}", status, retry_after)
            if status == 429:
                raise FetchError("http_429", f"HTTP 429 (too many requests) from {url}", status,
                                 retry_after if retry_after is not None else 1.0)
            if status >= 400:
                raise FetchError(f"http_{status}", f"HTTP {status} from {url}", status)
            content_type = header_map.get("content-type", "").split(";")[0].strip().lower()
            if accept is not None and content_type and not content_type.startswith(accept):
                raise FetchError("unsupported_content_type",
                                 f"content type {content_type!r} is not supported at {url}", status)
            declared = header_map.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError("too_large", f"{url} declares {declared} bytes, over the "
                                 f"{max_bytes}-byte cap", status)
            chunks: list[bytes] = []
            size = 0
            # Decompressed bytes as they arrive, a bounded piece at a time: gzip bombs stop early.
            async for chunk in response.content.iter_any():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError("too_large", f"{url} is over the {max_bytes}-byte cap", status)
                chunks.append(chunk)
            return FetchResult(url=url, status=status, content_type=content_type,
                               body=b"".join(chunks), encoding=response.charset,
                               headers=header_map)


def _header_dict(headers: Any) -> dict[str, str]:
    """Response headers as a dict with lower-case names; repeated headers joined with ", "."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        key = name.lower()
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


async def fetch_all(
    settings: Settings, urls: Iterable[str], *, accept: tuple[str, ...] = HTML_TYPES
) -> list[FetchResult]:
    """Fetch many URLs concurrently with one polite client."""
    async with Fetcher(settings) as fetcher:
        return list(await asyncio.gather(*(fetcher.fetch(u, accept=accept) for u in urls)))
