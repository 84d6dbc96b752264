-- A span must lie inside its article's clean text (CHECK cannot look at another table). The check
-- was a row trigger that read and measured the article's whole clean text again for every claim,
-- citation and facet written (ingest writes dozens per article, in one statement): it is now one
-- check per statement over the rows it wrote, measuring each article's text once.
CREATE FUNCTION spans_inside_articles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    outside record;
BEGIN
    WITH length AS MATERIALIZED (
        SELECT id, char_length(clean_text) AS characters FROM article WHERE id IN (SELECT article_id FROM changed))
    SELECT changed.span_start, changed.span_end, changed.article_id INTO outside
    FROM changed JOIN length ON length.id = changed.article_id
    WHERE changed.span_end > length.characters
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'span [%, %) lies outside the text of article %', outside.span_start, outside.span_end, outside.article_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER citation_span_inside_article ON citation;
DROP TRIGGER claim_span_inside_article ON claim;
DROP TRIGGER facet_span_inside_article ON facet;
DROP FUNCTION span_inside_article();

CREATE TRIGGER citation_spans_inserted AFTER INSERT ON citation REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION spans_inside_articles();
CREATE TRIGGER citation_spans_updated AFTER UPDATE ON citation REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION spans_inside_articles();
CREATE TRIGGER claim_spans_inserted AFTER INSERT ON claim REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION spans_inside_articles();
CREATE TRIGGER claim_spans_updated AFTER UPDATE ON claim REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION spans_inside_articles();
CREATE TRIGGER facet_spans_inserted AFTER INSERT ON facet REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION spans_inside_articles();
CREATE TRIGGER facet_spans_updated AFTER UPDATE ON facet REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION spans_inside_articles();
