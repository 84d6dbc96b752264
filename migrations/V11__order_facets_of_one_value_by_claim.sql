-- Related claims read the newest claims stating one value of one fact (docs/search.md): with the
-- claim id in the index, that is an index range read backwards, however common the value.
CREATE INDEX facet_key_value_claim ON facet (key, value, claim_id) WHERE claim_id IS NOT NULL;
DROP INDEX facet_key_value;
