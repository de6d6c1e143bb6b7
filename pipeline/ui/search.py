"""Full-text search over news.articles, and the filters that the article views and export share.

`search()` parses the query with websearch_to_tsquery ("quoted phrases", OR, -exclusion), finds
matches through the GIN indexes, and highlights a snippet with ts_headline. Matches in the title or
lead come first, ranked with ts_rank on the small `search_head` vector (title weight A, the
body's first 300 characters B; sql/012); matches further down the body follow with rank 0, newest
first. Only the first tier is ranked, so the cost follows the title/lead matches, not every match
(see _SEARCH_SQL). Results are keyset-paginated by (rank, id), never by OFFSET.

The text-search configuration is chosen in one place, `tsconfig_sql()`: 'simple' (what
sql/001 builds the `search` column with), or the article's own configuration through
`news.search_config(language)` when a migration has defined that function.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from html import escape
from typing import Any

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

DEFAULT_TS_CONFIG = "simple"  # the configuration of news.articles.search in sql/001
TS_CONFIG_FUNCTION = "news.search_config(text)"  # language -> regconfig, if a migration defines it
MAX_QUERY_CHARS = 500
MAX_LIMIT = 200

# ts_headline wraps matches in these (Unicode private-use characters, absent from article text), so
# that the snippet can be HTML-escaped first and the marks turned into <mark> afterwards.
MARK_START, MARK_END = "\ue000", "\ue001"
_HEADLINE_OPTIONS = (f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, "
                     "MaxFragments=2, FragmentDelimiter=\" … \"")
_TITLE_OPTIONS = f"StartSel={MARK_START}, StopSel={MARK_END}, HighlightAll=true"
# The snippet of a ranked hit (its title or lead matched) comes from the body's first SNIPPET_WINDOW
# characters (cut back to a whole word), where its lead matches are: ts_headline parses all the
# text it is given (about half a millisecond for 1,700 characters), and bodies run to tens of
# thousands. A deeper (rank-0) hit's snippet comes from the whole body, where its match is.
SNIPPET_WINDOW = 600
_SNIPPET_TEXT = ("CASE WHEN h.rank > 0 AND length(a.body) > %(window)s "
                 "THEN regexp_replace(left(a.body, %(window_1)s), '\\S*$', '') ELSE a.body END")


class QueryError(ValueError):
    """A search or filter parameter that cannot be used (the UI answers 400 with its message)."""


@dataclass(frozen=True)
class Filters:
    """Which articles: outlet (site host or site_name), feed id, date range, language, duplicates.

    Dates are on the article's publication time, else its load time; `until` is inclusive (a date
    means the whole day)."""

    site: str | None = None
    feed: int | None = None
    since: date | datetime | None = None
    until: date | datetime | None = None
    lang: str | None = None
    duplicates: bool = True  # False: roots only (duplicate_of IS NULL)

    def where(self, alias: str = "a") -> tuple[sql.Composable, dict[str, Any]]:
        """A SQL condition (always valid, `true` when unfiltered) and its named parameters."""
        a = sql.Identifier(alias)
        parts: list[sql.Composable] = [sql.SQL("true")]
        params: dict[str, Any] = {}
        if self.site:
            parts.append(sql.SQL("({a}.site = %(f_site)s OR {a}.site_name = %(f_site)s)").format(a=a))
            params["f_site"] = self.site
        if self.feed is not None:
            parts.append(sql.SQL("{a}.feed_id = %(f_feed)s").format(a=a))
            params["f_feed"] = self.feed
        if self.since is not None:
            parts.append(sql.SQL("coalesce({a}.published_at, {a}.created_at) >= %(f_since)s").format(a=a))
            params["f_since"] = lower_bound(self.since)
        if self.until is not None:
            parts.append(sql.SQL("coalesce({a}.published_at, {a}.created_at) < %(f_until)s").format(a=a))
            params["f_until"] = upper_bound(self.until)
        if self.lang:
            parts.append(sql.SQL("{a}.language = %(f_lang)s").format(a=a))
            params["f_lang"] = self.lang
        if not self.duplicates:
            parts.append(sql.SQL("{a}.duplicate_of IS NULL").format(a=a))
        return sql.SQL(" AND ").join(parts), params


def lower_bound(when: date | datetime) -> datetime:
    """The first instant of `since`: a date is its midnight UTC, a naive time is taken as UTC."""
    if isinstance(when, datetime):
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    return datetime.combine(when, time.min, UTC)


def upper_bound(when: date | datetime) -> datetime:
    """The exclusive end of an inclusive `until`: the next midnight for a date, +1 µs for a time."""
    if isinstance(when, datetime):
        return lower_bound(when) + timedelta(microseconds=1)
    return datetime.combine(when + timedelta(days=1), time.min, UTC)


def parse_when(value: str | None, name: str) -> date | datetime | None:
    """A YYYY-MM-DD date or an ISO 8601 time from a query string, else QueryError."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        when = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{name}: not a date (YYYY-MM-DD) or ISO 8601 time: {text[:40]!r}") from None
    if not 1 < when.year < 9999:  # (bounds are shifted by a day or a time zone)
        raise QueryError(f"{name}: year out of range: {text[:40]!r}")
    return when


def has_language_configs(conn: psycopg.Connection[Any]) -> bool:
    """Whether a migration defined `news.search_config(language)`."""
    row = conn.execute("SELECT to_regprocedure(%s) IS NOT NULL", (TS_CONFIG_FUNCTION,)).fetchone()
    return bool(row is not None and (next(iter(row.values())) if isinstance(row, dict) else row[0]))


def tsconfig_sql(per_language: bool, lang: str | None = None, alias: str = "a") -> sql.Composable:
    """The text-search configuration of the query, as SQL: the one place it is chosen.

    With `news.search_config(language)` in the schema (`per_language`), the configuration of the
    language filter (a constant, which keeps the GIN index usable) or else of each article;
    otherwise 'simple'."""
    if per_language:
        if lang:
            return sql.SQL("news.search_config({})").format(sql.Literal(lang))
        return sql.SQL("news.search_config({}.language)").format(sql.Identifier(alias))
    return sql.SQL("{}::regconfig").format(sql.Literal(DEFAULT_TS_CONFIG))


@dataclass(frozen=True)
class Hit:
    """One search result. `headline` and `title_headline` carry MARK_START/MARK_END around matches."""

    id: int
    url: str
    title: str | None
    site: str
    site_name: str | None
    language: str | None
    published_at: datetime | None
    duplicate_of: int | None
    rank: float
    headline: str
    title_headline: str | None

    @property
    def cursor(self) -> str:
        """The keyset of this hit: `after=` for the next page."""
        return f"{self.rank!r},{self.id}"

    def snippet(self, start: str = "", end: str = "") -> str:
        """The snippet as plain text, matches between `start` and `end` (e.g. '**')."""
        return self.headline.replace(MARK_START, start).replace(MARK_END, end)

    def snippet_html(self) -> str:
        """The snippet HTML-escaped, matches in <mark>."""
        return marks_to_html(self.headline)

    def title_html(self) -> str:
        """The title HTML-escaped, matches in <mark> (the URL when the article has no title)."""
        return marks_to_html(self.title_headline or self.title or self.url)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready: the snippet as HTML (escaped, <mark>) and as plain text."""
        return {
            "id": self.id, "url": self.url, "title": self.title, "site": self.site,
            "site_name": self.site_name, "language": self.language,
            "published_at": self.published_at.isoformat() if self.published_at else None,
            "duplicate_of": self.duplicate_of, "rank": self.rank,
            "snippet": self.snippet(), "snippet_html": self.snippet_html(),
            "title_html": self.title_html(),
        }


def marks_to_html(text: str) -> str:
    """Escape text, then turn the headline marks into <mark> elements."""
    return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def parse_search_after(value: str | None) -> tuple[float, int] | None:
    """The (rank, id) keyset of `after=<rank>,<id>`, else QueryError."""
    if value is None or not value.strip():
        return None
    rank, sep, ident = value.strip().partition(",")
    try:
        parsed = (float(rank), int(ident))
    except ValueError:
        parsed = None
    if not sep or parsed is None or parsed[1] < 1 or not math.isfinite(parsed[0]) or parsed[0] < 0:
        raise QueryError(f"after: expected <rank>,<id> from a previous page, got {value[:60]!r}")
    return parsed


def check_query(query: str) -> str:
    """The query stripped, else QueryError (empty, too long, NUL characters)."""
    text = (query or "").strip()
    if not text:
        raise QueryError("q: the search query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"q: the search query is longer than {MAX_QUERY_CHARS} characters")
    if "\x00" in text:
        raise QueryError("q: the search query contains a NUL character")
    return text


# Two tiers, one statement. A UNION ALL under a LIMIT runs its second branch only when the first
# one returns fewer rows than the page needs, so most pages never read the second.
#
# 1. Title and lead matches, ranked: candidates from the GIN index on the small `search_head`
#    vector (sql/012), ranked by ts_rank on it (in the row, no TOAST read), sorted; then, in rank
#    order and only until the page is full, the exact match of the whole `search` vector (a NOT
#    word further down the body, or another language's stemming, can still rule a candidate out).
#    The OFFSET 0 keeps that exact check (a read of the out-of-line vector) out of the subquery,
#    where it would run for every candidate.
# 2. Everything else that matches (further down the body only): rank 0, newest (highest id) first.
#    It reads every candidate row of the full index (what every query did before) and runs only
#    for queries with fewer title/lead matches than a page, or pages past them.
#
# The order over both tiers is (rank DESC, id DESC), so `after=<rank>,<id>` keysets still work: a
# tier-1 row has a rank > 0, a tier-2 row rank 0 (tier 2 negates tier 1's test: head match, rank > 0).
# ts_rank, not ts_rank_cd: a quarter of the cost a candidate, and as often the source article first
# for its title's rarest words (docs/warehouse.md).
_SEARCH_SQL = """
SELECT a.id, a.url, a.title, a.site, a.site_name, a.language, a.published_at, a.duplicate_of, h.rank,
       ts_headline(h.cfg, {snippet_text}, {h_tsquery}, %(opts)s) AS headline,
       CASE WHEN a.title IS NOT NULL THEN ts_headline(h.cfg, a.title, {h_tsquery}, %(title_opts)s)
       END AS title_headline
FROM (
    (SELECT c.id, c.rank, c.cfg
     FROM (SELECT a.id, x.cfg, ts_rank(a.{head}, {x_tsquery}) AS rank
           FROM news.articles a CROSS JOIN LATERAL (SELECT {a_config} AS cfg OFFSET 0) x
           WHERE {head_index_match} AND a.{head} @@ {x_tsquery} AND {filters}
           ORDER BY rank DESC, a.id DESC
           OFFSET 0) c
     JOIN news.articles m ON m.id = c.id
     WHERE c.rank > 0 AND {keyset_ranked} AND m.search @@ {c_tsquery}
     ORDER BY c.rank DESC, c.id DESC
     LIMIT %(limit)s)
    UNION ALL
    (SELECT c.id, 0::real, c.cfg
     FROM (SELECT a.id, x.cfg
           FROM news.articles a CROSS JOIN LATERAL (SELECT {a_config} AS cfg OFFSET 0) x
           WHERE {index_match} AND {filters} AND {keyset_rest}
             AND NOT coalesce(a.{head} @@ {x_tsquery} AND ts_rank(a.{head}, {x_tsquery}) > 0, false)
           ORDER BY a.id DESC
           OFFSET 0) c
     JOIN news.articles m ON m.id = c.id
     WHERE m.search @@ {c_tsquery}
     ORDER BY c.id DESC
     LIMIT %(limit)s)
    LIMIT %(limit)s
) h
JOIN news.articles a ON a.id = h.id
ORDER BY h.rank DESC, h.id DESC
"""


@dataclass(frozen=True)
class SearchSchema:
    """What the warehouse offers search, and the query parsed in each text-search configuration.

    `configs`: every configuration of the server when news.search_config(language) exists
    (sql/009), else None; `queries`: websearch_to_tsquery(config, q) of each, as tsquery text (most
    configurations parse a query alike); `head`: the head vector column (sql/012's `search_head`,
    else `search` itself, and the second tier only holds matches of rank 0)."""

    configs: list[str] | None
    queries: list[str]
    head: str


def search_schema(conn: psycopg.Connection[Any], query: str) -> SearchSchema:
    """One round trip: the configurations, `query` parsed in each, whether there is `search_head`."""
    row = conn.execute(
        "SELECT to_regprocedure(%s) IS NOT NULL AS per_language, "
        "array(SELECT c.oid::regconfig::text FROM pg_ts_config c ORDER BY c.oid) AS configs, "
        "array(SELECT websearch_to_tsquery(c.oid::regconfig, %s)::text FROM pg_ts_config c ORDER BY c.oid)"
        " AS queries, "
        "EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass('news.articles') "
        "        AND attname = 'search_head' AND NOT attisdropped) AS has_head",
        (TS_CONFIG_FUNCTION, query)).fetchone()
    assert row is not None
    per_language, configs, queries, has_head = row.values() if isinstance(row, dict) else row
    return SearchSchema(list(configs) if per_language else None, list(queries),
                        "search_head" if has_head else "search")


def search(conn: psycopg.Connection[Any], query: str, *, since: date | datetime | None = None,
           until: date | datetime | None = None, site: str | None = None, lang: str | None = None,
           duplicates: bool = True, limit: int = 20,
           after: tuple[float, int] | None = None) -> list[Hit]:
    """Articles matching `query` (web search syntax), best first; `after` = last hit's (rank, id).

    Matches in the title or the lead (the body's first 300 characters) come first, ranked by
    ts_rank on those; matches further down the body follow with rank 0, newest first.
    Raises QueryError for an empty or too long query or a limit outside 1..MAX_LIMIT. A query of
    only stop words or punctuation matches nothing."""
    text = check_query(query)
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit: between 1 and {MAX_LIMIT}")
    filters, params = Filters(site=site, since=since, until=until, lang=lang,
                              duplicates=duplicates).where("a")
    schema = search_schema(conn, text)
    configs = schema.configs
    per_language = configs is not None
    head = sql.Identifier(schema.head)
    keyset_ranked: sql.Composable = sql.SQL("true")
    keyset_rest: sql.Composable = sql.SQL("true")
    if after is not None:
        keyset_ranked = sql.SQL("(c.rank, c.id) < (%(after_rank)s::real, %(after_id)s)")
        if after[0] <= 0:  # past every ranked hit: only tier 2, below that id
            keyset_ranked = sql.SQL("false")
            keyset_rest = sql.SQL("a.id < %(after_id)s")
        params.update(after_rank=after[0], after_id=after[1])

    def tsquery(alias: str) -> sql.Composable:
        return sql.SQL("websearch_to_tsquery({}, %(q)s)").format(tsconfig_sql(per_language, lang, alias))

    # With a language filter the query's configuration is a constant and the GIN indexes are usable
    # as they are. Across languages, the query parsed in every configuration (search_schema, one
    # round trip) gives a handful of distinct tsqueries: their OR is a constant that the GIN
    # indexes answer (a superset of the matches), and each row's own is picked by a CASE on its
    # configuration over those constants (nothing parsed per row, nor 30 times at planning).
    # (Not a join with a VALUES list: the planner then runs one bitmap index scan per configuration.)
    distinct = sorted(set(schema.queries))
    row_query = {c: schema.queries[i] for i, c in enumerate(schema.configs or [])}

    def config_tsquery(config: str) -> sql.Composable:
        """The query in the configuration `config` (SQL of a regconfig value, e.g. a column)."""
        if not configs or lang:
            return tsquery("a")  # one configuration for all rows: a constant
        if len(distinct) == 1:  # every configuration parses it alike
            return sql.SQL("{}::tsquery").format(sql.Literal(distinct[0]))
        return sql.SQL("CASE {} {} END").format(sql.SQL(config), sql.SQL(" ").join(
            sql.SQL("WHEN {}::regconfig THEN {}::tsquery").format(sql.Literal(c), sql.Literal(row_query[c]))
            for c in configs))

    def index_match(column: sql.Identifier) -> sql.Composable:
        if not configs or lang:
            return sql.SQL("a.{} @@ {}").format(column, tsquery("a"))
        return sql.SQL("a.{} @@ ({})").format(column, sql.SQL(" || ").join(
            sql.SQL("{}::tsquery").format(sql.Literal(q)) for q in distinct))

    # Each row's configuration is computed once, in a LATERAL subquery that OFFSET 0 keeps from
    # being flattened: news.search_config() is inlined as a CASE over the language codes, and
    # inlined at every use it costs the planner more than the search (docs/warehouse.md).
    statement = sql.SQL(_SEARCH_SQL).format(
        filters=filters, keyset_ranked=keyset_ranked, keyset_rest=keyset_rest, head=head,
        a_config=tsconfig_sql(per_language, lang, "a"),
        x_tsquery=config_tsquery("x.cfg"), c_tsquery=config_tsquery("c.cfg"),
        h_tsquery=config_tsquery("h.cfg"),
        head_index_match=index_match(head), index_match=index_match(sql.Identifier("search")),
        snippet_text=sql.SQL(_SNIPPET_TEXT))
    params.update(q=text, opts=_HEADLINE_OPTIONS, title_opts=_TITLE_OPTIONS, limit=limit,
                  window=SNIPPET_WINDOW, window_1=SNIPPET_WINDOW + 1)
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(statement, params).fetchall()
    return [Hit(id=r["id"], url=r["url"], title=r["title"], site=r["site"], site_name=r["site_name"],
                language=r["language"], published_at=r["published_at"], duplicate_of=r["duplicate_of"],
                rank=float(r["rank"]), headline=r["headline"] or "", title_headline=r["title_headline"])
            for r in rows]
