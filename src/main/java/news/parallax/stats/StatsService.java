package news.parallax.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.api.model.CitationEdge;
import news.parallax.api.model.CitationStats;
import news.parallax.api.model.CoverageBucket;
import news.parallax.api.model.CoverageGrouping;
import news.parallax.api.model.CoverageStats;
import news.parallax.api.model.LanguageCount;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.Overview;
import news.parallax.api.model.QuotedSpeaker;
import news.parallax.api.model.SpeakerRef;
import news.parallax.api.model.SpeakerStats;
import news.parallax.paging.SqlQuery;

/**
 * Dashboard aggregates. Each answer is one SQL statement whose filters use the article indexes
 * (publication time, publisher) and the partial index of linked events.
 */
@ApplicationScoped
public class StatsService {

    /** Which articles count: the filters every aggregate shares. */
    public record Scope(OffsetDateTime from, OffsetDateTime to, Long event, Long outlet) {

        SqlQuery apply(SqlQuery query) {
            return query.where("a.published_at >= :from", "from", from)
                    .where("a.published_at < :to", "to", to)
                    .where("a.outlet_id = :outlet", "outlet", outlet)
                    .where("EXISTS (SELECT 1 FROM article_event ae WHERE ae.article_id = a.id AND ae.event_id = :event"
                            + " AND ae.linked)", "event", event);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Transactional
    public CoverageStats coverage(CoverageGrouping groupBy, Scope scope, int limit) {
        String key;
        String label;
        String joins = "";
        switch (groupBy) {
            case OUTLET -> {
                key = "a.outlet_id::text";
                label = "o.name";
                joins = " JOIN outlet o ON o.id = a.outlet_id";
            }
            case LANGUAGE -> {
                key = "a.language";
                label = "a.language";
            }
            case DAY -> {
                key = "to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
                label = key;
            }
            case WEEK -> {
                key = "to_char(a.published_at AT TIME ZONE 'UTC', 'IYYY-\"W\"IW')";
                label = key;
            }
            case EVENT -> {
                key = "e.id::text";
                label = "e.title";
                joins = " JOIN article_event linked ON linked.article_id = a.id AND linked.linked"
                        + " JOIN event e ON e.id = linked.event_id";
            }
            default -> throw new IllegalArgumentException(groupBy.toString());
        }
        SqlQuery query = scope.apply(new SqlQuery("SELECT " + key + ", " + label + ", count(*), coalesce(sum(counted.claims), 0)"
                + " FROM article a" + joins
                + " LEFT JOIN LATERAL (SELECT count(*) AS claims FROM claim c WHERE c.article_id = a.id) counted ON true"));
        if (groupBy == CoverageGrouping.DAY || groupBy == CoverageGrouping.WEEK) {
            query.and("a.published_at IS NOT NULL");
        }
        boolean inTimeOrder = groupBy == CoverageGrouping.DAY || groupBy == CoverageGrouping.WEEK;
        query.append("GROUP BY 1, 2 ORDER BY " + (inTimeOrder ? "1" : "3 DESC, 1") + " LIMIT :limit").bind("limit", limit);
        List<CoverageBucket> buckets = query.rows(entityManager).stream()
                .map(row -> new CoverageBucket().key((String) row[0]).label((String) row[1])
                        .articles(number(row[2])).claims(number(row[3])))
                .toList();
        return new CoverageStats().groupBy(groupBy).buckets(buckets);
    }

    @Transactional
    public CitationStats citations(Scope scope, int limit) {
        SqlQuery query = scope.apply(new SqlQuery("SELECT p.id, p.name, p.kind, cited.id, cited.name, cited.kind,"
                + " count(*), count(DISTINCT a.id)"
                + " FROM citation ci JOIN article a ON a.id = ci.article_id"
                + " JOIN outlet p ON p.id = a.outlet_id JOIN outlet cited ON cited.id = ci.outlet_id"));
        query.append("GROUP BY p.id, cited.id ORDER BY 7 DESC, 1, 4 LIMIT :limit").bind("limit", limit);
        List<CitationEdge> edges = query.rows(entityManager).stream()
                .map(row -> new CitationEdge().publisher(outlet(row[0], row[1], row[2])).cited(outlet(row[3], row[4], row[5]))
                        .citations(number(row[6])).articles(number(row[7])))
                .toList();
        return new CitationStats().edges(edges);
    }

    @Transactional
    public SpeakerStats speakers(Scope scope, int limit) {
        SqlQuery query = scope.apply(new SqlQuery("SELECT s.id, s.name, s.role, count(*),"
                + " jsonb_agg(DISTINCT jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind))::text"
                + " FROM claim cl JOIN speaker s ON s.id = cl.speaker_id JOIN article a ON a.id = cl.article_id"
                + " JOIN outlet o ON o.id = a.outlet_id"));
        query.append("GROUP BY s.id ORDER BY 4 DESC, 1 LIMIT :limit").bind("limit", limit);
        List<QuotedSpeaker> speakers = query.rows(entityManager).stream()
                .map(row -> new QuotedSpeaker()
                        .speaker(new SpeakerRef().id(number(row[0])).name((String) row[1]).role((String) row[2]))
                        .claims(number(row[3]))
                        .outlets(read((String) row[4], new TypeReference<List<OutletRef>>() { }).stream()
                                .sorted(Comparator.comparing(OutletRef::getName)).toList()))
                .toList();
        return new SpeakerStats().speakers(speakers);
    }

    @Transactional
    public Overview overview() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                + " (SELECT count(*) FROM article), (SELECT count(*) FROM claim), (SELECT count(*) FROM outlet),"
                + " (SELECT count(*) FROM speaker), (SELECT count(*) FROM event), (SELECT count(*) FROM citation),"
                + " (SELECT min(published_at) FROM article), (SELECT max(published_at) FROM article),"
                + " (SELECT coalesce(jsonb_agg(jsonb_build_object('language', language, 'articles', n) ORDER BY n DESC, language),"
                + " '[]')::text FROM (SELECT language, count(*) AS n FROM article GROUP BY language) languages)")
                .getSingleResult();
        return new Overview().articles(number(row[0])).claims(number(row[1])).outlets(number(row[2]))
                .speakers(number(row[3])).events(number(row[4])).citations(number(row[5]))
                .firstPublishedAt(time(row[6])).lastPublishedAt(time(row[7]))
                .languages(read((String) row[8], new TypeReference<List<LanguageCount>>() { }));
    }

    private static OutletRef outlet(Object id, Object name, Object kind) {
        return new OutletRef().id(number(id)).name((String) name).kind(OutletKind.fromValue((String) kind));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL built JSON that does not read back", e);
        }
    }
}
