-- Claim search: text_normalized is news.parallax.text.SearchForm of the claim's text (normalised, light-stemmed)
-- (set by the application); the search vector stems it with both the Arabic and the English
-- configuration, so either language's words match. Trigrams serve "related claim" look-ups.

ALTER TABLE claim ADD COLUMN text_normalized text NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('arabic', text_normalized) || to_tsvector('english', text_normalized)) STORED;
CREATE INDEX claim_search ON claim USING gin (search_vector);
CREATE INDEX claim_text_trgm ON claim USING gin (text_normalized gin_trgm_ops);
CREATE INDEX facet_key_value ON facet (key, value) WHERE claim_id IS NOT NULL;
CREATE INDEX claim_event_claim ON claim_event (claim_id) WHERE linked;
