package news.parallax.ingest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import news.parallax.api.ExtractionApi;
import news.parallax.api.model.ExtractRequest;
import news.parallax.extraction.ExtractionService;
import news.parallax.problem.ApiProblem;

/** {@code POST /extract} (a preview that stores nothing), re-extraction of a stored article, and of every article as a job. */
@Path("/")
public class ExtractionResource implements ExtractionApi {

    @Inject
    ExtractionService extraction;

    @Inject
    IngestPipeline pipeline;

    @Inject
    Reextractions reextractions;

    @Override
    public Response extract(ExtractRequest extractRequest) {
        return Response.ok(extraction.preview(extractRequest)).build();
    }

    @Override
    public Response reextractArticle(Long articleId) {
        return Response.ok(pipeline.reextract(articleId, true)).build();
    }

    @Override
    public Response startReextraction() {
        Reextractions.Started started = reextractions.start();
        return Response.status(started.created() ? Response.Status.ACCEPTED : Response.Status.OK).entity(started.job()).build();
    }

    @Override
    public Response getReextraction() {
        return Response.ok(reextractions.latest().orElseThrow(() -> ApiProblem.notFound(
                "No re-extraction job was ever started; start one with POST /admin/reextraction")))
                .build();
    }
}
