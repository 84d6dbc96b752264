-- Ingest creates the outlets and speakers that extraction names (and publishers known only by
-- their site) with INSERT ... ON CONFLICT DO NOTHING on this key, then reads the row back, so
-- concurrent ingests naming one new source create it once without holding a lock. The key is
-- the normalised name ("name:...") or the registrable domain ("host:..."); rows created through
-- the API have none.
ALTER TABLE outlet ADD COLUMN creation_key text UNIQUE;
ALTER TABLE speaker ADD COLUMN creation_key text UNIQUE;

-- Linking an event to the coverage already stored runs as a background job, one row per event;
-- requested_at moves when the event changes again, so a running job knows to run once more.
CREATE TABLE event_linking (
    event_id      bigint      PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    state         text        NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
    examined      integer     NOT NULL DEFAULT 0,
    linked        integer     NOT NULL DEFAULT 0,
    requested_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    started_at    timestamptz,
    finished_at   timestamptz
);
CREATE INDEX event_linking_unfinished ON event_linking (requested_at) WHERE state IN ('pending', 'running');

-- The articles that name a date are candidates for the events on that date.
CREATE INDEX facet_date_value ON facet (value) WHERE type = 'date';
