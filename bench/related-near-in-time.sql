-- Does looking for a claim's related claims only within 15 days of it lose real ones? (docs/search.md, session 39)
-- On the corpus of bench/corpus.sh, among the REAL articles only (the ANT articles it loaded through the API, not the
-- generated copies, which scatter real sentences over the year by construction): real claims whose rarest word is in
-- 5,000 to 49,999 claims of the corpus (those the service now looks up near in time), each compared with the real claims
-- sharing its rarest words, over all time (as before) and within 15 days (as now). Prints, for each, the claims with an
-- alike claim (trigram similarity 0.25 or more) among the first 30 candidates, the alike in all, those 0.6 or more, and for
-- the look-up over all time how many of its alike are published within 15 days.
-- Run: psql -h 127.0.0.1 -p <port> -U postgres -d parallax -X -q -v sample=20000 -f bench/related-near-in-time.sql
\if :{?sample}
\else
\set sample 20000
\endif
CREATE TEMP TABLE real_claims AS
SELECT max(c.id) AS last FROM claim c JOIN article a ON a.id = c.article_id WHERE a.url NOT LIKE 'https://generated.parallax.test/%';
CREATE TEMP TABLE asked AS
SELECT c.id, c.article_id, c.text_normalized, c.published_on, w.lexemes, w.rarest
FROM (SELECT DISTINCT (hashtext(g::text || 'near') & 2147483647) % (SELECT last FROM real_claims) + 1 AS id
      FROM generate_series(1, :sample) g) s
JOIN claim c ON c.id = s.id
CROSS JOIN LATERAL (SELECT (array_agg(quote_literal(lexeme) ORDER BY claims, length(lexeme) DESC, lexeme))[1:3] AS lexemes,
                           min(claims) AS rarest
                    FROM (SELECT lexeme, coalesce(counted.claims, 0) AS claims FROM unnest(tsvector_to_array(c.search_vector)) lexeme
                          LEFT JOIN search_word counted USING (lexeme)) word WHERE claims <> 1) w
WHERE c.published_on IS NOT NULL AND w.rarest >= 5000 AND w.rarest < 50000;
CREATE TEMP TABLE found (method text, id bigint, alike int, copies int, alike_within_15_days int);
DO $$
DECLARE
    c record; every_word text; rarest_and_another text; near text; last bigint := (SELECT last FROM real_claims);
    alike int; copies int; nearby int;
BEGIN
    FOR c IN SELECT * FROM asked LOOP
        every_word := array_to_string(c.lexemes, ' & ');
        rarest_and_another := CASE WHEN cardinality(c.lexemes) < 3 THEN every_word
                                   ELSE c.lexemes[1] || ' & (' || c.lexemes[2] || ' | ' || c.lexemes[3] || ')' END;
        FOREACH near IN ARRAY ARRAY['', format(' AND c2.published_on BETWEEN %L AND %L', c.published_on - 15, c.published_on + 15)] LOOP
            EXECUTE format($q$
                WITH candidates AS (SELECT * FROM (
                    (SELECT c2.text_normalized AS t, c2.published_on AS d FROM claim c2
                     WHERE c2.search_vector @@ CAST(%1$L AS tsquery) AND c2.article_id <> %3$s AND c2.id <= %5$s%4$s LIMIT 100)
                    UNION ALL
                    (SELECT c2.text_normalized, c2.published_on FROM claim c2
                     WHERE c2.search_vector @@ CAST(%2$L AS tsquery) AND NOT c2.search_vector @@ CAST(%1$L AS tsquery)
                       AND c2.article_id <> %3$s AND c2.id <= %5$s%4$s LIMIT 100)
                    LIMIT 100) x),
                alike AS (SELECT similarity(%6$L, t) AS s, d FROM candidates WHERE similarity(%6$L, t) >= 0.25 LIMIT 30)
                SELECT count(*), count(*) FILTER (WHERE s >= 0.6), count(*) FILTER (WHERE abs(d - %7$L::date) <= 15) FROM alike$q$,
                every_word, rarest_and_another, c.article_id, near, last, c.text_normalized, c.published_on)
            INTO STRICT alike, copies, nearby;
            INSERT INTO found VALUES (CASE WHEN near = '' THEN 'all time' ELSE 'within 15 days' END, c.id, alike, copies, nearby);
        END LOOP;
    END LOOP;
END $$;
SELECT (SELECT count(*) FROM asked) AS real_claims_asked, method, count(*) FILTER (WHERE alike > 0) AS with_alike,
       sum(alike) AS alike_top30, sum(copies) AS similarity_0_6, sum(alike_within_15_days) AS alike_within_15_days
FROM found GROUP BY method ORDER BY method;
