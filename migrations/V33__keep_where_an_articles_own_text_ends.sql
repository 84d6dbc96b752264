-- Where an article's own text ends in clean_text (code points, as spans count): before a closing trailer of the
-- publisher's other articles' leads (CNN Arabic's pages since August 2018). Attribution reads the whole clean text;
-- what says what the article is about (event linking's text and dates, an event's profile from its articles, the
-- comparison's facts) reads only clean_text up to here.
-- No backfill in SQL: the trailer rule is the extractor's (word lists in Java resources). A row stored before this
-- migration keeps NULL, read as "the whole clean text" (what every reader read until now); re-extraction
-- (POST /admin/reextraction, or POST /articles/{id}/extraction one by one) sets it.
ALTER TABLE article ADD COLUMN own_text_end integer;
ALTER TABLE article ADD CONSTRAINT article_own_text_end_within
    CHECK (own_text_end IS NULL OR own_text_end BETWEEN 0 AND char_length(clean_text));
