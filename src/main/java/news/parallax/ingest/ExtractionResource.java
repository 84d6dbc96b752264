package news.parallax.ingest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import news.parallax.api.ExtractionApi;
import news.parallax.api.model.ExtractRequest;
import news.parallax.extraction.ExtractionService;

/** {@code POST /extract} (a preview that stores nothing) and re-extraction of a stored article. */
@Path("/")
public class ExtractionResource implements ExtractionApi {

    @Inject
    ExtractionService extraction;

    @Inject
    IngestPipeline pipeline;

    @Override
    public Response extract(ExtractRequest extractRequest) {
        return Response.ok(extraction.preview(extractRequest)).build();
    }

    @Override
    public Response reextractArticle(Long articleId) {
        return Response.ok(pipeline.reextract(articleId)).build();
    }
}
