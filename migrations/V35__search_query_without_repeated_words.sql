-- The tsquery of a search box's text: its Arabic words, or'ed with its English words only when those differ. Arabic text
-- gives the same query under both configurations ('طاق' & 'شمس'), and GIN evaluated the repeated
-- ('طاق' & 'شمس') | ('طاق' & 'شمس') at about twice the cost of one at a million articles (pgbench, one client: a rare
-- pair's two-day window 14-16 -> 7 ms, a frequent word's 28-31 -> 11-14 ms). Immutable, so a plan made for its
-- value folds it to a constant and estimates the words' matches as before.
CREATE FUNCTION search_tsquery(q text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN arabic = english THEN arabic ELSE arabic || english END
    FROM (SELECT websearch_to_tsquery('arabic', q) AS arabic, websearch_to_tsquery('english', q) AS english) words
$$;
