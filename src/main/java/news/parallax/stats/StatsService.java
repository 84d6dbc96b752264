package news.parallax.stats;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

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
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.Overview;
import news.parallax.api.model.QuotedSpeaker;
import news.parallax.api.model.SourceMention;
import news.parallax.api.model.SpeakerRef;
import news.parallax.api.model.SpeakerStats;
import news.parallax.outlet.OutletMapper;
import news.parallax.paging.SqlQuery;
import news.parallax.stats.StatsRollups.Rollup;
import news.parallax.stats.StatsService.Scope.Period;

/**
 * Dashboard aggregates, read from the rollups of {@link StatsRollups}: the whole years, months, days and hours of a
 * requested range come from the rollup tables, the partial hours at its edges and the articles of
 * one event are aggregated from the corpus by the same statements the rollups are built with.
 * Each answer is one SQL statement, run in autocommit (no transaction to begin and commit around it).
 */
@ApplicationScoped
public class StatsService {

    /**
     * Which articles count: the filters every aggregate shares. With {@code wholeHoursLeftOut} (see {@link #partialHours}),
     * only the articles of the partial hours at the edges of {@code [from, to)}, around those whole hours.
     */
    public record Scope(OffsetDateTime from, OffsetDateTime to, Long event, Long outlet, Scope wholeHoursLeftOut) {

        public Scope(OffsetDateTime from, OffsetDateTime to, Long event, Long outlet) {
            this(from, to, event, outlet, null);
        }

        /**
         * {@code SELECT select FROM (the rollup's rows in scope) r joins}, filtered by outlet; stored rows
         * no longer than {@code longest}.
         */
        SqlQuery select(Rollup rollup, Period longest, String select, String joins) {
            SqlQuery rows = rows(rollup, longest);
            SqlQuery selected = new SqlQuery(select + " FROM (" + rows.sql() + ") r" + joins).bindAll(rows);
            return selected.where("r.outlet_id = :outlet", "outlet", outlet);
        }

        /**
         * Whether every answer in this scope is read from the stored rollups alone (no event, no partial hour at
         * either edge), so that it changes only when they do ({@link #version()}).
         */
        boolean fromRollupsOnly() {
            return event == null && wholeHour(from) && wholeHour(to) && (from == null || to == null || from.isBefore(to));
        }

        /**
         * The whole hours of a range with a partial hour at an edge and at least one whole hour inside: its answers are
         * those of the whole hours (from the rollups alone) plus those of its {@link #partialHours} (see {@link Addition}).
         * Null for any other scope.
         */
        Scope wholeHours() {
            if (fromRollupsOnly() || fromCorpus()) {
                return null;
            }
            LocalDateTime start = firstWholeHour();
            LocalDateTime end = endOfWholeHours();
            return new Scope(start == null ? null : start.atOffset(ZoneOffset.UTC), end == null ? null : end.atOffset(ZoneOffset.UTC), null, outlet);
        }

        /**
         * The partial hours at the edges of a scope, around its {@link #wholeHours()} {@code whole}, as one scope: both edges
         * are aggregated by one statement into one answer (with a statement and an answer per edge, a day's speakers cut at
         * 12:30 answered 156-165 requests a second at a million articles, 179-202 now: docs/benchmarks.md).
         */
        Scope partialHours(Scope whole) {
            return new Scope(from, to, null, outlet, whole);
        }

        /** The partial hour at each edge of a scope made by {@link #partialHours}, as ranges of their own: one or two. */
        List<Scope> edges() {
            List<Scope> edges = new ArrayList<>();
            if (from != null && from.isBefore(wholeHoursLeftOut.from)) {
                edges.add(new Scope(from, wholeHoursLeftOut.from, null, outlet));
            }
            if (to != null && wholeHoursLeftOut.to.isBefore(to)) {
                edges.add(new Scope(wholeHoursLeftOut.to, to, null, outlet));
            }
            return edges;
        }

        private static boolean wholeHour(OffsetDateTime time) {
            return time == null || utc(time).equals(utc(time).truncatedTo(ChronoUnit.HOURS));
        }

        /** {@code AND r.outlet_id = :outlet} when the scope has an outlet (bound in {@code query}), for rows aliased {@code r}. */
        String andOutlet(SqlQuery query) {
            if (outlet == null) {
                return "";
            }
            query.bind("outlet", outlet);
            return " AND r.outlet_id = :outlet";
        }

        /**
         * The rollup's rows in scope, not yet filtered by outlet: whole UTC hours as the fewest stored rows
         * (whole years, then months, then days, none longer than {@code longest}, then hours); the partial hours at
         * the edges and an event's articles from the corpus.
         */
        SqlQuery rows(Rollup rollup, Period longest) {
            List<String> rows = new ArrayList<>();
            SqlQuery query = new SqlQuery("");
            if (rollup.table == null || fromCorpus()) {
                List<String> conditions = new ArrayList<>();
                if (event != null) {
                    conditions.add("a.id IN (SELECT ae.article_id FROM article_event ae WHERE ae.event_id = :event AND ae.linked)");
                    query.bind("event", event);
                }
                if (wholeHoursLeftOut != null) { // each edge's rows on their own: OR-ed on published_at, the mentions' took 54-112 ms, not 3-7
                    for (Scope edge : edges()) {
                        String name = "edge" + rows.size();
                        rows.add(computedOnce(rollup, edge(query, name + "From", edge.from, name + "To", edge.to)));
                    }
                    return new SqlQuery(String.join(" UNION ALL ", rows)).bindAll(query);
                }
                inRange(conditions, query, "from", from, "to", to);
                rows.add(computedOnce(rollup, conditions.isEmpty() ? "true" : String.join(" AND ", conditions)));
                return new SqlQuery(String.join(" UNION ALL ", rows)).bindAll(query);
            }
            LocalDateTime firstWholeHour = firstWholeHour();
            LocalDateTime endOfWholeHours = endOfWholeHours();
            if (firstWholeHour != null && utc(from).isBefore(firstWholeHour)) {
                rows.add(computedOnce(rollup, edge(query, "from", from, "firstWholeHour", firstWholeHour.atOffset(ZoneOffset.UTC))));
            }
            if (endOfWholeHours != null && endOfWholeHours.isBefore(utc(to))) {
                rows.add(computedOnce(rollup, edge(query, "endOfWholeHours", endOfWholeHours.atOffset(ZoneOffset.UTC), "to", to)));
            }
            List<String> periods = new ArrayList<>();
            LocalDate firstWholeDay = firstWholeHour == null ? null : dayAtOrAfter(firstWholeHour);
            LocalDate endOfWholeDays = endOfWholeHours == null ? null : endOfWholeHours.toLocalDate();
            if (firstWholeDay != null && endOfWholeDays != null && !firstWholeDay.isBefore(endOfWholeDays)) {
                hours(firstWholeHour, endOfWholeHours, periods, query);
            } else {
                if (firstWholeDay != null) {
                    hours(firstWholeHour, firstWholeDay.atStartOfDay(), periods, query);
                }
                if (endOfWholeDays != null) {
                    hours(endOfWholeDays.atStartOfDay(), endOfWholeHours, periods, query);
                }
                longest.cover(firstWholeDay, endOfWholeDays, periods, query);
            }
            rows.add(0, "SELECT " + rollup.columns + " FROM " + rollup.table + " WHERE " + String.join(" OR ", periods));
            return new SqlQuery(String.join(" UNION ALL ", rows)).bindAll(query);
        }

        /**
         * Whether this scope's rows are computed from the corpus (an event's articles, a range inside one hour, partial hours)
         * in place of the rollups'.
         */
        boolean fromCorpus() {
            LocalDateTime firstWholeHour = firstWholeHour();
            LocalDateTime endOfWholeHours = endOfWholeHours();
            return event != null || wholeHoursLeftOut != null || firstWholeHour != null && endOfWholeHours != null && !firstWholeHour.isBefore(endOfWholeHours);
        }

        private LocalDateTime firstWholeHour() {
            return from == null ? null : hourAtOrAfter(utc(from));
        }

        private LocalDateTime endOfWholeHours() {
            return to == null ? null : utc(to).truncatedTo(ChronoUnit.HOURS);
        }

        /** Adds the conditions selecting the stored hour rows of the whole hours [start, end), a condition per day. */
        private static void hours(LocalDateTime start, LocalDateTime end, List<String> periods, SqlQuery query) {
            while (start.isBefore(end)) {
                LocalDateTime endOfDay = start.toLocalDate().plusDays(1).atStartOfDay();
                List<String> condition = new ArrayList<>(List.of("span = 'hour'"));
                String day = "period" + query.parameterCount();
                condition.add("day = :" + day);
                query.bind(day, start.toLocalDate());
                if (start.getHour() > 0) {
                    String hour = "period" + query.parameterCount();
                    condition.add("hour >= :" + hour);
                    query.bind(hour, start.getHour());
                }
                if (end.isBefore(endOfDay)) {
                    String hour = "period" + query.parameterCount();
                    condition.add("hour < :" + hour);
                    query.bind(hour, end.getHour());
                }
                periods.add("(" + String.join(" AND ", condition) + ")");
                start = endOfDay;
            }
        }

        /** The spans the rollups are stored by, longest first (migration V25). */
        enum Period {
            YEAR, MONTH, DAY;

            /**
             * Adds the conditions selecting the stored rows that cover the whole days [from, end) (null: unbounded)
             * with as few rows as possible: this span's periods inside the range, the shorter spans for the rest.
             */
            void cover(LocalDate from, LocalDate end, List<String> periods, SqlQuery query) {
                LocalDate first = from == null || start(from).equals(from) ? from : following(start(from));
                LocalDate last = end == null ? null : start(end);
                if (first != null && last != null && !first.isBefore(last)) {
                    next().cover(from, end, periods, query);
                    return;
                }
                List<String> condition = new ArrayList<>(List.of("span = '" + name().toLowerCase() + "'"));
                if (first != null) {
                    String name = "period" + query.parameterCount();
                    condition.add("day >= :" + name);
                    query.bind(name, first);
                }
                if (last != null) {
                    String name = "period" + query.parameterCount();
                    condition.add("day < :" + name);
                    query.bind(name, last);
                }
                periods.add("(" + String.join(" AND ", condition) + ")");
                if (from != null && from.isBefore(first)) {
                    next().cover(from, first, periods, query);
                }
                if (end != null && last.isBefore(end)) {
                    next().cover(last, end, periods, query);
                }
            }

            /** The first day of the period holding {@code day}. */
            private LocalDate start(LocalDate day) {
                return this == YEAR ? day.withDayOfYear(1) : this == MONTH ? day.withDayOfMonth(1) : day;
            }

            private LocalDate following(LocalDate start) {
                return this == YEAR ? start.plusYears(1) : this == MONTH ? start.plusMonths(1) : start.plusDays(1);
            }

            private Period next() {
                return values()[ordinal() + 1];
            }
        }

        /**
         * The rollup's rows computed from the corpus, once per statement: a filter on them from outside (the outlets
         * of each top speaker) would otherwise be pushed into the aggregate and run it again per speaker, reading
         * every claim of that speaker (4 to 8 s for a day with 12:00 edges at a million articles).
         */
        private static String computedOnce(Rollup rollup, String articleCondition) {
            return "(WITH computed_rows AS MATERIALIZED (" + rollup.rows(articleCondition) + ") SELECT * FROM computed_rows)";
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

        private static LocalDateTime utc(OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }

        private static LocalDate dayAtOrAfter(LocalDateTime time) {
            return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate() : time.toLocalDate().plusDays(1);
        }

        private static LocalDateTime hourAtOrAfter(LocalDateTime time) {
            LocalDateTime hour = time.truncatedTo(ChronoUnit.HOURS);
            return hour.equals(time) ? hour : hour.plusHours(1);
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * The version of what a scope read {@link Scope#fromRollupsOnly() from the rollups alone} answers: it moves when a
     * rollup is rebuilt (V28) or a name in the registry changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String version() {
        return (String) entityManager.createNativeQuery("SELECT s.version || '.' || r.version FROM stats_version s CROSS JOIN registry_version r")
                .getSingleResult();
    }

    /** Coverage by day or week is listed in time order; by outlet, language or event, most articles first. */
    static boolean inTimeOrder(CoverageGrouping groupBy) {
        return groupBy == CoverageGrouping.DAY || groupBy == CoverageGrouping.WEEK;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageStats coverage(CoverageGrouping groupBy, Scope scope, int limit) {
        boolean inTimeOrder = inTimeOrder(groupBy);
        SqlQuery query;
        if (groupBy == CoverageGrouping.EVENT) { // rollups are by day, not by event: the links are counted at request time
            query = scope.select(Rollup.COVERAGE_BY_EVENT, Period.YEAR, "SELECT r.event_id::text, e.title, sum(r.articles), sum(r.claims)",
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
            query = scope.select(Rollup.COVERAGE, inTimeOrder ? Period.DAY : Period.YEAR, "SELECT " + key + ", " + label + ", sum(r.articles), sum(r.claims)",
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

    /** The most cited outlets by publisher: the pairs summed first, then the top ones named. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CitationStats citations(Scope scope, int limit) {
        SqlQuery rows = scope.rows(Rollup.CITATION, Period.YEAR);
        SqlQuery query = new SqlQuery("SELECT p.id, p.name, p.kind, cited.id, cited.name, cited.kind, top.citations, top.articles FROM"
                + " (SELECT r.outlet_id, r.cited_id, sum(r.citations) AS citations, sum(r.articles) AS articles FROM (" + rows.sql() + ") r"
                + " WHERE r.outlet_id IS NOT NULL AND r.cited_id IS NOT NULL" + scope.andOutlet(rows)
                + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT :limit) top"
                + " JOIN outlet p ON p.id = top.outlet_id JOIN outlet cited ON cited.id = top.cited_id ORDER BY 7 DESC, 1, 4")
                .bindAll(rows).bind("limit", limit);
        List<CitationEdge> edges = query.rows(entityManager).stream()
                .map(row -> new CitationEdge().publisher(OutletMapper.fromRow(row, 0)).cited(OutletMapper.fromRow(row, 3))
                        .citations(number(row[6])).articles(number(row[7])))
                .toList();
        return new CitationStats().edges(edges);
    }

    /** The most quoted speakers, with the outlets that quoted them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SpeakerStats speakers(Scope scope, int limit) {
        SqlQuery top = topWithTheirOutlets(scope, Rollup.SPEAKER, Rollup.SPEAKER_TOTAL, List.of("speaker_id"), "sum(r.claims) AS claims",
                "true", "claims DESC, speaker_id", limit);
        SqlQuery query = new SqlQuery("SELECT s.id, s.name, s.role, top.claims, top.outlets FROM (" + top.sql() + ") top"
                + " JOIN speaker s ON s.id = top.speaker_id ORDER BY 4 DESC, 1").bindAll(top);
        List<QuotedSpeaker> speakers = query.rows(entityManager).stream()
                .map(row -> new QuotedSpeaker()
                        .speaker(new SpeakerRef().id(number(row[0])).name((String) row[1]).role((String) row[2]))
                        .claims(number(row[3]))
                        .outlets(outlets((String) row[4])))
                .toList();
        return new SpeakerStats().speakers(speakers);
    }

    /** The most cited typed mentions ("مصدر أمني"، "الشرطة"، "البيان"), of one kind when {@code kind} is set, with their outlets. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MentionStats mentions(Scope scope, MentionKind kind, int limit) {
        SqlQuery top = topWithTheirOutlets(scope, Rollup.MENTION, Rollup.MENTION_TOTAL, List.of("kind", "key"),
                "min(r.text) AS text, sum(r.citations) AS citations, sum(r.claims) AS claims", kind == null ? "true" : "r.kind = :kind",
                "sum(r.citations) + sum(r.claims) DESC, r.key, r.kind", limit);
        if (kind != null) {
            top.bind("kind", kind.toString());
        }
        SqlQuery query = new SqlQuery("SELECT top.kind, top.key, top.text, top.citations, top.claims, top.outlets FROM (" + top.sql() + ") top"
                + " ORDER BY top.citations + top.claims DESC, 2, 1").bindAll(top);
        List<CitedMention> mentions = query.rows(entityManager).stream()
                .map(row -> new CitedMention()
                        .mention(new SourceMention().kind(MentionKind.fromValue((String) row[0])).key((String) row[1]).text((String) row[2]))
                        .citations(number(row[3])).claims(number(row[4]))
                        .outlets(outlets((String) row[5])))
                .toList();
        return new MentionStats().mentions(mentions);
    }

    /**
     * The {@code limit} top keys of a rollup by outlet in scope (rows aliased {@code r} matching {@code condition}), summed over all outlets from its total rollup (a row per key
     * in a year) unless the scope has an outlet, and then the outlets of only those keys, as a JSON array in column
     * {@code outlets}: listing every key's outlets took seconds on a year of a million articles. Each key's outlets are
     * made distinct before they are looked up (as "o.id IN (...)", PostgreSQL compared every outlet with every row of
     * the key: 60 ms a speaker over three months with partial days).
     */
    private static SqlQuery topWithTheirOutlets(Scope scope, Rollup byOutlet, Rollup total, List<String> keys, String sums, String condition,
            String order, int limit) {
        SqlQuery rows = scope.rows(byOutlet, Period.YEAR);
        String andOutlet = scope.andOutlet(rows);
        // both from this scope: parameters of the same name have the same value. Computed from the corpus (an hour's or an
        // event's articles), the rows by outlet are few and computed once, for the top keys and their outlets, and the totals
        // are their sums (as stored totals are); stored rows stay inlined, so each reads only its keys' rows by index
        boolean fromCorpus = scope.fromCorpus();
        SqlQuery totals = scope.outlet() == null && !fromCorpus ? scope.rows(total, Period.YEAR) : null;
        String keyList = keys.stream().map(key -> "r." + key).collect(Collectors.joining(", "));
        return new SqlQuery("WITH by_outlet AS " + (fromCorpus ? "MATERIALIZED" : "NOT MATERIALIZED") + " (" + rows.sql() + "),"
                + " top AS (SELECT " + keyList + ", " + sums + " FROM ("
                + (totals == null ? "SELECT * FROM by_outlet r WHERE r.outlet_id IS NOT NULL" + andOutlet : totals.sql()) + ") r"
                + " WHERE " + condition + " GROUP BY " + keyList + " ORDER BY " + order + " LIMIT :limit)"
                + " SELECT top.*, (SELECT jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind))"
                + " FROM (SELECT DISTINCT r.outlet_id FROM by_outlet r WHERE "
                + keys.stream().map(key -> "r." + key + " = top." + key).collect(Collectors.joining(" AND ")) + andOutlet + ") quoting"
                + " JOIN outlet o ON o.id = quoting.outlet_id)::text AS outlets FROM top")
                .bindAll(rows).bindAll(totals == null ? rows : totals).bind("limit", limit);
    }

    /** The order of the outlets of a speaker or a mention: by name. */
    static final Comparator<OutletRef> OUTLETS_ORDER = Comparator.comparing(OutletRef::getName).thenComparing(OutletRef::getId);

    private List<OutletRef> outlets(String json) {
        return read(json, new TypeReference<List<OutletRef>>() { }).stream().sorted(OUTLETS_ORDER).toList();
    }

    /** Counts from the coverage rollup (counting articles by language scanned the whole table: 2.3 s at a million) and five small look-ups. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Overview overview() {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT"
                + " (SELECT coalesce(sum(articles), 0) FROM stats_coverage WHERE span = 'year'),"
                + " (SELECT coalesce(sum(claims), 0) FROM stats_coverage WHERE span = 'year'),"
                + " (SELECT count(*) FROM outlet), (SELECT count(*) FROM speaker), (SELECT count(*) FROM event),"
                + " (SELECT coalesce(sum(citations), 0) FROM stats_coverage WHERE span = 'year'),"
                + " (SELECT min(published_at) FROM article), (SELECT max(published_at) FROM article),"
                + " (SELECT coalesce(jsonb_agg(jsonb_build_object('language', language, 'articles', n) ORDER BY n DESC, language),"
                + " '[]')::text FROM (SELECT language, sum(articles) AS n FROM stats_coverage WHERE span = 'year' GROUP BY language) languages)")
                .getSingleResult();
        return new Overview().articles(number(row[0])).claims(number(row[1])).outlets(number(row[2]))
                .speakers(number(row[3])).events(number(row[4])).citations(number(row[5]))
                .firstPublishedAt(SqlQuery.time(row[6])).lastPublishedAt(SqlQuery.time(row[7]))
                .languages(read((String) row[8], new TypeReference<List<LanguageCount>>() { }));
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
