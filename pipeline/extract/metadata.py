"""Page metadata, cheaply: JSON-LD first, then the page's meta tags and markup, htmldate for the date.

trafilatura's own metadata pass costs more than its text extraction (its author search copies the
tree and runs a long list of XPath expressions; with `fast=True` it also turns on htmldate's
extensive search, which loads dateparser's locale data). The fields here are the ones newsflow
keeps, each from the first source that has it; `sources` records which.

Titles lose the site's affix ("Headline | Site", "Site :: Headline"): a side of a split title that
another title source (the h1, og:title, JSON-LD headline) gives alone is the headline; otherwise an
edge part that resembles the site's name (og:site_name, JSON-LD publisher, a home link, the host
name's words or initials) goes. Dates keep their offset; a naive local time takes the offset the
page writes elsewhere or the one that makes it the feed entry's instant, and is never read as UTC
silently (`sources["published_at"] == "page-naive"` when nothing placed it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import examine_meta, extract_sitename, extract_url
from trafilatura.settings import set_date_params

from pipeline.extract.lines import BY_LEAD_RE, word_count

# a byline in the markup, when no metadata names the author
BYLINE_XPATH = ('//body/descendant::*[@rel="author" or @itemprop="author" or contains(@class, "byline") '
                'or contains(@class, "author")]')  # "author" covers author-name, article-author...
BY_RE = BY_LEAD_RE  # "By", "Interview by", "Texte :", …
LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
ARTICLE_TYPES = ("Article", "Posting", "Report")
SITE_TYPES = ("Organization", "WebSite")

# a separator between a title and its affix: " | ", " - ", " – ", " — ", " :: ", " » ", " · ", ": " ...
SEP_RE = re.compile(r"\s*｜\s*|\s+(?:[|\-–—»«·•/~›‹>*]|::|\|\|)\s+|\s*(?:\|\|?|::)\s*|(?<=\S):\s+")
NONWORD_RE = re.compile(r"[\W_]+")
DOMAIN_RE = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I)
DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
SPACED_OFFSET_RE = re.compile(r"\s+([+-]\d{2}:?\d{2})$")
QUARTER = timedelta(minutes=15)
HOUR = timedelta(hours=1)
# machine-readable dates in meta tags (property, name or itemprop, lowercased)
PUBLISHED_META = frozenset((
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
    "dc.date.issued", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published"))
MODIFIED_META = frozenset((
    "article:modified_time", "og:article:modified_time", "og:updated_time", "modified_time",
    "updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "article.updated"))
SITE_META = frozenset(("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site",
                       "twitter:app:name:iphone", "publisher", "article:publisher", "dc.publisher"))
COPYRIGHT_XPATH = '//body//text()[contains(., "\u00a9")]'
COPYRIGHT_RE = re.compile(r"\u00a9\s*(?:(?:\d{4}\s*[-–]\s*)?\d{4}\s*)?([^.|,;\n]{2,60})")


@dataclass
class PageMeta:
    """Metadata of one page and where each field came from."""

    title: str | None = None
    author: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    language: str | None = None
    canonical_url: str | None = None
    image_url: str | None = None
    site_name: str | None = None
    ld: dict[str, Any] = field(default_factory=dict)  # the page's JSON-LD article object
    og_type: str | None = None  # the page's declared Open Graph type ("article", "product"), lower case
    sources: dict[str, str] = field(default_factory=dict)


def parse_time(value: Any) -> datetime | None:
    """An ISO 8601 (or RFC 2822) date or datetime as written: aware with an offset, naive without."""
    if not value or not isinstance(value, str | date):
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    text = SPACED_OFFSET_RE.sub(r"\1", value.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if isinstance(when, datetime) else None


def parse_date(value: Any) -> datetime | None:
    """An ISO date or datetime as an aware datetime (UTC when no zone is given), or None."""
    when = parse_time(value)
    if when is None:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object of an article type, or {}."""
    return _json_ld(tree)[0]


def page_metadata(tree: lxml_html.HtmlElement, url: str | None, *,
                  feed_published: datetime | None = None) -> PageMeta:
    """Title, author, dates, language, canonical URL, lead image and site name of a parsed page."""
    ld, ld_sites = _json_ld(tree)
    meta = examine_meta(tree)
    head = _head(tree)
    out = PageMeta(ld=ld, og_type=head.og_type)
    out.site_name = _first(out, "site_name", ("page", meta.sitename),
                           ("markup", lambda: _domain_name(extract_sitename(tree))))
    if out.site_name:
        out.site_name = out.site_name.lstrip("@")
    sites = [s for s in (out.site_name, *head.sites, *ld_sites) if s]
    sections = [*head.sections, *_strings(ld.get("articleSection"))]
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    _title(out, tree, _Site(sites, sections, url, tree), (head.og_title or meta.title, headline, head.title))
    out.author = _first(out, "author", ("json-ld", _ld_author(ld)), ("page", meta.author),
                        ("markup", lambda: _byline(tree)))
    if feed_published is not None and feed_published.tzinfo is None:
        feed_published = feed_published.replace(tzinfo=UTC)
    _dates(out, tree, url, ld, head, feed_published)
    out.language = _first(out, "language", ("page", _language(tree)))
    out.canonical_url = _first(out, "canonical_url", ("page", meta.url or extract_url(tree)),
                               ("json-ld", ld.get("url") if isinstance(ld.get("url"), str) else None))
    out.image_url = _first(out, "image_url", ("page", meta.image))
    return out


def _first(meta: PageMeta, name: str, *candidates: tuple[str, Any]) -> Any:
    """The first non-empty candidate (callables are computed only when reached); records its source."""
    for source, value in candidates:
        if callable(value):
            value = value()
        if value:
            meta.sources[name] = source
            return value
    return None


# --- the page's head and JSON-LD


@dataclass
class _Head:
    """What one pass over the head's meta tags (and its <title>) gives."""

    title: str | None = None
    og_title: str | None = None
    og_type: str | None = None
    sites: list[str] = field(default_factory=list)  # og:site_name, application-name, twitter:site ...
    sections: list[str] = field(default_factory=list)  # article:section
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)


def _head(tree: lxml_html.HtmlElement) -> _Head:
    """The head's <title>, og/twitter title, og:type, site name and machine-readable dates, in page order."""
    head = _Head()
    title = tree.find(".//head/title")
    if title is not None:
        head.title = _norm(title.text_content())
    twitter_title = None
    for el in tree.iterfind(".//head/meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if not name or not content:
            continue
        if name == "og:title":
            head.og_title = head.og_title or _norm(content)
        elif name == "twitter:title":
            twitter_title = twitter_title or _norm(content)
        elif name == "og:type":
            head.og_type = head.og_type or content.lower()
        elif name in SITE_META and "/" not in content:
            head.sites.append(content.lstrip("@"))
        elif name == "article:section":
            head.sections.append(content)
        elif name in PUBLISHED_META:
            head.published.append(content)
        elif name in MODIFIED_META:
            head.modified.append(content)
    head.og_title = head.og_title or twitter_title
    return head


def _json_ld(tree: lxml_html.HtmlElement) -> tuple[dict[str, Any], list[str]]:
    """The first JSON-LD article object (or {}) and the publisher / site names the JSON-LD gives."""
    article: dict[str, Any] = {}
    sites: list[str] = []
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (json.JSONDecodeError, TypeError, ValueError, RecursionError):
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        if isinstance(data, dict):
            data = [data]
        for item in data if isinstance(data, list) else []:
            if not isinstance(item, dict):
                continue
            kind = str(item.get("@type", ""))
            if not article and any(t in kind for t in ARTICLE_TYPES):
                article = item
                publisher = item.get("publisher")
                for pub in publisher if isinstance(publisher, list) else [publisher]:
                    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
                        sites.append(pub["name"])
            elif any(t in kind for t in SITE_TYPES) and isinstance(item.get("name"), str):
                sites.append(item["name"])
    return article, sites


# --- titles


def _norm(text: str | None) -> str:
    """Whitespace collapsed."""
    return " ".join((text or "").split())


def _key(text: str) -> str:
    """Letters and digits only, case-folded: what two spellings of one name share."""
    return NONWORD_RE.sub("", text.casefold())


def _initials(text: str, skip_first: bool = False) -> str:
    """The first letters of the words (optionally without the first word, e.g. an article)."""
    words = [w for w in NONWORD_RE.split(text.casefold()) if w]
    return "".join(w[0] for w in words[1 if skip_first else 0:])


def _subsequence(short: str, long: str) -> bool:
    """Whether `short` is `long`'s first letter followed by some of its later letters, in order."""
    if not short or not long or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in short[1:])


class _Site:
    """What the site calls itself: names from the metadata, the host name, lazily the home links."""

    def __init__(self, names: Iterable[str], sections: Iterable[str], url: str | None,
                 tree: lxml_html.HtmlElement) -> None:
        self.sections = {_key(section) for section in sections} - {""}
        self.names: list[tuple[str, int]] = []
        self.initials: set[str] = set()
        self.add(names)
        host = (urlsplit(url).hostname or "") if url else ""
        self.host = host.lower()
        labels = self.host.split(".")
        if len(labels) > 2 and len(labels[-1]) == 2 and len(labels[-2]) <= 3:
            labels = labels[:-1]  # a second-level suffix such as .co.uk
        self.labels = [_key(label) for label in labels[:-1] if len(label) >= 2 and label != "www"
                       and not label.isdigit()]
        self.tree = tree
        self.home_read = False

    def add(self, names: Iterable[str]) -> None:
        """Adds site names (not a whole title: names with a separator or many words are left out)."""
        for name in names:
            key, words = _key(name), len(name.split())
            if not key or words > 6 or SEP_RE.search(name) or (key, words) in self.names:
                continue
            self.names.append((key, words))
            for skip in (False, True):
                if len(initials := _initials(name, skip)) >= 2:
                    self.initials.add(initials)

    def read_home_links(self) -> bool:
        """Adds the texts of links to the front page (the logo's) and the copyright's name; whether new."""
        if self.home_read:
            return False
        self.home_read = True
        roots = self.roots()
        names = []
        for a in islice(self.tree.iter("a"), 200):  # a logo's link comes early
            if (a.get("href") or "").strip().lower() in roots:
                text = _norm(a.text_content()) or next(
                    (img.get("alt", "") for img in a.iter("img") if img.get("alt")), "")
                if text and len(text) < 60:
                    names.append(text)
                if len(names) >= 3:
                    break
        for text in self.tree.xpath(COPYRIGHT_XPATH)[-2:]:
            if match := COPYRIGHT_RE.search(str(text)):
                names.append(match[1].strip())
        before = len(self.names)
        self.add(names)
        return len(self.names) > before

    def roots(self) -> set[str]:
        """The hrefs of a link to the site's front page."""
        roots = {"/", "./"}
        if self.host:
            roots.update(f"{scheme}://{self.host}{end}" for scheme in ("http", "https") for end in ("", "/"))
        return roots

    def resembles(self, part: str, strict: int = 0) -> bool:
        """Whether a title part names the site.

        strict 0: names, their initials and close variants, the host's words and initials; 1: no
        part of a name counts; 2 (a prefix before a colon): neither do letters picked from the host."""
        key = _key(part)
        if not key:
            return False
        words = len(part.split())
        if words == 1 and DOMAIN_RE.fullmatch(part):
            return True
        if len(key) >= 2 and words == 1 and key in self.initials:
            return True
        acronyms = {_initials(part), _initials(part, True)} if words > 1 else set()
        for name, name_words in self.names:
            if key == name or name in acronyms:
                return True
            if len(name) >= 4 and name in key and words - name_words <= (1 if strict else 2):
                return True
            if not strict and len(name) >= 4 and key in name and len(key) >= max(4, 0.6 * len(name)):
                return True
        for label in self.labels:
            if key == label or label in acronyms:
                return True
            if (strict < 2 and words == 1 and part.isupper() and 2 <= len(key) <= 6
                    and _subsequence(key, label)):
                return True
            if len(label) >= 5 and label in key and words <= (3 if strict else 4):
                return True
            if not strict and len(label) >= 5 and key in label and len(key) >= max(4, 0.6 * len(label)):
                return True
        return False


def _strictness(m: re.Match[str], prefix: bool) -> int:
    """How strictly an affix at this separator must name the site (a colon asks for more)."""
    if ":" not in m.group() or "::" in m.group():
        return 0
    return 2 if prefix else 1


def _section(text: str, prefix: bool, site: _Site) -> str:
    """The title without the page's declared section beside the cut affix ("Headline | Politics")."""
    matches = list(SEP_RE.finditer(text))
    if not matches:
        return text
    m = matches[0] if prefix else matches[-1]
    if ":" in m.group() and "::" not in m.group():
        return text
    section, rest = (text[:m.start()], text[m.end():]) if prefix else (text[m.end():], text[:m.start()])
    if _key(section) in site.sections and rest.strip():
        return rest.strip()
    return text


def _split(text: str, refs: dict[str, str], site: _Site) -> str | None:
    """The title without its affix, or None when no affix is found."""
    # a note in brackets after the headline that another source gives alone ("Headline (The
    # Rundown, 01/06/2026)": a newsletter's name and issue, an edition's)
    bracketed = BRACKETED_TAIL_RE.fullmatch(text)
    if bracketed and (ref := refs.get(_key(bracketed[1]))):
        return ref
    matches = list(SEP_RE.finditer(text))
    if not matches:
        return None
    # a side that another title source gives alone (the h1, og:title, the JSON-LD headline)
    best = None
    for m in matches:
        for side in (text[:m.start()], text[m.end():]):
            ref = refs.get(_key(side))
            if ref and (best is None or len(ref) > len(best)):
                best = ref
    if best:
        return best
    # an outer part that names the site (with what follows it: "Site - tagline"), a section beside it
    for n in range(1, min(2, len(matches)) + 1):
        m = matches[-n]
        parts = SEP_RE.split(text[m.end():])
        if m.start() > 0 and site.resembles(parts[0], _strictness(m, False)):
            return _section(text[:m.start()].strip(), prefix=False, site=site)
        m = matches[0]
        parts = SEP_RE.split(text[:m.start()])
        if n == 1 and text[m.end():].strip() and site.resembles(parts[0], _strictness(m, True)):
            return _section(text[m.end():].strip(), prefix=True, site=site)
    return None


def _clean(text: str, refs: dict[str, str], site: _Site) -> str:
    """The title with its affixes (one at each end at most) removed."""
    for _ in range(2):
        cut = _split(text, refs, site)
        if not cut or cut == text:
            break
        text = cut
    return text


def _headline_in_body(tree: lxml_html.HtmlElement, title: str, refs: dict[str, str]) -> str | None:
    """The side of a `<title>` ("Headline - ABC") that the page shows as the whole text of one of its
    elements (a headline in <b> or <font> on a page without <h1>), when no other source gives one
    side alone: the one side of three words or more that is shown so (two are: the masthead
    names the site as well, and which is which is left to the other rules)."""
    sides = {side.strip() for m in SEP_RE.finditer(title) for side in (title[:m.start()], title[m.end():])}
    if not sides or any(_key(side) in refs for side in sides):
        return None
    # a side with an edition's note after it in brackets ("… (print version)") shows without it
    sides |= {m[1] for side in sides if (m := BRACKETED_TAIL_RE.fullmatch(side))}
    candidates = {side: " ".join(side.split()) for side in sides if word_count(side) >= 3}
    if not candidates:
        return None
    # a side that is the whole text of an element is in the page's text too: asked first, as the
    # query compares the text of every element with it
    body = tree.find("body")
    page = " ".join(body.text_content().split()) if body is not None else None
    shown = [side for side, t in candidates.items()
             if (page is None or t in page) and HEADLINE_XPATH(tree, t=t)]
    return shown[0] if len(shown) == 1 else None


BRACKETED_TAIL_RE = re.compile(r"(.*\S)\s*[(\[][^()\[\]]{1,40}[)\]]")
HEADLINE_XPATH = etree.XPath("boolean(//body//*[normalize-space(.) = $t])")


def _is_logo(h1: lxml_html.HtmlElement, site: _Site) -> bool:
    """Whether an h1 is the site's logo: it names the site or links to the front page."""
    text = _norm(h1.text_content())
    if not text or site.resembles(text, strict=1):
        return True
    roots = site.roots()
    links = [a.get("href", "").strip().lower() for a in h1.iter("a")]
    parent = h1.getparent()
    if parent is not None and parent.tag == "a":
        links.append(parent.get("href", "").strip().lower())
    if any(href in roots for href in links):
        return True
    # a heading that is all one link to a section ("/news", "/politik/") is navigation; a
    # headline links, if at all, to its own article, whose path is longer
    if len(links) == 1 and _norm(" ".join(a.text_content() for a in h1.iter("a"))) == text:
        path = urlsplit(links[0]).path.strip("/")
        return path.count("/") == 0 and "." not in path and len(path) <= 20
    return False


def _title(out: PageMeta, tree: lxml_html.HtmlElement, site: _Site,
           titles: tuple[str | None, str | None, str | None]) -> None:
    """Sets the title: og:title/meta title, JSON-LD headline, the h1, then <title>, each without affix."""
    meta_title, headline, title_tag = (_norm(t) or None for t in titles)
    texts = [_norm(el.text_content()) for el in tree.iter("h1") if not _is_logo(el, site)]
    h1 = texts[0] if texts else None
    refs = {_key(t): t for t in (meta_title, headline, h1) if t}  # the h1's spelling wins
    shown = _headline_in_body(tree, title_tag, refs) if title_tag else None
    if shown:
        refs[_key(shown)] = shown
    candidates: list[tuple[str, str | None]] = [("page", meta_title), ("json-ld", headline)]
    in_title = bool(h1 and title_tag and _split(title_tag, {_key(h1): h1}, site) == h1)
    if h1 and (in_title or len(texts) == 1):
        candidates.append(("markup", h1))
    candidates += [("markup", shown), ("markup", title_tag), ("markup", h1)]
    for source, text in candidates:
        if not text or site.resembles(text, strict=1):
            continue
        others = {k: v for k, v in refs.items() if k != _key(text)}
        cleaned = _clean(text, others, site)
        if cleaned == text and SEP_RE.search(text) and site.read_home_links():
            cleaned = _clean(text, others, site)
        if cleaned and not site.resembles(cleaned, strict=1):
            out.title = cleaned
            out.sources["title"] = source
            return


# --- dates


@dataclass
class _Stamp:
    """A machine-readable time on the page, as written, and where it was."""

    when: datetime
    source: str
    day_only: bool


def _stamps(values: Iterable[Any], source: str) -> list[_Stamp]:
    """The parseable ones of some written times."""
    out = []
    for value in values:
        when = parse_time(value)
        if when is not None:
            day_only = isinstance(value, str) and bool(DAY_RE.fullmatch(value.strip()))
            out.append(_Stamp(when, source, day_only))
    return out


def _body_stamps(tree: lxml_html.HtmlElement) -> tuple[list[_Stamp], list[_Stamp]]:
    """Published and modified times of the body's <time datetime> and microdata <meta> elements."""
    marked: list[str] = []
    generic: list[str] = []
    modified: list[str] = []
    body = tree.find("body")
    # iter() by tag filters in C: an XPath attribute test over every element costs four times more
    for el in (body if body is not None else tree).iter("time", "meta"):
        prop = (el.get("itemprop") or "").lower()
        value = el.get("datetime") or el.get("content")
        if not value or (el.tag == "meta" and prop not in ("datepublished", "datemodified")):
            continue
        kind = (el.get("class") or "").lower()
        if prop == "datemodified" or "updat" in kind or "modif" in kind:
            modified.append(value)
        elif prop == "datepublished" or el.get("pubdate") is not None:
            marked.append(value)
        elif not generic:
            generic.append(value)
    return _stamps(marked + generic, "markup"), _stamps(modified, "markup")


def _feed_offset(naive: datetime, feed: datetime) -> timedelta | None:
    """The UTC offset that makes a naive local time the feed's instant (whole quarter hours, ±14 h)."""
    diff = naive.replace(tzinfo=UTC) - feed
    offset = round(diff / QUARTER) * QUARTER
    if abs(offset) <= timedelta(hours=14) and abs(diff - offset) <= timedelta(seconds=60):
        return offset
    return None


def _same_day(day: date, feed: datetime, offset: timedelta | None) -> bool:
    """Whether the feed's time falls on a page's local day (any offset from -12 h to +14 h if unknown)."""
    if offset is not None:
        return feed.astimezone(timezone(offset)).date() == day
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    return start - timedelta(hours=14) <= feed < start + timedelta(hours=36)


def _dates(out: PageMeta, tree: lxml_html.HtmlElement, url: str | None, ld: dict[str, Any],
           head: _Head, feed: datetime | None) -> None:
    """Sets published_at and modified_at: aware machine-readable times first, naive ones placed."""
    published = _stamps([ld.get("datePublished")], "json-ld") + _stamps(head.published, "page")
    modified = _stamps([ld.get("dateModified")], "json-ld") + _stamps(head.modified, "page")
    if not any(s.when.tzinfo for s in published if not s.day_only):
        body_published, body_modified = _body_stamps(tree)
        published += body_published
        modified += body_modified
    page_offset = next((s.when.utcoffset() for s in published + modified if s.when.tzinfo), None)
    aware = next((s for s in published if s.when.tzinfo and not s.day_only), None)
    naive = next((s for s in published if not s.when.tzinfo and not s.day_only), None)
    offset: timedelta | None = page_offset
    if aware:
        out.published_at, out.sources["published_at"] = aware.when, aware.source
    elif naive and feed and naive.when.time() == time(0) and _same_day(naive.when.date(), feed, page_offset):
        out.published_at, out.sources["published_at"] = feed, "feed"  # a naive midnight: likely a bare date
    elif naive:
        feed_offset = _feed_offset(naive.when, feed) if feed else None
        dst = feed_offset is not None and page_offset is not None and abs(feed_offset - page_offset) <= HOUR
        if page_offset is not None and not dst:
            via = "page"
        elif feed_offset is not None:
            offset, via = feed_offset, "feed"
        else:
            via = ""
        if via and offset is not None:
            out.published_at = naive.when.replace(tzinfo=timezone(offset))
            out.sources["published_at"], out.sources["published_offset"] = naive.source, via
        elif feed:
            out.published_at, out.sources["published_at"] = feed, "feed"
        else:
            out.published_at, out.sources["published_at"] = naive.when.replace(tzinfo=UTC), "page-naive"
    else:
        day_stamp = next((s for s in published if s.day_only), None)
        day, source = (day_stamp.when.date(), day_stamp.source) if day_stamp else (None, "page")
        if day is None and not feed:  # htmldate reads the page's text: a guess, which a feed's time beats
            found = parse_time(_htmldate(tree, url))  # (the text's date may be a "last edited" one)
            day = found.date() if found else None
        if day is None or (feed and (_same_day(day, feed, page_offset) or (
                day.day <= 12 and _same_day(date(day.year, day.day, day.month), feed, page_offset)))):
            # the feed's time, also where the page's date was read with day and month swapped
            # (01/09 is 9 January on a US site and 1 September on a European one)
            if feed:
                out.published_at, out.sources["published_at"] = feed, "feed"
        else:
            out.published_at = datetime(day.year, day.month, day.day, tzinfo=UTC)
            out.sources["published_at"] = source
    stamp = next((s for s in modified if s.when.tzinfo or offset is not None), None) or next(
        iter(modified), None)
    if stamp:
        when = stamp.when
        out.modified_at = when if when.tzinfo else when.replace(tzinfo=timezone(offset or timedelta(0)))
        out.sources["modified_at"] = stamp.source


# --- author, language


def _domain_name(part: str | None) -> str | None:
    """A part of the `<title>` that trafilatura reads as the site's name for holding a dot, when it
    is a domain name ("Example.com"): not a headline opening with a sentence ("Roowo. Dom kultury
    ogłasza …", a Polish portal's "Place. Headline")."""
    return part if part and DOMAIN_RE.fullmatch(part.strip()) else None


def _strings(value: Any) -> list[str]:
    """A JSON-LD value that is a string or a list of strings, as a list."""
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, str) and v.strip()]


def _ld_author(ld: dict[str, Any]) -> str | None:
    author = ld.get("author")
    if isinstance(author, list):
        names = [a.get("name") if isinstance(a, dict) else str(a) for a in author]
        return ", ".join(n for n in names if isinstance(n, str) and n) or None
    if isinstance(author, dict):
        name = author.get("name")
        return name if isinstance(name, str) else None
    return author if isinstance(author, str) else None


def _byline(tree: lxml_html.HtmlElement) -> str | None:
    """The first short byline in the markup, "By" removed."""
    for el in tree.xpath(BYLINE_XPATH):
        text = " ".join(el.text_content().split())
        if 2 < len(text) < 80:
            return normalize_authors(None, BY_RE.sub("", text))
    return None


def _htmldate(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    """The page's publication date by htmldate's quick search (meta tags, markup, URL)."""
    try:
        return find_date(tree, url=url, **set_date_params(False))
    except (ValueError, TypeError, OverflowError):
        return None


def _language(tree: lxml_html.HtmlElement) -> str | None:
    """The page's declared language (html lang, then Content-Language), e.g. "en" or "pt-BR"."""
    lang = tree.get("lang") or tree.get("xml:lang")
    if not lang:
        for el in tree.iterfind(".//head/meta[@http-equiv]"):
            if el.get("http-equiv", "").lower() == "content-language":
                lang = el.get("content")
                break
    lang = (lang or "").strip().split(",")[0]
    return lang if LANG_RE.match(lang) else None

