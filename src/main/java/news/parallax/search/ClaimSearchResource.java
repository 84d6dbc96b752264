package news.parallax.search;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.SearchApi;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.ClaimSearchPage;
import news.parallax.api.model.ClaimSearchSort;

/** Claim search and related claims over HTTP. */
@Path("/")
public class ClaimSearchResource implements SearchApi {

    @Inject
    ClaimSearchService search;

    @Context
    UriInfo uriInfo;

    @Override
    public Response searchClaims(String q, Long speaker, Long outlet, Long citedOutlet, Long event, String language,
            OffsetDateTime publishedFrom, OffsetDateTime publishedTo, ClaimKind kind, String cursor, Integer limit,
            ClaimSearchSort sort) {
        return search.search(q, new ClaimSearchService.Filter(speaker, outlet, citedOutlet, event, language, publishedFrom,
                publishedTo, kind), sort, cursor, limit).respond(uriInfo, (items, next) -> new ClaimSearchPage().items(items).next(next));
    }

    @Override
    public Response relatedClaims(Long claimId, Integer limit) {
        return Response.ok(search.related(claimId, limit)).build();
    }
}
