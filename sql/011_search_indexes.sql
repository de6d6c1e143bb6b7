-- The article list's order as an index, so that every keyset page is an index range scan.
--
-- /newsflow/articles lists articles newest first, undated ones last, and pages by keyset
-- (pipeline/ui/articles.py). It orders by coalesce(published_at, '-infinity') DESC, id DESC: the
-- same order as published_at DESC NULLS LAST, id DESC, but one comparable key, so that the next
-- page is a single row comparison, (coalesce(published_at, '-infinity'), id) < (key, id), that
-- this index answers by starting where the previous page stopped. With only articles_published_idx
-- (published_at ASC, NULLS LAST) every page sorted the whole table, and page 50 of the former
-- three-branch OR condition read the 2,450 rows before it (benchmarks/search.py measures both).
--
-- Search needs no new index: without a language filter, pipeline/ui/search.py matches the GIN
-- index articles_search_idx with the query in every configuration OR-ed (a constant), and keeps
-- the rows that match in their own language's configuration.
--
-- migrate() runs this in one transaction: CREATE INDEX (not CONCURRENTLY) blocks writes to
-- news.articles while it builds, about a second per 100,000 articles.
CREATE INDEX articles_list_idx
    ON news.articles ((coalesce(published_at, '-infinity'::timestamptz)) DESC, id DESC);
COMMENT ON INDEX news.articles_list_idx IS
    'The article list order (newest first, undated last) for keyset pages; see pipeline/ui/articles.py.';
