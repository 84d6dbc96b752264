-- Reads at a million articles (issue 13, docs/benchmarks.md): the most cited typed mentions of a
-- year summed every mention's rows by outlet (1.4 s at a million articles). As for speakers (V25),
-- a rollup over all outlets holds one row per mention and period, and the outlets are looked up
-- for the top mentions only, by key. Kept by news.parallax.stats.StatsRollups like the others.
CREATE TABLE stats_mention_total (
    span       text     NOT NULL DEFAULT 'day',
    day        date,
    hour       smallint CHECK (hour BETWEEN 0 AND 23),
    kind       text     NOT NULL,
    key        text     NOT NULL,
    text       text     NOT NULL,
    citations  integer  NOT NULL,
    claims     integer  NOT NULL
) PARTITION BY LIST (span);
CREATE TABLE stats_mention_total_hours PARTITION OF stats_mention_total FOR VALUES IN ('hour');
CREATE TABLE stats_mention_total_days PARTITION OF stats_mention_total FOR VALUES IN ('day');
CREATE TABLE stats_mention_total_months PARTITION OF stats_mention_total FOR VALUES IN ('month');
CREATE TABLE stats_mention_total_years PARTITION OF stats_mention_total FOR VALUES IN ('year');
CREATE UNIQUE INDEX stats_mention_total_key ON stats_mention_total (span, day, hour, kind, key) NULLS NOT DISTINCT;
-- The outlets of the most cited mentions are read by mention.
CREATE INDEX stats_mention_by_key ON stats_mention (key, kind, span, day);

INSERT INTO stats_mention_total (span, day, hour, kind, key, text, citations, claims)
SELECT span, day, hour, kind, key, min(text), sum(citations), sum(claims) FROM stats_mention WHERE outlet_id IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
ANALYZE stats_mention_total;
