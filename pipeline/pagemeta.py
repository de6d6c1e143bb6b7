"""Page metadata, cheaply: JSON-LD first, then the page's meta tags and markup, htmldate for the date.

trafilatura's own metadata pass costs more than its text extraction (its author search copies the
tree and runs a long list of XPath expressions; with `fast=True` it also turns on htmldate's
extensive search, which loads dateparser's locale data). The fields here are the ones newsflow
keeps, each from the first source that has it; `sources` records which.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from htmldate import find_date
from lxml import html as lxml_html
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import examine_meta, extract_sitename, extract_title, extract_url
from trafilatura.settings import set_date_params

# a byline in the markup, when no metadata names the author
BYLINE_XPATH = ('.//body//*[@rel="author" or @itemprop="author" or contains(@class, "byline") '
                'or contains(@class, "author-name") or contains(@class, "author")]')
BY_RE = re.compile(r"^\s*(?:by|von|par|por|di|door)\s+", re.I)
LANG_RE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")
ARTICLE_TYPES = ("Article", "Posting", "Report")


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
    sources: dict[str, str] = field(default_factory=dict)


def parse_date(value: Any) -> datetime | None:
    """An ISO date or datetime as an aware datetime (UTC when no zone is given), or None."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def json_ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object of an article type, or {}."""
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except (json.JSONDecodeError, TypeError):
            continue
        if isinstance(data, dict):
            data = data.get("@graph", [data])
        for item in data if isinstance(data, list) else []:
            if isinstance(item, dict) and any(t in str(item.get("@type", "")) for t in ARTICLE_TYPES):
                return item
    return {}


def page_metadata(tree: lxml_html.HtmlElement, url: str | None) -> PageMeta:
    """Title, author, dates, language, canonical URL, lead image and site name of a parsed page."""
    ld = json_ld_article(tree)
    meta = examine_meta(tree)
    out = PageMeta(ld=ld)
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    out.title = _first(out, "title", ("page", meta.title), ("json-ld", headline),
                       ("markup", lambda: extract_title(tree)))
    out.author = _first(out, "author", ("json-ld", _ld_author(ld)), ("page", meta.author),
                        ("markup", lambda: _byline(tree)))
    out.published_at = _first(out, "published_at", ("json-ld", parse_date(ld.get("datePublished"))),
                              ("page", lambda: parse_date(_htmldate(tree, url))))
    out.modified_at = _first(out, "modified_at", ("json-ld", parse_date(ld.get("dateModified"))))
    out.language = _first(out, "language", ("page", _language(tree)))
    out.canonical_url = _first(out, "canonical_url", ("page", meta.url or extract_url(tree)),
                               ("json-ld", ld.get("url") if isinstance(ld.get("url"), str) else None))
    out.image_url = _first(out, "image_url", ("page", meta.image))
    out.site_name = _first(out, "site_name", ("page", meta.sitename),
                           ("markup", lambda: extract_sitename(tree)))
    if out.site_name:
        out.site_name = out.site_name.lstrip("@")
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
    return find_date(tree, url=url, **set_date_params(False))


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
