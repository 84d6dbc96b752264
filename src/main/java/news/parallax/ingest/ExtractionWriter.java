package news.parallax.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.text.SearchForm;

/**
 * The "store citations, claims and facets" step of ingest: one statement per table whatever the
 * number of rows (arrays unnested by PostgreSQL), plus one that reserves the claims' ids so that
 * facets can point at their claim without reading anything back.
 */
@ApplicationScoped
class ExtractionWriter {

    @Inject
    EntityManager entityManager;

    /** Writes what extraction found in an article; answers the ids of the claims, in the order of {@code result.claims()}. */
    List<Long> write(long articleId, String language, Extractor.Result result, NameResolver.Resolved names) {
        String clean = result.cleanText();
        writeCitations(articleId, clean, result.citations(), names);
        List<Long> claimIds = reserveClaimIds(result.claims().size());
        writeClaims(articleId, language, clean, result.claims(), claimIds, names);
        writeFacets(articleId, clean, result, claimIds);
        return claimIds;
    }

    private void writeCitations(long articleId, String clean, List<Found.Citation> citations, NameResolver.Resolved names) {
        if (citations.isEmpty()) {
            return;
        }
        int n = citations.size();
        Long[] outlet = new Long[n];
        String[] sourceText = new String[n];
        String[] cue = new String[n];
        Integer[] start = new Integer[n];
        Integer[] end = new Integer[n];
        Float[] confidence = new Float[n];
        for (int i = 0; i < n; i++) {
            Found.Citation citation = citations.get(i);
            outlet[i] = names.outlets().get(citation.source());
            sourceText[i] = citation.sourceText();
            cue[i] = citation.cue();
            start[i] = clean.codePointCount(0, citation.start());
            end[i] = clean.codePointCount(0, citation.end());
            confidence[i] = citation.confidence();
        }
        entityManager.createNativeQuery("""
                INSERT INTO citation (article_id, outlet_id, source_text, cue, span_start, span_end, confidence, method)
                SELECT ?1, * , 'auto' FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS text[]), CAST(?4 AS text[]),
                                           CAST(?5 AS integer[]), CAST(?6 AS integer[]), CAST(?7 AS real[]))""")
                .setParameter(1, articleId).setParameter(2, outlet).setParameter(3, sourceText).setParameter(4, cue)
                .setParameter(5, start).setParameter(6, end).setParameter(7, confidence).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Long> reserveClaimIds(int count) {
        if (count == 0) {
            return List.of();
        }
        return entityManager.createNativeQuery("SELECT nextval(pg_get_serial_sequence('claim', 'id')) FROM generate_series(1, ?1)",
                Long.class).setParameter(1, count).getResultList();
    }

    private void writeClaims(long articleId, String language, String clean, List<Found.Claim> claims, List<Long> ids,
            NameResolver.Resolved names) {
        if (claims.isEmpty()) {
            return;
        }
        int n = claims.size();
        String[] text = new String[n];
        String[] normalized = new String[n];
        Integer[] start = new Integer[n];
        Integer[] end = new Integer[n];
        String[] kind = new String[n];
        Long[] speaker = new Long[n];
        Long[] citedOutlet = new Long[n];
        for (int i = 0; i < n; i++) {
            Found.Claim claim = claims.get(i);
            text[i] = claim.text();
            normalized[i] = SearchForm.of(claim.text());
            start[i] = clean.codePointCount(0, claim.start());
            end[i] = clean.codePointCount(0, claim.end());
            kind[i] = claim.kind();
            speaker[i] = claim.speaker() == null ? null : names.speakers().get(claim.speaker());
            citedOutlet[i] = claim.citedSource() == null ? null : names.outlets().get(claim.citedSource());
        }
        entityManager.createNativeQuery("""
                INSERT INTO claim (id, article_id, text, text_normalized, span_start, span_end, kind, speaker_id,
                                   cited_outlet_id, language, method)
                OVERRIDING SYSTEM VALUE
                SELECT c.id, ?1, c.text, c.normalized, c.span_start, c.span_end, c.kind, c.speaker, c.cited, ?2, 'auto'
                FROM unnest(CAST(?3 AS bigint[]), CAST(?4 AS text[]), CAST(?5 AS text[]), CAST(?6 AS integer[]),
                            CAST(?7 AS integer[]), CAST(?8 AS text[]), CAST(?9 AS bigint[]), CAST(?10 AS bigint[]))
                     AS c (id, text, normalized, span_start, span_end, kind, speaker, cited)""")
                .setParameter(1, articleId).setParameter(2, language).setParameter(3, ids.toArray(Long[]::new))
                .setParameter(4, text).setParameter(5, normalized).setParameter(6, start).setParameter(7, end)
                .setParameter(8, kind).setParameter(9, speaker).setParameter(10, citedOutlet).executeUpdate();
    }

    private void writeFacets(long articleId, String clean, Extractor.Result result, List<Long> claimIds) {
        List<Found.Facet> facets = result.facets();
        if (facets.isEmpty()) {
            return;
        }
        int n = facets.size();
        Long[] claim = new Long[n];
        String[] type = new String[n];
        String[] key = new String[n];
        String[] value = new String[n];
        String[] unit = new String[n];
        String[] rawText = new String[n];
        Integer[] start = new Integer[n];
        Integer[] end = new Integer[n];
        for (int i = 0; i < n; i++) {
            Found.Facet facet = facets.get(i);
            claim[i] = claimOf(facet, result.claims(), claimIds);
            type[i] = facet.type();
            key[i] = facet.key();
            value[i] = facet.value();
            unit[i] = facet.unit();
            rawText[i] = facet.rawText();
            start[i] = clean.codePointCount(0, facet.start());
            end[i] = clean.codePointCount(0, facet.end());
        }
        entityManager.createNativeQuery("""
                INSERT INTO facet (article_id, claim_id, type, key, value, unit, raw_text, span_start, span_end)
                SELECT ?1, * FROM unnest(CAST(?2 AS bigint[]), CAST(?3 AS text[]), CAST(?4 AS text[]), CAST(?5 AS text[]),
                                         CAST(?6 AS text[]), CAST(?7 AS text[]), CAST(?8 AS integer[]), CAST(?9 AS integer[]))""")
                .setParameter(1, articleId).setParameter(2, claim).setParameter(3, type).setParameter(4, key)
                .setParameter(5, value).setParameter(6, unit).setParameter(7, rawText).setParameter(8, start)
                .setParameter(9, end).executeUpdate();
    }

    /** The first claim that states the facet, if any. */
    private static Long claimOf(Found.Facet facet, List<Found.Claim> claims, List<Long> claimIds) {
        for (int i = 0; i < claims.size(); i++) {
            if (facet.inside(claims.get(i))) {
                return claimIds.get(i);
            }
        }
        return null;
    }
}
