"""The benchmark's synthetic news site: deterministic generation, feeds, pages, latency, peaks."""

from __future__ import annotations

import http.client
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from typing import Any
from urllib.parse import urlsplit

import pytest

from pipeline.synth import site as synthsite
from pipeline.synth.site import SynthSite, generate_articles


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers["Content-Type"], exc.read()


def test_generation_is_deterministic() -> None:
    """The same (articles, hosts, seed) gives the same articles; another seed other ones."""
    first, again = generate_articles(8, 3, seed=5), generate_articles(8, 3, seed=5)
    other = generate_articles(8, 3, seed=6)
    assert first == again
    assert [a.paragraphs for a in first] != [a.paragraphs for a in other]
    assert [a.host for a in first] == [0, 1, 2, 0, 1, 2, 0, 1]
    assert len({a.path for a in first}) == 8
    assert all(600 <= a.words() <= 1300 for a in first)


def test_articles_are_not_near_duplicates() -> None:
    """No two generated articles share a MinHash band key of newsflow's dedup."""
    from pipeline.dedup import index as dedup
    keys = [set(dedup.fingerprint("\n".join(a.paragraphs)).band_keys)
            for a in generate_articles(30, 2, seed=2)]
    assert all(not (keys[i] & keys[j]) for i in range(30) for j in range(i + 1, 30))


def test_syndicated_copies_are_near_duplicates_of_another_hosts_article() -> None:
    """With copies, that share of articles are wire copies (dateline, own headline, one paragraph
    fewer) of an earlier article of another host, which newsflow's dedup confirms as copies;
    without, generation is as before."""
    from pipeline.dedup import index as dedup
    articles = generate_articles(200, 20, seed=1, copies=0.1)
    by_id = {a.id: a for a in articles}
    copies = [a for a in articles if a.copy_of is not None]
    assert 10 <= len(copies) <= 30
    plain = generate_articles(200, 20, seed=1)
    assert [a for a in articles if a.copy_of is None] == [plain[a.id - 1] for a in articles if a.copy_of is None]
    assert all(a.copy_of is None for a in generate_articles(50, 5, seed=1))
    for copy in copies:
        original = by_id[copy.copy_of]
        assert original.host != copy.host and original.id < copy.id and original.title != copy.title
        assert copy.paragraphs[0].endswith(original.paragraphs[0]) and "(Wire)" in copy.paragraphs[0]
        a, b = "\n".join(copy.paragraphs), "\n".join(original.paragraphs)
        assert set(dedup.fingerprint(a).band_keys) & set(dedup.fingerprint(b).band_keys)
        assert dedup.is_copy(dedup.compare(a, b))


def test_serves_feeds_pages_and_robots(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each host serves robots.txt, feeds of at most FEED_ITEMS items linking its pages, and 404s."""
    monkeypatch.setattr(synthsite, "FEED_ITEMS", 4)
    with SynthSite(articles=10, hosts=2, seed=3) as site:
        assert len(site.feed_urls()) == 4  # 5 articles per host, 4 items per feed: 2 feeds each
        status, ctype, body = _get(site.bases[0] + "/robots.txt")
        assert (status, ctype) == (200, "text/plain; charset=utf-8")
        assert b"User-agent: *" in body
        links: list[str] = []
        for url in site.feed_urls():
            status, ctype, body = _get(url)
            assert (status, ctype) == (200, synthsite.RSS_TYPE)
            items = ET.fromstring(body).findall("./channel/item")
            assert 1 <= len(items) <= 4
            links += [item.findtext("link") or "" for item in items]
        assert sorted(links) == sorted(site.article_urls())
        article = site.generated[7]
        status, ctype, body = _get(site.bases[article.host] + article.path)
        assert (status, ctype) == (200, synthsite.HTML_TYPE)
        page = body.decode()
        assert article.paragraphs[-1].split(" ")[-1] in page and "<h1" in page
        assert "Our readers are reading too" in page and "newsletter-box" in page
        assert dict(site.pages())[site.bases[article.host] + article.path] == body
        assert _get(site.bases[1] + "/nowhere")[0] == 404
        stats = site.stats()
        assert (stats[0].robots, stats[0].feeds, stats[1].pages, stats[1].not_found) == (1, 2, 1, 1)


class SiteSleeps:
    """Stands in for the site module's `time`: records every sleep instead of sleeping; while
    `barrier` is set, each sleeping handler waits for the others there (all in flight at once)."""

    def __init__(self) -> None:
        self.slept: list[float] = []
        self.barrier: threading.Barrier | None = None

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        if self.barrier is not None:
            self.barrier.wait()

    def __getattr__(self, name: str) -> Any:  # anything else the site uses from `time`
        return getattr(time, name)


def test_latency_keep_alive_and_peaks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Responses wait the latency; keep-alive works; the per-host in-flight peak is recorded."""
    sleeps = SiteSleeps()
    monkeypatch.setattr(synthsite, "time", sleeps)
    with SynthSite(articles=6, hosts=2, seed=4, latency=0.2) as site:
        netloc = urlsplit(site.bases[0]).netloc
        conn = http.client.HTTPConnection(netloc, timeout=10)
        for _ in range(2):  # two requests on one connection
            conn.request("GET", "/robots.txt")
            assert conn.getresponse().read().startswith(b"User-agent")
        assert sleeps.slept == [0.2, 0.2]  # each response waited the latency
        conn.close()
        assert site.peaks() == [1, 0]
        deadline = time.monotonic() + 5  # the handler may still be past its last byte
        while site.stats()[0].in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        site.reset_stats()
        sleeps.barrier = threading.Barrier(3, timeout=10)
        threads = [threading.Thread(target=_get, args=(site.bases[0] + "/robots.txt",))
                   for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert site.peaks() == [3, 0]
        assert not sleeps.barrier.broken
        sleeps.barrier = None
        site.latency = 0.0
        sleeps.slept.clear()
        assert _get(site.bases[1] + "/robots.txt")[0] == 200
        assert sleeps.slept == []  # no latency: no wait at all
    with pytest.raises(OSError):
        http.client.HTTPConnection(netloc, timeout=2).request("GET", "/robots.txt")
