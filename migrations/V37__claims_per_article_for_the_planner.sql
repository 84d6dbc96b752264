-- The planner's count of claims per article (issue 13, docs/benchmarks.md, session 36). ANALYZE guesses the distinct
-- article ids of claim from a 30,000-row sample: at a million articles it guessed 45,380, so it expected 52 claims per
-- article where there are about 10, costed each article's claims at 20 times their price, and planned the stats' edge
-- statements (the articles of a partial hour and their claims) in parallel over the whole article_outlet_order index:
-- 33-120 ms where the plan through article_published takes 1-3 ms. A negative n_distinct is a fraction of the rows, so
-- it stays right as the table grows: about ten claims an article.
ALTER TABLE claim ALTER COLUMN article_id SET (n_distinct = -0.1);
-- The setting is read by the next ANALYZE; autovacuum's would come only after a tenth of the table has changed.
ANALYZE claim;
