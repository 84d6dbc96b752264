-- How many claims hold each word of the claims' search vectors (a lexeme of claim.search_vector), so that related
-- claims are looked for by a claim's really rarest words. The planner's statistics list only the thousand commonest
-- words (at a million articles each in 41,000 claims or more), so every other word looked equally rare, and a claim's
-- "rarest" words could each be in tens of thousands of claims: intersecting them was most of a request's time.
-- Kept by a job (search.WordCounts) that adds the claims stored since it last ran, through_claim being the highest
-- claim id counted. Counts only rank words: a deleted claim is not taken off, and a claim that commits after one with a
-- higher id was counted is not counted.
CREATE TABLE search_word (
    lexeme text PRIMARY KEY,
    claims integer NOT NULL CHECK (claims > 0)
);

CREATE TABLE search_word_counted (
    id boolean PRIMARY KEY DEFAULT true CHECK (id),
    through_claim bigint NOT NULL
);
INSERT INTO search_word_counted (through_claim) VALUES (0);
