"""The living demo site of `newsflow airflow --demo`: the bundled site, plus a new article every
minute, now and then a syndicated copy on a second outlet, and one feed that fails on schedule.

Everything is a function of the time (`now`, injectable): generated article `k` is published at
EPOCH + k minutes, its text drawn from the bundled prose with a seed of (SEED, k), so a restarted
site serves the same articles at the same URLs and keeps publishing new ones."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from pipeline.demo.server import HTML_TYPE, DemoSite, _feed_response
from pipeline.demo.site import (
    GOOD_PUBLISHERS,
    PUBLISHERS,
    Response,
    Story,
    feed_item,
    load_stories,
    render_index,
    render_page,
    slugify,
)
from pipeline.models import FeedSpec

EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
SEED = "newsflow-demo"
INTERVAL = timedelta(minutes=1)  # a new article this often
BACKLOG = 5  # generated articles already published when the site starts
FEED_CAP = 60  # at most this many generated articles in a feed (the newest)
SYNDICATE_EVERY = 4  # article k with k % SYNDICATE_EVERY == 0 gets a syndicated copy
SYNDICATION_DELAY = timedelta(seconds=90)  # the copy appears this long after the original
FLAKY_PUBLISHER, FLAKY_PATH = "harbor", "/feeds/waterfront.atom"
FLAKY_WINDOW = timedelta(minutes=2)  # the flaky feed answers 503 in every third such window
DEMO_TAG = "demo"
SERVICE_UNAVAILABLE = Response(
    503, HTML_TYPE, b"<html><body><h1>503 Service Unavailable</h1></body></html>\n")
DATELINES = {"ledger": "ASHBURY", "harbor": "PORT MARREN", "northwind": "LONDON"}
SHORT_NAMES = {"ledger": "Ledger", "harbor": "Harbor Times", "northwind": "Northwind"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_INDEX = re.compile(r"-(\d+)(?:\.html)?$")
_PLACES = ("Ashbury", "Port Marren", "Ellisport", "Eastfield", "Gull Point", "Marren Bay",
           "the Northwind valley", "the county")
_SUBJECTS = ("Council", "Harbour authority", "Rail operator", "Library trust", "Hospital board",
             "Ferry company", "School governors", "Fishing fleet", "Museum", "Water company",
             "Chamber of commerce", "Weather service")
_VERBS = ("approves", "delays", "reviews", "backs", "questions", "unveils", "rejects", "extends",
          "scales back", "defends")
_OBJECTS = ("spending plan", "new timetable", "repair programme", "pay offer", "expansion",
            "safety review", "opening hours", "funding bid", "flood defences", "parking charges")
_SECTIONS = {"ledger": ("Local", "Business", "Education", "Culture"),
             "harbor": ("Waterfront", "Transport", "Heritage", "Waterfront"),
             "northwind": ("Economy", "Science", "Technology", "Regional")}
_AUTHORS = ("Marta Kowalczyk", "Callum Fraser", "Nadia Quinlan", "Thomas Whitfield",
            "Owen Tregarthen", "Mairi Buchanan", "Priya Raman", "Tomasz Lis")


@cache
def _sentences() -> tuple[str, ...]:
    """Every sentence of the bundled prose (originals only), the generator's material."""
    out: list[str] = []
    for slug in GOOD_PUBLISHERS:
        for story in load_stories()[slug]:
            if story.meta.get("Kind") != "syndicated_copy":
                for para in story.paragraphs:
                    out += [s for s in _SENTENCE.split(para) if len(s.split()) >= 6]
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class Generated:
    """One generated article: the story, and the index of the original it copies (if a copy)."""

    story: Story
    index: int
    copy_of: Story | None = None


def index_at(when: datetime) -> int:
    """Index of the newest generated article published at `when`."""
    return (when - EPOCH) // INTERVAL


def generate(k: int) -> Generated:
    """Generated article k: deterministic in (SEED, k), published at EPOCH + k * INTERVAL."""
    rng = random.Random(f"{SEED}:{k}")
    publisher = GOOD_PUBLISHERS[k % len(GOOD_PUBLISHERS)]
    title = (f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
             f"in {rng.choice(_PLACES)}")
    pool = _sentences()
    picked = rng.sample(pool, 15)
    paragraphs = tuple(" ".join(picked[i:i + 3]) for i in range(0, 15, 3))
    story = Story(publisher, f"{slugify(title)}-{k}", title, rng.choice(_AUTHORS),
                  EPOCH + k * INTERVAL, rng.choice(_SECTIONS[publisher]), paragraphs,
                  {"Kind": "generated"})
    return Generated(story, k)


def syndicated_copy(k: int) -> Generated | None:
    """The syndicated copy of article k on the next outlet, if k has one: the same story with a
    dateline and a new headline, published SYNDICATION_DELAY later."""
    if k % SYNDICATE_EVERY:
        return None
    original = generate(k).story
    outlet = GOOD_PUBLISHERS[(GOOD_PUBLISHERS.index(original.publisher) + 1) % len(GOOD_PUBLISHERS)]
    name = SHORT_NAMES[original.publisher]
    first = f"{DATELINES[original.publisher]} ({name}) — {original.paragraphs[0]}"
    title = f"{original.title}, {name} reports"
    story = Story(outlet, f"{slugify(title)}-{k}", title, original.author,
                  original.published + SYNDICATION_DELAY, original.section,
                  (first, *original.paragraphs[1:]),
                  {"Kind": "syndicated_copy", "Syndicates": f"{original.publisher}/{original.slug}"})
    return Generated(story, k, copy_of=original)


def flaky_down(when: datetime) -> bool:
    """Whether the flaky feed answers 503 at `when` (every third FLAKY_WINDOW)."""
    return (when - EPOCH) // FLAKY_WINDOW % 3 == 2


class LivingSite(DemoSite):
    """The demo site with a clock: see the module's docstring. `now` returns an aware datetime."""

    def __init__(self, now: Callable[[], datetime] | None = None, base_port: int = 0,
                 seed_path: str | Path | None = None) -> None:
        super().__init__(include_bad=False, seed_path=seed_path, base_port=base_port)
        self.now = now or (lambda: datetime.now(UTC))
        self.first = index_at(self.now()) - BACKLOG + 1
        self._stories = load_stories(self.seed_path)

    def start(self) -> LivingSite:
        """Start the servers; the feeds carry the `demo` tag (stale demo feeds are found by it)."""
        super().start()
        self.feeds = [FeedSpec(f.url, f.name, (*f.tags, DEMO_TAG)) for f in self.feeds]
        return self

    def url(self, story: Story) -> str:
        """Absolute URL of a story on this site."""
        return self.publishers[story.publisher] + story.path()

    def published(self, when: datetime | None = None) -> list[Generated]:
        """Generated articles (originals and copies) listed at `when`, newest first."""
        when = when or self.now()
        last = index_at(when)
        out: list[Generated] = []
        for k in range(max(self.first, last - FEED_CAP + 1), last + 1):
            out.append(generate(k))
            copy = syndicated_copy(k)
            if copy is not None and copy.story.published <= when:
                out.append(copy)
        return sorted(out, key=lambda g: g.story.published, reverse=True)

    def response(self, publisher: str, path: str) -> Response:
        """Generated pages and the feeds at the current time; the bundled pages as before."""
        now = self.now()
        if publisher == FLAKY_PUBLISHER and path == FLAKY_PATH and flaky_down(now):
            return SERVICE_UNAVAILABLE
        pub = PUBLISHERS[publisher]
        feed = next((f for f in pub.feeds if f.path == path), None)
        if feed is not None or path == "/":
            stories = [g.story for g in self.published(now) if g.story.publisher == publisher]
            stories += self._stories[publisher]
            base = self.publishers[publisher]
            if feed is None:
                items = [(self.url(s), s.title, s.published) for s in stories]
                return Response(200, HTML_TYPE, render_index(publisher, base, items).encode())
            chosen = [s for s in stories if feed.section in (None, s.section)]
            return _feed_response(publisher, feed, base,
                                  [feed_item(s, self.url(s), self.url(s)) for s in chosen])
        match = _INDEX.search(path)
        if match and int(match[1]) <= index_at(now):
            for gen in (generate(int(match[1])), syndicated_copy(int(match[1]))):
                story = gen.story if gen else None
                if (story and story.publisher == publisher and story.path() == path
                        and story.published <= now):
                    others = [(self.url(s), s.title) for s in self._stories[publisher][:5]]
                    page = render_page(story, self.url(story), self.publishers[publisher], others)
                    return Response(200, HTML_TYPE, page.encode(), story.published)
        return super().response(publisher, path)

