-- Language-aware full-text search: news.articles.search is built with the text-search
-- configuration of the article's language (german stems "Häuser" to "haus", english "running"
-- to "run"), and 'simple' (no stemming, no stop words) when the language is unknown or has no
-- configuration on this server.
--
-- How: a plain column kept by a trigger, not a rebuilt generated column. Rebuilding the generated
-- column (DROP COLUMN, ADD COLUMN ... GENERATED) is one statement that rewrites every row and
-- rebuilds every index of the table under an ACCESS EXCLUSIVE lock, all or nothing. Here
-- DROP EXPRESSION is a catalog change (no rewrite: the stored vectors stay), and the backfill
-- below is a loop of bounded UPDATEs in primary-key order that touches only the rows whose
-- vector changes: rows with an unknown language keep their 'simple' vector, which is already
-- right. newsflow's migrate() runs a file in one transaction, so here the batches share it; the
-- same loop run on its own (outside a transaction block) can COMMIT after each batch.
--
-- Query with the row's own configuration, or the one of the language searched in:
--   WHERE search @@ websearch_to_tsquery(news.search_config(language), 'haus')
--   WHERE language = 'de' AND search @@ websearch_to_tsquery('german', 'haus')

-- news.search_config(language): language tag ('de', 'de-AT', 'pt_BR', 'german') -> regconfig.
-- The CASE is generated from the configurations this server has (pg_ts_config), so the function
-- is a fixed mapping: IMMUTABLE, usable in generated columns and index expressions. Its
-- SQL-standard body binds the configurations at creation (and depends on them).
DO $migration$
DECLARE
    arms text;
BEGIN
    SELECT string_agg(format('WHEN %L THEN %L::regconfig', m.code, m.cfg), ' ' ORDER BY m.code)
      INTO arms
      FROM (
          VALUES ('ar', 'arabic'), ('ca', 'catalan'), ('da', 'danish'), ('de', 'german'),
                 ('el', 'greek'), ('en', 'english'), ('es', 'spanish'), ('eu', 'basque'),
                 ('fi', 'finnish'), ('fr', 'french'), ('ga', 'irish'), ('hi', 'hindi'),
                 ('hu', 'hungarian'), ('hy', 'armenian'), ('id', 'indonesian'), ('it', 'italian'),
                 ('lt', 'lithuanian'), ('nb', 'norwegian'), ('ne', 'nepali'), ('nl', 'dutch'),
                 ('nn', 'norwegian'), ('no', 'norwegian'), ('pt', 'portuguese'),
                 ('ro', 'romanian'), ('ru', 'russian'), ('sr', 'serbian'), ('sv', 'swedish'),
                 ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish')
          UNION ALL  -- a configuration's own name ('german') is accepted too
          SELECT cfgname::text, cfgname::text FROM pg_ts_config
           WHERE cfgnamespace = 'pg_catalog'::regnamespace AND cfgname <> 'simple'
      ) AS m(code, cfg)
      JOIN pg_ts_config c ON c.cfgname = m.cfg AND c.cfgnamespace = 'pg_catalog'::regnamespace;
    EXECUTE format($f$
        CREATE FUNCTION news.search_config(language text) RETURNS regconfig
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE lower(split_part(translate(coalesce(language, ''), '_', '-'), '-', 1))
            %s
            ELSE 'pg_catalog.simple'::regconfig END
    $f$, coalesce(arms, 'WHEN NULL THEN NULL'));
END
$migration$;
COMMENT ON FUNCTION news.search_config(text) IS
    'Text-search configuration for an article language (ISO 639-1 code, tag or configuration '
    'name); simple when the server has none for it.';

-- The vector of one article: title weighted A, body B, in its language's configuration.
CREATE FUNCTION news.article_search(title text, body text, language text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN setweight(to_tsvector(news.search_config(language), coalesce(title, '')), 'A') ||
       setweight(to_tsvector(news.search_config(language), coalesce(body, '')), 'B');

-- The generated column becomes a plain one; its vectors and the GIN index stay (no rewrite).
ALTER TABLE news.articles ALTER COLUMN search DROP EXPRESSION;

-- Backfill in batches of ids: only the rows whose configuration is not 'simple' change.
DO $backfill$
DECLARE
    batch  constant bigint := 5000;
    lo     bigint;
    top    bigint;
BEGIN
    SELECT min(id), max(id) INTO lo, top FROM news.articles;
    WHILE lo <= top LOOP
        UPDATE news.articles a
           SET search = news.article_search(a.title, a.body, a.language)
         WHERE a.id >= lo AND a.id < lo + batch
           AND news.search_config(a.language) <> 'pg_catalog.simple'::regconfig;
        lo := lo + batch;
    END LOOP;
END
$backfill$;

-- From now on every insert, and every update of the title, body or language (or of search
-- itself: it cannot be set by hand), computes the vector.
CREATE FUNCTION news.articles_search_trigger() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := news.article_search(NEW.title, NEW.body, NEW.language);
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_search
    BEFORE INSERT OR UPDATE OF title, body, language, search ON news.articles
    FOR EACH ROW EXECUTE FUNCTION news.articles_search_trigger();

COMMENT ON COLUMN news.articles.search IS
    'Full text (title A, body B) in the configuration of the article''s language '
    '(news.search_config(language), simple when unknown); kept by the articles_search trigger. '
    'GIN-indexed: search @@ websearch_to_tsquery(news.search_config(language), ''...'').';
