package news.parallax.ingest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.ArticlesApi;
import news.parallax.api.model.ArticleBatchItem;
import news.parallax.api.model.ArticleBatchResult;
import news.parallax.api.model.ArticleCreate;
import news.parallax.api.model.ArticlePage;
import news.parallax.article.ArticleEntity;
import news.parallax.article.ArticleRepository.Filter;
import news.parallax.article.ArticleService;
import news.parallax.http.IdempotentCreates;
import news.parallax.http.UpdatePreconditions;
import news.parallax.problem.ApiProblem;
import news.parallax.problem.ConcurrentWrites;
import news.parallax.problem.ProblemMapper;
import news.parallax.text.NameNormalizer;

/** Articles over HTTP: reads through {@link ArticleService}, writes through the {@link IngestPipeline}. */
@Path("/")
public class ArticleResource implements ArticlesApi {

    /** The contract's limit on one batch; the generated interface does not check it. */
    static final int MAX_BATCH = 1000;

    @Inject
    ArticleService service;

    @Inject
    IngestPipeline pipeline;

    @Inject
    BatchIngest batch;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    UpdatePreconditions preconditions;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listArticles(Long outlet, String language, OffsetDateTime publishedFrom, OffsetDateTime publishedTo,
            Long event, String q, String cursor, Integer limit) {
        String titleWords = q == null ? null : NameNormalizer.require("q", q);
        return service.list(new Filter(outlet, language, publishedFrom, publishedTo, event, titleWords), cursor, limit)
                .respond(uriInfo, (items, next) -> new ArticlePage().items(items).next(next));
    }

    @Override
    public Response createArticle(ArticleCreate articleCreate, String idempotencyKey) {
        return idempotent.create("createArticle", idempotencyKey, articleCreate, () -> {
            IngestPipeline.Ingested ingested = pipeline.ingest(articleCreate, true);
            if (!ingested.created()) {
                return Response.ok(ingested.article()).build();
            }
            return Response.created(URI.create("/articles/" + ingested.article().getId())).entity(ingested.article()).build();
        });
    }

    @Override
    public Response createArticles(List<ArticleCreate> articleCreate, String prefer) {
        if (articleCreate.isEmpty() || articleCreate.size() > MAX_BATCH) {
            throw ApiProblem.badRequest("body", "must hold 1 to " + MAX_BATCH + " articles; it holds " + articleCreate.size());
        }
        boolean minimal = Preferences.returnMinimal(prefer);
        ArticleBatchResult result = new ArticleBatchResult().items(new ArrayList<>()).created(0).existing(0).refused(0).failed(0);
        List<BatchIngest.Outcome> outcomes = batch.ingestAll(articleCreate, !minimal);
        for (int index = 0; index < outcomes.size(); index++) {
            BatchIngest.Outcome outcome = outcomes.get(index);
            ArticleBatchItem item = new ArticleBatchItem().index(index);
            if (outcome.problem() != null) { // the item's own answer; the other items go on
                item.status(outcome.problem().status()).problem(ProblemMapper.document(outcome.problem(), "/articles/batch"));
                if (outcome.problem().status() >= 500) {
                    result.failed(result.getFailed() + 1);
                } else {
                    result.refused(result.getRefused() + 1);
                }
            } else {
                IngestPipeline.Ingested ingested = outcome.ingested();
                item.status(ingested.created() ? 201 : 200).id(ingested.id()).article(ingested.article());
                if (ingested.created()) {
                    result.created(result.getCreated() + 1);
                } else {
                    result.existing(result.getExisting() + 1);
                }
            }
            result.addItemsItem(item);
        }
        Response.ResponseBuilder response = Response.ok(result);
        return (minimal ? response.header("Preference-Applied", "return=minimal") : response).build();
    }

    @Override
    public Response getArticle(Long articleId) {
        return Response.ok(service.get(articleId)).build();
    }

    @Override
    public Response replaceArticle(Long articleId, ArticleCreate articleCreate, String ifMatch) {
        return Response.ok(ConcurrentWrites.retried(() -> preconditions.update(ifMatch, ArticleEntity.class, articleId,
                () -> service.get(articleId), () -> pipeline.replace(articleId, articleCreate)))).build();
    }

    @Override
    public Response deleteArticle(Long articleId) {
        ConcurrentWrites.retried(() -> {
            service.delete(articleId);
            return null;
        });
        return Response.noContent().build();
    }
}
