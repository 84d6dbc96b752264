-- Normalised copies (news.parallax.text.NameNormalizer) for searching titles and places
-- regardless of Arabic spelling variants and case; trigram indexes serve LIKE '%words%'.

ALTER TABLE article ADD COLUMN title_normalized text NOT NULL DEFAULT '';
CREATE INDEX article_title_trgm ON article USING gin (title_normalized gin_trgm_ops);

ALTER TABLE event ADD COLUMN title_normalized text NOT NULL DEFAULT '';
ALTER TABLE event ADD COLUMN place_normalized text NOT NULL DEFAULT '';
CREATE INDEX event_title_trgm ON event USING gin (title_normalized gin_trgm_ops);
CREATE INDEX event_place_normalized ON event (place_normalized);
CREATE INDEX event_alias_normalized_trgm ON event_alias USING gin (normalized gin_trgm_ops);
CREATE INDEX event_start_order ON event (start_date DESC, id DESC);
DROP INDEX event_start;

CREATE INDEX article_event_article ON article_event (article_id);
CREATE INDEX claim_order ON claim (id DESC);
CREATE INDEX article_language ON article (language);
