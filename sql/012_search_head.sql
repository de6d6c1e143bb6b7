-- A small vector of each article's title and lead, so that search ranks a bounded candidate set.
--
-- pipeline/ui/search.py ranked every match of a query with ts_rank_cd over the whole `search`
-- vector: a two-word query matches thousands of the 100,000 benchmark articles, and each
-- candidate cost a heap visit plus two reads of its out-of-line (TOASTed) vector, one for the
-- exact per-language match and one for the rank. Now it ranks by `search_head`, the title
-- (weight A) and the body's first 300 characters (weight B, cut back to the last whole word) in
-- the same configuration as `search`: a vector small enough to stay in the row, with its own GIN
-- index, so the first tier of results (title or lead matches, ranked) reads only the rows whose
-- head matches; articles that match only further down the body come after them (rank 0, newest
-- first). See docs/warehouse.md, "Search: ranking and cost".
--
-- How: like sql/009, a plain column kept by the trigger (its function is replaced here, and the
-- trigger also watches the new column, so that it cannot be set by hand), a backfill in bounded
-- batches of ids, then the index. migrate() runs this file in one transaction: the backfill
-- writes a new version of every row (about a minute per 100,000 articles on a small machine)
-- and CREATE INDEX blocks writes to news.articles while it builds.

-- The lead: the first 300 characters of the body, cut back to whitespace, so that its words are
-- whole words of the body (a cut word would be a lexeme that the full vector does not have).
CREATE FUNCTION news.article_lead(body text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN length(coalesce(body, '')) <= 300 THEN coalesce(body, '')
            ELSE regexp_replace(left(body, 301), '\S*$', '') END;

-- The head vector of one article: title weighted A, lead B, in its language's configuration.
CREATE FUNCTION news.article_search_head(title text, body text, language text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector(news.search_config(language), coalesce(title, '')), 'A') ||
       setweight(to_tsvector(news.search_config(language), news.article_lead(body)), 'B');

ALTER TABLE news.articles ADD COLUMN search_head tsvector;

CREATE OR REPLACE FUNCTION news.articles_search_trigger() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := news.article_search(NEW.title, NEW.body, NEW.language);
    NEW.search_head := news.article_search_head(NEW.title, NEW.body, NEW.language);
    RETURN NEW;
END
$$;

DROP TRIGGER articles_search ON news.articles;
CREATE TRIGGER articles_search
    BEFORE INSERT OR UPDATE OF title, body, language, search, search_head ON news.articles
    FOR EACH ROW EXECUTE FUNCTION news.articles_search_trigger();

-- Backfill in batches of ids (the trigger is bypassed: search is unchanged, only the head is set).
DO $backfill$
DECLARE
    batch  constant bigint := 5000;
    lo     bigint;
    top    bigint;
BEGIN
    SELECT min(id), max(id) INTO lo, top FROM news.articles;
    ALTER TABLE news.articles DISABLE TRIGGER articles_search;
    WHILE lo <= top LOOP
        UPDATE news.articles a
           SET search_head = news.article_search_head(a.title, a.body, a.language)
         WHERE a.id >= lo AND a.id < lo + batch;
        lo := lo + batch;
    END LOOP;
    ALTER TABLE news.articles ENABLE TRIGGER articles_search;
END
$backfill$;

CREATE INDEX articles_search_head_idx ON news.articles USING gin (search_head);

COMMENT ON COLUMN news.articles.search_head IS
    'Title (A) and the body''s first 300 characters (B), in the configuration of search; kept by '
    'the articles_search trigger. Search ranks by it (ts_rank) and finds its first tier of '
    'results through its GIN index; see pipeline/ui/search.py.';
COMMENT ON INDEX news.articles_search_head_idx IS
    'Title and lead matches: the ranked first tier of search results (pipeline/ui/search.py).';
