-- Re-extraction of the stored corpus (POST /admin/reextraction): one row per job. A job covers the
-- articles up to last_article_id; done_through is the last article of its last finished batch, so a
-- job that an instance left (a restart, a lease that ran out) resumes there on any instance.
CREATE TABLE reextraction (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    state           text        NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'running', 'done', 'failed')),
    last_article_id bigint      NOT NULL,
    total           bigint      NOT NULL,
    done_through    bigint      NOT NULL DEFAULT 0,
    examined        bigint      NOT NULL DEFAULT 0,
    reextracted     bigint      NOT NULL DEFAULT 0,
    skipped         bigint      NOT NULL DEFAULT 0,
    requested_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    started_at      timestamptz,
    finished_at     timestamptz,
    claimed_by      text,
    lease_until     timestamptz
);

-- One job at a time: a second request while one is pending or running finds it instead.
CREATE UNIQUE INDEX reextraction_one_active ON reextraction ((true)) WHERE state IN ('pending', 'running');
