-- GET /stories sorted by size (issue 16): a page of the largest stories counted its events per request, story by
-- story over every member's article_event rows (up to 928 members a story at a million articles, 24 ms a page,
-- p99 110-378 ms). A story's events are now counted with its other counters by story.StoryCounters, like
-- story_outlet, and a page reads at most a few rows per story.
-- No foreign key to event: deleting an event deletes its links, whose trigger below notes the stories, and the recount
-- drops the rows within a second (reads join event, so they never show a deleted one). With a key, an event deleted
-- while the recount rewrote its stories' rows would deadlock with it (each waiting for rows the other holds).
CREATE TABLE story_event (
    story_id  bigint  NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    event_id  bigint  NOT NULL,
    articles  integer NOT NULL CHECK (articles > 0),
    PRIMARY KEY (story_id, event_id)
);

-- A link made, undone or removed notes the stories of its articles, which the recount then counts again (a change of
-- membership is noted by V20's triggers).
CREATE FUNCTION story_events_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO story_change (story_id)
        SELECT DISTINCT sa.story_id FROM new_rows JOIN story_article sa ON sa.article_id = new_rows.article_id;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO story_change (story_id)
        SELECT DISTINCT sa.story_id FROM old_rows JOIN story_article sa ON sa.article_id = old_rows.article_id;
    ELSE -- a new score or new reasons change no count; a link undone or redone does
        INSERT INTO story_change (story_id)
        SELECT DISTINCT sa.story_id FROM new_rows
        JOIN old_rows ON (old_rows.article_id, old_rows.event_id) = (new_rows.article_id, new_rows.event_id)
        JOIN story_article sa ON sa.article_id = new_rows.article_id
        WHERE old_rows.linked IS DISTINCT FROM new_rows.linked;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER article_event_inserted AFTER INSERT ON article_event REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_events_changed();
CREATE TRIGGER article_event_updated AFTER UPDATE ON article_event REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_events_changed();
CREATE TRIGGER article_event_deleted AFTER DELETE ON article_event REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION story_events_changed();

INSERT INTO story_event (story_id, event_id, articles)
SELECT sa.story_id, ae.event_id, count(*) FROM story_article sa JOIN article_event ae ON ae.article_id = sa.article_id AND ae.linked
GROUP BY sa.story_id, ae.event_id;
