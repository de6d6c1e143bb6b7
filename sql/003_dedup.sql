-- Deduplication: the no-chain rule enforced by the database, and one row per story.

-- A near-duplicate points at the root of its story, never at another copy: reject any
-- duplicate_of that would make a chain, on insert as on later updates.
CREATE FUNCTION news.articles_no_chain() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.duplicate_of IS NULL THEN
        RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM news.articles WHERE id = NEW.duplicate_of AND duplicate_of IS NOT NULL) THEN
        RAISE EXCEPTION 'dedup: article % would point at %, which is itself a copy (no chains)',
            NEW.id, NEW.duplicate_of USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM news.articles WHERE duplicate_of = NEW.id) THEN
        RAISE EXCEPTION 'dedup: article % has copies of its own and cannot become a copy', NEW.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_no_chain
    BEFORE INSERT OR UPDATE OF duplicate_of ON news.articles
    FOR EACH ROW EXECUTE FUNCTION news.articles_no_chain();

COMMENT ON COLUMN news.articles.duplicate_of IS
    'Root article of the story this near-duplicate belongs to (never another copy); NULL for a root.';
COMMENT ON TABLE news.lsh_bands IS
    'MinHash LSH band keys of each article (pipeline/dedup.py): a new article finds its candidates by (band, key).';

-- One row per story: its root article, how many articles and sightings it has, which outlets
-- carried it (article sites and the sites of exact copies seen as sightings), first and last seen.
CREATE VIEW news.stories AS
WITH members AS (
    SELECT coalesce(a.duplicate_of, a.id) AS story_id, a.id AS article_id, a.site, a.created_at
    FROM news.articles a
),
sightings AS (
    SELECT m.story_id,
           lower(substring(e.url FROM '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)')) AS site,
           e.first_seen_at, e.last_seen_at, e.times_seen
    FROM members m
    JOIN news.pages p ON p.article_id = m.article_id
    JOIN news.entries e ON e.url = p.url
),
by_article AS (
    SELECT story_id, count(*) AS articles, array_agg(DISTINCT site) AS sites,
           min(created_at) AS first_loaded, max(created_at) AS last_loaded
    FROM members GROUP BY story_id
),
by_sighting AS (
    SELECT story_id, sum(times_seen) AS sightings, array_agg(DISTINCT site) AS sites,
           min(first_seen_at) AS first_seen, max(last_seen_at) AS last_seen
    FROM sightings GROUP BY story_id
)
SELECT r.id AS story_id,
       r.title,
       r.url,
       r.site,
       r.published_at,
       ba.articles,
       ba.articles - 1 AS copies,
       coalesce(bs.sightings, 0) AS sightings,
       ARRAY(SELECT DISTINCT s FROM unnest(ba.sites || coalesce(bs.sites, '{}')) AS s
             WHERE s IS NOT NULL ORDER BY s) AS outlets,
       least(ba.first_loaded, bs.first_seen) AS first_seen,
       greatest(ba.last_loaded, bs.last_seen) AS last_seen
FROM by_article ba
JOIN news.articles r ON r.id = ba.story_id
LEFT JOIN by_sighting bs ON bs.story_id = ba.story_id;

COMMENT ON VIEW news.stories IS
    'One row per story: root article, articles (root + near-duplicates), copies, feed sightings, outlets, first and last seen.';

-- MinHash signature of each article (pipeline/dedup.py: shingle count + values, little-endian
-- uint32): candidates found through news.lsh_bands are filtered by estimated containment before
-- their text is compared.
CREATE TABLE news.lsh_signatures (
    article_id  bigint PRIMARY KEY REFERENCES news.articles(id) ON DELETE CASCADE,
    signature   bytea NOT NULL
);
COMMENT ON TABLE news.lsh_signatures IS
    'MinHash signature of each article (shingle count, then values), used to rank LSH candidates.';
