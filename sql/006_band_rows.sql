-- LSH band rows without a per-row foreign key.
--
-- Each article has 30 rows in news.lsh_bands, written by the loader in the transaction that
-- inserts the article, under the load lock. The foreign key made PostgreSQL check every one of
-- them against news.articles (30 trigger calls an article, a third of the cost of writing them);
-- the loader cannot write a band row for an article that does not exist, so the check bought
-- nothing. What the key also did, removing the band rows of deleted articles, is kept by
-- statement-level triggers (one call per DELETE or TRUNCATE, whatever the number of rows).

ALTER TABLE news.lsh_bands DROP CONSTRAINT IF EXISTS lsh_bands_article_id_fkey;

CREATE FUNCTION news.articles_deleted_drop_bands() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM news.lsh_bands b USING deleted d WHERE b.article_id = d.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_deleted_drop_bands
    AFTER DELETE ON news.articles
    REFERENCING OLD TABLE AS deleted
    FOR EACH STATEMENT EXECUTE FUNCTION news.articles_deleted_drop_bands();

CREATE FUNCTION news.articles_truncated_drop_bands() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM news.lsh_bands;  -- (not TRUNCATE: the same statement may be truncating it)
    RETURN NULL;
END
$$;

CREATE TRIGGER articles_truncated_drop_bands
    AFTER TRUNCATE ON news.articles
    FOR EACH STATEMENT EXECUTE FUNCTION news.articles_truncated_drop_bands();

COMMENT ON TABLE news.lsh_bands IS
    'MinHash LSH band keys of each article (pipeline/dedup.py): a new article finds its candidates '
    'by (band, key). Rows of deleted articles are removed by triggers on news.articles.';
