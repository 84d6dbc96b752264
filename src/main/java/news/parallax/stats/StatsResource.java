package news.parallax.stats;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

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
 * PostgreSQL and serialising a few hundred kilobytes each time. A range cut inside an hour ("the last 24 hours"
 * asked at 14:37) is answered from the kept answer over its whole hours and the articles of its partial hours:
 * summing three months of rollup rows took 0.2-1 s at a million articles on every such request.
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

    /** The answers over the whole hours of ranges with partial hours at their edges, to add the partial hours' to. */
    private final KeptAnswers<Asked, Object> keptParts = new KeptAnswers<>(KEPT);

    /** The limit of a partial hour's answer: every entry (under an hour of articles). */
    private static final int EVERY_ENTRY = Integer.MAX_VALUE;

    @Inject
    StatsService service;

    @Inject
    EntityTags tags;

    @Override
    public Response coverageStats(CoverageGrouping groupBy, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event,
            Long outlet, Integer limit) {
        Asked asked = new Asked("coverage", groupBy, new Scope(publishedFrom, publishedTo, event, outlet), limit);
        if (groupBy == CoverageGrouping.EVENT) { // counted from the links at request time
            return Response.ok(service.coverage(groupBy, asked.scope(), limit)).build();
        }
        return answer(asked, (scope, n) -> service.coverage(groupBy, scope, n), Addition.coverage(groupBy));
    }

    @Override
    public Response citationStats(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet, Integer limit) {
        return answer(new Asked("citations", null, new Scope(publishedFrom, publishedTo, event, outlet), limit), service::citations,
                Addition.CITATIONS);
    }

    @Override
    public Response speakerStats(OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet, Integer limit) {
        return answer(new Asked("speakers", null, new Scope(publishedFrom, publishedTo, event, outlet), limit), service::speakers,
                Addition.SPEAKERS);
    }

    @Override
    public Response mentionStats(MentionKind kind, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event, Long outlet,
            Integer limit) {
        return answer(new Asked("mentions", kind, new Scope(publishedFrom, publishedTo, event, outlet), limit),
                (scope, n) -> service.mentions(scope, kind, n), Addition.MENTIONS);
    }

    @Override
    public Response overviewStats() {
        return Response.ok(service.overview()).build();
    }

    /**
     * The kept answer when the scope reads the rollups alone and they have not changed since; over a range with a
     * partial hour at an edge, the kept answer over its whole hours plus the partial hours' (computed now), when these
     * tell the first entries (an entry left out of the whole hours' could otherwise be among them); else built now.
     */
    @SuppressWarnings("unchecked")
    private <A> Response answer(Asked asked, BiFunction<Scope, Integer, A> build, Addition<A, ?> addition) {
        Scope scope = asked.scope();
        int limit = asked.limit();
        if (scope.fromRollupsOnly()) {
            return kept.get(asked, service.version(), () -> tags.answer(build.apply(scope, limit))).response();
        }
        Scope wholeHours = scope.wholeHours();
        if (wholeHours == null) {
            return Response.ok(build.apply(scope, limit)).build();
        }
        List<A> edges = List.of(build.apply(scope.partialHours(wholeHours), EVERY_ENTRY));
        String version = service.version();
        // twice as many entries as asked for tell three months (counts in the thousands, an edge adds a few); a day's
        // counts are closer (the 30th speaker of a day 22 claims, the 60th 15, an edge's up to 18): eight times as many
        for (int wholeLimit = 2 * limit; wholeLimit <= 8 * limit; wholeLimit *= 4) {
            int entries = wholeLimit;
            A whole = (A) keptParts.get(new Asked(asked.aggregate(), asked.grouping(), wholeHours, entries), version,
                    () -> build.apply(wholeHours, entries));
            Optional<A> sum = addition.add(whole, wholeLimit, edges, limit);
            if (sum.isPresent()) {
                return Response.ok(sum.get()).build();
            }
        }
        return Response.ok(build.apply(scope, limit)).build();
    }
}
