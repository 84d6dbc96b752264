package news.parallax.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Article;
import news.parallax.api.model.ArticleCreate;
import news.parallax.api.model.ArticleSummary;
import news.parallax.article.ArticleRepository.Filter;
import news.parallax.event.LinkingService;
import news.parallax.extraction.ExtractionService;
import news.parallax.outlet.OutletEntity;
import news.parallax.outlet.OutletService;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.text.LanguageGuess;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Sha256;

/** Ingest and reading of articles. The body is stored exactly as posted. */
@ApplicationScoped
public class ArticleService {

    /** Bodies up to 1 MiB of UTF-8. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** An ingested article and whether this request stored it (false: it was already there). */
    public record Ingested(Article article, boolean created) {
    }

    @Inject
    ArticleRepository articles;

    @Inject
    OutletService outlets;

    @Inject
    ExtractionService extraction;

    @Inject
    LinkingService linking;

    @Transactional
    public Ingested ingest(ArticleCreate request) {
        ArticleEntity article = new ArticleEntity();
        apply(article, request);
        Optional<Long> id = articles.insertIfNew(article);
        if (id.isPresent()) {
            ArticleEntity stored = find(id.get());
            extraction.store(stored);
            linking.linkArticle(stored);
            return new Ingested(get(id.get()), true);
        }
        ArticleEntity stored = articles.findByUrl(article.url).orElseThrow();
        if (!stored.contentHash.equals(article.contentHash)) {
            throw ApiProblem.conflict("Article " + stored.id + " has this URL with different content; to replace it,"
                    + " send PUT /articles/" + stored.id);
        }
        return new Ingested(get(stored.id), false);
    }

    @Transactional
    public Article get(long id) {
        ArticleEntity article = find(id);
        return ArticleMapper.toApi(article, articles.claimCounts(List.of(id)).getOrDefault(id, 0));
    }

    @Transactional
    public Page<ArticleSummary> list(Filter filter, String cursor, int limit) {
        List<ArticleEntity> rows = articles.page(filter, Cursor.decode(cursor), limit + 1);
        Map<Long, Integer> counts = articles.claimCounts(rows.stream().map(a -> a.id).toList());
        List<ArticleSummary> items = rows.stream().map(a -> ArticleMapper.toSummary(a, counts.getOrDefault(a.id, 0))).toList();
        return Page.of(items, limit,
                a -> new Cursor(a.getPublishedAt() == null ? "" : a.getPublishedAt().toString(), a.getId()));
    }

    /** Replaces every field; a new body drops the claims, citations and facets that pointed into the old one. */
    @Transactional
    public Article replace(long id, ArticleCreate request) {
        ArticleEntity article = find(id);
        articles.findByUrl(parseUrl(request.getUrl()).toString()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw ApiProblem.conflict("Article " + other.id + " already has the URL " + other.url);
        });
        String oldHash = article.contentHash;
        apply(article, request);
        if (!oldHash.equals(article.contentHash)) {
            articles.deleteDerived(id);
            extraction.store(article);
            linking.linkArticle(article);
        }
        article.updatedAt = OffsetDateTime.now();
        articles.flush();
        return get(id);
    }

    /** Runs extraction again, for when rules or registries have improved. */
    @Transactional
    public Article reextract(long id) {
        ArticleEntity article = find(id);
        extraction.store(article);
        linking.linkArticle(article);
        article.updatedAt = OffsetDateTime.now();
        articles.flush();
        return get(id);
    }

    @Transactional
    public void delete(long id) {
        articles.delete(find(id));
    }

    /** The article entity, for other features that attach data to it. */
    @Transactional
    public ArticleEntity find(long id) {
        return articles.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("article", id));
    }

    private void apply(ArticleEntity article, ArticleCreate request) {
        URI url = parseUrl(request.getUrl());
        String body = request.getBody();
        int bytes = body.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BODY_BYTES) {
            throw ApiProblem.badRequest("body", "is " + bytes + " bytes of UTF-8; the limit is " + MAX_BODY_BYTES);
        }
        String title = request.getTitle() == null ? null : request.getTitle().strip();
        article.url = url.toString();
        article.title = title;
        article.titleNormalized = title == null ? "" : NameNormalizer.normalize(title);
        article.author = request.getAuthor() == null ? null : request.getAuthor().strip();
        article.language = request.getLanguage() != null ? request.getLanguage()
                : LanguageGuess.of((title == null ? "" : title) + "\n" + body).orElseThrow(() -> ApiProblem.badRequest(
                        "language", "could not be detected (no Arabic or Latin letters); send it"));
        article.publishedAt = request.getPublishedAt();
        article.body = body;
        article.cleanText = body; // until extraction has cleaned it
        article.contentHash = sha256(body);
        article.outlet = publisher(request.getOutlet(), url);
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

    private OutletEntity publisher(String outlet, URI url) {
        return outlet != null ? outlets.resolve("outlet", outlet) : outlets.forHost(url.getHost());
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.of(text));
    }
}
