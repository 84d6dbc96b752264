package news.parallax.extraction;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import news.parallax.api.ExtractionApi;
import news.parallax.api.model.ExtractRequest;
import news.parallax.article.ArticleService;

@Path("/")
public class ExtractionResource implements ExtractionApi {

    @Inject
    ExtractionService extraction;

    @Inject
    ArticleService articles;

    @Override
    public Response extract(ExtractRequest extractRequest) {
        return Response.ok(extraction.preview(extractRequest)).build();
    }

    @Override
    public Response reextractArticle(Long articleId) {
        return Response.ok(articles.reextract(articleId)).build();
    }
}
