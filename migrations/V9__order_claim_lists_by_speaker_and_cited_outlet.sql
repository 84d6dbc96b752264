-- GET /claims?speaker=, /speakers/{id}/claims and /claims?citedOutlet= list newest first (by id):
-- with the id in the index, any page of a speaker quoted 100,000 times is read in index order
-- instead of sorting all of their claims. The composite indexes also serve the foreign keys.
CREATE INDEX claim_speaker_order ON claim (speaker_id, id);
DROP INDEX claim_speaker;
CREATE INDEX claim_cited_outlet_order ON claim (cited_outlet_id, id);
DROP INDEX claim_cited_outlet;
