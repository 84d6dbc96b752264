package news.parallax.claim;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.ClaimsApi;
import news.parallax.api.model.Claim;
import news.parallax.api.model.ClaimCreate;
import news.parallax.api.model.ClaimKind;
import news.parallax.api.model.ClaimPage;
import news.parallax.api.model.ClaimSearchPage;
import news.parallax.claim.ClaimRepository.Filter;
import news.parallax.http.IdempotentCreates;
import news.parallax.search.ClaimSearchService;

@Path("/")
public class ClaimResource implements ClaimsApi {

    @Inject
    ClaimService service;

    @Inject
    ClaimSearchService search;

    @Inject
    IdempotentCreates idempotent;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listClaims(Long article, Long event, Long speaker, Long citedOutlet, Long outlet, String language,
            OffsetDateTime publishedFrom, OffsetDateTime publishedTo, String cursor, Integer limit) {
        return service.list(new Filter(article, event, speaker, citedOutlet, outlet, language, publishedFrom, publishedTo, null),
                cursor, limit).respond(uriInfo, (items, next) -> new ClaimPage().items(items).next(next));
    }

    @Override
    public Response searchClaims(String q, Long speaker, Long outlet, Long citedOutlet, Long event, String language,
            OffsetDateTime publishedFrom, OffsetDateTime publishedTo, ClaimKind kind, String cursor, Integer limit) {
        return search.search(q, new ClaimSearchService.Filter(speaker, outlet, citedOutlet, event, language, publishedFrom,
                publishedTo, kind), cursor, limit).respond(uriInfo, (items, next) -> new ClaimSearchPage().items(items).next(next));
    }

    @Override
    public Response relatedClaims(Long claimId, Integer limit) {
        return Response.ok(search.related(claimId, limit)).build();
    }

    @Override
    public Response getClaim(Long claimId) {
        return Response.ok(service.get(claimId)).build();
    }

    @Override
    public Response addArticleClaim(Long articleId, ClaimCreate claimCreate, String idempotencyKey) {
        return idempotent.created("addArticleClaim:" + articleId, idempotencyKey, claimCreate,
                () -> service.addManual(articleId, claimCreate), Claim::getId, "/claims/");
    }
}
