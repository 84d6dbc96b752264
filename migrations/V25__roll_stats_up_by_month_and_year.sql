-- Reads at a million articles (issue 13, docs/benchmarks.md): a dashboard total over a year summed
-- a row per day and key (1.1M speaker rows: 10 s). Each rollup now also holds a row per month and
-- per year and key ("span"; "day" is the period's first day), kept current by the same job that
-- rebuilds changed days: it adds the difference between a day's new and old rows to its month and
-- year (news.parallax.stats.StatsRollups). A range reads whole years, then whole months, then days.
-- Each span is a partition, so reading the years never reads past the days. The unique keys treat
-- NULLs as equal (an article without outlet or publication time) so that rows can be upserted.
DROP INDEX stats_coverage_day;
DROP INDEX stats_citation_day;
DROP INDEX stats_speaker_day;
DROP INDEX stats_mention_day;

DO $$
DECLARE
    rollup text;
BEGIN
    FOREACH rollup IN ARRAY ARRAY['stats_coverage', 'stats_citation', 'stats_speaker', 'stats_mention'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN span text NOT NULL DEFAULT ''day''', rollup);
        EXECUTE format('ALTER TABLE %I RENAME TO %I', rollup, rollup || '_unpartitioned');
        EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS) PARTITION BY LIST (span)', rollup, rollup || '_unpartitioned');
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''day'')', rollup || '_days', rollup);
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''month'')', rollup || '_months', rollup);
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''year'')', rollup || '_years', rollup);
        EXECUTE format('INSERT INTO %I SELECT * FROM %I', rollup, rollup || '_unpartitioned');
        EXECUTE format('DROP TABLE %I', rollup || '_unpartitioned');
    END LOOP;
END $$;

-- The most quoted speakers over all outlets: a year holds a row per speaker, not per speaker and outlet.
CREATE TABLE stats_speaker_total (
    span        text   NOT NULL DEFAULT 'day',
    day         date,
    speaker_id  bigint NOT NULL,
    claims      integer NOT NULL
) PARTITION BY LIST (span);
CREATE TABLE stats_speaker_total_days PARTITION OF stats_speaker_total FOR VALUES IN ('day');
CREATE TABLE stats_speaker_total_months PARTITION OF stats_speaker_total FOR VALUES IN ('month');
CREATE TABLE stats_speaker_total_years PARTITION OF stats_speaker_total FOR VALUES IN ('year');
INSERT INTO stats_speaker_total (day, speaker_id, claims)
SELECT day, speaker_id, sum(claims) FROM stats_speaker WHERE outlet_id IS NOT NULL GROUP BY 1, 2;

CREATE UNIQUE INDEX stats_coverage_key ON stats_coverage (span, day, outlet_id, language) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_citation_key ON stats_citation (span, day, outlet_id, cited_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_speaker_key ON stats_speaker (span, day, speaker_id, outlet_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_speaker_total_key ON stats_speaker_total (span, day, speaker_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_mention_key ON stats_mention (span, day, outlet_id, kind, key) NULLS NOT DISTINCT;
-- The outlets of the most quoted speakers are read by speaker.
CREATE INDEX stats_speaker_by_speaker ON stats_speaker (speaker_id, span, day);

INSERT INTO stats_coverage (span, day, outlet_id, language, articles, claims, citations)
SELECT spans.level, date_trunc(spans.level, day)::date, outlet_id, language, sum(articles), sum(claims), sum(citations)
FROM stats_coverage CROSS JOIN (VALUES ('month'), ('year')) spans (level) WHERE span = 'day' GROUP BY 1, 2, 3, 4;
INSERT INTO stats_citation (span, day, outlet_id, cited_id, citations, articles)
SELECT spans.level, date_trunc(spans.level, day)::date, outlet_id, cited_id, sum(citations), sum(articles)
FROM stats_citation CROSS JOIN (VALUES ('month'), ('year')) spans (level) WHERE span = 'day' GROUP BY 1, 2, 3, 4;
INSERT INTO stats_speaker (span, day, speaker_id, outlet_id, claims)
SELECT spans.level, date_trunc(spans.level, day)::date, speaker_id, outlet_id, sum(claims)
FROM stats_speaker CROSS JOIN (VALUES ('month'), ('year')) spans (level) WHERE span = 'day' GROUP BY 1, 2, 3, 4;
INSERT INTO stats_speaker_total (span, day, speaker_id, claims)
SELECT spans.level, date_trunc(spans.level, day)::date, speaker_id, sum(claims)
FROM stats_speaker_total CROSS JOIN (VALUES ('month'), ('year')) spans (level) WHERE span = 'day' GROUP BY 1, 2, 3;
INSERT INTO stats_mention (span, day, outlet_id, kind, key, text, citations, claims)
SELECT spans.level, date_trunc(spans.level, day)::date, outlet_id, kind, key, min(text), sum(citations), sum(claims)
FROM stats_mention CROSS JOIN (VALUES ('month'), ('year')) spans (level) WHERE span = 'day' GROUP BY 1, 2, 3, 4, 5;

-- The planner's estimates for the new partitions, before the first dashboard reads them.
ANALYZE stats_coverage, stats_citation, stats_speaker, stats_speaker_total, stats_mention;
