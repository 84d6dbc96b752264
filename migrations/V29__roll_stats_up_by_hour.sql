-- Reads at a million articles (issue 13, docs/benchmarks.md): a range whose edges are not midnight
-- (a dashboard's "last 24 hours") aggregated its partial days from the corpus at request time, up to
-- a day of claims on each side (the most quoted speakers of a day from noon to noon: p99 1.1 s at a
-- million articles). Each rollup now also holds a row per hour and key (span 'hour', "hour" 0-23 in
-- UTC, null in the other spans), so only the partial hours at the edges come from the corpus. The
-- job that rebuilds a changed day computes its hours and sums them into the day
-- (news.parallax.stats.StatsRollups).
DO $$
DECLARE
    rollup text;
BEGIN
    FOREACH rollup IN ARRAY ARRAY['stats_coverage', 'stats_citation', 'stats_speaker', 'stats_speaker_total', 'stats_mention'] LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN hour smallint CHECK (hour BETWEEN 0 AND 23)', rollup);
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES IN (''hour'')', rollup || '_hours', rollup);
    END LOOP;
END $$;

DROP INDEX stats_coverage_key;
DROP INDEX stats_citation_key;
DROP INDEX stats_speaker_key;
DROP INDEX stats_speaker_total_key;
DROP INDEX stats_mention_key;
CREATE UNIQUE INDEX stats_coverage_key ON stats_coverage (span, day, hour, outlet_id, language) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_citation_key ON stats_citation (span, day, hour, outlet_id, cited_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_speaker_key ON stats_speaker (span, day, hour, speaker_id, outlet_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_speaker_total_key ON stats_speaker_total (span, day, hour, speaker_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_mention_key ON stats_mention (span, day, hour, outlet_id, kind, key) NULLS NOT DISTINCT;

-- The hours of every stored article, from the corpus as the job computes them (in one pass here, so
-- that no range reads a day whose hours are not there yet).
INSERT INTO stats_coverage (span, day, hour, outlet_id, language, articles, claims, citations)
SELECT 'hour', (a.published_at AT TIME ZONE 'UTC')::date, extract(hour FROM a.published_at AT TIME ZONE 'UTC'), a.outlet_id,
       a.language, count(*), coalesce(sum((SELECT count(*) FROM claim c WHERE c.article_id = a.id)), 0),
       coalesce(sum((SELECT count(*) FROM citation ci WHERE ci.article_id = a.id)), 0)
FROM article a GROUP BY 2, 3, 4, 5;
INSERT INTO stats_citation (span, day, hour, outlet_id, cited_id, citations, articles)
SELECT 'hour', (a.published_at AT TIME ZONE 'UTC')::date, extract(hour FROM a.published_at AT TIME ZONE 'UTC'), a.outlet_id,
       ci.outlet_id, count(*), count(DISTINCT a.id)
FROM citation ci JOIN article a ON a.id = ci.article_id GROUP BY 2, 3, 4, 5;
INSERT INTO stats_speaker (span, day, hour, speaker_id, outlet_id, claims)
SELECT 'hour', (a.published_at AT TIME ZONE 'UTC')::date, extract(hour FROM a.published_at AT TIME ZONE 'UTC'), c.speaker_id,
       a.outlet_id, count(*)
FROM claim c JOIN article a ON a.id = c.article_id WHERE c.speaker_id IS NOT NULL GROUP BY 2, 3, 4, 5;
INSERT INTO stats_speaker_total (span, day, hour, speaker_id, claims)
SELECT 'hour', day, hour, speaker_id, sum(claims) FROM stats_speaker WHERE span = 'hour' AND outlet_id IS NOT NULL GROUP BY 2, 3, 4;
INSERT INTO stats_mention (span, day, hour, outlet_id, kind, key, text, citations, claims)
SELECT 'hour', day, hour, outlet_id, kind, key, min(text), sum(citations), sum(claims) FROM (
    SELECT (a.published_at AT TIME ZONE 'UTC')::date AS day, extract(hour FROM a.published_at AT TIME ZONE 'UTC') AS hour,
           a.outlet_id, ci.mention_kind AS kind, ci.mention_key AS key, ci.source_text AS text, 1 AS citations, 0 AS claims
    FROM citation ci JOIN article a ON a.id = ci.article_id WHERE ci.mention_key IS NOT NULL
    UNION ALL
    SELECT (a.published_at AT TIME ZONE 'UTC')::date, extract(hour FROM a.published_at AT TIME ZONE 'UTC'), a.outlet_id,
           c.mention_kind, c.mention_key, c.mention_text, 0, 1
    FROM claim c JOIN article a ON a.id = c.article_id WHERE c.mention_key IS NOT NULL) mentioned
GROUP BY 2, 3, 4, 5, 6;
ANALYZE stats_coverage, stats_citation, stats_speaker, stats_speaker_total, stats_mention;
