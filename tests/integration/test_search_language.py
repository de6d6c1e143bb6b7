"""Full-text search in the article's language (sql/009), on the real embedded warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from hashlib import sha1
from pathlib import Path

import psycopg
import pytest

from pipeline.warehouse import db as warehouse
from tests.fixtures_db import warehouse_before

ARTICLES = [
    # (url, language, title, body)
    ("https://de.example/1", "de", "Wohnungsbau", "Die neuen Häuser stehen am Stadtrand."),
    ("https://en.example/1", "en", "Marathon", "Thousands were running through the city."),
    ("https://xx.example/1", None, "Unknown", "Thousands were running through the city."),
    ("https://zz.example/1", "zz", "Unknown too", "Die neuen Häuser stehen am Stadtrand."),
    ("https://at.example/1", "de-AT", "Wien", "Viele Häuser in Wien."),
]


def _insert(conn: psycopg.Connection, rows: list[tuple[str, str | None, str, str]]) -> None:
    for url, language, title, body in rows:
        conn.execute(
            "INSERT INTO news.articles (url, language, title, body, site, content_hash, word_count) "
            "VALUES (%s, %s, %s, %s, %s, %s, %s)",
            (url, language, title, body, url.split("/")[2], sha1(url.encode()).hexdigest(),
             len(body.split())))
    conn.commit()


def _matches(conn: psycopg.Connection, config: str, query: str) -> set[str]:
    rows = conn.execute("SELECT url FROM news.articles WHERE search @@ websearch_to_tsquery(%s::regconfig, %s)",
                        (config, query)).fetchall()
    return {r["url"] for r in rows}


def _own_config_matches(conn: psycopg.Connection, query: str) -> set[str]:
    rows = conn.execute("SELECT url FROM news.articles "
                        "WHERE search @@ websearch_to_tsquery(news.search_config(language), %s)",
                        (query,)).fetchall()
    return {r["url"] for r in rows}


def _check_search(conn: psycopg.Connection) -> None:
    # German: "Haus" finds the article saying "Häuser", through the german configuration.
    assert _matches(conn, "german", "Haus") == {"https://de.example/1", "https://at.example/1"}
    # English: "run" finds "running".
    assert _matches(conn, "english", "run") == {"https://en.example/1"}
    # Unknown languages ("zz", NULL) fall back to simple: exact words only, no stemming.
    assert _matches(conn, "simple", "running") == {"https://xx.example/1"}
    assert _matches(conn, "simple", "Häuser") == {"https://zz.example/1"}
    # Each row queried with its own language's configuration.
    assert _own_config_matches(conn, "Haus") == {"https://de.example/1", "https://at.example/1"}
    assert _own_config_matches(conn, "run") == {"https://en.example/1"}
    # Title weighs A, body B, as before.
    row = conn.execute("SELECT search::text AS s FROM news.articles WHERE url = 'https://en.example/1'").fetchone()
    assert "'marathon':1A" in row["s"] and "'run':4B" in row["s"]


def test_search_uses_the_article_language(conn: psycopg.Connection) -> None:
    """Inserted articles get vectors in their language's configuration; updates recompute them."""
    _insert(conn, ARTICLES)
    _check_search(conn)
    # A corrected language, or body, recomputes the vector; search cannot be set by hand.
    conn.execute("UPDATE news.articles SET language = 'en' WHERE url = 'https://xx.example/1'")
    conn.execute("UPDATE news.articles SET search = to_tsvector('simple', 'junk') "
                 "WHERE url = 'https://de.example/1'")
    conn.commit()
    assert _matches(conn, "english", "run") == {"https://en.example/1", "https://xx.example/1"}
    assert _matches(conn, "german", "Haus") >= {"https://de.example/1"}
    # The GIN index is still there.
    index = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'articles_search_idx'").fetchone()
    assert index is not None and "gin (search)" in index["indexdef"]


def test_search_config_mapping(conn: psycopg.Connection) -> None:
    """Language tags map to the server's configurations, anything else to simple."""
    values = ["de", "DE-at", "pt_BR", "en", "fr", "es", "it", "nl", "nb", "german", "zz", "", None,
              "simple"]
    row = conn.execute("SELECT array_agg(news.search_config(v)::text ORDER BY n) AS c "
                       "FROM unnest(%s::text[]) WITH ORDINALITY AS t(v, n)", (values,)).fetchone()
    assert row["c"] == ["german", "german", "portuguese", "english", "french", "spanish", "italian",
                        "dutch", "norwegian", "german", "simple", "simple", "simple", "simple"]
    volatility = conn.execute("SELECT provolatile FROM pg_proc WHERE proname = 'search_config'").fetchone()
    assert volatility["provolatile"] == "i"


@pytest.fixture
def old_warehouse(pg_state: Path) -> Iterator[psycopg.Connection]:
    """A database migrated up to (not including) 009, as an existing warehouse would be."""
    with warehouse_before(pg_state, "009") as conn:
        yield conn


def test_migration_applies_on_a_warehouse_with_articles(old_warehouse: psycopg.Connection) -> None:
    """Existing articles (simple vectors from the generated column) are backfilled by 009."""
    conn = old_warehouse
    _insert(conn, ARTICLES)
    assert _matches(conn, "german", "Haus") == set()  # before: simple vectors, no stemming
    applied = warehouse.migrate(conn)
    assert applied[0] == "009_search_language"
    _check_search(conn)
    generated = conn.execute("SELECT attgenerated FROM pg_attribute WHERE attrelid = 'news.articles'::regclass "
                             "AND attname = 'search'").fetchone()
    assert generated["attgenerated"] == ""  # a plain column now, kept by the trigger
