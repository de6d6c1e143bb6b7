"""Per-site learned boilerplate, kept in the warehouse: lines recurring across a site's articles."""

from __future__ import annotations

from typing import Any

import psycopg

from pipeline.boilerplate import line_fingerprint

MIN_SITE_ARTICLES = 5  # a site's first articles are cleaned by the rules alone
MIN_ARTICLES = 3  # a line must recur in at least this many articles …
MIN_SHARE = 0.05  # … and in this share of the site's articles


def learned_lines(conn: psycopg.Connection[Any], site: str) -> frozenset[str]:
    """Fingerprints of lines that are boilerplate on this site (empty until it has history)."""
    row = conn.execute("SELECT count(DISTINCT article_key) AS n FROM news.site_lines WHERE site = %s",
                       (site,)).fetchone()
    articles = int(row["n"]) if row else 0
    if articles < MIN_SITE_ARTICLES:
        return frozenset()
    needed = max(MIN_ARTICLES, int(MIN_SHARE * articles))
    rows = conn.execute(
        "SELECT fingerprint FROM news.site_lines WHERE site = %s GROUP BY fingerprint "
        "HAVING count(*) >= %s", (site, needed)).fetchall()
    return frozenset(r["fingerprint"] for r in rows)


def record_lines(conn: psycopg.Connection[Any], site: str, article_key: str, body_lines: list[str]) -> None:
    """Count each line once for this article (idempotent per site, line and article)."""
    seen: dict[str, str] = {}
    for line in body_lines:
        seen.setdefault(line_fingerprint(line), line[:200])
    if not seen:
        return
    conn.execute(  # one statement per article, whatever its number of lines
        "INSERT INTO news.site_lines (site, fingerprint, article_key, sample) "
        "SELECT %s, f, %s, s FROM unnest(%s::text[], %s::text[]) AS u(f, s) ON CONFLICT DO NOTHING",
        (site, article_key, list(seen), list(seen.values())))
