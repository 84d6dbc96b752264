-- Stories: articles grouped at ingest into the happening they report (issue 16).
-- Counters are kept on the row so that GET /stories sorts and filters by index, whatever the corpus size.
CREATE TABLE story (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- A story merged into another keeps its row so that its id redirects to the one it joined.
    merged_into      bigint      REFERENCES story (id) ON DELETE SET NULL,
    title_ar         text,
    title_en         text,
    title            text,
    languages        text[]      NOT NULL DEFAULT '{}',
    article_count    integer     NOT NULL DEFAULT 0 CHECK (article_count >= 0),
    outlet_count     integer     NOT NULL DEFAULT 0 CHECK (outlet_count >= 0),
    first_published  timestamptz NOT NULL,
    last_published   timestamptz NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_recency ON story (last_published DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX story_size ON story (article_count DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX story_outlets ON story (outlet_count DESC, id DESC) WHERE merged_into IS NULL;

-- One story per article, with the signature discovery compared it by, so that the in-memory
-- index of a day can be rebuilt from here after a restart without analysing the texts again.
CREATE TABLE story_article (
    article_id  bigint  PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id    bigint  NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    day         date    NOT NULL,
    terms       text[]  NOT NULL,
    keys        text[]  NOT NULL,
    score       real    CHECK (score >= 0),
    method      text    NOT NULL DEFAULT 'auto' CHECK (method IN ('auto', 'manual')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX story_article_story ON story_article (story_id);
CREATE INDEX story_article_day ON story_article (day);

-- The outlets that covered a story, counted per outlet: outlet_count and the outlet filter read it.
CREATE TABLE story_outlet (
    story_id   bigint  NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    outlet_id  bigint  NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    articles   integer NOT NULL CHECK (articles >= 0),
    PRIMARY KEY (story_id, outlet_id)
);
CREATE INDEX story_outlet_outlet ON story_outlet (outlet_id, story_id);
