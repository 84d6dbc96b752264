-- Schema v4: API keys for writers and administrators, and the stored outcome of idempotent POSTs.

-- A key is shown once, when it is created; only its SHA-256 is stored. Keys are 256 random bits,
-- so a fast hash is enough (a slow password hash protects low-entropy secrets, not these).
CREATE TABLE api_key (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                  text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    role                  text        NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    key_hash              bytea       NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    -- The first characters of the key, so people can tell their keys apart without the secret.
    prefix                text        NOT NULL,
    rate_limit_per_minute integer     CHECK (rate_limit_per_minute BETWEEN 1 AND 1000000),
    created_at            timestamptz NOT NULL DEFAULT now(),
    last_used_at          timestamptz,
    expires_at            timestamptz,
    revoked_at            timestamptz
);
CREATE INDEX api_key_order ON api_key (id);

-- One row per (client, operation, Idempotency-Key). The row is written in the same transaction
-- as the resource it created, so a crash leaves either both or neither.
CREATE TABLE idempotent_request (
    client          text        NOT NULL,
    operation       text        NOT NULL,
    idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    request_hash    bytea       NOT NULL,
    status          integer,
    location        text,
    body            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client, operation, idempotency_key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
