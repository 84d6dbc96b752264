-- Moves in every transaction that rebuilds stats rollup days (stats.StatsRollups), so an instance
-- that keeps a stats answer in memory knows, with one read, whether the rollups changed since.
CREATE TABLE stats_version (
    id      integer PRIMARY KEY CHECK (id = 1),
    version bigint  NOT NULL
);
INSERT INTO stats_version (id, version) VALUES (1, 0);
