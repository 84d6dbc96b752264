-- Curation of the speaker and outlet registry (issue 14).

-- A person has checked the speaker. Speakers that extraction (or a client naming an unknown
-- person) created carry a creation_key and start unverified, as does any row written without
-- saying; the re-extraction clean-up deletes only unverified ones.
ALTER TABLE speaker ADD COLUMN verified boolean NOT NULL DEFAULT false;
UPDATE speaker SET verified = true WHERE creation_key IS NULL;

-- A merged entry keeps its row so that its id redirects to the survivor (GET answers 301); its
-- aliases, claims, citations and the rest moved to the survivor. Always points at a live entry
-- (a merge into X also repoints the entries merged into X before), and goes with it.
ALTER TABLE speaker ADD COLUMN merged_into bigint REFERENCES speaker (id) ON DELETE CASCADE,
    ADD CHECK (merged_into <> id);
ALTER TABLE outlet ADD COLUMN merged_into bigint REFERENCES outlet (id) ON DELETE CASCADE,
    ADD CHECK (merged_into <> id);
CREATE INDEX speaker_merged_into ON speaker (merged_into) WHERE merged_into IS NOT NULL;
CREATE INDEX outlet_merged_into ON outlet (merged_into) WHERE merged_into IS NOT NULL;
