"""The daily digest: top stories per outlet and day, into news.digest_items.

A story's weight is how many outlets carried it (news.stories), then how many articles it has;
within an outlet's day the heaviest stories come first. The digest of a day is rewritten whole in
one transaction, so running it again (or after more articles arrived) gives the same rows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the DAG files import this module's names at parse time: keep it light
    import psycopg

# The Airflow Asset news_ingest publishes when it loads new articles; news_digest is scheduled on it.
ARTICLES_ASSET_NAME = "newsflow.articles"
ARTICLES_ASSET_URI = "x-newsflow://warehouse/news/articles"
ARTICLES_ALIAS_NAME = "newsflow.articles.loaded"

DEFAULT_TOP_N = 5

_WRITE_SQL = """
WITH day_articles AS (
    SELECT a.id, a.site, a.title, a.url, a.published_at, a.word_count,
           coalesce(a.duplicate_of, a.id) AS story_id
    FROM news.articles a
    WHERE (coalesce(a.published_at, a.created_at) AT TIME ZONE 'UTC')::date = %(day)s
),
ranked AS (
    SELECT d.*, cardinality(s.outlets) AS outlets, s.articles,
           row_number() OVER (PARTITION BY d.site ORDER BY cardinality(s.outlets) DESC,
                              s.articles DESC, d.published_at DESC NULLS LAST, d.id) AS rank
    FROM day_articles d JOIN news.stories s ON s.story_id = d.story_id
)
INSERT INTO news.digest_items (day, site, rank, article_id, story_id, title, url, outlets, articles,
                               published_at, generated_by)
SELECT %(day)s, site, rank, id, story_id, title, url, outlets, articles, published_at, %(by)s
FROM ranked WHERE rank <= %(top_n)s
"""


def write_digest(conn: psycopg.Connection[Any], day: date, *, top_n: int = DEFAULT_TOP_N,
                 generated_by: str | None = None) -> dict[str, Any]:
    """Rewrite the digest of one day; return the day, outlets and items written."""
    if top_n < 1:
        raise ValueError(f"digest: top_n must be >= 1, got {top_n}")
    with conn.transaction():
        # One writer per day at a time: a concurrent run waits, then replaces the rows whole.
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('news.digest_items'), %s)",
                     (day.toordinal(),))
        conn.execute("DELETE FROM news.digest_items WHERE day = %s", (day,))
        conn.execute(_WRITE_SQL, {"day": day, "top_n": top_n, "by": generated_by})
        row = conn.execute(
            "SELECT count(DISTINCT site) AS outlets, count(*) AS items FROM news.digest_items "
            "WHERE day = %s", (day,)).fetchone()
    assert row is not None
    return {"day": day.isoformat(), "outlets": int(row["outlets"]), "items": int(row["items"])}


def read_digest(conn: psycopg.Connection[Any], day: date) -> list[dict[str, Any]]:
    """The digest rows of one day, by outlet and rank."""
    return conn.execute(
        "SELECT site, rank, title, url, outlets, articles, article_id, story_id "
        "FROM news.digest_items WHERE day = %s ORDER BY site, rank", (day,)).fetchall()


def run_digest(day: date, *, top_n: int = DEFAULT_TOP_N, generated_by: str | None = None,
               settings: Any = None) -> dict[str, Any]:
    """Entry point for the DAG and the CLI: migrate, then rewrite the digest of `day`."""
    from pipeline.config import Settings
    from pipeline.warehouse import db as warehouse

    with warehouse.connect(settings or Settings.from_env()) as conn:
        warehouse.migrate(conn)
        return write_digest(conn, day, top_n=top_n, generated_by=generated_by)
