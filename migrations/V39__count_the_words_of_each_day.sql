-- How many articles of each day hold each word of the story signatures (story_article.terms), and how many articles each
-- day has, so that an event's profile weighs its words by their frequency around the event with a read of its words' days
-- (event.EventProfiles). Counting them in story_article for every profile took 1.6 s at a million articles, and linking a
-- batch of articles builds the profiles of every event near them (2,220 near a May day of the million-article corpus):
-- an event created there never finished linking.
-- Kept by a job (story.DayWordCounts) that adds the signatures stored since it last ran, through_article being the highest
-- article id counted; a profile adds the signatures not counted yet itself. As with search_word (V34), counts are weights:
-- a deleted article is not taken off, and one that commits after a higher id was counted is not counted.
CREATE TABLE story_word_day (
    word      text    NOT NULL,
    day       date    NOT NULL,
    articles  integer NOT NULL CHECK (articles > 0),
    PRIMARY KEY (word, day)
);

CREATE TABLE story_day (
    day       date    PRIMARY KEY,
    articles  integer NOT NULL CHECK (articles > 0)
);

CREATE TABLE story_word_counted (
    id              boolean PRIMARY KEY DEFAULT true CHECK (id),
    through_article bigint  NOT NULL
);

-- the signatures stored so far, counted once here (a few minutes at a million articles)
-- (the title copies of stems, "title:" + stem, are not counted: profiles weigh stems)
INSERT INTO story_word_day (word, day, articles)
SELECT t, day, count(*) FROM story_article, unnest(terms) AS t WHERE NOT starts_with(t, 'title:') GROUP BY t, day;
INSERT INTO story_day (day, articles) SELECT day, count(*) FROM story_article GROUP BY day;
INSERT INTO story_word_counted (through_article) SELECT coalesce(max(article_id), 0) FROM story_article;
