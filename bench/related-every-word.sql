-- Does leaving out the rarest-and-another look-up for a claim whose rarest word is in 10,000 claims or more lose related
-- claims on real news? (docs/search.md, session 40.) On the corpus of bench/corpus.sh, among the REAL articles only (the ANT
-- articles it loaded through the API; the generated ones copy real sentences word for word, so their alike mostly hold all
-- three words by construction): real claims whose rarest word is in :low to 49,999 claims of the corpus, each compared with
-- the real claims sharing its rarest words by both look-ups (before) and by the every-word look-up alone (now). Prints, for
-- each, the claims with an alike (trigram similarity 0.25 or more) among the first 30 found, the alike among the first 30,
-- those of 0.6 or more, and the summed similarity of the 30 most alike.
-- Run: psql -h 127.0.0.1 -p <port> -U postgres -d parallax -X -q -v sample=3000 -v low=10000 -f bench/related-every-word.sql
\if :{?sample}
\else
\set sample 3000
\endif
\if :{?low}
\else
\set low 10000
\endif
CREATE TEMP TABLE real_claims AS
SELECT max(c.id) AS last FROM claim c JOIN article a ON a.id = c.article_id WHERE a.url NOT LIKE 'https://generated.parallax.test/%';
CREATE TEMP TABLE asked AS
SELECT c.id, c.article_id, c.text_normalized, w.lexemes, w.rarest
FROM (SELECT DISTINCT (hashtext(g::text || 'every') & 2147483647) % (SELECT last FROM real_claims) + 1 AS id
      FROM generate_series(1, :sample) g) s
JOIN claim c ON c.id = s.id
CROSS JOIN LATERAL (SELECT (array_agg(quote_literal(lexeme) ORDER BY claims, length(lexeme) DESC, lexeme))[1:3] AS lexemes,
                           min(claims) AS rarest
                    FROM (SELECT lexeme, coalesce(counted.claims, 0) AS claims FROM unnest(tsvector_to_array(c.search_vector)) lexeme
                          LEFT JOIN search_word counted USING (lexeme)) word WHERE claims <> 1) w
WHERE w.rarest >= :low AND w.rarest < 50000;
CREATE TEMP TABLE found (method text, id bigint, alike int, copies int, top30 float8);
DO $$
DECLARE
    c record; every_word text; rarest_and_another text; second_look_up text; last bigint := (SELECT last FROM real_claims);
    sims float8[];
BEGIN
    FOR c IN SELECT * FROM asked LOOP
        every_word := array_to_string(c.lexemes, ' & ');
        rarest_and_another := CASE WHEN cardinality(c.lexemes) < 3 THEN every_word
                                   ELSE c.lexemes[1] || ' & (' || c.lexemes[2] || ' | ' || c.lexemes[3] || ')' END;
        FOREACH second_look_up IN ARRAY ARRAY['true', 'false'] LOOP
            -- the service's statement (ClaimSearchService.related) over the real claims only, the second look-up on or off
            EXECUTE format($q$
                SELECT array_agg(similarity(%5$L, t) ORDER BY similarity(%5$L, t) DESC) FROM (
                    (SELECT c2.text_normalized AS t FROM claim c2
                     WHERE c2.search_vector @@ CAST(%1$L AS tsquery) AND c2.article_id <> %3$s AND c2.id <= %4$s LIMIT 100)
                    UNION ALL
                    (SELECT c2.text_normalized FROM claim c2
                     WHERE %6$s AND c2.search_vector @@ CAST(%2$L AS tsquery) AND NOT c2.search_vector @@ CAST(%1$L AS tsquery)
                       AND c2.article_id <> %3$s AND c2.id <= %4$s LIMIT 100)
                    LIMIT 100) candidates$q$, every_word, rarest_and_another, c.article_id, last, c.text_normalized, second_look_up)
                INTO sims;
            INSERT INTO found SELECT CASE second_look_up WHEN 'true' THEN 'both look-ups (before)' ELSE 'every word only (now)' END, c.id,
                (SELECT count(*) FROM unnest(sims[1:30]) s WHERE s >= 0.25), (SELECT count(*) FROM unnest(sims[1:30]) s WHERE s >= 0.6),
                (SELECT coalesce(sum(s), 0) FROM unnest(sims[1:30]) s WHERE s >= 0.25);
        END LOOP;
    END LOOP;
END $$;
SELECT method, count(*) AS real_claims, count(*) FILTER (WHERE alike > 0) AS with_an_alike, sum(alike) AS alike_in_first_30,
       sum(copies) AS near_copies, round(sum(top30)::numeric, 1) AS similarity_of_first_30
FROM found GROUP BY method ORDER BY method;
