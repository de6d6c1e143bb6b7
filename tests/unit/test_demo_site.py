"""Tests for the bundled demo news site served on 127.0.0.1."""

from __future__ import annotations

import html
import json
import re
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import yaml

from pipeline.demo.server import DemoSite
from pipeline.demo.site import BUNDLED_SEED, ExpectedArticle, default_seed_path, read_seed

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never use a proxy


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """Fetch a URL directly and return (status, headers, body), also for error statuses."""
    try:
        with OPENER.open(urllib.request.Request(url, headers=headers or {}), timeout=10) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    """Return the set of k-word shingles of a text."""
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


@pytest.fixture(scope="module")
def site() -> Iterator[DemoSite]:
    """The good publishers only."""
    with DemoSite() as demo:
        yield demo


@pytest.fixture(scope="module")
def bad_site() -> Iterator[DemoSite]:
    """The good publishers plus the bad publisher."""
    with DemoSite(include_bad=True) as demo:
        yield demo


def by_kind(site: DemoSite, kind: str) -> list[ExpectedArticle]:
    """Return the expected articles of one kind."""
    return [a for a in site.articles if a.kind == kind]


def test_publishers_have_distinct_loopback_ports(site: DemoSite) -> None:
    """Each publisher is served from its own 127.0.0.1 port."""
    assert set(site.publishers) == {"ledger", "harbor", "northwind"}
    hosts = [urlsplit(base) for base in site.publishers.values()]
    assert {h.hostname for h in hosts} == {"127.0.0.1"}
    assert len({h.port for h in hosts}) == 3


def test_ground_truth_shape(site: DemoSite) -> None:
    """Ground truth lists 18 articles, 6 per publisher, 4-8 paragraphs each, with the special kinds."""
    assert len(site.articles) == 18
    for publisher in site.publishers:
        assert sum(a.publisher == publisher for a in site.articles) == 6
    assert len({a.url for a in site.articles}) == 18
    assert len({a.title for a in site.articles}) == 18
    for art in site.articles:
        assert 4 <= len(art.paragraphs) <= 8, art.url
        assert art.boilerplate and not set(art.boilerplate) & set(art.paragraphs)
        assert art.url.startswith(site.publishers[art.publisher])
    assert len(by_kind(site, "seed")) == 1
    assert len(by_kind(site, "syndicated_copy")) == 1
    assert sum(bool(a.alt_urls) for a in site.articles) == 1


def test_feeds_parse_and_items_resolve(site: DemoSite) -> None:
    """Every good feed parses cleanly and each of its items resolves to a 200 HTML page."""
    linked: set[str] = set()
    versions = {}
    for feed in site.feeds:
        status, headers, body = get(feed.url)
        assert status == 200
        assert headers["Content-Type"].split(";")[0] in (
            "application/rss+xml", "application/atom+xml")
        parsed = feedparser.parse(body)
        assert not parsed.bozo, feed.url
        assert parsed.entries
        versions[feed.name] = parsed.version
        for entry in parsed.entries:
            assert entry.id and entry.title and entry.summary and entry.author
            assert entry.published_parsed is not None
            page_status, page_headers, _ = get(entry.link)
            assert page_status == 200, entry.link
            assert page_headers["Content-Type"] == "text/html; charset=utf-8"
            linked.add(entry.link)
    assert versions["The Daily Ledger"] == "rss20"
    assert versions["Northwind Wire: Top stories"] == "rss20"
    assert versions["Harbor Times"] == "atom10"
    for art in site.articles:
        assert art.url in linked or set(art.alt_urls) & linked, art.url


def test_pages_carry_metadata_and_body(site: DemoSite) -> None:
    """Each page has title, description, og tags, canonical, JSON-LD NewsArticle and every paragraph."""
    for art in site.articles:
        page = get(art.url)[2].decode("utf-8")
        url = html.escape(art.url)
        assert f"<title>{html.escape(art.title)}" in page
        assert '<meta name="description"' in page
        assert f'<meta property="og:title" content="{html.escape(art.title)}">' in page
        assert f'<meta property="og:url" content="{url}">' in page
        assert '<meta property="og:site_name"' in page
        assert '<meta property="article:published_time"' in page
        assert f'<link rel="canonical" href="{url}">' in page
        raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
        assert raw is not None
        data = json.loads(raw.group(1))
        assert data["@type"] == "NewsArticle"
        assert (data["headline"], data["url"]) == (art.title, art.url)
        assert data["author"]["name"] == art.author
        assert data["datePublished"] == art.published_at.isoformat()  # type: ignore[union-attr]
        for paragraph in art.paragraphs:
            assert f"<p>{html.escape(paragraph, quote=False)}</p>" in page


def test_publisher_templates_differ(site: DemoSite) -> None:
    """The three publishers use different markup: different body containers and class names."""
    containers = {"ledger": 'class="story-body"', "harbor": 'class="entry-content"',
                  "northwind": 'class="story-text"'}
    classes = {}
    for publisher, marker in containers.items():
        art = next(a for a in site.articles if a.publisher == publisher)
        page = get(art.url)[2].decode("utf-8")
        assert marker in page
        assert all(other not in page for other in containers.values() if other != marker)
        classes[publisher] = set(re.findall(r'class="([^"]+)"', page))
    assert not classes["ledger"] & classes["harbor"]
    assert not classes["harbor"] & classes["northwind"]
    assert not classes["ledger"] & classes["northwind"]


def test_seed_page_has_readers_block_after_last_paragraph(site: DemoSite) -> None:
    """The seed page puts a class-less "Our readers are reading too" block right after its last paragraph."""
    (seed,) = by_kind(site, "seed")
    assert (seed.title, seed.paragraphs) == read_seed(default_seed_path())
    assert len(seed.paragraphs) == 6
    page = get(seed.url)[2].decode("utf-8")
    last = html.escape(seed.paragraphs[-1], quote=False)
    block = re.search(
        re.escape(f"<p>{last}</p>")
        + r'\s*<div>\s*<h4>Our readers are reading too</h4>((?:\s*<p><a href="[^"]+">[^<]+</a></p>)+)'
        + r"\s*</div>\s*</div>\s*</article>",
        page,
    )
    assert block is not None
    assert 4 <= block.group(1).count("<p><a ") <= 6
    assert "Our readers are reading too" in seed.boilerplate


def test_bundled_seed_matches_shared_copy() -> None:
    """The bundled seed article text is identical to ../shared/seed-article.txt when present."""
    shared = default_seed_path()
    if shared == BUNDLED_SEED:
        pytest.skip("no shared seed article beside the project")
    assert read_seed(BUNDLED_SEED) == read_seed(shared)


def test_tracking_url_serves_same_bytes(site: DemoSite) -> None:
    """The article listed with utm parameters serves exactly the bytes of its clean URL."""
    (art,) = [a for a in site.articles if a.alt_urls]
    (tracked,) = art.alt_urls
    assert tracked == art.url + "?utm_source=rss&utm_medium=feed"
    assert get(tracked)[2] == get(art.url)[2]
    links = {f.name: {e.link for e in feedparser.parse(get(f.url)[2]).entries} for f in site.feeds}
    assert tracked in links["Harbor Times"] and art.url not in links["Harbor Times"]
    assert art.url in links["Harbor Times: Waterfront"]


def test_syndicated_copy_is_near_duplicate(site: DemoSite) -> None:
    """The republished wire story differs from its original by a dateline and one reworded paragraph."""
    (copy,) = by_kind(site, "syndicated_copy")
    original = site.article(copy.syndicates or "")
    assert original is not None and original.publisher == "northwind" and copy.publisher == "ledger"
    assert copy.title != original.title and copy.body != original.body
    assert copy.paragraphs[0] == "LONDON (Northwind) — " + original.paragraphs[0]
    pairs = zip(copy.paragraphs, original.paragraphs, strict=True)
    changed = [i for i, (a, b) in enumerate(pairs) if a != b]
    assert changed == [0, 4]
    a, b = shingles(copy.body), shingles(original.body)
    assert round(len(a & b) / len(a | b), 2) == 0.83
    assert copy.published_at > original.published_at  # type: ignore[operator]


def test_unrelated_articles_are_dissimilar(site: DemoSite) -> None:
    """Apart from the syndicated pair, no two articles share more than 5% of their 3-word shingles."""
    (copy,) = by_kind(site, "syndicated_copy")
    arts = site.articles
    for i, x in enumerate(arts):
        for y in arts[i + 1 :]:
            if {x.url, y.url} == {copy.url, copy.syndicates}:
                continue
            a, b = shingles(x.body, 3), shingles(y.body, 3)
            assert len(a & b) / len(a | b) < 0.05, (x.url, y.url)


def test_robots_index_unknown_paths_and_conditional_get(site: DemoSite) -> None:
    """Servers answer robots.txt, a home page, 404 for unknown paths and 304 for a matching ETag."""
    base = site.publishers["northwind"]
    status, _, body = get(base + "/robots.txt")
    assert status == 200 and b"Disallow: /private/" in body
    assert get(base + "/")[0] == 200
    assert get(base + "/no/such/page")[0] == 404
    status, headers, _ = get(site.feeds[-1].url)
    assert get(site.feeds[-1].url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert get(site.feeds[-1].url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304


def test_request_log_records_requests(site: DemoSite) -> None:
    """Every request is logged with its publisher, raw path and a monotonic time."""
    base = site.publishers["harbor"]
    before = len(site.request_log)
    get(base + "/robots.txt?probe=1", {"User-Agent": "demo-test/1.0"})
    publisher, path, when = site.request_log[before]
    assert (publisher, path) == ("harbor", "/robots.txt?probe=1")
    assert isinstance(when, float)
    assert site.request_details[before].headers["User-Agent"] == "demo-test/1.0"


def test_write_feeds_file(site: DemoSite, tmp_path: Path) -> None:
    """The feeds file is YAML with a feeds list of url, name and tags."""
    path = site.write_feeds_file(tmp_path / "feeds.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [f["url"] for f in data["feeds"]] == [f.url for f in site.feeds]
    assert all(set(f) == {"url", "name", "tags"} for f in data["feeds"])
    with pytest.raises(ValueError):
        site.write_feeds_file(tmp_path / "bad.yaml", include_bad=True)


def test_bad_publisher_feeds(bad_site: DemoSite) -> None:
    """The bad publisher serves a malformed feed, a 500 feed, a bozo feed and a mixed feed."""
    specs = {f.tags[1]: f.url for f in bad_site.bad_feeds}
    assert set(specs) == {"mixed", "malformed", "http_500", "bozo"}
    malformed = feedparser.parse(get(specs["malformed"])[2])
    assert malformed.bozo and not malformed.entries
    assert get(specs["http_500"])[0] == 500
    bozo = feedparser.parse(get(specs["bozo"])[2])
    assert bozo.bozo and len(bozo.entries) == 1
    assert get(bozo.entries[0].link)[0] == 200
    assert len(bad_site.articles) == 20


def test_bad_publisher_items(bad_site: DemoSite) -> None:
    """The mixed feed's items hit 404, 500, a PDF, an image, a robots-disallowed page and a private address."""
    mixed = next(f for f in bad_site.bad_feeds if "mixed" in f.tags)
    entries = feedparser.parse(get(mixed.url)[2]).entries
    kinds = {e.link: bad_site.bad_urls.get(e.link, "good") for e in entries}
    assert sorted(kinds.values()) == sorted(
        ["good", "not_found", "server_error", "pdf", "image", "robots_disallowed",
         "private_address"])
    seen = {}
    for link, kind in kinds.items():
        if kind == "private_address":
            assert link == "http://10.255.255.1/private-article"
            continue
        status, headers, _ = get(link)
        seen[kind] = (status, headers["Content-Type"].split(";")[0])
    assert seen == {"good": (200, "text/html"), "not_found": (404, "text/html"),
                    "server_error": (500, "text/html"), "pdf": (200, "application/pdf"),
                    "image": (200, "image/png"), "robots_disallowed": (200, "text/html")}
    robots = get(bad_site.publishers["bad"] + "/robots.txt")[2].decode()
    robots_path = urlsplit(next(k for k, v in kinds.items() if v == "robots_disallowed")).path
    assert "Disallow: /private/" in robots and robots_path.startswith("/private/")


def test_servers_stop_after_context_exit() -> None:
    """After the with-block, every port refuses connections and stop() can be called again."""
    demo = DemoSite(include_bad=True)
    with demo:
        ports = [urlsplit(base).port for base in demo.publishers.values()]
        assert get(demo.feeds[0].url)[0] == 200
    for port in ports:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
    demo.stop()


def test_start_stop_without_context() -> None:
    """start() serves until stop() is called, and a second start() is a no-op while running."""
    demo = DemoSite()
    assert demo.start() is demo
    try:
        publishers = dict(demo.publishers)
        demo.start()
        assert demo.publishers == publishers
        assert get(demo.articles[0].url)[0] == 200
    finally:
        demo.stop()
    with pytest.raises(urllib.error.URLError):
        OPENER.open(demo.articles[0].url, timeout=2)
