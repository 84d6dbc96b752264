package news.parallax.article;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.ArticlesApi;
import news.parallax.api.model.ArticleCreate;
import news.parallax.api.model.ArticlePage;
import news.parallax.article.ArticleRepository.Filter;
import news.parallax.http.IdempotentCreates;
import news.parallax.http.UpdatePreconditions;
import news.parallax.text.NameNormalizer;

@Path("/")
public class ArticleResource implements ArticlesApi {

    @Inject
    ArticleService service;

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
            ArticleService.Ingested ingested = service.ingest(articleCreate);
            if (!ingested.created()) {
                return Response.ok(ingested.article()).build();
            }
            return Response.created(URI.create("/articles/" + ingested.article().getId())).entity(ingested.article()).build();
        });
    }

    @Override
    public Response getArticle(Long articleId) {
        return Response.ok(service.get(articleId)).build();
    }

    @Override
    public Response replaceArticle(Long articleId, ArticleCreate articleCreate, String ifMatch) {
        return Response.ok(preconditions.update(ifMatch, ArticleEntity.class, articleId, () -> service.get(articleId),
                () -> service.replace(articleId, articleCreate))).build();
    }

    @Override
    public Response deleteArticle(Long articleId) {
        service.delete(articleId);
        return Response.noContent().build();
    }
}
