package news.parallax.outlet;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.OutletsApi;
import news.parallax.api.model.Alias;
import news.parallax.api.model.AliasCreate;
import news.parallax.api.model.Outlet;
import news.parallax.api.model.OutletCreate;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletPage;
import news.parallax.api.model.OutletUpdate;
import news.parallax.api.model.RegistryTarget;
import news.parallax.curation.Curation;
import news.parallax.http.IdempotentCreates;
import news.parallax.http.UpdatePreconditions;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;

/** HTTP for outlets; the contract is {@link OutletsApi}, the rules live in {@link OutletService}. */
@Path("/")
public class OutletResource implements OutletsApi {

    @Inject
    OutletService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    UpdatePreconditions preconditions;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listOutlets(String name, String domain, OutletKind kind, String country, String cursor, Integer limit) {
        if (domain != null) {
            return Page.ok(new OutletPage().items(service.findByDomain(domain, kind, country)), null);
        }
        if (name != null) {
            return Page.ok(new OutletPage().items(service.findByName(name, kind, country, limit)), null);
        }
        return service.list(kind, country, cursor, limit).respond(uriInfo, (items, next) -> new OutletPage().items(items).next(next));
    }

    @Override
    public Response createOutlet(OutletCreate outletCreate, String idempotencyKey) {
        return idempotent.created("createOutlet", idempotencyKey, outletCreate, () -> service.create(outletCreate), Outlet::getId,
                "/outlets/");
    }

    @Override
    public Response getOutlet(Long outletId) {
        Outlet outlet = service.get(outletId);
        return Curation.okOrMoved("outlet", outletId, outlet.getId(), outlet);
    }

    @Override
    public Response mergeOutlet(Long outletId, RegistryTarget target) {
        return Response.ok(service.merge(outletId, target.getInto())).build();
    }

    @Override
    public Response moveOutletAlias(Long outletId, Long aliasId, RegistryTarget target) {
        return Response.ok(service.moveAlias(outletId, aliasId, target.getInto())).build();
    }

    @Override
    public Response replaceOutlet(Long outletId, OutletUpdate outletUpdate, String ifMatch) {
        return Response.ok(preconditions.update(ifMatch, OutletEntity.class, outletId, () -> service.get(outletId),
                () -> service.replace(outletId, outletUpdate))).build();
    }

    @Override
    public Response deleteOutlet(Long outletId) {
        service.delete(outletId);
        return Response.noContent().build();
    }

    @Override
    public Response addOutletAlias(Long outletId, AliasCreate aliasCreate, String idempotencyKey) {
        return idempotent.created("addOutletAlias:" + outletId, idempotencyKey, aliasCreate,
                () -> service.addAlias(outletId, aliasCreate), Alias::getId, "/outlets/" + outletId + "/aliases/");
    }

    @Override
    public Response deleteOutletAlias(Long outletId, Long aliasId) {
        service.deleteAlias(outletId, aliasId);
        return Response.noContent().build();
    }
}
