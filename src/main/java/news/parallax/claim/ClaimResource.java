package news.parallax.claim;

import java.net.URI;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.ClaimsApi;
import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimCreate;
import news.parallax.api.model.ClaimPage;
import news.parallax.claim.ClaimRepository.Filter;

@Path("/")
public class ClaimResource implements ClaimsApi {

    @Inject
    ClaimService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listClaims(Long article, Long event, Long speaker, Long citedOutlet, Long outlet, String language,
            OffsetDateTime publishedFrom, OffsetDateTime publishedTo, String cursor, Integer limit) {
        return service.list(new Filter(article, event, speaker, citedOutlet, outlet, language, publishedFrom, publishedTo),
                cursor, limit).respond(uriInfo, (items, next) -> new ClaimPage().items(items).next(next));
    }

    @Override
    public Response getClaim(Long claimId) {
        return Response.ok(service.get(claimId)).build();
    }

    @Override
    public Response addArticleClaim(Long articleId, ClaimCreate claimCreate) {
        Claim claim = service.addManual(articleId, claimCreate);
        return Response.created(URI.create("/claims/" + claim.getId())).entity(claim).build();
    }
}
