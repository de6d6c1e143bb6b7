-- Daily digest: the top stories of each outlet per day, written by the news_digest DAG (scheduled on
-- the articles Asset that news_ingest publishes when it loads new articles).

CREATE TABLE news.digest_items (
    day           date NOT NULL,               -- UTC day of the article (published, else loaded)
    site          text NOT NULL,               -- outlet: host[:port] of the article's canonical URL
    rank          smallint NOT NULL CHECK (rank > 0),
    article_id    bigint NOT NULL REFERENCES news.articles(id) ON DELETE CASCADE,
    story_id      bigint NOT NULL REFERENCES news.articles(id) ON DELETE CASCADE,  -- root article
    title         text,
    url           text NOT NULL,
    outlets       integer NOT NULL,            -- outlets that carried the story
    articles      integer NOT NULL,            -- articles in the story (root + near-duplicates)
    published_at  timestamptz,
    generated_at  timestamptz NOT NULL DEFAULT now(),
    generated_by  text,                        -- Airflow run id (or cli)
    PRIMARY KEY (day, site, rank)
);
CREATE INDEX digest_items_article_idx ON news.digest_items (article_id);
COMMENT ON TABLE news.digest_items IS
    'Daily digest: top stories per outlet and day (most outlets first), rewritten whole per day by news_digest.';
