-- Cheaper page and article writes for the server (issue #16: CPU per ingested article).
-- (pipeline/warehouse/pages.py writes news.pages; docs/architecture.md#page-states explains.)
--
-- Measured on a warehouse of 2,000 synthetic articles (14 KiB pages, 924 words), per row:
-- compressing an extraction's JSON (11 KiB as text) with pglz cost 0.41 ms and halved it;
-- the tsvector of `search` (7 KiB) cost 0.075 ms to try and never got smaller; the gzip'd HTML
-- (5 KiB) cannot get smaller either. This server build has no lz4.

-- 1. No compression attempt on values that do not compress or that are cheaper to keep whole:
--    EXTERNAL keeps TOASTing them out of line, uncompressed. Only values written from now on.
--    html_gz is gzip already; search does not compress (same size before and after pglz).
--    extracted is stored twice as large (about 11 KiB instead of 6 a page) for 0.4 ms of server
--    CPU a page: the raw HTML it comes with is about 5 KiB, and is purged after the retention.
ALTER TABLE news.pages ALTER COLUMN html_gz SET STORAGE EXTERNAL;
ALTER TABLE news.pages ALTER COLUMN extracted SET STORAGE EXTERNAL;
ALTER TABLE news.articles ALTER COLUMN search SET STORAGE EXTERNAL;

-- 2. The extraction is stored without its `extra` (the candidate lines site learning reads from
--    the workers' result in memory, not from here): load used to drop it, rewriting every page's
--    JSON once more. Pages an earlier version extracted and did not load yet lose it here.
UPDATE news.pages SET extracted = extracted - 'extra'
WHERE state = 'extracted' AND extracted ? 'extra';

-- 3. Unused since 008 (claims are rows of news.claims); 008 emptied them.
ALTER TABLE news.pages DROP COLUMN IF EXISTS claimed_by, DROP COLUMN IF EXISTS claimed_at;
