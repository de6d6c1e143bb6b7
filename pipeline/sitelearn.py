"""Per-site learned boilerplate, kept in the warehouse: lines recurring across a site's articles."""

from __future__ import annotations

import time
from typing import Any

import psycopg

from pipeline.boilerplate import line_fingerprint

MIN_SITE_ARTICLES = 5  # a site's first articles are cleaned by the rules alone
MIN_ARTICLES = 3  # a line must recur in at least this many articles …
MIN_SHARE = 0.05  # … and in this share of the site's articles


# The site's most recent line rows that learning reads (about 1,000 articles at 20 lines each):
# bounded work per call however long the site's history (sql/007), and the site's current template.
WINDOW_ROWS = 20_000
# How long an extract stage keeps a site's learned lines before reading them again.
REFRESH_SECONDS = 60.0

LEARNED_SQL = """
WITH recent AS (
    SELECT fingerprint, article_key FROM news.site_lines WHERE site = %(site)s
    ORDER BY seen_at DESC LIMIT %(window)s
)
SELECT fingerprint, count(*) AS n, (SELECT count(DISTINCT article_key) FROM recent) AS articles
FROM recent GROUP BY fingerprint
"""


def learned_lines(conn: psycopg.Connection[Any], site: str, window: int = WINDOW_ROWS) -> frozenset[str]:
    """Fingerprints of lines that are boilerplate on this site (empty until it has history),
    learned from its most recent `window` line rows."""
    rows = conn.execute(LEARNED_SQL, {"site": site, "window": window}).fetchall()
    articles = int(rows[0]["articles"]) if rows else 0
    if articles < MIN_SITE_ARTICLES:
        return frozenset()
    needed = max(MIN_ARTICLES, int(MIN_SHARE * articles))
    return frozenset(r["fingerprint"] for r in rows if r["n"] >= needed)


class LearnedLines:
    """Each site's learned lines for one stage, read again after `refresh` seconds (a stage takes
    batch after batch of the same sites; the set changes slowly)."""

    def __init__(self, refresh: float = REFRESH_SECONDS, window: int = WINDOW_ROWS):
        self.refresh, self.window = refresh, window
        self._sites: dict[str, tuple[float, frozenset[str]]] = {}

    def get(self, conn: psycopg.Connection[Any], site: str) -> frozenset[str]:
        """The site's learned lines, from the warehouse when not read within `refresh` seconds."""
        now = time.monotonic()
        known = self._sites.get(site)
        if known is None or now - known[0] >= self.refresh:
            known = (now, learned_lines(conn, site, self.window))
            self._sites[site] = known
        return known[1]


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
