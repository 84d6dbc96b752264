-- Reads at a million articles (issue 13, docs/benchmarks.md): a dashboard total over a year summed
-- a row per day and key (1.1M speaker rows: 10 s). Each rollup now also holds a row per month and
-- per year and key ("span"; "day" is the period's first day), kept current by the same job that
-- rebuilds changed days: it adds the difference between a day's new and old rows to its month and
-- year (news.parallax.stats.StatsRollups). A range reads whole years, then whole months, then days.
-- The unique keys treat NULLs as equal (an article without outlet or publication time) so that the
-- month and year rows can be upserted.

ALTER TABLE stats_coverage ADD COLUMN span text NOT NULL DEFAULT 'day' CHECK (span IN ('day', 'month', 'year'));
ALTER TABLE stats_citation ADD COLUMN span text NOT NULL DEFAULT 'day' CHECK (span IN ('day', 'month', 'year'));
ALTER TABLE stats_speaker ADD COLUMN span text NOT NULL DEFAULT 'day' CHECK (span IN ('day', 'month', 'year'));
ALTER TABLE stats_mention ADD COLUMN span text NOT NULL DEFAULT 'day' CHECK (span IN ('day', 'month', 'year'));

DROP INDEX stats_coverage_day;
DROP INDEX stats_citation_day;
DROP INDEX stats_speaker_day;
DROP INDEX stats_mention_day;

CREATE UNIQUE INDEX stats_coverage_key ON stats_coverage (span, day, outlet_id, language) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_citation_key ON stats_citation (span, day, outlet_id, cited_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_speaker_key ON stats_speaker (span, day, speaker_id, outlet_id) NULLS NOT DISTINCT;
CREATE UNIQUE INDEX stats_mention_key ON stats_mention (span, day, outlet_id, kind, key) NULLS NOT DISTINCT;
-- The most quoted speakers' outlets are read by speaker.
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
INSERT INTO stats_mention (span, day, outlet_id, kind, key, text, citations, claims)
SELECT spans.level, date_trunc(spans.level, day)::date, outlet_id, kind, key, min(text), sum(citations), sum(claims)
FROM stats_mention CROSS JOIN (VALUES ('month'), ('year')) spans (level) WHERE span = 'day' GROUP BY 1, 2, 3, 4, 5;
