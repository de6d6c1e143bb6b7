-- newsflow foundation schema: feeds, entries (sightings), pages (raw HTML + extraction),
-- articles (the contract), runs and errors. Everything lives in schema news.

CREATE SCHEMA IF NOT EXISTS news;

CREATE TABLE news.feeds (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url                  text NOT NULL UNIQUE,
    name                 text,
    tags                 text[] NOT NULL DEFAULT '{}',
    enabled              boolean NOT NULL DEFAULT true,
    etag                 text,
    last_modified        text,
    last_polled_at       timestamptz,
    last_success_at      timestamptz,
    last_status          integer,
    last_error           text,
    consecutive_failures integer NOT NULL DEFAULT 0,
    title                text,
    created_at           timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE news.feeds IS 'One row per configured feed, with its polling state (conditional GET validators, last status and error).';

CREATE TABLE news.runs (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source         text NOT NULL,               -- cli | airflow | demo
    external_id    text UNIQUE,                 -- Airflow run id, so a retried task finds its run
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    status         text NOT NULL DEFAULT 'running',
    params         jsonb NOT NULL DEFAULT '{}',
    counts         jsonb NOT NULL DEFAULT '{}'
);
COMMENT ON TABLE news.runs IS 'One row per ingest run (CLI or Airflow), with counts per stage.';

CREATE TABLE news.articles (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url               text NOT NULL UNIQUE,     -- canonical URL
    title             text,
    body              text NOT NULL,            -- clean text, paragraphs separated by newlines
    published_at      timestamptz,
    duplicate_of      bigint REFERENCES news.articles(id),
    author            text,
    language          text,
    site              text NOT NULL,            -- host[:port] of the canonical URL
    site_name         text,
    image_url         text,
    modified_at       timestamptz,
    content_hash      text NOT NULL UNIQUE,     -- hash of the normalised body: exact duplicates
    word_count        integer NOT NULL,
    extraction_method text,
    extractor_version text,
    meta_sources      jsonb NOT NULL DEFAULT '{}',
    feed_id           bigint REFERENCES news.feeds(id),
    run_id            bigint REFERENCES news.runs(id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    search            tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('simple', body), 'B')
    ) STORED,
    CHECK (duplicate_of IS NULL OR duplicate_of <> id)
);
CREATE INDEX articles_search_idx ON news.articles USING gin (search);
CREATE INDEX articles_duplicate_of_idx ON news.articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX articles_published_idx ON news.articles (published_at);
CREATE INDEX articles_site_idx ON news.articles (site);
COMMENT ON TABLE news.articles IS 'One row per distinct article; near-duplicates point at the first article of their story.';

-- One row per canonical article URL: the fetch outcome, the raw HTML (compressed) and the
-- extraction result. Pages move through states, and each stage claims the rows it works on.
CREATE TABLE news.pages (
    url             text PRIMARY KEY,           -- canonical URL
    state           text NOT NULL DEFAULT 'pending',
        -- pending -> fetched -> extracted -> deduped -> loaded
        -- or failed / skipped / empty / duplicate
    claimed_by      text,
    claimed_at      timestamptz,
    attempts        integer NOT NULL DEFAULT 0,
    feed_id         bigint REFERENCES news.feeds(id),
    link            text,                       -- the URL as first seen in a feed
    final_url       text,                       -- after redirects
    http_status     integer,
    content_type    text,
    encoding        text,
    html_gz         bytea,                      -- raw HTML, gzip-compressed
    fetched_at      timestamptz,
    extracted       jsonb,                      -- extraction result (title, body, metadata, removals)
    extracted_at    timestamptz,
    content_hash    text,
    signature       bytea,
    band_keys       bigint[],
    article_url     text,                       -- trusted canonical URL of the article
    article_id      bigint REFERENCES news.articles(id),
    error_kind      text,
    error           text,
    run_id          bigint REFERENCES news.runs(id),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pages_state_idx ON news.pages (state);
CREATE INDEX pages_article_idx ON news.pages (article_id);
COMMENT ON TABLE news.pages IS 'One row per canonical article URL: fetch outcome, raw HTML (gzip) and extraction result.';

-- One row per (feed, entry): every sighting of an item in a feed.
CREATE TABLE news.entries (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_id        bigint NOT NULL REFERENCES news.feeds(id),
    entry_key      text NOT NULL,               -- guid, else canonical url
    url            text NOT NULL REFERENCES news.pages(url),  -- canonical URL
    link           text NOT NULL,               -- URL as the feed gave it
    guid           text,
    title          text,
    published_at   timestamptz,
    author         text,
    summary        text,
    content        text,
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    last_seen_at   timestamptz NOT NULL DEFAULT now(),
    times_seen     integer NOT NULL DEFAULT 1,
    run_id         bigint REFERENCES news.runs(id),
    UNIQUE (feed_id, entry_key)
);
CREATE INDEX entries_url_idx ON news.entries (url);
COMMENT ON TABLE news.entries IS 'One row per feed entry (feed, guid): which feed announced which URL, when first and last seen.';

-- Every failure of any stage, with its reason.
CREATE TABLE news.errors (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id      bigint REFERENCES news.runs(id),
    stage       text NOT NULL,                  -- poll | fetch | extract | dedup | load
    feed_id     bigint REFERENCES news.feeds(id),
    url         text,
    kind        text NOT NULL,                  -- machine-readable, e.g. http_404, timeout, not_a_feed
    message     text NOT NULL,                  -- human-readable reason, prefixed with the stage
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX errors_run_idx ON news.errors (run_id);
COMMENT ON TABLE news.errors IS 'Every failure of every stage, with a machine-readable kind and a readable message.';

-- Near-duplicate index: MinHash LSH band keys of each article.
CREATE TABLE news.lsh_bands (
    band        smallint NOT NULL,
    key         bigint NOT NULL,
    article_id  bigint NOT NULL REFERENCES news.articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, article_id)
);
CREATE INDEX lsh_bands_article_idx ON news.lsh_bands (article_id);

-- Sightings: every URL and feed under which an article was seen.
CREATE VIEW news.sightings AS
SELECT p.article_id, e.feed_id, f.url AS feed_url, e.link, e.url, e.first_seen_at, e.last_seen_at, e.times_seen
FROM news.entries e
JOIN news.pages p ON p.url = e.url
JOIN news.feeds f ON f.id = e.feed_id
WHERE p.article_id IS NOT NULL;
