-- A source that is neither a person nor a named outlet ("مصدر أمني"، "الشرطة"، "البيان"، "المتحدث
-- باسم الجيش") is kept as a typed mention on the citation and on the claim it is reported through
-- (kind, text as written, normalised key), never as a speaker or an outlet: whatever enters those
-- registries is matched against every later article (issue 14). The citation's text as written is
-- its source_text.
ALTER TABLE citation
    ADD COLUMN mention_kind text CHECK (mention_kind IN ('anonymous', 'collective', 'institution', 'document')),
    ADD COLUMN mention_key  text CHECK (mention_key <> ''),
    ADD CHECK ((mention_kind IS NULL) = (mention_key IS NULL)),
    ADD CHECK (mention_kind IS NULL OR outlet_id IS NULL);

ALTER TABLE claim
    ADD COLUMN mention_kind text CHECK (mention_kind IN ('anonymous', 'collective', 'institution', 'document')),
    ADD COLUMN mention_text text CHECK (mention_text <> ''),
    ADD COLUMN mention_key  text CHECK (mention_key <> ''),
    ADD CHECK ((mention_kind IS NULL) = (mention_key IS NULL) AND (mention_key IS NULL) = (mention_text IS NULL));

-- GET /claims?mention= lists one mention's claims newest first, in index order (as claim_speaker_order).
CREATE INDEX claim_mention_order ON claim (mention_key, id) WHERE mention_key IS NOT NULL;

-- GET /stats/mentions reads a daily rollup like the other stats (V8): citations and claims of each
-- mention per publisher and day, with one way it was written.
CREATE TABLE stats_mention (
    day        date,
    outlet_id  bigint,
    kind       text    NOT NULL,
    key        text    NOT NULL,
    text       text    NOT NULL,
    citations  integer NOT NULL,
    claims     integer NOT NULL
);
CREATE INDEX stats_mention_day ON stats_mention (day);

-- The re-extraction job ends by deleting the speakers that extraction created and nothing uses any
-- more (news.parallax.ingest.Reextractions); it counts them here.
ALTER TABLE reextraction ADD COLUMN removed_speakers bigint NOT NULL DEFAULT 0;
