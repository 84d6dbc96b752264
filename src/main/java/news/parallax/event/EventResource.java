package news.parallax.event;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.api.EventsApi;
import news.parallax.api.model.Event;
import news.parallax.api.model.EventArticlePage;
import news.parallax.api.model.EventCreate;
import news.parallax.api.model.EventPage;
import news.parallax.api.model.EventUpdate;
import news.parallax.event.EventRepository.Filter;
import news.parallax.http.IdempotentCreates;
import news.parallax.http.UpdatePreconditions;
import news.parallax.text.NameNormalizer;

@Path("/")
public class EventResource implements EventsApi {

    @Inject
    EventService service;

    @Inject
    ComparisonService comparisons;

    @Inject
    ComparisonCache comparisonCache;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    UpdatePreconditions preconditions;

    @Context
    UriInfo uriInfo;

    @Override
    public Response listEvents(LocalDate from, LocalDate to, String place, String q, String cursor, Integer limit) {
        Filter filter = new Filter(from, to, place == null ? null : NameNormalizer.require("place", place),
                q == null ? null : NameNormalizer.require("q", q));
        return service.list(filter, cursor, limit).respond(uriInfo, (items, next) -> new EventPage().items(items).next(next));
    }

    @Override
    public Response createEvent(EventCreate eventCreate, String idempotencyKey, Boolean force, Long fromStory) {
        return idempotent.created("createEvent", idempotencyKey, eventCreate,
                () -> service.create(eventCreate, Boolean.TRUE.equals(force), fromStory), Event::getId, "/events/");
    }

    @Override
    public Response getEvent(Long eventId) {
        return Response.ok(service.get(eventId)).build();
    }

    @Override
    public Response updateEvent(Long eventId, EventUpdate eventUpdate, String ifMatch) {
        return Response.ok(preconditions.update(ifMatch, EventEntity.class, eventId, () -> service.get(eventId),
                () -> service.update(eventId, eventUpdate))).build();
    }

    @Override
    public Response deleteEvent(Long eventId) {
        service.delete(eventId);
        return Response.noContent().build();
    }

    @Override
    public Response listEventArticles(Long eventId, String cursor, Integer limit) {
        return service.linkedArticles(eventId, cursor, limit)
                .respond(uriInfo, (items, next) -> new EventArticlePage().items(items).next(next));
    }

    @Override
    public Response compareEvent(Long eventId) {
        return comparisonCache.compare(eventId).json().response(); // EntityTags answers If-None-Match
    }

    @Override
    public Response eventTimeline(Long eventId) {
        return Response.ok(comparisons.timeline(eventId)).build();
    }

    @Override
    public Response eventOutletView(Long eventId, Long outletId) {
        return Response.ok(comparisons.outletView(eventId, outletId)).build();
    }

    @Override
    public Response linkEventArticle(Long eventId, Long articleId) {
        return Response.ok(service.link(eventId, articleId)).build();
    }

    @Override
    public Response unlinkEventArticle(Long eventId, Long articleId) {
        service.unlink(eventId, articleId);
        return Response.noContent().build();
    }
}
