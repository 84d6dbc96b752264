package news.parallax.claim;

import java.time.OffsetDateTime;
import java.util.List;

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
import news.parallax.claim.ClaimRepository.Filter;
import news.parallax.http.IdempotentCreates;
import news.parallax.outlet.OutletService;
import news.parallax.problem.ApiProblem;
import news.parallax.speaker.SpeakerService;
import news.parallax.text.NameNormalizer;

@Path("/")
public class ClaimResource implements ClaimsApi {

    @Inject
    ClaimService service;

    @Inject
    OutletService outlets;

    @Inject
    SpeakerService speakers;

    @Inject
    IdempotentCreates idempotent;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listClaims(Long article, Long event, Long speaker, Long citedOutlet, Long outlet, String mention, String language,
            OffsetDateTime publishedFrom, OffsetDateTime publishedTo, String cursor, Integer limit) {
        String mentionKey = mention == null ? null : NameNormalizer.require("mention", mention);
        return service.list(new Filter(article, event, speaker, citedOutlet, outlet, language, publishedFrom, publishedTo, null, mentionKey),
                cursor, limit).respond(uriInfo, (items, next) -> new ClaimPage().items(items).next(next));
    }

    @Override
    public Response listOutletClaims(Long outletId, String role, String cursor, Integer limit) {
        if (!List.of("published", "cited", "any").contains(role)) {
            throw ApiProblem.badRequest("role", "must be one of published, cited, any, not '" + role + "'");
        }
        // 404 for an unknown outlet rather than an empty list; for a merged one, its survivor
        long outlet = outlets.get(outletId).getId();
        return service.list(ClaimRepository.Filter.byOutlet(outlet, role), cursor, limit)
                .respond(uriInfo, (items, next) -> new ClaimPage().items(items).next(next));
    }

    @Override
    public Response listSpeakerClaims(Long speakerId, String cursor, Integer limit) {
        // 404 for an unknown speaker rather than an empty list; for a merged one, its survivor
        long speaker = speakers.get(speakerId).getId();
        return service.list(ClaimRepository.Filter.bySpeaker(speaker), cursor, limit)
                .respond(uriInfo, (items, next) -> new ClaimPage().items(items).next(next));
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
