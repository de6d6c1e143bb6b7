-- Per-site learned boilerplate from the site's recent articles only.
--
-- pipeline/sitelearn.py counted every line a site ever had (count(DISTINCT article_key) over all
-- of the site's rows), once per site for each batch the extract stage took: 9 ms a call at 1,000
-- articles of a site, 580 ms at 50,000, paid again for every batch. It now reads the site's most
-- recent line rows (a bounded window) through this index: constant work per call, and a
-- template's current boilerplate rather than that of its past designs.

CREATE INDEX site_lines_recent_idx ON news.site_lines (site, seen_at DESC);

-- (site, fingerprint) is the primary key's own prefix: this index duplicated it, and every line
-- row written paid for both.
DROP INDEX IF EXISTS news.site_lines_site_idx;

COMMENT ON TABLE news.site_lines IS
    'Per-site line fingerprints, one row per (site, line, article): lines recurring across a site''s '
    'recent articles (pipeline/sitelearn.py: its most recent rows) are boilerplate.';
