-- The page state machine, checked; claims out of news.pages; fewer and HOT page writes.
-- (pipeline/warehouse/pages.py owns every write to news.pages; its docstring has the diagram.)
--
-- Stop every newsflow process of the previous version before this migration: their claims
-- (the in-flight states fetching, extracting, deduping, loading) are handed back here.

-- 1. Claims live in a table of their own: a claim no longer rewrites the page row (it did, four
--    times a page a run, and always with a new index entry, `state` being indexed).
CREATE TABLE news.claims (
    url         text PRIMARY KEY,               -- news.pages.url (no foreign key: checked per row)
    stage       text NOT NULL,                  -- fetch | extract | load
    claimed_by  text NOT NULL,                  -- host:pid/backend pid of the claimer
    claimed_at  timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE news.claims IS
    'Pages a stage is working on: deleted with the write of its result; taken over when the '
    'claimer''s session has ended or its lease ran out.';

-- 2. Repair the states nothing writes any more: the in-flight states go back to the state their
--    claim took the page from; deduped (the dedup stage''s output: load now checks exact copies
--    once, under its lock) goes back to extracted; skipped was never written by any stage.
UPDATE news.pages SET state = CASE
        WHEN state = 'fetching' AND error_kind IS NULL THEN 'pending'
        WHEN state IN ('fetching', 'skipped') THEN 'failed'
        WHEN state = 'extracting' THEN 'fetched'
        ELSE 'extracted' END,  -- deduping, deduped, loading
    error_kind = CASE WHEN state = 'skipped' THEN coalesce(error_kind, 'skipped') ELSE error_kind END,
    article_id = CASE WHEN state IN ('deduping', 'deduped', 'loading') THEN NULL ELSE article_id END,
    claimed_by = NULL, claimed_at = NULL
WHERE state IN ('fetching', 'extracting', 'deduping', 'deduped', 'loading', 'skipped');
UPDATE news.pages SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by IS NOT NULL;

ALTER TABLE news.pages ADD CONSTRAINT pages_state_check
    CHECK (state IN ('pending', 'fetched', 'failed', 'extracted', 'empty', 'loaded', 'duplicate'));
COMMENT ON COLUMN news.pages.state IS
    'pending -> fetched -> extracted -> loaded | duplicate; failed (fetch; retryable kinds fetched '
    'again), empty (extract). Written only by pipeline/warehouse/pages.py.';
COMMENT ON COLUMN news.pages.claimed_by IS 'Unused since 008 (claims are rows of news.claims).';

-- 3. No index on state: a write that changes only unindexed columns can be HOT (no new index
--    entries, the new row version on the same heap page). The claimable pages are found through
--    partial indexes on columns that fetch and extract leave alone: open pages (pending,
--    fetched, extracted: no article, no error) and failed ones (fetch retries).
DROP INDEX IF EXISTS news.pages_state_idx;
CREATE INDEX pages_open_idx ON news.pages (url) WHERE article_id IS NULL AND error_kind IS NULL;
CREATE INDEX pages_failed_idx ON news.pages (url) WHERE error_kind IS NOT NULL AND article_id IS NULL;

-- 4. Room on each heap page for the row's later versions (the row grows little: its HTML and
--    extraction are TOASTed), so they stay on the page and HOT.
ALTER TABLE news.pages SET (fillfactor = 25);
