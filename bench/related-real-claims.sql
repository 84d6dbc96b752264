-- Related claims' look-up variants judged on real news (docs/search.md). On the corpus of bench/corpus.sh, among the REAL
-- articles only (the ANT articles it loaded through the API; the generated ones copy real sentences word for word and
-- scatter them over the year, so their alike hold all three rarest words and any date by construction): real claims whose
-- rarest word is in :low to 49,999 claims of the corpus, each compared with the real claims sharing its rarest words by
--   service         both look-ups over all time (ClaimSearchService.related);
--   within-15-days  both, only among claims published within 15 days of it (tried in session 39, not kept);
--   every-word-only the look-up for all three words alone (tried in session 40, not kept).
-- Prints, for each, the claims with an alike (trigram similarity 0.25 or more) among the 30 most alike of the first 100
-- candidates (what the service lists by default), those alike, those of 0.6 or more, their summed similarity, and how many
-- of them are published within 15 days of the claim. (Session 39's figures counted the first 30 alike in the order found.)
-- Run: psql -h 127.0.0.1 -p <port> -U postgres -d parallax -X -q -v sample=3000 -v low=10000 -f bench/related-real-claims.sql
\if :{?sample}
\else
\set sample 3000
\endif
\if :{?low}
\else
\set low 5000
\endif
CREATE TEMP TABLE real_claims AS
SELECT max(c.id) AS last FROM claim c JOIN article a ON a.id = c.article_id WHERE a.url NOT LIKE 'https://generated.parallax.test/%';
CREATE TEMP TABLE asked AS
SELECT c.id, c.article_id, c.text_normalized, c.published_on, w.lexemes, w.rarest
FROM (SELECT DISTINCT (hashtext(g::text || 'real') & 2147483647) % (SELECT last FROM real_claims) + 1 AS id
      FROM generate_series(1, :sample) g) s
JOIN claim c ON c.id = s.id
CROSS JOIN LATERAL (SELECT (array_agg(quote_literal(lexeme) ORDER BY claims, length(lexeme) DESC, lexeme))[1:3] AS lexemes,
                           min(claims) AS rarest
                    FROM (SELECT lexeme, coalesce(counted.claims, 0) AS claims FROM unnest(tsvector_to_array(c.search_vector)) lexeme
                          LEFT JOIN search_word counted USING (lexeme)) word WHERE claims <> 1) w
WHERE c.published_on IS NOT NULL AND w.rarest >= :low AND w.rarest < 50000;
CREATE TEMP TABLE found (method text, id bigint, alike int, copies int, similarity float8, within_15_days int);
DO $$
DECLARE
    c record; v record; every_word text; rarest_and_another text; last bigint := (SELECT last FROM real_claims);
BEGIN
    FOR c IN SELECT * FROM asked LOOP
        every_word := array_to_string(c.lexemes, ' & ');
        rarest_and_another := CASE WHEN cardinality(c.lexemes) < 3 THEN every_word
                                   ELSE c.lexemes[1] || ' & (' || c.lexemes[2] || ' | ' || c.lexemes[3] || ')' END;
        FOR v IN SELECT * FROM (VALUES ('service', '', 'true'),
                                       ('within-15-days', format(' AND c2.published_on BETWEEN %L AND %L', c.published_on - 15, c.published_on + 15), 'true'),
                                       ('every-word-only', '', 'false')) v (method, near, second_look_up) LOOP
            -- the service's statement over the real claims only, narrowed to 15 days or without its second look-up
            EXECUTE format($q$
                WITH candidates AS (SELECT * FROM (
                    (SELECT c2.text_normalized AS t, c2.published_on AS d FROM claim c2
                     WHERE c2.search_vector @@ CAST(%1$L AS tsquery) AND c2.article_id <> %3$s AND c2.id <= %5$s%4$s LIMIT 100)
                    UNION ALL
                    (SELECT c2.text_normalized, c2.published_on FROM claim c2
                     WHERE %8$s AND c2.search_vector @@ CAST(%2$L AS tsquery) AND NOT c2.search_vector @@ CAST(%1$L AS tsquery)
                       AND c2.article_id <> %3$s AND c2.id <= %5$s%4$s LIMIT 100)
                    LIMIT 100) x),
                alike AS (SELECT similarity(%6$L, t) AS s, d FROM candidates WHERE similarity(%6$L, t) >= 0.25 ORDER BY 1 DESC LIMIT 30)
                INSERT INTO found SELECT %9$L, %10$s, count(*), count(*) FILTER (WHERE s >= 0.6), coalesce(sum(s), 0),
                                         count(*) FILTER (WHERE abs(d - %7$L::date) <= 15) FROM alike$q$,
                every_word, rarest_and_another, c.article_id, v.near, last, c.text_normalized, c.published_on, v.second_look_up, v.method, c.id);
        END LOOP;
    END LOOP;
END $$;
SELECT (SELECT count(*) FROM asked) AS real_claims_asked, method, count(*) FILTER (WHERE alike > 0) AS with_an_alike,
       sum(alike) AS alike_in_first_30, sum(copies) AS similarity_0_6, round(sum(similarity)::numeric, 1) AS similarity_summed,
       sum(within_15_days) AS alike_within_15_days
FROM found GROUP BY method ORDER BY method;
