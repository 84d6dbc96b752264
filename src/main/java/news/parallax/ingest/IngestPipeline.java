package news.parallax.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Article;
import news.parallax.api.model.ArticleCreate;
import news.parallax.article.ArticleEntity;
import news.parallax.article.ArticleRepository;
import news.parallax.article.ArticleService;
import news.parallax.claim.ClaimEntity;
import news.parallax.event.LinkingService;
import news.parallax.event.LinkingService.LinkableArticle;
import news.parallax.event.LinkingService.LinkableClaim;
import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.extraction.RegistryCache;
import news.parallax.outlet.OutletEntity;
import news.parallax.problem.ApiProblem;
import news.parallax.story.StoryAssigner;
import news.parallax.text.LanguageGuess;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Sha256;

/**
 * The one ingest pipeline, used by {@code POST /articles}, {@code POST /articles/batch},
 * {@code PUT /articles/{id}}, re-extraction and the demo corpus:
 * validate, extract (in memory, against the {@link RegistryCache} snapshot), resolve names to
 * outlets and speakers ({@link NameResolver}, a short transaction of its own), store the article
 * and what was found in it ({@link ExtractionWriter}), link it to events from the extraction
 * result in memory, assign it to a story ({@link StoryAssigner}), commit.
 */
@ApplicationScoped
public class IngestPipeline {

    /** Bodies up to 1 MiB of UTF-8. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /**
     * An ingested article's id, the article as stored (null when the caller did not ask for it),
     * and whether this request stored it (false: it was already there).
     */
    public record Ingested(long id, Article article, boolean created) {
    }

    /** A request that passed validation: what will be stored, before extraction. */
    private record Submitted(URI url, String title, String author, String language, OffsetDateTime publishedAt, String body,
            String contentHash, String outlet) {
    }

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleService articleService;

    @Inject
    RegistryCache registry;

    @Inject
    NameResolver names;

    @Inject
    ExtractionWriter writer;

    @Inject
    LinkingService linking;

    @Inject
    StoryAssigner stories;

    @Inject
    EntityManager entityManager;

    /**
     * A new URL is stored with all that extraction finds; the same URL and body answers the stored
     * article; another body is a 409. {@code readBack}: answer the article as stored (a batch that
     * asked for ids only skips reading it back).
     */
    @Transactional
    public Ingested ingest(ArticleCreate request, boolean readBack) {
        Submitted submitted = validate(request);
        Extractor.Result result = extract(submitted.body(), submitted.publishedAt());
        NameResolver.Resolved resolved = names.resolve(new NameResolver.Publisher(submitted.outlet(), submitted.url().getHost()),
                result);
        ArticleEntity article = entity(submitted, result, resolved.publisherId());
        Optional<Long> id = articles.insertIfNew(article);
        if (id.isEmpty()) { // stored before (a repeated post is cheap enough not to look it up first)
            return existing(articles.findByUrl(article.url).orElseThrow(), submitted, readBack);
        }
        List<Long> claimIds = writer.write(id.get(), article.language, result, resolved);
        linking.linkArticle(linkable(id.get(), article, result, resolved, claimIds), true);
        stories.assign(new StoryAssigner.Assignable(id.get(), article.publishedAt, article.title, result.ownText(), result.ownFacets(),
                result.people()));
        return new Ingested(id.get(), readBack ? articleService.get(id.get()) : null, true);
    }

    /** Replaces every field; a new body drops the claims, citations and facets that pointed into the old one. */
    @Transactional
    public Article replace(long id, ArticleCreate request) {
        ArticleEntity article = articleService.find(id);
        Submitted submitted = validate(request);
        articles.findByUrl(submitted.url().toString()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ApiProblem.conflict("Article " + other.id + " already has the URL " + other.url);
        });
        boolean newBody = !article.contentHash.equals(submitted.contentHash());
        Extractor.Result result = newBody ? extract(submitted.body(), submitted.publishedAt()) : null;
        NameResolver.Resolved resolved = names.resolve(new NameResolver.Publisher(submitted.outlet(), submitted.url().getHost()),
                result);
        ArticleEntity replacement = entity(submitted, result, resolved.publisherId());
        article.url = replacement.url;
        article.title = replacement.title;
        article.titleNormalized = replacement.titleNormalized;
        article.author = replacement.author;
        article.language = replacement.language;
        article.publishedAt = replacement.publishedAt;
        article.outlet = replacement.outlet;
        article.updatedAt = OffsetDateTime.now();
        if (newBody) {
            article.body = replacement.body;
            article.contentHash = replacement.contentHash;
            articles.deleteDerived(id);
            store(article, result, resolved, List.of());
        }
        entityManager.flush();
        entityManager.clear(); // the response is read afresh: citations were rewritten in SQL
        return articleService.get(id);
    }

    /**
     * Runs extraction again, for when rules or registries have improved; manual claims stay, their
     * spans moved. {@code readBack}: answer the article as stored (the corpus-wide job needs nothing back; null then).
     */
    @Transactional
    public Article reextract(long id, boolean readBack) {
        ArticleEntity article = articleService.find(id);
        Extractor.Result result = extract(article.body, article.publishedAt);
        NameResolver.Resolved resolved = names.resolve(null, result);
        List<ClaimEntity> manual = entityManager.createQuery(
                "from ClaimEntity c where c.article = ?1 and c.method = 'manual'", ClaimEntity.class)
                .setParameter(1, article).getResultList();
        for (ClaimEntity claim : manual) {
            if (!result.cleanText().contains(claim.text)) {
                throw ApiProblem.conflict("Manual claim " + claim.id + " no longer matches the article's cleaned text;"
                        + " delete it or add it again before extracting");
            }
        }
        for (String delete : List.of(
                "DELETE FROM facet WHERE article_id = ?1 AND (claim_id IS NULL OR claim_id IN"
                        + " (SELECT id FROM claim WHERE article_id = ?1 AND method = 'auto'))",
                "DELETE FROM claim WHERE article_id = ?1 AND method = 'auto'",
                "DELETE FROM citation WHERE article_id = ?1 AND method = 'auto'")) {
            entityManager.createNativeQuery(delete).setParameter(1, id).executeUpdate();
        }
        article.updatedAt = OffsetDateTime.now();
        store(article, result, resolved, manual);
        entityManager.flush();
        if (!readBack) {
            return null;
        }
        entityManager.clear(); // the response is read afresh: citations were rewritten in SQL
        return articleService.get(id);
    }

    /** Stores a stored article's new extraction, moves its manual claims to where their text now is, and relinks it. */
    private void store(ArticleEntity article, Extractor.Result result, NameResolver.Resolved resolved, List<ClaimEntity> manual) {
        String clean = result.cleanText();
        article.cleanText = clean;
        article.ownTextEnd = result.ownTextEndCodePoints();
        if (article.author == null) {
            article.author = extractedAuthor(result);
        }
        entityManager.flush(); // the span trigger checks against the new clean text
        for (ClaimEntity claim : manual) {
            int at = clean.indexOf(claim.text);
            claim.spanStart = clean.codePointCount(0, at);
            claim.spanEnd = claim.spanStart + claim.text.codePointCount(0, claim.text.length());
        }
        List<Long> claimIds = writer.write(article.id, article.language, result, resolved);
        entityManager.flush();
        linking.linkArticle(linkable(article.id, article, result, resolved, claimIds), false);
    }

    private Ingested existing(ArticleEntity stored, Submitted submitted, boolean readBack) {
        if (!stored.contentHash.equals(submitted.contentHash())) {
            throw ApiProblem.conflict("Article " + stored.id + " has this URL with different content; to replace it,"
                    + " send PUT /articles/" + stored.id);
        }
        return new Ingested(stored.id, readBack ? articleService.get(stored.id) : null, false);
    }

    private Submitted validate(ArticleCreate request) {
        URI url = parseUrl(request.getUrl());
        String body = request.getBody();
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            throw ApiProblem.badRequest("body", "is " + bytes + " bytes of UTF-8; the limit is " + MAX_BODY_BYTES);
        }
        String title = request.getTitle() == null ? null : request.getTitle().strip();
        String language = request.getLanguage() != null ? request.getLanguage()
                : LanguageGuess.of((title == null ? "" : title) + "\n" + body).orElseThrow(() -> ApiProblem.badRequest(
                        "language", "could not be detected (no Arabic or Latin letters); send it"));
        return new Submitted(url, title, request.getAuthor() == null ? null : request.getAuthor().strip(), language,
                request.getPublishedAt(), body, HexFormat.of().formatHex(Sha256.of(body)), request.getOutlet());
    }

    /** The article to store; {@code result} is null when the body did not change (a replacement with the same text). */
    private ArticleEntity entity(Submitted submitted, Extractor.Result result, long publisherId) {
        ArticleEntity article = new ArticleEntity();
        article.url = submitted.url().toString();
        article.title = submitted.title();
        article.titleNormalized = submitted.title() == null ? "" : NameNormalizer.normalize(submitted.title());
        article.author = submitted.author() != null || result == null ? submitted.author() : extractedAuthor(result);
        article.language = submitted.language();
        article.publishedAt = submitted.publishedAt();
        article.body = submitted.body();
        article.cleanText = result == null ? null : result.cleanText();
        article.ownTextEnd = result == null ? null : result.ownTextEndCodePoints();
        article.contentHash = submitted.contentHash();
        article.outlet = entityManager.getReference(OutletEntity.class, publisherId);
        return article;
    }

    /** The article as linking reads it, from the extraction result in memory rather than from what was just written. */
    private static LinkableArticle linkable(long id, ArticleEntity article, Extractor.Result result, NameResolver.Resolved resolved,
            List<Long> claimIds) {
        List<LinkableClaim> claims = new ArrayList<>();
        for (int i = 0; i < claimIds.size(); i++) {
            Found.Claim claim = result.claims().get(i);
            claims.add(new LinkableClaim(claimIds.get(i), claim.text(),
                    dates(result.facets().stream().filter(f -> f.inside(claim)).toList()), resolved.speakers().get(claim.speaker())));
        }
        LocalDate published = article.publishedAt == null ? null : article.publishedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return new LinkableArticle(id, published, article.title, result.ownText(), dates(result.ownFacets()), claims);
    }

    private Extractor.Result extract(String body, OffsetDateTime publishedAt) {
        return Extractor.run(body, day(publishedAt), registry.current());
    }

    /** A byline found in the text, if it fits the column. */
    private static String extractedAuthor(Extractor.Result result) {
        return result.author() != null && result.author().length() <= 300 ? result.author() : null;
    }

    private static List<String> dates(List<Found.Facet> facets) {
        return facets.stream().filter(f -> "date".equals(f.type())).map(Found.Facet::value).toList();
    }

    private static URI parseUrl(String text) {
        try {
            URI url = new URI(text.strip());
            if (url.getHost() != null && ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
                return url;
            }
        } catch (URISyntaxException e) {
            throw ApiProblem.badRequest("url", "is not a valid URL: " + e.getReason() + " at index " + e.getIndex());
        }
        throw ApiProblem.badRequest("url", "must be an absolute http or https URL with a host");
    }

    private static LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.toLocalDate(); // the day where it was published
    }
}
