-- Ingest writes each article's claims in one statement (issue 12); two things cost it per claim row.
--
-- claim.citation_id was never written (a claim's source is cited_outlet_id or its mention), yet its
-- foreign key queued a check for every claim inserted, and deleting a citation (re-extraction,
-- deleting an article) ran an unindexed search of the whole claim table for claims to set to null.
ALTER TABLE claim DROP COLUMN citation_id;

-- The publication day (V26) was looked up from the article by a PL/pgSQL trigger on every claim row.
-- Ingest now writes the day it read from the article once per statement; the trigger fills only
-- claims written without one, and still moves a claim that changes article.
DROP TRIGGER claim_published_on ON claim;
CREATE TRIGGER claim_published_on BEFORE INSERT ON claim
    FOR EACH ROW WHEN (NEW.published_on IS NULL) EXECUTE FUNCTION claim_published_on();
CREATE TRIGGER claim_moved_article BEFORE UPDATE OF article_id ON claim
    FOR EACH ROW EXECUTE FUNCTION claim_published_on();
