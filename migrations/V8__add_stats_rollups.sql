-- Reads at scale (docs/benchmarks.md, docs/architecture.md).

-- Dashboard aggregates (GET /stats/*) read daily rollups instead of scanning the corpus. Every
-- write of an article, claim or citation records the days it touched in stats_change (statement
-- triggers, so no write path can forget); news.parallax.stats.StatsRollups rebuilds those days
-- within a second. stats_change has no key, so concurrent ingests never wait on each other.
-- A NULL day stands for the articles with no publication time.
CREATE TABLE stats_change (day date);

CREATE TABLE stats_coverage (
    day        date,
    outlet_id  bigint,
    language   text   NOT NULL,
    articles   integer NOT NULL,
    claims     integer NOT NULL
);
CREATE INDEX stats_coverage_day ON stats_coverage (day);

CREATE TABLE stats_citation (
    day           date,
    outlet_id     bigint,  -- the publisher
    cited_id      bigint,
    citations     integer NOT NULL,
    articles      integer NOT NULL
);
CREATE INDEX stats_citation_day ON stats_citation (day);

CREATE TABLE stats_speaker (
    day         date,
    speaker_id  bigint NOT NULL,
    outlet_id   bigint,
    claims      integer NOT NULL
);
CREATE INDEX stats_speaker_day ON stats_speaker (day);

CREATE FUNCTION stats_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'article' THEN
        INSERT INTO stats_change (day) SELECT DISTINCT (published_at AT TIME ZONE 'UTC')::date FROM changed;
    ELSE -- a claim or citation: the day of its article (when the article itself is deleted, its own trigger counts)
        INSERT INTO stats_change (day)
        SELECT DISTINCT (a.published_at AT TIME ZONE 'UTC')::date FROM changed c JOIN article a ON a.id = c.article_id;
    END IF;
    RETURN NULL;
END $$;

-- PostgreSQL allows one transition table per event here, so an update is seen twice: before and after.
CREATE TRIGGER article_stats_insert AFTER INSERT ON article REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER article_stats_update_old AFTER UPDATE ON article REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER article_stats_update_new AFTER UPDATE ON article REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER article_stats_delete AFTER DELETE ON article REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER claim_stats_insert AFTER INSERT ON claim REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER claim_stats_update_old AFTER UPDATE ON claim REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER claim_stats_update_new AFTER UPDATE ON claim REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER claim_stats_delete AFTER DELETE ON claim REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER citation_stats_insert AFTER INSERT ON citation REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER citation_stats_update_old AFTER UPDATE ON citation REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER citation_stats_update_new AFTER UPDATE ON citation REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();
CREATE TRIGGER citation_stats_delete AFTER DELETE ON citation REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION stats_days_changed();

-- Every day already stored is rebuilt once after this migration.
INSERT INTO stats_change (day) SELECT DISTINCT (published_at AT TIME ZONE 'UTC')::date FROM article;
