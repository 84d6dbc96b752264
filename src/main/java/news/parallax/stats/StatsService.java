package news.parallax.stats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import news.parallax.api.model.CitedMention;
import news.parallax.api.model.LanguageCount;
import news.parallax.api.model.MentionKind;
import news.parallax.api.model.MentionStats;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.Overview;
import news.parallax.api.model.QuotedSpeaker;
import news.parallax.api.model.SourceMention;
import news.parallax.api.model.SpeakerRef;
import news.parallax.api.model.SpeakerStats;
import news.parallax.paging.SqlQuery;
import news.parallax.stats.StatsRollups.Rollup;

/**
 * Dashboard aggregates, read from the daily rollups of {@link StatsRollups}: the whole days of a
 * requested range come from the rollup tables, the partial days at its edges and the articles of
 * one event are aggregated from the corpus by the same statements the rollups are built with.
 * Each answer is one SQL statement.
 */
@ApplicationScoped
public class StatsService {

    /** Which articles count: the filters every aggregate shares. */
    public record Scope(OffsetDateTime from, OffsetDateTime to, Long event, Long outlet) {

        /**
         * {@code SELECT select FROM (the rollup's rows in scope) r joins}, filtered by outlet. Whole
         * UTC days come from the rollup table; the rest of the range and an event's articles from the corpus.
         */
        SqlQuery select(Rollup rollup, String select, String joins) {
            List<String> rows = new ArrayList<>();
            SqlQuery query = new SqlQuery("");
            LocalDate firstWholeDay = from == null ? null : startOfDayAtOrAfter(from);
            LocalDate endOfWholeDays = to == null ? null : to.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            if (event != null || rollup.table == null || firstWholeDay != null && endOfWholeDays != null && !firstWholeDay.isBefore(endOfWholeDays)) {
                List<String> conditions = new ArrayList<>();
                if (event != null) {
                    conditions.add("a.id IN (SELECT ae.article_id FROM article_event ae WHERE ae.event_id = :event AND ae.linked)");
                    query.bind("event", event);
                }
                inRange(conditions, query, "from", from, "to", to);
                rows.add(rollup.rows(conditions.isEmpty() ? "true" : String.join(" AND ", conditions)));
            } else {
                List<String> days = new ArrayList<>(List.of("true"));
                if (firstWholeDay != null) {
                    days.add("day >= :firstWholeDay");
                    query.bind("firstWholeDay", firstWholeDay);
                    if (!firstWholeDay.equals(from.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate())) {
                        rows.add(rollup.rows(edge(query, "from", from, "firstWholeDayStart", firstWholeDay.atStartOfDay().atOffset(ZoneOffset.UTC))));
                    }
                }
                if (endOfWholeDays != null) {
                    days.add("day < :endOfWholeDays");
                    query.bind("endOfWholeDays", endOfWholeDays);
                    OffsetDateTime lastDayStart = endOfWholeDays.atStartOfDay().atOffset(ZoneOffset.UTC);
                    if (lastDayStart.isBefore(to)) {
                        rows.add(rollup.rows(edge(query, "lastDayStart", lastDayStart, "to", to)));
                    }
                }
                rows.add(0, "SELECT " + rollup.columns + " FROM " + rollup.table + " WHERE " + String.join(" AND ", days));
            }
            SqlQuery selected = new SqlQuery(select + " FROM (" + String.join(" UNION ALL ", rows) + ") r" + joins).bindAll(query);
            return selected.where("r.outlet_id = :outlet", "outlet", outlet);
        }

        private static String edge(SqlQuery query, String fromName, OffsetDateTime start, String toName, OffsetDateTime end) {
            List<String> conditions = new ArrayList<>();
            inRange(conditions, query, fromName, start, toName, end);
            return String.join(" AND ", conditions);
        }

        private static void inRange(List<String> conditions, SqlQuery query, String fromName, OffsetDateTime start, String toName,
                OffsetDateTime end) {
            if (start != null) {
                conditions.add("a.published_at >= :" + fromName);
                query.bind(fromName, start);
            }
            if (end != null) {
                conditions.add("a.published_at < :" + toName);
                query.bind(toName, end);
            }
        }

        private static LocalDate startOfDayAtOrAfter(OffsetDateTime time) {
            OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC);
            return utc.toLocalTime().equals(LocalTime.MIDNIGHT) ? utc.toLocalDate() : utc.toLocalDate().plusDays(1);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Transactional
    public CoverageStats coverage(CoverageGrouping groupBy, Scope scope, int limit) {
        boolean inTimeOrder = groupBy == CoverageGrouping.DAY || groupBy == CoverageGrouping.WEEK;
        SqlQuery query;
        if (groupBy == CoverageGrouping.EVENT) { // rollups are by day, not by event: the links are counted at request time
            query = scope.select(Rollup.COVERAGE_BY_EVENT, "SELECT r.event_id::text, e.title, sum(r.articles), sum(r.claims)",
                    " JOIN event e ON e.id = r.event_id");
        } else {
            String key = switch (groupBy) {
                case OUTLET -> "r.outlet_id::text";
                case LANGUAGE -> "r.language";
                case DAY -> "to_char(r.day, 'YYYY-MM-DD')";
                case WEEK -> "to_char(r.day, 'IYYY-\"W\"IW')";
                default -> throw new IllegalArgumentException(groupBy.toString());
            };
            String label = groupBy == CoverageGrouping.OUTLET ? "o.name" : key;
            query = scope.select(Rollup.COVERAGE, "SELECT " + key + ", " + label + ", sum(r.articles), sum(r.claims)",
                    groupBy == CoverageGrouping.OUTLET ? " JOIN outlet o ON o.id = r.outlet_id" : "");
            if (inTimeOrder) {
                query.and("r.day IS NOT NULL");
            }
        }
        query.append("GROUP BY 1, 2 ORDER BY " + (inTimeOrder ? "1" : "3 DESC, 1") + " LIMIT :limit").bind("limit", limit);
        List<CoverageBucket> buckets = query.rows(entityManager).stream()
                .map(row -> new CoverageBucket().key((String) row[0]).label((String) row[1])
                        .articles(number(row[2])).claims(number(row[3])))
                .toList();
        return new CoverageStats().groupBy(groupBy).buckets(buckets);
    }

    @Transactional
    public CitationStats citations(Scope scope, int limit) {
        SqlQuery query = scope.select(Rollup.CITATION, "SELECT p.id, p.name, p.kind, cited.id, cited.name, cited.kind,"
                + " sum(r.citations), sum(r.articles)",
                " JOIN outlet p ON p.id = r.outlet_id JOIN outlet cited ON cited.id = r.cited_id");
        query.append("GROUP BY p.id, cited.id ORDER BY 7 DESC, 1, 4 LIMIT :limit").bind("limit", limit);
        List<CitationEdge> edges = query.rows(entityManager).stream()
                .map(row -> new CitationEdge().publisher(outlet(row[0], row[1], row[2])).cited(outlet(row[3], row[4], row[5]))
                        .citations(number(row[6])).articles(number(row[7])))
                .toList();
        return new CitationStats().edges(edges);
    }

    @Transactional
    public SpeakerStats speakers(Scope scope, int limit) {
        SqlQuery query = scope.select(Rollup.SPEAKER, "SELECT s.id, s.name, s.role, sum(r.claims),"
                + " jsonb_agg(DISTINCT jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind))::text",
                " JOIN speaker s ON s.id = r.speaker_id JOIN outlet o ON o.id = r.outlet_id");
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

    /** The most cited typed mentions ("مصدر أمني"، "الشرطة"، "البيان"), of one kind when {@code kind} is set. */
    @Transactional
    public MentionStats mentions(Scope scope, MentionKind kind, int limit) {
        SqlQuery query = scope.select(Rollup.MENTION, "SELECT r.kind, r.key, min(r.text), sum(r.citations), sum(r.claims),"
                + " jsonb_agg(DISTINCT jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind))::text",
                " JOIN outlet o ON o.id = r.outlet_id");
        query.where("r.kind = :kind", "kind", kind == null ? null : kind.toString());
        query.append("GROUP BY r.kind, r.key ORDER BY sum(r.citations) + sum(r.claims) DESC, 2, 1 LIMIT :limit").bind("limit", limit);
        List<CitedMention> mentions = query.rows(entityManager).stream()
                .map(row -> new CitedMention()
                        .mention(new SourceMention().kind(MentionKind.fromValue((String) row[0])).key((String) row[1]).text((String) row[2]))
                        .citations(number(row[3])).claims(number(row[4]))
                        .outlets(read((String) row[5], new TypeReference<List<OutletRef>>() { }).stream()
                                .sorted(Comparator.comparing(OutletRef::getName)).toList()))
                .toList();
        return new MentionStats().mentions(mentions);
    }

    /** Counts from the coverage rollup (counting articles by language scanned the whole table: 2.3 s at a million) and five small look-ups. */
    @Transactional
    public Overview overview() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                + " (SELECT coalesce(sum(articles), 0) FROM stats_coverage), (SELECT coalesce(sum(claims), 0) FROM stats_coverage),"
                + " (SELECT count(*) FROM outlet), (SELECT count(*) FROM speaker), (SELECT count(*) FROM event),"
                + " (SELECT coalesce(sum(citations), 0) FROM stats_coverage),"
                + " (SELECT min(published_at) FROM article), (SELECT max(published_at) FROM article),"
                + " (SELECT coalesce(jsonb_agg(jsonb_build_object('language', language, 'articles', n) ORDER BY n DESC, language),"
                + " '[]')::text FROM (SELECT language, sum(articles) AS n FROM stats_coverage GROUP BY language) languages)")
                .getSingleResult();
        return new Overview().articles(number(row[0])).claims(number(row[1])).outlets(number(row[2]))
                .speakers(number(row[3])).events(number(row[4])).citations(number(row[5]))
                .firstPublishedAt(SqlQuery.time(row[6])).lastPublishedAt(SqlQuery.time(row[7]))
                .languages(read((String) row[8], new TypeReference<List<LanguageCount>>() { }));
    }

    private static OutletRef outlet(Object id, Object name, Object kind) {
        return new OutletRef().id(number(id)).name((String) name).kind(OutletKind.fromValue((String) kind));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }


    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL built JSON that does not read back", e);
        }
    }
}
