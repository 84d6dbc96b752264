-- Claim search at a million articles (issue 13, docs/search.md). Finding the newest matches of a
-- frequent word walked the articles newest first and read each one's claims, scattered over the
-- table (4 s for "قال" on a million articles). Each claim now carries its article's publication
-- day, and the search index holds it beside the words (btree_gin), so one index scan finds the
-- matches of the last few days only; the search widens the window until it has enough.
CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX claim_search;
ALTER TABLE claim ADD COLUMN published_on date;
-- Writing a day on every claim changes no count and no span: the triggers that would queue every
-- day for the stats rollups and check every claim's span again are off for this statement.
ALTER TABLE claim DISABLE TRIGGER claim_stats_update_old, DISABLE TRIGGER claim_stats_update_new, DISABLE TRIGGER claim_spans_updated;
SET work_mem = '256MB'; -- the articles' days fit in memory: the claims are read once
UPDATE claim c SET published_on = (a.published_at AT TIME ZONE 'UTC')::date
FROM article a WHERE a.id = c.article_id AND a.published_at IS NOT NULL;
RESET work_mem;
ALTER TABLE claim ENABLE TRIGGER claim_stats_update_old, ENABLE TRIGGER claim_stats_update_new, ENABLE TRIGGER claim_spans_updated;

SET maintenance_work_mem = '512MB';
CREATE INDEX claim_search ON claim USING gin (published_on, search_vector);
RESET maintenance_work_mem;

-- Every way a claim is written (extraction, POST /claims) gets the day from its article here.
CREATE FUNCTION claim_published_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.published_on := (SELECT (a.published_at AT TIME ZONE 'UTC')::date FROM article a WHERE a.id = NEW.article_id);
    RETURN NEW;
END $$;
CREATE TRIGGER claim_published_on BEFORE INSERT OR UPDATE OF article_id ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_published_on();

-- An article whose publication time changes moves its claims.
CREATE FUNCTION article_claims_published_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim SET published_on = (NEW.published_at AT TIME ZONE 'UTC')::date WHERE article_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER article_claims_published_on AFTER UPDATE OF published_at ON article
    FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at) EXECUTE FUNCTION article_claims_published_on();

-- The planner's estimates for the new column, before the first search.
ANALYZE claim;
