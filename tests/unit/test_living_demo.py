"""The living demo site (`newsflow airflow --demo`) under a simulated clock: no sleeping."""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime, timedelta

import feedparser
import pytest

from pipeline.dedup.index import compare, is_copy
from pipeline.demo.living import (
    EPOCH,
    LivingSite,
    flaky_down,
    generate,
    index_at,
    syndicated_copy,
)

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))
START = EPOCH + timedelta(days=300, minutes=12, seconds=10)


class Clock:
    """A settable clock for the site."""

    def __init__(self, when: datetime) -> None:
        self.when = when

    def __call__(self) -> datetime:
        return self.when


def get(url: str) -> tuple[int, bytes]:
    try:
        with OPENER.open(url, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture
def site() -> Iterator[tuple[LivingSite, Clock]]:
    clock = Clock(START)
    with LivingSite(now=clock) as living:
        yield living, clock


def entries(living: LivingSite) -> list[str]:
    """Links of every entry of every feed of the site, fetched over HTTP (the flaky feed only
    when it is up)."""
    links: list[str] = []
    for feed in living.feeds:
        if feed.url.endswith("/feeds/waterfront.atom") and flaky_down(living.now()):
            continue
        status, body = get(feed.url)
        assert status == 200, feed.url
        links += [e.link for e in feedparser.parse(body).entries]
    return links


def test_a_new_article_every_minute(site: tuple[LivingSite, Clock]) -> None:
    living, clock = site
    assert not flaky_down(clock.when) and not flaky_down(clock.when + timedelta(minutes=3))
    before = entries(living)
    clock.when += timedelta(minutes=3)
    after = entries(living)
    assert set(before) < set(after)
    new = set(after) - set(before)
    originals = {living.url(g.story) for g in living.published() if g.copy_of is None}
    assert len(new & originals) == 3  # one a minute (a syndicated copy may come too)
    for url in new:  # every new entry's page is served, with its text
        status, page = get(url)
        assert status == 200, url
        article = next(g.story for g in living.published() if living.url(g.story) == url)
        assert article.paragraphs[1].split(".")[0].encode() in page.replace(b"&#x27;", b"'")


def test_future_articles_are_not_served(site: tuple[LivingSite, Clock]) -> None:
    living, clock = site
    future = generate((clock.when - EPOCH) // timedelta(minutes=1) + 2).story
    assert get(living.url(future))[0] == 404
    clock.when += timedelta(minutes=2)
    assert get(living.url(future))[0] == 200


def test_deterministic_and_distinct() -> None:
    assert generate(1234) == generate(1234)
    a, b = generate(1234).story, generate(1235).story
    assert a.slug != b.slug and a.publisher != b.publisher
    assert not is_copy(compare("\n".join(a.paragraphs), "\n".join(b.paragraphs)))


def test_a_syndicated_copy_appears_on_another_outlet(site: tuple[LivingSite, Clock]) -> None:
    living, clock = site
    k = next(k for k in range(index_at(START) + 1, index_at(START) + 20) if syndicated_copy(k))
    clock.when = EPOCH + timedelta(minutes=k, seconds=30)
    original, copy = generate(k).story, syndicated_copy(k).story  # type: ignore[union-attr]
    assert living.url(original) in entries(living)
    assert living.url(copy) not in entries(living)  # not yet
    clock.when += timedelta(minutes=2)
    assert living.url(copy) in entries(living)
    assert copy.publisher != original.publisher and copy.title != original.title
    assert get(living.url(copy))[0] == 200
    # Lightly edited: dedup links it to the original.
    assert is_copy(compare("\n".join(original.paragraphs), "\n".join(copy.paragraphs)))


def test_the_flaky_feed_fails_on_schedule(site: tuple[LivingSite, Clock]) -> None:
    living, clock = site
    flaky = next(f.url for f in living.feeds if f.url.endswith("/feeds/waterfront.atom"))
    others = [f.url for f in living.feeds if f.url != flaky]
    statuses = []
    for minute in range(0, 12, 2):  # one request per two-minute window, as news_ingest polls
        clock.when = EPOCH + timedelta(days=10, minutes=minute, seconds=20)
        statuses.append(get(flaky)[0])
        assert all(get(url)[0] == 200 for url in others)
    assert statuses == [200, 200, 503, 200, 200, 503]


def test_feeds_are_tagged_demo(site: tuple[LivingSite, Clock]) -> None:
    living, _ = site
    assert len(living.feeds) == 4 and all("demo" in f.tags for f in living.feeds)
