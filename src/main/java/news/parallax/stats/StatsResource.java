package news.parallax.stats;

import java.time.OffsetDateTime;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import news.parallax.api.StatsApi;
import news.parallax.api.model.CoverageGrouping;
import news.parallax.api.model.MentionKind;
import news.parallax.http.EntityTags;
import news.parallax.http.JsonAnswer;
import news.parallax.http.KeptAnswers;
import news.parallax.stats.StatsService.Scope;

/**
 * Answers read from the rollups alone are kept serialised until the rollups or the registry change: a dashboard
 * asks the same aggregates again and again, and summing a year of speakers and outlets took 10-20 ms of
 * PostgreSQL and serialising a few hundred kilobytes each time.
 */
@ApplicationScoped // one set of kept answers
@Path("/")
public class StatsResource implements StatsApi {

    /** One request's aggregate and parameters; {@code grouping} is the coverage grouping or the mention kind. */
    private record Asked(String aggregate, Object grouping, Scope scope, int limit) {
    }

    /** Answers kept: a dashboard asks a few dozen kinds. */
    private static final int KEPT = 256;

    private final KeptAnswers<Asked, JsonAnswer> kept = new KeptAnswers<>(KEPT);

    @Inject
    StatsService service;

    @Inject
    EntityTags tags;

    @Override
    public Response coverageStats(CoverageGrouping groupBy, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event,
            Long outlet, Integer limit) {
        Scope scope = new Scope(publishedFrom, publishedTo, event, outlet);
        boolean byEvent = groupBy == CoverageGrouping.EVENT; // counted from the links at request time
        return answer(new Asked("coverage", groupBy, scope, limit), !byEvent, () -> service.coverage(groupBy, scope, limit));
    }

    @Override
    public Response citationStats(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet, Integer limit) {
        Scope scope = new Scope(publishedFrom, publishedTo, event, outlet);
        return answer(new Asked("citations", null, scope, limit), true, () -> service.citations(scope, limit));
    }

    @Override
    public Response speakerStats(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet, Integer limit) {
        Scope scope = new Scope(publishedFrom, publishedTo, event, outlet);
        return answer(new Asked("speakers", null, scope, limit), true, () -> service.speakers(scope, limit));
    }

    @Override
    public Response mentionStats(MentionKind kind, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet,
            Integer limit) {
        Scope scope = new Scope(publishedFrom, publishedTo, event, outlet);
        return answer(new Asked("mentions", kind, scope, limit), true, () -> service.mentions(scope, kind, limit));
    }

    @Override
    public Response overviewStats() {
        return Response.ok(service.overview()).build();
    }

    /** The kept answer when the scope reads the rollups alone and they have not changed since; else built now. */
    private Response answer(Asked asked, boolean fromStoredRollups, Supplier<Object> build) {
        if (!fromStoredRollups || !asked.scope().fromRollupsOnly()) {
            return Response.ok(build.get()).build();
        }
        return kept.get(asked, service.version(), () -> tags.answer(build.get())).response();
    }
}
