"""Content of the bundled demo news site: stories, page and feed rendering, ground truth."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from string import Template
from urllib.parse import quote

DEMO_DIR = Path(__file__).resolve().parent
CONTENT_DIR = DEMO_DIR / "content"
TEMPLATE_DIR = DEMO_DIR / "templates"
BUNDLED_SEED = CONTENT_DIR / "seed-article.txt"
TRACKING_QUERY = "utm_source=rss&utm_medium=feed"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# The seed article's own text lives in a plain file; its page metadata lives here.
SEED_META = {"Author": "Marta Kowalczyk", "Published": "2026-03-05T07:30:00+00:00",
             "Section": "World", "Kind": "seed"}
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“])")
_SECTION_MARK = re.compile(r"^<!-- @(\w+) -->\n", re.MULTILINE)
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "section", "table", "td", "th", "tr", "ul",
})


@dataclass(frozen=True)
class FeedDef:
    """One feed a publisher serves."""

    path: str
    name: str
    tags: tuple[str, ...]
    fmt: str  # "rss" or "atom"
    section: str | None = None  # only stories of this section
    tracking: bool = False  # link stories marked "Feed-Link: tracking" with utm parameters


@dataclass(frozen=True)
class Publisher:
    """A demo publisher: its name, URL shape, page layout and feeds."""

    slug: str
    name: str
    description: str
    path_format: str
    date_style: str
    ad_after: int | None = None  # insert the in-article ad after this many paragraphs
    newsletter_after: int | None = None
    feeds: tuple[FeedDef, ...] = ()
    rss_author: str = "dc"  # "dc": <dc:creator>, "author": <author>
    permalink_guids: bool = True


PUBLISHERS: dict[str, Publisher] = {
    "ledger": Publisher(
        "ledger", "The Daily Ledger", "News for Ashbury and beyond",
        "/{section}/{date:%Y/%m/%d}/{slug}", "ledger", ad_after=2, newsletter_after=4,
        feeds=(FeedDef("/rss.xml", "The Daily Ledger", ("news", "ledger"), "rss"),),
    ),
    "harbor": Publisher(
        "harbor", "Harbor Times", "Port Marren's independent daily", "/stories/{slug}",
        "harbor", ad_after=3,
        feeds=(
            FeedDef("/feeds/all.atom", "Harbor Times", ("news", "harbor"), "atom", tracking=True),
            FeedDef("/feeds/waterfront.atom", "Harbor Times: Waterfront",
                    ("news", "harbor", "waterfront"), "atom", section="Waterfront"),
        ),
    ),
    "northwind": Publisher(
        "northwind", "Northwind Wire", "Top stories from the Northwind newswire",
        "/wire/{date:%Y/%m}/{slug}.html", "northwind", ad_after=2, newsletter_after=4,
        feeds=(FeedDef("/rss/top-stories.xml", "Northwind Wire: Top stories",
                       ("wire", "northwind"), "rss"),),
        rss_author="author", permalink_guids=False,
    ),
    "bad": Publisher("bad", "The Broken Bugle", "Parish news & views", "/news/{slug}", "bad"),
}
GOOD_PUBLISHERS = ("ledger", "harbor", "northwind")


@dataclass
class ExpectedArticle:
    """Ground truth for one demo article: where it lives and its exact clean body."""

    publisher: str
    url: str  # clean canonical absolute URL
    title: str
    paragraphs: list[str]
    kind: str = "original"  # "original" | "syndicated_copy" | "seed"
    syndicates: str | None = None  # URL of the original, for a syndicated copy
    alt_urls: list[str] = field(default_factory=list)  # other URLs serving the same page
    author: str = ""
    published_at: datetime | None = None
    section: str = ""
    summary: str = ""
    boilerplate: list[str] = field(default_factory=list)  # visible non-body text on its page

    @property
    def body(self) -> str:
        """Return the clean body as stored: paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class Story:
    """One article as written in the content files, before it has a URL."""

    publisher: str
    slug: str
    title: str
    author: str
    published: datetime
    section: str
    paragraphs: tuple[str, ...]
    meta: dict[str, str]

    def path(self) -> str:
        """Return the URL path of this story on its publisher's site."""
        fmt = PUBLISHERS[self.publisher].path_format
        return fmt.format(section=slugify(self.section), date=self.published, slug=self.slug)


@dataclass(frozen=True)
class Response:
    """A canned HTTP response: status, content type, body and a Last-Modified time."""

    status: int
    content_type: str
    body: bytes
    last_modified: datetime | None = None


@dataclass(frozen=True)
class FeedItem:
    """One item of a rendered feed."""

    title: str
    link: str
    guid: str
    published: datetime
    author: str
    section: str
    summary: str


def slugify(text: str) -> str:
    """Return a lower-case hyphenated slug of `text`."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def split_paragraphs(text: str) -> list[str]:
    """Split text on blank lines into paragraphs, each joined onto one line."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(line.strip() for line in b.splitlines()) for b in blocks if b.strip()]


def summary_of(paragraphs: list[str] | tuple[str, ...]) -> str:
    """Return the first sentence of the first paragraph, as a feed summary."""
    return _SENTENCE_END.split(paragraphs[0], maxsplit=1)[0][:300]


def default_seed_path() -> Path:
    """Return ../shared/seed-article.txt beside the project when present, else the bundled copy."""
    parents = DEMO_DIR.parents
    shared = parents[2] / "shared" / "seed-article.txt" if len(parents) > 2 else None
    return shared if shared is not None and shared.is_file() else BUNDLED_SEED


def read_seed(path: Path) -> tuple[str, list[str]]:
    """Read a seed article file: first line the title, then blank-line separated paragraphs."""
    title, _, rest = path.read_text(encoding="utf-8").strip().partition("\n")
    return title.strip(), split_paragraphs(rest)


def _story(publisher: str, slug: str, meta: dict[str, str], title: str,
           paragraphs: list[str]) -> Story:
    """Build a Story from parsed header fields and paragraphs."""
    return Story(publisher, slug, title, meta["Author"], datetime.fromisoformat(meta["Published"]),
                 meta["Section"], tuple(paragraphs), meta)


def load_stories(seed_path: Path | None = None) -> dict[str, list[Story]]:
    """Load every story from the content files, newest first per publisher."""
    stories: dict[str, list[Story]] = {slug: [] for slug in PUBLISHERS}
    for path in sorted(CONTENT_DIR.glob("*/*.txt")):
        head, _, rest = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines())
        publisher = path.parent.name
        stories[publisher].append(
            _story(publisher, path.stem, meta, meta["Title"], split_paragraphs(rest))
        )
    title, paragraphs = read_seed(seed_path or default_seed_path())
    stories["ledger"].append(_story("ledger", slugify(title), SEED_META, title, paragraphs))
    for items in stories.values():
        items.sort(key=lambda s: s.published, reverse=True)
    return stories


@cache
def templates(name: str) -> dict[str, Template]:
    """Return the named sections of a template file (`<!-- @section -->` markers)."""
    parts = _SECTION_MARK.split((TEMPLATE_DIR / name).read_text(encoding="utf-8"))
    return {parts[i]: Template(parts[i + 1].rstrip("\n")) for i in range(1, len(parts), 2)}


def human_date(style: str, d: datetime) -> str:
    """Format a timestamp the way the given publisher prints it."""
    month = MONTHS[d.month - 1]
    if style == "ledger":
        hour = d.hour % 12 or 12
        return f"{month} {d.day}, {d.year} at {hour}:{d:%M} {'a.m.' if d.hour < 12 else 'p.m.'} GMT"
    if style == "harbor":
        return f"{d.day} {month} {d.year} · {d:%H:%M}"
    if style == "northwind":
        return f"{month[:3]} {d.day}, {d.year} {d:%H:%M} GMT"
    return d.date().isoformat()


def _links(tpl: dict[str, Template], name: str, items: list[tuple[str, str]]) -> str:
    """Render a block of headline links (section `name` around `name_item` rows), if defined."""
    if name not in tpl or not items:
        return ""
    rows = "\n".join(
        tpl[name + "_item"].substitute(url=html.escape(u), title=html.escape(t, quote=False))
        for u, t in items
    )
    return tpl[name].substitute(items=rows)


def render_page(story: Story, url: str, base: str, others: list[tuple[str, str]]) -> str:
    """Render the HTML page of one story; `others` are (url, title) of the site's other stories."""
    pub = PUBLISHERS[story.publisher]
    tpl = templates(f"{pub.slug}.html")
    values = {"base": base, "url": html.escape(url), "url_q": quote(url, safe=""),
              "title": html.escape(story.title), "title_q": quote(story.title),
              "description": html.escape(summary_of(story.paragraphs)),
              "author": html.escape(story.author), "author_slug": slugify(story.author),
              "section": html.escape(story.section), "section_slug": slugify(story.section),
              "slug": story.slug, "published_iso": story.published.isoformat(),
              "published_human": human_date(pub.date_style, story.published)}
    chunks: list[str] = []
    for i, text in enumerate(story.paragraphs, start=1):
        chunks.append(tpl["para"].substitute(text=html.escape(text, quote=False)))
        if i < len(story.paragraphs):
            for name, after in (("ad", pub.ad_after), ("newsletter", pub.newsletter_after)):
                if after == i and name in tpl:
                    chunks.append(tpl[name].substitute(values))
    shift = len(story.slug) % max(len(others), 1)
    rotated = others[shift:] + others[:shift]
    values.update(
        body="\n".join(chunks), jsonld=_jsonld(pub.name, story, url),
        tail=_links(tpl, "tail", rotated[:5] if pub.slug == "ledger" else rotated[:3]),
        related=_links(tpl, "related", rotated[::-1][:4]),
    )
    return tpl["page"].substitute(values)


def _jsonld(publisher_name: str, story: Story, url: str) -> str:
    """Return the JSON-LD NewsArticle object of a page, safe to embed in <script>."""
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": story.title,
        "datePublished": story.published.isoformat(), "dateModified": story.published.isoformat(),
        "author": {"@type": "Person", "name": story.author},
        "publisher": {"@type": "Organization", "name": publisher_name},
        "articleSection": story.section, "url": url, "mainEntityOfPage": url,
        "description": summary_of(story.paragraphs),
    }
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def render_index(publisher: str, base: str, items: list[tuple[str, str, datetime]]) -> str:
    """Render a publisher's home page: a list of its stories (plain URLs)."""
    pub = PUBLISHERS[publisher]
    tpl = templates(f"{publisher}.html")
    rows = "\n".join(
        tpl["index_item"].substitute(url=html.escape(u), title=html.escape(t, quote=False),
                                     published_human=human_date(pub.date_style, d))
        for u, t, d in items
    )
    return tpl["index"].substitute(base=base, items=rows)


def render_feed(publisher: str, feed: FeedDef, base: str, items: list[FeedItem]) -> str:
    """Render an RSS 2.0 or Atom 1.0 feed of `items`."""
    pub = PUBLISHERS[publisher]
    tpl = templates("feeds.xml")
    esc = html.escape
    rows = []
    for it in items:
        if pub.rss_author == "author":
            author_xml = f"<author>newsdesk@{publisher}.example ({esc(it.author)})</author>"
        else:
            author_xml = f"<dc:creator>{esc(it.author)}</dc:creator>"
        rows.append(tpl["rss_item" if feed.fmt == "rss" else "atom_entry"].substitute(
            title=esc(it.title), link=esc(it.link), guid=esc(it.guid),
            permalink="true" if pub.permalink_guids else "false",
            published_rfc=format_datetime(it.published), published_iso=it.published.isoformat(),
            author=esc(it.author), author_xml=author_xml, section=esc(it.section),
            summary=esc(it.summary),
        ))
    updated = max((it.published for it in items), default=datetime.fromisoformat(
        SEED_META["Published"]))
    return tpl[feed.fmt].substitute(
        title=esc(feed.name), description=esc(pub.description), base=base,
        feed_url=esc(base + feed.path), feed_id=f"tag:{publisher}.example,2026:feed{feed.path}",
        updated_rfc=format_datetime(updated), updated_iso=updated.isoformat(), items="\n".join(rows),
    )


def feed_item(story: Story, url: str, link: str) -> FeedItem:
    """Return the feed item of a story; `link` is the URL as this feed lists it."""
    if PUBLISHERS[story.publisher].permalink_guids:
        guid = url
    else:
        guid = f"tag:{story.publisher}.example,2026:{story.published:%Y%m%d}:{story.slug}"
    return FeedItem(story.title, link, guid, story.published, story.author, story.section,
                    summary_of(story.paragraphs))


class _TextBlocks(HTMLParser):
    """Collects the visible text of a page's <body>, one string per block element."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("head", "script", "style", "title"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "script", "style", "title"):
            self._skip = max(self._skip - 1, 0)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buf.append(data)


def visible_blocks(page: str) -> list[str]:
    """Return the visible text blocks of an HTML page, whitespace collapsed."""
    parser = _TextBlocks()
    parser.feed(page)
    parser.close()
    parser._flush()
    return parser.blocks


def boilerplate_of(page: str, title: str, paragraphs: list[str]) -> list[str]:
    """Return the visible text blocks of a page that are neither its title nor its body."""
    keep = {title, *paragraphs}
    return [b for b in visible_blocks(page) if b not in keep]
