-- Read replicas (docs/deployment.md): a client's reads go to the primary until the replica has
-- replayed its last write. One row per client (the rate limiter's client name), the database
-- clock's time at which the client's last write request had committed; read with the rate-limit
-- UPSERT every request already makes. UNLOGGED like rate_limit_window: a crash forgets it, and
-- the replicas it is compared with are rebuilt after one anyway.
CREATE UNLOGGED TABLE client_write (
    client   text        PRIMARY KEY,
    wrote_at timestamptz NOT NULL
);
