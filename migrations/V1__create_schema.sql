-- Schema v1: outlets, articles, citations, speakers, claims, facets, events and their links.
-- Names shown to people are kept as written; every *normalized column holds the output of
-- news.parallax.text.NameNormalizer, so look-ups and uniqueness ignore spelling variants.
-- Character spans are [start, end) offsets in Unicode code points into article.clean_text.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE outlet (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    kind        text        NOT NULL CHECK (kind IN ('newspaper', 'news_agency', 'broadcaster', 'online', 'government', 'collective')),
    country     text     CHECK (country ~ '^[A-Z]{2}$'),
    language    text     CHECK (language ~ '^[a-z]{2}$'),
    verified    boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outlet_name_order ON outlet (name, id);

CREATE TABLE outlet_alias (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outlet_id   bigint NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    alias       text   NOT NULL CHECK (length(btrim(alias)) BETWEEN 1 AND 200),
    normalized  text   NOT NULL CHECK (normalized <> ''),
    language    text CHECK (language ~ '^[a-z]{2}$'),
    CONSTRAINT outlet_alias_unique_per_outlet UNIQUE (outlet_id, normalized)
);
CREATE INDEX outlet_alias_normalized ON outlet_alias (normalized);
CREATE INDEX outlet_alias_normalized_trgm ON outlet_alias USING gin (normalized gin_trgm_ops);

-- A domain belongs to at most one outlet; sub-domains resolve to the longest registered parent.
CREATE TABLE outlet_domain (
    domain      text   PRIMARY KEY CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    outlet_id   bigint NOT NULL REFERENCES outlet (id) ON DELETE CASCADE
);
CREATE INDEX outlet_domain_outlet ON outlet_domain (outlet_id);

CREATE TABLE article (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url           text        NOT NULL UNIQUE CHECK (url ~ '^https?://'),
    outlet_id     bigint      REFERENCES outlet (id) ON DELETE RESTRICT,
    title         text,
    author        text,
    language      text     NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    published_at  timestamptz,
    body          text        NOT NULL,
    -- The cleaned text every span refers to; equal to body until extraction has run.
    clean_text    text        NOT NULL,
    content_hash  text    NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX article_published ON article (published_at DESC NULLS LAST, id DESC);
CREATE INDEX article_outlet ON article (outlet_id, published_at DESC);

CREATE TABLE citation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    outlet_id   bigint  REFERENCES outlet (id) ON DELETE RESTRICT,
    source_text text    NOT NULL,
    cue         text,
    span_start  integer NOT NULL,
    span_end    integer NOT NULL,
    confidence  real    NOT NULL DEFAULT 1 CHECK (confidence BETWEEN 0 AND 1),
    method      text    NOT NULL DEFAULT 'auto' CHECK (method IN ('auto', 'manual')),
    CHECK (span_start >= 0 AND span_end > span_start)
);
CREATE INDEX citation_article ON citation (article_id);
CREATE INDEX citation_outlet ON citation (outlet_id);

CREATE TABLE speaker (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    role        text,
    affiliation text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE speaker_alias (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    speaker_id  bigint NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    alias       text   NOT NULL CHECK (length(btrim(alias)) BETWEEN 1 AND 200),
    normalized  text   NOT NULL CHECK (normalized <> ''),
    language    text CHECK (language ~ '^[a-z]{2}$'),
    CONSTRAINT speaker_alias_unique_per_speaker UNIQUE (speaker_id, normalized)
);
CREATE INDEX speaker_alias_normalized ON speaker_alias (normalized);
CREATE INDEX speaker_alias_normalized_trgm ON speaker_alias USING gin (normalized gin_trgm_ops);

CREATE TABLE claim (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id      bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    text            text    NOT NULL CHECK (text <> ''),
    span_start      integer NOT NULL,
    span_end        integer NOT NULL,
    kind            text    NOT NULL CHECK (kind IN ('direct_quote', 'paraphrase', 'assertion')),
    speaker_id      bigint  REFERENCES speaker (id) ON DELETE SET NULL,
    cited_outlet_id bigint  REFERENCES outlet (id) ON DELETE RESTRICT,
    citation_id     bigint  REFERENCES citation (id) ON DELETE SET NULL,
    language        text NOT NULL CHECK (language ~ '^[a-z]{2}$'),
    method          text    NOT NULL DEFAULT 'auto' CHECK (method IN ('auto', 'manual')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (span_start >= 0 AND span_end > span_start)
);
CREATE INDEX claim_article ON claim (article_id);
CREATE INDEX claim_speaker ON claim (speaker_id);
CREATE INDEX claim_cited_outlet ON claim (cited_outlet_id);

-- Facts stated by an article or one of its claims: dates, numbers, places, participants.
CREATE TABLE facet (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    claim_id    bigint  REFERENCES claim (id) ON DELETE CASCADE,
    type        text    NOT NULL CHECK (type IN ('date', 'number', 'place', 'participant')),
    key         text    NOT NULL,
    value       text    NOT NULL,
    unit        text,
    raw_text    text    NOT NULL,
    span_start  integer NOT NULL,
    span_end    integer NOT NULL,
    CHECK (span_start >= 0 AND span_end > span_start)
);
CREATE INDEX facet_article ON facet (article_id);
CREATE INDEX facet_claim ON facet (claim_id);

-- A span must lie inside its article's clean text; CHECK cannot look at another table.
CREATE FUNCTION span_inside_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.span_end > (SELECT char_length(clean_text) FROM article WHERE id = NEW.article_id) THEN
        RAISE EXCEPTION 'span [%, %) lies outside the text of article %', NEW.span_start, NEW.span_end, NEW.article_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER citation_span_inside_article BEFORE INSERT OR UPDATE ON citation
    FOR EACH ROW EXECUTE FUNCTION span_inside_article();
CREATE TRIGGER claim_span_inside_article BEFORE INSERT OR UPDATE ON claim
    FOR EACH ROW EXECUTE FUNCTION span_inside_article();
CREATE TRIGGER facet_span_inside_article BEFORE INSERT OR UPDATE ON facet
    FOR EACH ROW EXECUTE FUNCTION span_inside_article();

CREATE TABLE event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text        NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    description text,
    kind        text        NOT NULL DEFAULT 'other'
                            CHECK (kind IN ('conference', 'meeting', 'visit', 'attack', 'statement', 'election', 'other')),
    start_date  date        NOT NULL,
    end_date    date,
    place       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT event_dates_in_order CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX event_start ON event (start_date, id);

CREATE TABLE event_alias (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    alias       text   NOT NULL CHECK (length(btrim(alias)) BETWEEN 1 AND 300),
    normalized  text   NOT NULL CHECK (normalized <> ''),
    language    text CHECK (language ~ '^[a-z]{2}$'),
    CONSTRAINT event_alias_unique_per_event UNIQUE (event_id, normalized)
);

-- A participant is a known speaker, a known outlet, or only a name.
CREATE TABLE event_participant (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    bigint NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    speaker_id  bigint REFERENCES speaker (id) ON DELETE CASCADE,
    outlet_id   bigint REFERENCES outlet (id) ON DELETE CASCADE,
    name        text   NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    CHECK (num_nonnulls(speaker_id, outlet_id) <= 1)
);
CREATE INDEX event_participant_event ON event_participant (event_id);

-- linked = false records a manual "not about this event" decision that automatic linking must respect.
CREATE TABLE article_event (
    article_id  bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    event_id    bigint  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    method      text    NOT NULL CHECK (method IN ('auto', 'manual')),
    linked      boolean NOT NULL DEFAULT true,
    score       real    CHECK (score BETWEEN 0 AND 1),
    reasons     jsonb   NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (article_id, event_id),
    CHECK (method = 'manual' OR linked)
);
CREATE INDEX article_event_event ON article_event (event_id) WHERE linked;

CREATE TABLE claim_event (
    claim_id    bigint  NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    event_id    bigint  NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    method      text    NOT NULL CHECK (method IN ('auto', 'manual')),
    linked      boolean NOT NULL DEFAULT true,
    score       real    CHECK (score BETWEEN 0 AND 1),
    reasons     jsonb   NOT NULL DEFAULT '[]',
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (claim_id, event_id),
    CHECK (method = 'manual' OR linked)
);
CREATE INDEX claim_event_event ON claim_event (event_id) WHERE linked;

-- Versioned data files (the outlet registry, the demo corpus) loaded once per version.
CREATE TABLE data_load (
    name        text        PRIMARY KEY,
    version     integer     NOT NULL,
    loaded_at   timestamptz NOT NULL DEFAULT now()
);
