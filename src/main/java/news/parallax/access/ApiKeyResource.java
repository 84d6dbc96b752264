package news.parallax.access;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.AdminApi;
import news.parallax.api.model.ApiKeyCreate;
import news.parallax.api.model.ApiKeyCreated;
import news.parallax.api.model.ApiKeyPage;
import news.parallax.config.PublicUrl;

@Path("/")
public class ApiKeyResource implements AdminApi {

    @Inject
    ApiKeyService service;

    @Context
    UriInfo uriInfo;

    @Override
    public Response createApiKey(ApiKeyCreate apiKeyCreate) {
        ApiKeyCreated created = service.create(apiKeyCreate);
        return noStore(Response.created(PublicUrl.of(URI.create("/admin/keys/" + created.getId()))).entity(created).build());
    }

    /** Key data, and above all a new key's secret, must not sit in shared caches or browser history. */
    private static Response noStore(Response response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        return response;
    }

    @Override
    public Response listApiKeys(Boolean revoked, String cursor, Integer limit) {
        return noStore(service.list(revoked, cursor, limit).respond(uriInfo, (items, next) -> new ApiKeyPage().items(items).next(next)));
    }

    @Override
    public Response getApiKey(Long keyId) {
        return noStore(Response.ok(service.get(keyId)).build());
    }

    @Override
    public Response deleteApiKey(Long keyId) {
        service.delete(keyId);
        return Response.noContent().build();
    }
}
