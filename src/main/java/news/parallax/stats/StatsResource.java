package news.parallax.stats;

import java.time.OffsetDateTime;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import news.parallax.api.StatsApi;
import news.parallax.api.model.CoverageGrouping;
import news.parallax.api.model.MentionKind;
import news.parallax.stats.StatsService.Scope;

@Path("/")
public class StatsResource implements StatsApi {

    @Inject
    StatsService service;

    @Override
    public Response coverageStats(CoverageGrouping groupBy, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event,
            Long outlet, Integer limit) {
        return Response.ok(service.coverage(groupBy, new Scope(publishedFrom, publishedTo, event, outlet), limit)).build();
    }

    @Override
    public Response citationStats(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet, Integer limit) {
        return Response.ok(service.citations(new Scope(publishedFrom, publishedTo, event, outlet), limit)).build();
    }

    @Override
    public Response speakerStats(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet, Integer limit) {
        return Response.ok(service.speakers(new Scope(publishedFrom, publishedTo, event, outlet), limit)).build();
    }

    @Override
    public Response mentionStats(MentionKind kind, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet,
            Integer limit) {
        return Response.ok(service.mentions(new Scope(publishedFrom, publishedTo, event, outlet), kind, limit)).build();
    }

    @Override
    public Response overviewStats() {
        return Response.ok(service.overview()).build();
    }
}
