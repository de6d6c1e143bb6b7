"""The warehouse's articles for people: list, search, article and story views (plain HTML + JSON).

`articles_router(connect, auth_dependency)` returns a FastAPI APIRouter that the plugin app in
pipeline/airflow/plugin.py includes next to the News feeds page:

- `/articles`: newest first (publication time, undated articles last), filters outlet (site host
  or site_name), feed id, since/until, language, duplicates hidden; keyset pages
  (`?after=<published_at>,<id>`), never OFFSET.
- `/search?q=` and `/api/search?q=`: ranked full-text search (pipeline/ui/search.py), keyset
  pages by (rank, id).
- `/articles/{id}`: clean body, metadata, link to the original, the lines extraction removed
  and the rule that removed each.
- `/stories/{root_id}`: the root article and its near-duplicate copies across outlets.

Every route reads on a read-only connection from `connect()` and depends on `auth_dependency`.
A bad parameter is a 400 with its reason, never a 500. No Airflow imports here, no scripts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from html import escape
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import psycopg
from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.responses import HTMLResponse, JSONResponse
from psycopg import sql
from psycopg.rows import dict_row

from pipeline.ui import search as fts
from pipeline.ui.dashboard import _CSS
from pipeline.ui.search import Filters, QueryError

log = logging.getLogger(__name__)

Connect = Callable[[], AbstractContextManager[psycopg.Connection[Any]]]
T = TypeVar("T")

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_PARAM_CHARS = 200

# Keyset pages of the list, newest first, undated articles last: ordered by one key,
# (coalesce(published_at, '-infinity'), id) DESC, which sql/011's articles_list_idx holds, so the
# next page after (key, id) is one row comparison and an index range scan, whatever its depth.
# An undated article's key is '-infinity' (no stored article has that date).
LIST_KEY = "coalesce(a.published_at, '-infinity'::timestamptz)"
_KEYSET = f"({LIST_KEY}, a.id) < (coalesce(%(k_at)s::timestamptz, '-infinity'::timestamptz), %(k_id)s)"

_LIST_SQL = """
SELECT a.id, a.url, a.title, a.site, a.site_name, a.language, a.published_at, a.duplicate_of,
       a.word_count, a.feed_id, f.name AS feed_name, f.url AS feed_url,
       (SELECT count(*) FROM news.articles c WHERE c.duplicate_of = a.id) AS copies
FROM news.articles a
LEFT JOIN news.feeds f ON f.id = a.feed_id
WHERE {filters} AND {keyset}
ORDER BY {list_key} DESC, a.id DESC
LIMIT %(limit)s
"""

# The article and the page that produced it (the loaded page, else the one at its URL), with the
# lines extraction removed: the page's extracted->'removed' ([{text, rule}], absent when unknown).
_ARTICLE_SQL = """
SELECT a.*, f.name AS feed_name, f.url AS feed_url,
       p.url AS page_url, p.final_url, p.fetched_at, p.extracted_at,
       p.extracted -> 'removed' AS removed,
       (SELECT count(*) FROM news.articles c WHERE c.duplicate_of = a.id) AS copies
FROM news.articles a
LEFT JOIN news.feeds f ON f.id = a.feed_id
LEFT JOIN LATERAL (
    SELECT url, final_url, fetched_at, extracted_at, extracted FROM news.pages
    WHERE article_id = a.id
    ORDER BY (state = 'loaded') DESC, (url = a.url) DESC, url LIMIT 1
) p ON true
WHERE a.id = %(id)s
"""

_STORY_SQL = """
SELECT a.id, a.url, a.title, a.site, a.site_name, a.language, a.published_at, a.created_at,
       a.duplicate_of, a.word_count, s.first_seen, s.last_seen, s.times_seen
FROM news.articles a
LEFT JOIN (
    SELECT article_id, min(first_seen_at) AS first_seen, max(last_seen_at) AS last_seen,
           sum(times_seen) AS times_seen
    FROM news.sightings WHERE article_id IN (
        SELECT id FROM news.articles WHERE id = %(root)s OR duplicate_of = %(root)s)
    GROUP BY article_id
) s ON s.article_id = a.id
WHERE a.id = %(root)s OR a.duplicate_of = %(root)s
ORDER BY a.duplicate_of IS NOT NULL, coalesce(a.published_at, a.created_at), a.id
"""

_STORY_SUMMARY_SQL = """
SELECT story_id, articles, copies, sightings, outlets, first_seen, last_seen
FROM news.stories WHERE story_id = %(root)s
"""


# ---- parameters ---------------------------------------------------------------------------------

def _text(value: str | None, name: str) -> str | None:
    if value is None or not value.strip():
        return None
    if len(value) > MAX_PARAM_CHARS or "\x00" in value:
        raise QueryError(f"{name}: at most {MAX_PARAM_CHARS} characters, no NUL")
    return value.strip()


def _int(value: str | None, name: str, *, low: int = 1, high: int | None = None) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        number = int(value.strip())
    except ValueError:
        raise QueryError(f"{name}: not a whole number: {value[:40]!r}") from None
    if number < low or (high is not None and number > high):
        raise QueryError(f"{name}: between {low} and {high}" if high else f"{name}: at least {low}")
    return number


def _flag(value: str | None, name: str) -> bool:
    if value is None or value.strip().lower() in ("", "0", "false", "no", "off"):
        return False
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    raise QueryError(f"{name}: expected 1/0 (or true/false)")


def filters_from(params: dict[str, str | None]) -> Filters:
    """The list and search filters of a query string (QueryError for a bad value)."""
    since = fts.parse_when(_text(params.get("since"), "since"), "since")
    until = fts.parse_when(_text(params.get("until"), "until"), "until")
    if since is not None and until is not None and fts.lower_bound(since) >= fts.upper_bound(until):
        raise QueryError("since: after until")
    return Filters(site=_text(params.get("site"), "site"), feed=_int(params.get("feed"), "feed"),
                   since=since, until=until, lang=_text(params.get("lang"), "lang"),
                   duplicates=not _flag(params.get("hide_duplicates"), "hide_duplicates"))


def parse_list_after(value: str | None) -> tuple[datetime | None, int] | None:
    """The keyset `after=<published_at>,<id>` of the list (an empty time: an undated article)."""
    if value is None or not value.strip():
        return None
    at, sep, ident = value.strip().rpartition(",")
    try:
        key_id = int(ident)
        key_at = datetime.fromisoformat(at) if at else None
    except ValueError:
        sep = ""
    if not sep or key_id < 1:
        raise QueryError(f"after: expected <published_at>,<id> from a previous page, got {value[:60]!r}")
    if key_at is not None and key_at.tzinfo is None:
        key_at = key_at.replace(tzinfo=UTC)
    return key_at, key_id


def list_cursor(row: dict[str, Any]) -> str:
    """The `after=` value that continues the list after this row."""
    at = row["published_at"]
    return f"{at.isoformat() if at else ''},{row['id']}"


# ---- queries ------------------------------------------------------------------------------------

def list_articles(conn: psycopg.Connection[Any], filters: Filters, *,
                  after: tuple[datetime | None, int] | None = None,
                  limit: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """One page of the list, newest first, after the keyset `after` (published_at, id)."""
    where, params = filters.where("a")
    keyset: sql.Composable = sql.SQL("true")
    if after is not None:
        keyset = sql.SQL(_KEYSET)
        params.update(k_at=after[0], k_id=after[1])
    params["limit"] = limit
    statement = sql.SQL(_LIST_SQL).format(filters=where, keyset=keyset, list_key=sql.SQL(LIST_KEY))
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(statement, params).fetchall()


def article(conn: psycopg.Connection[Any], article_id: int) -> dict[str, Any] | None:
    """The article with its feed, producing page and removed lines (None: no such article)."""
    with conn.cursor(row_factory=dict_row) as cur:
        return cur.execute(_ARTICLE_SQL, {"id": article_id}).fetchone()


def story(conn: psycopg.Connection[Any], article_id: int) -> dict[str, Any] | None:
    """The story of an article (its root's): summary from news.stories, and its members, root first."""
    with conn.cursor(row_factory=dict_row) as cur:
        found = cur.execute("SELECT coalesce(duplicate_of, id) AS root FROM news.articles WHERE id = %s",
                            (article_id,)).fetchone()
        if found is None:
            return None
        root = found["root"]
        summary = cur.execute(_STORY_SUMMARY_SQL, {"root": root}).fetchone() or {}
        members = cur.execute(_STORY_SQL, {"root": root}).fetchall()
    return {"root_id": root, "summary": summary, "members": members}


# ---- the router ---------------------------------------------------------------------------------

def articles_router(connect: Connect, auth_dependency: Callable[..., Any]) -> APIRouter:
    """The article views as a FastAPI APIRouter; every route depends on `auth_dependency`.

    `connect()` returns a context manager of a warehouse connection (set read-only here)."""
    router = APIRouter(dependencies=[Depends(auth_dependency)])
    headers = {"Cache-Control": "no-store"}

    def read(work: Callable[[psycopg.Connection[Any]], T]) -> T:
        try:
            with connect() as conn:
                conn.read_only = True
                return work(conn)
        except psycopg.errors.UndefinedTable as exc:
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE,
                                "warehouse not migrated yet: run `newsflow migrate` or news_ingest") from exc
        except psycopg.OperationalError as exc:
            log.warning("newsflow articles: warehouse unreachable: %s", exc)
            raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, "warehouse unreachable") from exc

    def bad_request(request: Request, exc: QueryError) -> HTMLResponse:
        return HTMLResponse(_page(_base(request), "Bad request", f"<p class=\"err\">{escape(str(exc))}</p>"),
                            status_code=status.HTTP_400_BAD_REQUEST, headers=headers)

    def query(request: Request) -> dict[str, str | None]:
        return dict(request.query_params.items())

    @router.get("/articles", response_class=HTMLResponse)
    def articles_page(request: Request) -> HTMLResponse:
        """The article list, newest first, filtered, one keyset page."""
        params = query(request)
        try:
            filters = filters_from(params)
            after = parse_list_after(params.get("after"))
            limit = _int(params.get("limit"), "limit", high=MAX_PAGE_SIZE) or PAGE_SIZE
        except QueryError as exc:
            return bad_request(request, exc)
        rows = read(lambda conn: list_articles(conn, filters, after=after, limit=limit + 1))
        more = len(rows) > limit
        rows = rows[:limit]
        base = _base(request)
        next_url = None
        if more:
            next_url = _url(base, "/articles", {**_keep(params), "after": list_cursor(rows[-1])})
        body = _filter_form(base, "/articles", params) + _article_table(base, rows) + _pager(
            next_url, bool(params.get("after")), _url(base, "/articles", _keep(params)))
        return HTMLResponse(_page(base, "Articles", body), headers=headers)

    def run_search(params: dict[str, str | None]) -> tuple[list[fts.Hit], int]:
        text = fts.check_query(params.get("q") or "")
        filters = filters_from(params)
        after = fts.parse_search_after(params.get("after"))
        limit = _int(params.get("limit"), "limit", high=fts.MAX_LIMIT) or 20
        hits = read(lambda conn: fts.search(
            conn, text, since=filters.since, until=filters.until, site=filters.site,
            lang=filters.lang, duplicates=filters.duplicates, limit=limit + 1, after=after))
        return hits, limit

    @router.get("/search", response_class=HTMLResponse)
    def search_page(request: Request) -> HTMLResponse:
        """Search results, best first, snippets highlighted; the form alone without a query."""
        params = query(request)
        base = _base(request)
        form = _filter_form(base, "/search", params, search=True)
        if "q" not in params:
            return HTMLResponse(_page(base, "Search", form), headers=headers)
        try:
            hits, limit = run_search(params)
        except QueryError as exc:
            return bad_request(request, exc)
        more = len(hits) > limit
        hits = hits[:limit]
        next_url = _url(base, "/search", {**_keep(params), "after": hits[-1].cursor}) if more else None
        body = form + _hit_list(base, hits) + _pager(
            next_url, bool(params.get("after")), _url(base, "/search", _keep(params)))
        return HTMLResponse(_page(base, f"Search: {params.get('q') or ''}", body), headers=headers)

    @router.get("/api/search")
    def api_search(request: Request) -> JSONResponse:
        """Search results as JSON: {query, results: [...], next: <after> or null}."""
        params = query(request)
        try:
            hits, limit = run_search(params)
        except QueryError as exc:
            raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
        more = len(hits) > limit
        hits = hits[:limit]
        return JSONResponse({"query": (params.get("q") or "").strip(),
                             "results": [h.to_json() for h in hits],
                             "next": hits[-1].cursor if more else None}, headers=headers)

    @router.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        """One article: body, metadata, original link, removed lines and their rules."""
        try:
            ident = _int(article_id, "article id")
        except QueryError as exc:
            return bad_request(request, exc)
        row = read(lambda conn: article(conn, ident)) if ident else None
        base = _base(request)
        if row is None:
            return HTMLResponse(_page(base, "Not found", "<p>No such article.</p>"),
                                status_code=status.HTTP_404_NOT_FOUND, headers=headers)
        return HTMLResponse(_page(base, row["title"] or row["url"], _article_view(base, row)),
                            headers=headers)

    @router.get("/stories/{root_id}", response_class=HTMLResponse)
    def story_page(request: Request, root_id: str) -> HTMLResponse:
        """A story: its root article and copies across outlets, first and last seen."""
        try:
            ident = _int(root_id, "story id")
        except QueryError as exc:
            return bad_request(request, exc)
        data = read(lambda conn: story(conn, ident)) if ident else None
        base = _base(request)
        if data is None:
            return HTMLResponse(_page(base, "Not found", "<p>No such story.</p>"),
                                status_code=status.HTTP_404_NOT_FOUND, headers=headers)
        root = data["members"][0]
        return HTMLResponse(_page(base, f"Story: {root['title'] or root['url']}", _story_view(base, data)),
                            headers=headers)

    return router


# ---- HTML ---------------------------------------------------------------------------------------

_MORE_CSS = """
nav{margin:0 0 12px;display:flex;gap:14px} nav a{font-weight:600}
a{color:#2563eb} form.filters{display:flex;gap:8px;flex-wrap:wrap;align-items:end;margin:8px 0 12px}
form.filters label{display:flex;flex-direction:column;font-size:12px;color:#6b7280}
mark{background:#fef08a;color:inherit} .body p{max-width:760px;line-height:1.5}
.hit{margin:0 0 14px} .hit .snippet{max-width:760px} dl.meta{display:grid;
grid-template-columns:max-content 1fr;gap:2px 12px} dl.meta dt{color:#6b7280}
"""


def _base(request: Request) -> str:
    """The app's path prefix (e.g. /newsflow), for absolute links that work at any depth."""
    return str(request.scope.get("root_path") or "").rstrip("/")


def _url(base: str, path: str, params: dict[str, Any] | None = None) -> str:
    query = urlencode({k: v for k, v in (params or {}).items() if v not in (None, "")})
    return f"{base}{path}" + (f"?{query}" if query else "")


def _href(base: str, kind: str, ident: int) -> str:
    """The escaped link of an article or a story."""
    return escape(f"{base}/{kind}/{int(ident)}")


_KEPT = ("q", "site", "feed", "since", "until", "lang", "hide_duplicates", "limit")


def _keep(params: dict[str, str | None]) -> dict[str, str | None]:
    """The query string without the page position."""
    return {k: params.get(k) for k in _KEPT}


def _page(base: str, title: str, body: str) -> str:
    nav = "".join(f'<a href="{escape(_url(base, path))}">{label}</a>' for path, label in (
        ("/", "News feeds"), ("/articles", "Articles"), ("/search", "Search")))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} · newsflow</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{_CSS}{_MORE_CSS}</style></head>
<body><nav>{nav}</nav><h1>{escape(title)}</h1>
{body}
</body></html>
"""


def _when(value: datetime | None) -> str:
    if value is None:
        return '<span class="muted">–</span>'
    utc = value.astimezone(UTC)
    return f'<time datetime="{escape(utc.isoformat())}">{escape(utc.strftime("%Y-%m-%d %H:%M"))}</time>'


def _outlet(row: dict[str, Any]) -> str:
    name = row.get("site_name")
    site = escape(row["site"])
    return f"{escape(name)} <span class=\"muted\">{site}</span>" if name and name != row["site"] else site


def _original(url: str) -> str:
    """A link to the original, only for http(s) URLs (a stored URL is data, never a script)."""
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{escape(url)}" rel="noopener noreferrer" target="_blank">{escape(url)}</a>'
    return escape(url)


def _filter_form(base: str, path: str, params: dict[str, str | None], *, search: bool = False) -> str:
    def field(name: str, label: str, kind: str = "text") -> str:
        value = params.get(name) or ""
        return (f'<label>{label}<input type="{kind}" name="{name}" value="{escape(value)}"'
                f'{" required" if name == "q" else ""}></label>')

    fields = [field("q", "search", "search")] if search else []
    fields += [field("site", "outlet (site or name)"), field("feed", "feed id"),
               field("since", "since", "date"), field("until", "until", "date"), field("lang", "language")]
    checked = " checked" if params.get("hide_duplicates") not in (None, "", "0", "false") else ""
    fields.append(f'<label>duplicates hidden<input type="checkbox" name="hide_duplicates" value="1"{checked}>'
                  "</label>")
    return (f'<form class="filters" method="get" action="{escape(_url(base, path))}">{"".join(fields)}'
            '<button type="submit">Apply</button></form>')


def _pager(next_url: str | None, paged: bool, first_url: str) -> str:
    links = []
    if paged:
        links.append(f'<a href="{escape(first_url)}" rel="first">first page</a>')
    if next_url:
        links.append(f'<a href="{escape(next_url)}" rel="next">next page →</a>')
    return f'<p class="pager">{" · ".join(links)}</p>' if links else ""


def _story_link(base: str, row: dict[str, Any]) -> str:
    if row.get("duplicate_of"):
        root = int(row["duplicate_of"])
        return f'<a href="{_href(base, "stories", root)}">copy of #{root}</a>'
    if row.get("copies"):
        copies = int(row["copies"])
        return (f'<a href="{_href(base, "stories", int(row["id"]))}">story, '
                f'{copies} cop{"y" if copies == 1 else "ies"}</a>')
    return ""


def _article_table(base: str, rows: Iterable[dict[str, Any]]) -> str:
    body = "".join(
        f'<tr data-article-id="{int(r["id"])}"><td>{_when(r["published_at"])}</td>'
        f'<td><a href="{_href(base, "articles", int(r["id"]))}">{escape(r["title"] or r["url"])}</a>'
        f"</td><td>{_outlet(r)}</td><td>{escape(r['language'] or '')}</td>"
        f"<td>{_story_link(base, r)}</td></tr>"
        for r in rows
    ) or '<tr><td colspan="5" class="muted">No articles match.</td></tr>'
    return ('<table id="articles"><thead><tr><th>published</th><th>title</th><th>outlet</th>'
            f"<th>language</th><th>story</th></tr></thead><tbody>{body}</tbody></table>")


def _hit_list(base: str, hits: list[fts.Hit]) -> str:
    if not hits:
        return '<p class="muted">No articles match.</p>'
    items = "".join(
        f'<li class="hit" data-article-id="{h.id}" data-rank="{h.rank:.6g}">'
        f'<a href="{_href(base, "articles", h.id)}">{h.title_html()}</a> '
        f'<span class="muted">{_outlet({"site": h.site, "site_name": h.site_name})} · '
        f"{_when(h.published_at)}</span>"
        + (f' · <a href="{_href(base, "stories", h.duplicate_of)}">story</a>'
           if h.duplicate_of else "")
        + f'<div class="snippet">{h.snippet_html()}</div></li>'
        for h in hits
    )
    return f'<ol id="results">{items}</ol>'


def _article_view(base: str, row: dict[str, Any]) -> str:
    meta = [
        ("original", _original(row["url"])),
        ("outlet", _outlet(row)),
        ("published", _when(row["published_at"])),
        ("modified", _when(row["modified_at"])),
        ("author", escape(row["author"] or "")),
        ("language", escape(row["language"] or "")),
        ("words", str(int(row["word_count"]))),
        ("feed", escape(row["feed_name"] or row["feed_url"] or "")),
        ("loaded", _when(row["created_at"])),
        ("extraction", escape(" ".join(x for x in (row["extraction_method"], row["extractor_version"])
                                       if x))),
        ("story", _story_link(base, row) or '<span class="muted">not part of a story</span>'),
    ]
    dl = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in meta if v)
    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in row["body"].split("\n") if line.strip())
    return (f'<dl class="meta" data-article-id="{int(row["id"])}">{dl}</dl>'
            f'<h2>Text</h2><div class="body">{paragraphs}</div>'
            f"<h2>Removed lines</h2>{_removed(row)}")


def _removed(row: dict[str, Any]) -> str:
    removed = row["removed"]
    if row["page_url"] is None:
        return '<p class="muted" id="removed">Not recorded: no stored page produced this article.</p>'
    if not isinstance(removed, list):
        return ('<p class="muted" id="removed">Not recorded: the page\'s extraction result has no list '
                "of removed lines.</p>")
    if not removed:
        return '<p class="muted" id="removed">Extraction removed no lines from this page.</p>'
    items = "".join(
        f'<tr><td>{escape(str(r.get("text", "")))}</td>'
        f'<td><code>{escape(str(r.get("rule", "")))}</code></td></tr>'
        if isinstance(r, dict) else f'<tr><td>{escape(str(r))}</td><td></td></tr>'
        for r in removed)
    return (f'<table id="removed"><thead><tr><th>line</th><th>rule</th></tr></thead><tbody>{items}'
            f"</tbody></table>")


def _story_view(base: str, data: dict[str, Any]) -> str:
    summary = data["summary"]
    members = data["members"]
    outlets = ", ".join(summary.get("outlets") or [])
    facts = [("articles", str(len(members))), ("copies", str(len(members) - 1)),
             ("outlets", escape(outlets)), ("sightings", str(summary.get("sightings") or 0)),
             ("first seen", _when(summary.get("first_seen"))), ("last seen", _when(summary.get("last_seen")))]
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    rows = "".join(
        f'<tr data-article-id="{int(m["id"])}" data-role="{"root" if m["duplicate_of"] is None else "copy"}">'
        f'<td>{"root" if m["duplicate_of"] is None else "copy"}</td>'
        f'<td><a href="{_href(base, "articles", int(m["id"]))}">{escape(m["title"] or m["url"])}</a>'
        f'<br><span class="muted">{_original(m["url"])}</span></td><td>{_outlet(m)}</td>'
        f"<td>{_when(m['published_at'])}</td><td>{_when(m['first_seen'] or m['created_at'])}</td>"
        f"<td>{_when(m['last_seen'] or m['created_at'])}</td></tr>"
        for m in members)
    return (f'<dl class="meta" data-story-id="{int(data["root_id"])}">{dl}</dl><h2>Articles</h2>'
            '<table id="story"><thead><tr><th></th><th>article</th><th>outlet</th><th>published</th>'
            f"<th>first seen</th><th>last seen</th></tr></thead><tbody>{rows}</tbody></table>")
