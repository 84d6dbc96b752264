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

-- Every stored day is rebuilt once, hours first, by the job (its day, month and year rows come out unchanged).
INSERT INTO stats_change (day) SELECT DISTINCT day FROM stats_coverage WHERE span = 'day';
