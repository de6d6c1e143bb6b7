-- The safety net's undone removals, rule by rule (issue #15: a removal that would cost an
-- article is undone and recorded "so the rule can be fixed"). Each page keeps its own list in
-- news.pages.extracted->'undone' ({rule, chars, layer}); this view adds them up by site, so the
-- rules that cost articles most often, and where, are one query away:
--     SELECT * FROM news.undone_rules ORDER BY pages DESC;
-- `site` is the page URL's host[:port], as in news.site_lines; `chars` all the characters the
-- rule gave back (linked text included); `latest_url` the last page extracted with it undone.

CREATE VIEW news.undone_rules AS
SELECT split_part(split_part(p.url, '://', 2), '/', 1) AS site,
       u.value->>'layer' AS layer,
       u.value->>'rule' AS rule,
       count(DISTINCT p.url) AS pages,
       sum((u.value->>'chars')::bigint) AS chars,
       max(p.extracted_at) AS last_seen,
       (array_agg(p.url ORDER BY p.extracted_at DESC, p.url))[1] AS latest_url
FROM news.pages p
CROSS JOIN LATERAL jsonb_array_elements(p.extracted->'undone') AS u(value)
WHERE p.extracted ? 'undone' AND jsonb_typeof(p.extracted->'undone') = 'array'
GROUP BY 1, 2, 3;

COMMENT ON VIEW news.undone_rules IS
    'Removals the extraction safety net took back, by site and rule: which cleaning rules would have cost articles.';
