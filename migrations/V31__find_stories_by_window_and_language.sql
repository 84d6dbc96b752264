-- GET /stories at a million articles (issue 16): two filters walked the whole recency index.
-- A window in the past ("stories of February", sorted by recency) scanned every story published after it
-- (0.6-1.2 s over 431 k stories), and a language that few or no stories have scanned all of them (0.7-1 s):
-- the planner cannot tell from an array's statistics how rare a missing language is.

-- A story's span is [first_published, last_published], which the counters compute together (min and max of the
-- same members); said here, since the range below cannot be built for a story that ended before it began.
ALTER TABLE story ADD CONSTRAINT story_span_ordered CHECK (first_published <= last_published);

-- The stories that span an instant (first <= t <= last): a window's recency page reads those that straddle
-- its end from here and walks story_recency only between its bounds.
CREATE INDEX story_span ON story USING gist (tstzrange(first_published, last_published, '[]')) WHERE merged_into IS NULL;

-- A story's languages, one row each, kept with its other counters by story.StoryCounters, like story_outlet:
-- scalar statistics tell a rare language from a common one, so a rare one is read from here.
CREATE TABLE story_language (
    story_id  bigint NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    language  text   NOT NULL,
    PRIMARY KEY (story_id, language)
);
CREATE INDEX story_language_language ON story_language (language, story_id);
INSERT INTO story_language (story_id, language) SELECT DISTINCT id, unnest(languages) FROM story;
