-- Per-site learned boilerplate: which short lines recur across a site's articles.

CREATE TABLE news.site_lines (
    site         text NOT NULL,                 -- host[:port]
    fingerprint  text NOT NULL,                 -- hash of the normalised line
    article_key  text NOT NULL,                 -- the page URL: a line counts once per article
    sample       text NOT NULL,                 -- the line as seen, for people reading the table
    seen_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, fingerprint, article_key)
);
CREATE INDEX site_lines_site_idx ON news.site_lines (site, fingerprint);
COMMENT ON TABLE news.site_lines IS
    'Per-site line fingerprints, one row per (site, line, article): lines recurring across a site''s articles are boilerplate.';

CREATE VIEW news.site_boilerplate AS
SELECT site, fingerprint, min(sample) AS sample, count(*) AS articles
FROM news.site_lines GROUP BY site, fingerprint;
