-- A story's counters (article and outlet counts, first and last publication, languages, titles, and
-- its story_outlet rows) were updated by every ingest that joined the story, and the story's row
-- stayed locked until that ingest committed: concurrent ingests of one story waited on each other
-- (7 ms a join on average under 8 clients). Ingest now only adds its story_article row; these
-- triggers note the stories whose members changed in story_change (no key, so no ingest waits on
-- another), and story.StoryCounters recounts the noted stories from their members within a second.
-- Deleting an article (which deletes its membership) or changing what the counters read from it now
-- recounts its story too; before, the counters kept it.
CREATE TABLE story_change (story_id bigint NOT NULL);

CREATE FUNCTION story_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO story_change (story_id) SELECT DISTINCT story_id FROM new_rows;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO story_change (story_id) SELECT DISTINCT story_id FROM old_rows;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER story_article_inserted AFTER INSERT ON story_article REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_members_changed();
CREATE TRIGGER story_article_updated AFTER UPDATE ON story_article REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_members_changed();
CREATE TRIGGER story_article_deleted AFTER DELETE ON story_article REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_members_changed();

-- What the counters read from an article: its outlet, time, language and title.
CREATE FUNCTION story_articles_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO story_change (story_id)
    SELECT DISTINCT sa.story_id
    FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id JOIN story_article sa ON sa.article_id = new_rows.id
    WHERE (new_rows.outlet_id, new_rows.published_at, new_rows.language, new_rows.title)
          IS DISTINCT FROM (old_rows.outlet_id, old_rows.published_at, old_rows.language, old_rows.title);
    RETURN NULL;
END $$;

CREATE TRIGGER article_story_fields_updated AFTER UPDATE ON article REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_articles_changed();
