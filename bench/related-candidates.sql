-- Related claims' candidates on a loaded database, by how the claim's three rarest words are chosen (docs/search.md):
--   statistics      rarity from the planner's most_common_elems (before V34), no candidates when the rarest is in 10,000+;
--   counts          rarity from search_word (V34), no candidates when the rarest is in 50,000+ (what the service does);
--   counts-every-10k  counts, and a claim whose rarest word is in 10,000 claims or more looks only for the claims holding all
--                   three of its words, without the rarest-and-another arm: tried in session 40, not kept (on real claims it
--                   lost a third of the alike, bench/related-real-claims.sql; docs/search.md);
--   counts-no-50k   the same, words in 50,000 claims or more left out of the query (tried in session 38, not kept);
--   counts-10k      counts with the old bound of 10,000;
--   counts-no-100k  counts with words in 100,000 claims or more left out of the query;
--   counts-near     counts, and a claim whose rarest word is in 5,000 claims or more looks only at the claims published
--                   within 15 days of it, through the month indexes (V36): tried in session 39, not kept (docs/search.md).
-- For each, over the same sampled claims: how many get candidates, the candidates statement's time in all and its
-- percentiles (server time, psql), and how many alike (trigram similarity 0.25 or more) are among the first 30 found.
-- Run: psql -h 127.0.0.1 -p <port> -U postgres -d parallax -X -q -v sample=400 -f bench/related-candidates.sql
-- (search_word must have caught up: SELECT through_claim FROM search_word_counted against max(claim.id)).
\if :{?sample}
\else
\set sample 400
\endif
CREATE TEMP TABLE sampled AS
SELECT (hashtext(g::text || 'x') & 2147483647) % (SELECT max(id) FROM claim) + 1 AS id FROM generate_series(1, :sample) g;
CREATE TEMP TABLE words AS
SELECT s.id, c.article_id, c.text_normalized, c.published_on, w.lexeme,
       coalesce(common.frequency, 0) * (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'claim'::regclass) AS by_statistics,
       coalesce(counted.claims, 0) AS counted
FROM sampled s JOIN claim c ON c.id = s.id CROSS JOIN LATERAL unnest(tsvector_to_array(c.search_vector)) AS w (lexeme)
LEFT JOIN (SELECT unnest(most_common_elems::text::text[]) AS element, unnest(most_common_elem_freqs) AS frequency
           FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'claim' AND attname = 'search_vector') common
       ON common.element = w.lexeme
LEFT JOIN search_word counted ON counted.lexeme = w.lexeme;
CREATE TEMP TABLE chosen (method text, id bigint, article_id bigint, text_normalized text, published_on date, lexemes text[],
                          rarest float8, bound int, near_from int, every_word_from int);
INSERT INTO chosen SELECT 'statistics', id, article_id, text_normalized, published_on,
       (array_agg(quote_literal(lexeme) ORDER BY by_statistics, length(lexeme) DESC, lexeme))[1:3], min(by_statistics), 10000, NULL, NULL
FROM words GROUP BY 1, 2, 3, 4, 5;
INSERT INTO chosen SELECT m.method, id, article_id, text_normalized, published_on,
       (array_agg(quote_literal(lexeme) ORDER BY counted, length(lexeme) DESC, lexeme))[1:3], min(counted), m.bound, m.near_from,
       m.every_word_from
FROM words CROSS JOIN (VALUES ('counts', 50000, 1e12, NULL, NULL), ('counts-no-50k', 50000, 50000, NULL, NULL),
                              ('counts-10k', 10000, 1e12, NULL, NULL), ('counts-no-100k', 50000, 100000, NULL, NULL),
                              ('counts-near', 50000, 1e12, 5000, NULL), ('counts-every-10k', 50000, 1e12, NULL, 10000))
                      m (method, bound, cap, near_from, every_word_from)
WHERE counted <> 1 AND counted < m.cap GROUP BY 1, 2, 3, 4, 5, m.bound, m.near_from, m.every_word_from;
CREATE TEMP TABLE found (method text, id bigint, ms float8, alike_top30 int);
DO $$
DECLARE
    c record; every_word text; rarest_and_another text; near text; started timestamptz; texts text[];
BEGIN
    -- each claim's methods in an order of its own: the first to read a claim's candidates reads them from disk, the others from memory
    FOR c IN SELECT * FROM chosen WHERE rarest < bound ORDER BY id, md5(method || id) LOOP
        every_word := array_to_string(c.lexemes, ' & ');
        rarest_and_another := CASE WHEN cardinality(c.lexemes) < 3 THEN every_word
                                   ELSE c.lexemes[1] || ' & (' || c.lexemes[2] || ' | ' || c.lexemes[3] || ')' END;
        -- the days within 15 of the claim's, one arm per month naming its month as the month indexes do (ClaimSearchService.ofMonths)
        near := '';
        IF c.rarest >= c.near_from AND c.published_on IS NOT NULL THEN
            SELECT ' AND (' || string_agg(format('(extract(month FROM c2.published_on) = %s AND c2.published_on BETWEEN %L AND %L)',
                                                 extract(month FROM m), greatest(m::date, c.published_on - 15),
                                                 least((m + interval '1 month - 1 day')::date, c.published_on + 15)), ' OR ' ORDER BY m) || ')'
            INTO near FROM generate_series(date_trunc('month', c.published_on - 15), c.published_on + 15, interval '1 month') m;
        END IF;
        started := clock_timestamp();
        -- the service's statement (ClaimSearchService.related), with literals as the service's planned statement has them
        EXECUTE format($q$SELECT array_agg(t) FROM (
            (SELECT c2.text_normalized AS t FROM claim c2
             WHERE c2.search_vector @@ CAST(%1$L AS tsquery) AND c2.article_id <> %3$s%4$s LIMIT 100)
            UNION ALL
            (SELECT c2.text_normalized FROM claim c2
             WHERE %5$s AND c2.search_vector @@ CAST(%2$L AS tsquery) AND NOT c2.search_vector @@ CAST(%1$L AS tsquery)
               AND c2.article_id <> %3$s%4$s LIMIT 100)
            LIMIT 100) candidates$q$, every_word, rarest_and_another, c.article_id, near,
            (c.every_word_from IS NULL OR c.rarest < c.every_word_from)::text) INTO texts;
        INSERT INTO found VALUES (c.method, c.id, 1000 * extract(epoch FROM clock_timestamp() - started),
            (SELECT least(count(*), 30) FROM unnest(texts) t WHERE similarity(c.text_normalized, t) >= 0.25));
    END LOOP;
END $$;
SELECT method, (SELECT count(*) FROM sampled) - count(*) AS with_no_candidates, round(sum(ms)) AS total_ms,
       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS p50_ms,
       round(percentile_cont(0.9) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS p90_ms,
       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1) AS p99_ms, sum(alike_top30) AS alike_top30
FROM found GROUP BY method ORDER BY method;
