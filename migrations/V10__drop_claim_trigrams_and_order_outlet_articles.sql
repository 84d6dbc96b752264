-- Related claims take their candidates from the text-search index (the claims sharing rare words,
-- docs/search.md): the trigram index on claim text served nothing else, and every claim written
-- paid for it.
DROP INDEX claim_text_trgm;

-- An outlet's articles newest first, those without a time last (the order of GET /articles):
-- read in index order at any page, instead of sorting all of the outlet's articles.
CREATE INDEX article_outlet_order ON article (outlet_id, published_at DESC NULLS LAST, id DESC);
DROP INDEX article_outlet;

-- /stats/overview counts citations from the coverage rollup (one row per day, outlet and
-- language) rather than from the larger citation rollup; every day is rebuilt once.
ALTER TABLE stats_coverage ADD COLUMN citations integer NOT NULL DEFAULT 0;
INSERT INTO stats_change (day) SELECT DISTINCT (published_at AT TIME ZONE 'UTC')::date FROM article;
