-- State that every instance of the service shares, so that any number of them on one database
-- work as one service (docs/deployment.md).

-- Rate limits: one row per client and one-minute window (minutes since the epoch, by the database
-- clock), counted by an UPSERT on every request. UNLOGGED: no WAL for a counter that is rewritten
-- all the time; a crash of the database forgets at most the current minute's counts.
CREATE UNLOGGED TABLE rate_limit_window (
    window_start bigint  NOT NULL,
    client       text    NOT NULL,
    used         integer NOT NULL,
    PRIMARY KEY (window_start, client)
);

-- Event linking jobs are claimed by one instance with a lease (FOR UPDATE SKIP LOCKED); the lease
-- is renewed after every batch, and a job whose lease ran out (its instance died) is claimed by
-- another. attempts counts the claims of the current request.
ALTER TABLE event_linking
    ADD COLUMN claimed_by  text,
    ADD COLUMN lease_until timestamptz,
    ADD COLUMN attempts    integer NOT NULL DEFAULT 0;

-- Moves in the transaction that changes an outlet, a speaker or an alias through the API, so every
-- instance sees the change when it is committed and reloads its in-memory registry.
CREATE TABLE registry_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO registry_version (id, version) VALUES (1, 0);
