package news.parallax.extraction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.ExtractRequest;
import news.parallax.api.model.ExtractedCitation;
import news.parallax.api.model.ExtractedClaim;
import news.parallax.api.model.Extraction;
import news.parallax.api.model.Facet;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.SourceRef;
import news.parallax.api.model.Span;
import news.parallax.api.model.SpeakerMention;
import news.parallax.api.model.SpeakerRef;
import news.parallax.article.ArticleEntity;
import news.parallax.article.CitationEntity;
import news.parallax.claim.ClaimEntity;
import news.parallax.claim.FacetEntity;
import news.parallax.outlet.OutletEntity;
import news.parallax.outlet.OutletService;
import news.parallax.problem.ApiProblem;
import news.parallax.speaker.SpeakerService;
import news.parallax.text.LanguageGuess;

/**
 * Runs {@link Extractor} against the registries in the database: previews it ({@code POST
 * /extract}) or stores its results for an article, creating the outlets and speakers it names
 * that the registries do not know yet.
 */
@ApplicationScoped
public class ExtractionService {

    @Inject
    EntityManager entityManager;

    @Inject
    OutletService outlets;

    @Inject
    SpeakerService speakers;

    @Transactional
    public Extraction preview(ExtractRequest request) {
        Extractor.Result result = Extractor.run(request.getText(), day(request.getPublishedAt()), registry());
        String language = request.getLanguage() != null ? request.getLanguage()
                : LanguageGuess.of(request.getText()).orElse("en");
        String clean = result.cleanText();
        Map<Found.Claim, List<Facet>> facetsByClaim = facetsOfClaims(result);
        return new Extraction().cleanText(clean).language(language).author(result.author())
                .citations(new ArrayList<>(result.citations().stream().map(c -> new ExtractedCitation().source(toApi(c.source()))
                        .sourceText(c.sourceText()).cue(c.cue()).span(span(clean, c.start(), c.end())).confidence(c.confidence()))
                        .toList()))
                .claims(new ArrayList<>(result.claims().stream().map(c -> new ExtractedClaim().text(c.text())
                        .kind(ClaimKind.fromValue(c.kind())).span(span(clean, c.start(), c.end())).speaker(toApi(c.speaker()))
                        .citedSource(c.citedSource() == null ? null : toApi(c.citedSource()))
                        .facets(new ArrayList<>(facetsByClaim.get(c)))).toList()))
                .facets(new ArrayList<>(result.facets().stream().map(f -> toApi(clean, f)).toList()));
    }

    /**
     * Replaces the article's automatic citations, claims and facets (and its clean text) with a
     * fresh extraction. Manual claims stay, their spans moved to where their text now is.
     */
    @Transactional
    public void store(ArticleEntity article) {
        Extractor.Result result = Extractor.run(article.body, day(article.publishedAt), registry());
        String clean = result.cleanText();
        List<ClaimEntity> manual = entityManager.createQuery(
                "from ClaimEntity c where c.article = ?1 and c.method = 'manual'", ClaimEntity.class)
                .setParameter(1, article).getResultList();
        for (ClaimEntity claim : manual) {
            int at = clean.indexOf(claim.text);
            if (at < 0) {
                throw ApiProblem.conflict("Manual claim " + claim.id + " no longer matches the article's cleaned text;"
                        + " delete it or add it again before extracting");
            }
        }
        for (String delete : List.of(
                "DELETE FROM facet WHERE article_id = ?1 AND (claim_id IS NULL OR claim_id IN"
                        + " (SELECT id FROM claim WHERE article_id = ?1 AND method = 'auto'))",
                "DELETE FROM claim WHERE article_id = ?1 AND method = 'auto'",
                "DELETE FROM citation WHERE article_id = ?1 AND method = 'auto'")) {
            entityManager.createNativeQuery(delete).setParameter(1, article.id).executeUpdate();
        }
        article.cleanText = clean;
        if (article.author == null && result.author() != null && result.author().length() <= 300) {
            article.author = result.author();
        }
        entityManager.flush(); // the span trigger checks against the new clean text
        for (ClaimEntity claim : manual) {
            int at = clean.indexOf(claim.text);
            claim.spanStart = clean.codePointCount(0, at);
            claim.spanEnd = claim.spanStart + claim.text.codePointCount(0, claim.text.length());
        }
        Map<Found.Source, OutletEntity> sources = new HashMap<>();
        for (Found.Citation found : result.citations()) {
            CitationEntity citation = new CitationEntity();
            citation.article = article;
            citation.outlet = outlet(found.source(), sources);
            citation.sourceText = found.sourceText();
            citation.cue = found.cue();
            citation.spanStart = clean.codePointCount(0, found.start());
            citation.spanEnd = clean.codePointCount(0, found.end());
            citation.confidence = found.confidence();
            citation.method = "auto";
            entityManager.persist(citation);
        }
        Map<Found.Claim, ClaimEntity> claims = new HashMap<>();
        for (Found.Claim found : result.claims()) {
            ClaimEntity claim = new ClaimEntity();
            claim.article = article;
            claim.text = found.text();
            claim.spanStart = clean.codePointCount(0, found.start());
            claim.spanEnd = clean.codePointCount(0, found.end());
            claim.kind = found.kind();
            claim.speaker = found.speaker() == null ? null : speakers.mentioned(found.speaker().name(),
                    found.speaker().asWritten(), found.speaker().role());
            claim.citedOutlet = found.citedSource() == null ? null : outlet(found.citedSource(), sources);
            claim.language = article.language;
            claim.method = "auto";
            entityManager.persist(claim);
            claims.put(found, claim);
        }
        for (Found.Facet found : result.facets()) {
            FacetEntity facet = new FacetEntity();
            facet.article = article;
            facet.claim = result.claims().stream().filter(c -> inside(found, c)).findFirst().map(claims::get).orElse(null);
            facet.type = found.type();
            facet.key = found.key();
            facet.value = found.value();
            facet.unit = found.unit();
            facet.rawText = found.rawText();
            facet.spanStart = clean.codePointCount(0, found.start());
            facet.spanEnd = clean.codePointCount(0, found.end());
            entityManager.persist(facet);
        }
    }

    /** The registries as they are now: every outlet and speaker alias, and the shipped places. */
    Registry registry() {
        return new Registry(aliases("SELECT a.normalized, o.id, o.name, o.kind FROM outlet_alias a JOIN outlet o ON o.id = a.outlet_id"
                + " ORDER BY o.verified DESC, o.id"),
                aliases("SELECT a.normalized, s.id, s.name, 'speaker' FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id"
                        + " ORDER BY s.id"),
                Places.shipped());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Registry.Entry> aliases(String sql) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        return Registry.byAlias(rows.stream().map(row -> Map.entry((String) row[0],
                new Registry.Entry(((Number) row[1]).longValue(), (String) row[2], (String) row[3]))).toList());
    }

    private OutletEntity outlet(Found.Source source, Map<Found.Source, OutletEntity> resolved) {
        if (source.mention() != null) {
            return null; // "مصدر أمني", "الشرطة", "البيان": kept as the citation's text, never added to the outlet registry
        }
        return resolved.computeIfAbsent(source, s -> s.entry() != null ? entityManager.find(OutletEntity.class, s.entry().id())
                : outlets.resolveName(s.name(), s.kind()));
    }

    private static Map<Found.Claim, List<Facet>> facetsOfClaims(Extractor.Result result) {
        Map<Found.Claim, List<Facet>> byClaim = new HashMap<>();
        for (Found.Claim claim : result.claims()) {
            byClaim.put(claim, result.facets().stream().filter(f -> inside(f, claim)).map(f -> toApi(result.cleanText(), f)).toList());
        }
        return byClaim;
    }

    private static boolean inside(Found.Facet facet, Found.Claim claim) {
        return facet.start() >= claim.start() && facet.end() <= claim.end();
    }

    private static SourceRef toApi(Found.Source source) {
        Registry.Entry entry = source.entry();
        return new SourceRef().name(source.name()).kind(source.kind()).resolution(SourceRef.ResolutionEnum.fromValue(
                source.resolution().name().toLowerCase()))
                .outlet(entry == null ? null : new OutletRef().id(entry.id()).name(entry.name()).kind(OutletKind.fromValue(entry.kind())));
    }

    private static SpeakerMention toApi(Found.Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        Registry.Entry entry = speaker.entry();
        return new SpeakerMention().name(speaker.name()).asWritten(speaker.asWritten()).role(speaker.role())
                .speaker(entry == null ? null : new SpeakerRef().id(entry.id()).name(entry.name()));
    }

    private static Facet toApi(String clean, Found.Facet facet) {
        return new Facet().type(Facet.TypeEnum.fromValue(facet.type())).key(facet.key()).value(facet.value()).unit(facet.unit())
                .rawText(facet.rawText()).span(span(clean, facet.start(), facet.end()));
    }

    /** UTF-16 indices into code point offsets, which is what every span in the API counts. */
    private static Span span(String text, int start, int end) {
        return new Span().start(text.codePointCount(0, start)).end(text.codePointCount(0, end));
    }

    private static LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate(); // the day where it was published
    }
}
