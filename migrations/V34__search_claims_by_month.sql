-- Claim search by month (issue 13, docs/search.md). A search reads the matches of the last days
-- first and widens the window until it holds enough. A rare pair ("الطاقة الشمسية", 4,177 matches
-- at a million articles) has too few in a few days and read every match from the heap to keep the
-- newest 200; naming a month's days one by one costs more than reading every match. The index now
-- keys each claim by its month too, so a window of whole months is one key per month: the newest
-- month's 349 matches are read instead of all 4,177.
SET maintenance_work_mem = '512MB';
CREATE INDEX claim_search_by_month ON claim
    USING gin (published_on, (date_trunc('month', published_on::timestamp)::date), search_vector);
DROP INDEX claim_search;
ALTER INDEX claim_search_by_month RENAME TO claim_search;
RESET maintenance_work_mem;
