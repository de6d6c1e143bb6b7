"""A small 2000s table-layout news site for per-site learning tests, served on 127.0.0.1.

Nested `<table>`s, `<font>`, no classes or ids: the masthead, "Subscribe to the print edition",
the byline ("By <name>, Staff Writer"), the dateline, the comment notice, a classified ad and the
copyright footer sit in table cells around the article cell, where no general rule knows them;
the subscription box, byline, dateline and comment notice share the article's cell with its
paragraphs, one flow of text separated by <br><br>.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import yaml

from tests.localserver import LocalServer, html

MASTHEAD = "The Millbrook Courier"
MOTTO = "Serving Millbrook County since 1887"
SUBSCRIBE = "Subscribe to the print edition"
DELIVERY = "Home delivery for two dollars a week"
CLASSIFIEDS = "CLASSIFIEDS"
AD = "FOR SALE: 1998 Ford pickup, runs great, new tires, $2,500 or best offer. Call Ed at 555-0142 after 6 p.m."
COMMENTS = ("Comments on this story? Letters to the editor must be signed and include a telephone number "
            "for verification.")
COPYRIGHT = "Copyright 2004 The Millbrook Courier, 12 Main Street, Millbrook. All rights reserved."
TEMPLATE = (MASTHEAD, MOTTO, SUBSCRIBE, DELIVERY, CLASSIFIEDS, AD, COMMENTS)
# the template lines in the article's cell and under it: the ones an extractor's text reaches
IN_CELL = (SUBSCRIBE, DELIVERY, COMMENTS)


def template_in(lines: list[str] | str) -> list[str]:
    """The template texts found anywhere in a body (its lines, or its text)."""
    text = lines if isinstance(lines, str) else "\n".join(lines)
    return [t for t in TEMPLATE if t in text]
BIO = ("Jane Doe has covered county government for the Courier since 2001, after ten years at the Valley "
       "Herald. She lives in Millbrook with her husband and two dogs and can be reached at the newsroom "
       "most weekday afternoons.")
DISCLAIMER = ("The Courier publishes court records as they are filed. Everyone charged with a crime is "
              "presumed innocent until proven guilty in a court of law.")
TOPICS = ("road repairs", "the school budget", "the water plant", "a zoning appeal", "the county fair",
          "library hours", "a bridge closure", "snow removal")
PLACES = ("north", "south", "east", "west", "river", "hill")


def edition_note(story: Story, index: int) -> str:
    """A print-edition note: the same opening words on every page, the story's headline after them."""
    return f"This story appeared in the Courier's print edition of March {index + 1} under the headline “{story.title}.”"


@dataclass
class Story:
    """One article of the site: its path, headline, author and ground-truth paragraphs."""

    path: str
    title: str
    author: str
    paragraphs: list[str]
    bio: bool = False
    disclaimer_at: int | None = None  # the disclaimer is inserted before this paragraph


@dataclass
class TableSite:
    """`n` stories of one site; the template options say which extras its pages carry."""

    n: int = 5
    seed: int = 1
    bio_on: int = 0  # the first `bio_on` stories end with the author's bio
    disclaimer: bool = False  # every story holds the disclaimer paragraph mid-body
    subscribe_on: int | None = None  # only the first stories carry the subscribe row (None: all)
    broken: int = 0  # extra pages in the feed that hold no article text
    published: int | None = None  # the feed lists only the first stories (None: all)
    edition_note: bool = False  # every story ends with a print-edition note naming its headline
    stories: list[Story] = field(default_factory=list)

    def __post_init__(self) -> None:
        rnd = random.Random(self.seed)
        for i in range(self.n):
            topic = TOPICS[(i + self.seed) % len(TOPICS)]
            paragraphs = [
                f"Story {self.seed}-{i}, part {k}: county officials discussed {topic} on "
                f"{rnd.choice(('Monday', 'Tuesday', 'Wednesday', 'Thursday'))} evening, and residents from the "
                f"{rnd.choice(PLACES)} side asked about item {rnd.randint(10, 999)} on the agenda before the "
                f"vote, which passed {rnd.randint(3, 7)} to {rnd.randint(0, 2)} after a long debate."
                for k in range(4)]
            self.stories.append(Story(f"/news/{self.seed}/{i}.html", f"Council takes up {topic}, item {i}",
                                      "Jane Doe" if i < max(self.bio_on, 1) else f"Writer {i}", paragraphs,
                                      bio=i < self.bio_on, disclaimer_at=2 if self.disclaimer else None))

    def page(self, story: Story, index: int) -> str:
        """The page of one story: the template's cells around the article cell."""
        body = list(story.paragraphs)
        if story.disclaimer_at is not None:
            body.insert(story.disclaimer_at, DISCLAIMER)
        if story.bio:
            body.append(BIO)
        if self.edition_note:
            body.append(edition_note(story, index))
        text = "<br><br>\n".join(f'<font face="Arial" size="2">{escape(p)}</font>' for p in body)
        subscribe = "" if self.subscribe_on is not None and index >= self.subscribe_on else (
            f'<font size="2"><b>{SUBSCRIBE}</b><br>{DELIVERY}</font><br><br>')
        return f"""<html><head><title>{escape(story.title)} - {MASTHEAD}</title></head>
<body bgcolor="#ffffff">
<table width="760" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><font face="Times" size="6"><b>{MASTHEAD}</b></font><br>
<font size="1">{MOTTO}</font></td></tr>
<tr>
<td width="150" valign="top"><table border="1" cellpadding="4"><tr><td>
<font size="1"><b>{CLASSIFIEDS}</b><br>{escape(AD)}</font></td></tr></table></td>
<td width="610" valign="top"><table width="100%" border="0"><tr><td>
<h1><font size="5">{escape(story.title)}</font></h1>
{subscribe}
<font size="2">By {story.author}, Staff Writer</font><br>
<font size="2">MILLBROOK, March {index + 1}, 2004</font><br><br>
{text}<br><br>
<font size="1"><i>{escape(COMMENTS)}</i></font>
</td></tr></table></td></tr>
<tr><td colspan="2" align="center"><font size="1">{COPYRIGHT}</font></td></tr>
</table></body></html>"""

    def serve(self) -> LocalServer:
        """A local server with the stories, the broken pages and an RSS feed of them all (of the
        first `published` stories when that is set)."""
        routes = {s.path: html(self.page(s, i)) for i, s in enumerate(self.stories)}
        broken = [f"/news/{self.seed}/broken{i}.html" for i in range(self.broken)]
        routes.update({path: html("<html><body></body></html>") for path in broken})
        server = LocalServer(routes)

        def feed(_: object) -> tuple[int, dict[str, str], bytes]:
            stories = self.stories[:self.published] if self.published is not None else self.stories
            items = "".join(f"<item><title>{escape(s.title)}</title><link>{server.url(s.path)}</link>"
                            f"<guid>{server.url(s.path)}</guid></item>" for s in stories)
            items += "".join(f"<item><title>Broken {i}</title><link>{server.url(p)}</link></item>"
                             for i, p in enumerate(broken))
            text = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{MASTHEAD}</title>'
                    f"<link>{server.base}/</link>{items}</channel></rss>")
            return 200, {"Content-Type": "application/rss+xml"}, text.encode()

        server.routes["/feed.xml"] = feed
        return server

    def url(self, server: LocalServer, story: Story) -> str:
        return server.url(story.path)


def write_feeds(path: Path, *servers: LocalServer) -> Path:
    """A newsflow feeds file listing the feed of each server."""
    path.write_text(yaml.safe_dump({"feeds": [{"url": s.url("/feed.xml")} for s in servers]}), encoding="utf-8")
    return path
