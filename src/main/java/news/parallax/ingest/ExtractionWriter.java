package news.parallax.ingest;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.text.NameNormalizer;
import news.parallax.text.SearchForm;

/**
 * The "store citations, claims and facets" step of ingest: one statement for all of an article's
 * rows, whatever their number. PostgreSQL unnests one array per column; the claims' ids are taken
 * from their sequence first, so that facets point at their claim without reading anything back, and
 * the article's publication day is read once for all its claims (the search index holds it). A
 * source that is not an outlet is stored as a typed mention on its citation and on the claims
 * reported through it.
 */
@ApplicationScoped
class ExtractionWriter {

    private static final String INSERT = """
            WITH published AS (SELECT (published_at AT TIME ZONE 'UTC')::date AS day FROM article WHERE id = ?2),
            claim_id AS (
                SELECT nextval(pg_get_serial_sequence('claim', 'id')) AS id, position FROM generate_series(1, ?1) AS position),
            citations AS (
                INSERT INTO citation (article_id, outlet_id, source_text, cue, span_start, span_end, confidence, method, mention_kind,
                                      mention_key)
                SELECT ?2, outlet, source_text, cue, span_start, span_end, confidence, 'auto', mention_kind, mention_key
                FROM unnest(CAST(?3 AS bigint[]), CAST(?4 AS text[]), CAST(?5 AS text[]), CAST(?6 AS integer[]),
                            CAST(?7 AS integer[]), CAST(?8 AS real[]), CAST(?25 AS text[]), CAST(?26 AS text[]))
                         AS c (outlet, source_text, cue, span_start, span_end, confidence, mention_kind, mention_key)),
            claims AS (
                INSERT INTO claim (id, article_id, text, text_normalized, span_start, span_end, kind, speaker_id, cited_outlet_id,
                                   language, method, mention_kind, mention_text, mention_key, published_on)
                OVERRIDING SYSTEM VALUE
                SELECT claim_id.id, ?2, c.text, c.normalized, c.span_start, c.span_end, c.kind, c.speaker, c.cited, ?9, 'auto',
                       c.mention_kind, c.mention_text, c.mention_key, published.day
                FROM unnest(CAST(?10 AS text[]), CAST(?11 AS text[]), CAST(?12 AS integer[]), CAST(?13 AS integer[]),
                            CAST(?14 AS text[]), CAST(?15 AS bigint[]), CAST(?16 AS bigint[]), CAST(?27 AS text[]),
                            CAST(?28 AS text[]), CAST(?29 AS text[]))
                         WITH ORDINALITY AS c (text, normalized, span_start, span_end, kind, speaker, cited, mention_kind, mention_text,
                                               mention_key, position)
                JOIN claim_id USING (position) CROSS JOIN published),
            facets AS (
                INSERT INTO facet (article_id, claim_id, type, key, value, unit, raw_text, span_start, span_end)
                SELECT ?2, claim_id.id, f.type, f.key, f.value, f.unit, f.raw_text, f.span_start, f.span_end
                FROM unnest(CAST(?17 AS integer[]), CAST(?18 AS text[]), CAST(?19 AS text[]), CAST(?20 AS text[]),
                            CAST(?21 AS text[]), CAST(?22 AS text[]), CAST(?23 AS integer[]), CAST(?24 AS integer[]))
                         AS f (claim_position, type, key, value, unit, raw_text, span_start, span_end)
                LEFT JOIN claim_id ON claim_id.position = f.claim_position)
            SELECT id FROM claim_id ORDER BY position""";

    @Inject
    EntityManager entityManager;

    /** Writes what extraction found in an article; answers the ids of the claims, in the order of {@code result.claims()}. */
    @SuppressWarnings("unchecked")
    List<Long> write(long articleId, String language, Extractor.Result result, NameResolver.Resolved names) {
        String clean = result.cleanText();
        List<Found.Citation> citations = result.citations();
        List<Found.Claim> claims = result.claims();
        List<Found.Facet> facets = result.facets();
        var insert = entityManager.createNativeQuery(INSERT).setParameter(1, claims.size()).setParameter(2, articleId)
                .setParameter(3, citations.stream().map(c -> names.outlets().get(c.source())).toArray(Long[]::new))
                .setParameter(4, citations.stream().map(Found.Citation::sourceText).toArray(String[]::new))
                .setParameter(5, citations.stream().map(Found.Citation::cue).toArray(String[]::new))
                .setParameter(6, citations.stream().map(c -> offset(clean, c.start())).toArray(Integer[]::new))
                .setParameter(7, citations.stream().map(c -> offset(clean, c.end())).toArray(Integer[]::new))
                .setParameter(8, citations.stream().map(Found.Citation::confidence).toArray(Float[]::new))
                .setParameter(9, language)
                .setParameter(10, claims.stream().map(Found.Claim::text).toArray(String[]::new))
                .setParameter(11, claims.stream().map(c -> SearchForm.of(c.text())).toArray(String[]::new))
                .setParameter(12, claims.stream().map(c -> offset(clean, c.start())).toArray(Integer[]::new))
                .setParameter(13, claims.stream().map(c -> offset(clean, c.end())).toArray(Integer[]::new))
                .setParameter(14, claims.stream().map(Found.Claim::kind).toArray(String[]::new))
                .setParameter(15, claims.stream().map(c -> c.speaker() == null ? null : names.speakers().get(c.speaker()))
                        .toArray(Long[]::new))
                .setParameter(16, claims.stream().map(c -> c.citedSource() == null ? null : names.outlets().get(c.citedSource()))
                        .toArray(Long[]::new))
                .setParameter(17, facets.stream().map(f -> claimPosition(f, claims)).toArray(Integer[]::new))
                .setParameter(18, facets.stream().map(Found.Facet::type).toArray(String[]::new))
                .setParameter(19, facets.stream().map(Found.Facet::key).toArray(String[]::new))
                .setParameter(20, facets.stream().map(Found.Facet::value).toArray(String[]::new))
                .setParameter(21, facets.stream().map(Found.Facet::unit).toArray(String[]::new))
                .setParameter(22, facets.stream().map(Found.Facet::rawText).toArray(String[]::new))
                .setParameter(23, facets.stream().map(f -> offset(clean, f.start())).toArray(Integer[]::new))
                .setParameter(24, facets.stream().map(f -> offset(clean, f.end())).toArray(Integer[]::new));
        List<Mention> cited = citations.stream().map(c -> Mention.of(c.source())).toList();
        List<Mention> reported = claims.stream().map(c -> Mention.of(c.citedSource())).toList();
        insert.setParameter(25, cited.stream().map(Mention::kind).toArray(String[]::new))
                .setParameter(26, cited.stream().map(Mention::key).toArray(String[]::new))
                .setParameter(27, reported.stream().map(Mention::kind).toArray(String[]::new))
                .setParameter(28, reported.stream().map(Mention::text).toArray(String[]::new))
                .setParameter(29, reported.stream().map(Mention::key).toArray(String[]::new));
        return insert.getResultList();
    }

    /** A source kept as a typed mention (all null for an outlet, or for no source): kind, text as written, normalised key. */
    private record Mention(String kind, String text, String key) {
        private static final Mention NONE = new Mention(null, null, null);

        static Mention of(Found.Source source) {
            if (source == null || source.mention() == null) {
                return NONE;
            }
            String key = NameNormalizer.normalize(source.name());
            return key.isEmpty() ? NONE : new Mention(source.mention().name().toLowerCase(Locale.ROOT), source.name(), key);
        }
    }

    /** A UTF-16 index as the code point offset every span counts. */
    private static Integer offset(String clean, int index) {
        return clean.codePointCount(0, index);
    }

    /** The position (from 1) of the first claim that states the facet, or null. */
    private static Integer claimPosition(Found.Facet facet, List<Found.Claim> claims) {
        for (int i = 0; i < claims.size(); i++) {
            if (facet.inside(claims.get(i))) {
                return i + 1;
            }
        }
        return null;
    }
}
