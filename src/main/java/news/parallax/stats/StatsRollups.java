package news.parallax.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import news.parallax.config.Daemons;
import news.parallax.paging.SqlQuery;

/**
 * The rollups behind {@code GET /stats/*}, by hour, day, month and year. Triggers record each day that a
 * write of an article, claim or citation touched in {@code stats_change} (migration V8); this job
 * rebuilds those days' hours from the corpus every half second ({@code parallax.stats.rollup-interval}; less
 * often while rebuilding busy days takes long, see {@link Daemons#every}), sums them into the day (V29) and moves
 * its month and year by the difference (V25), so the aggregates are current within about a second and no request
 * scans more of the corpus than the partial hours at the edges of its time range, or sums a year of days. The same
 * statements aggregate those partial hours, and every article of an event, at request time.
 */
@ApplicationScoped
public class StatsRollups {

    /** {@code parallax.stats.*} settings. */
    @ConfigMapping(prefix = "parallax.stats")
    public interface Settings {

        /** How often the changed days are rebuilt; 0 rebuilds only when {@link #catchUp()} is called (the tests do). */
        @WithDefault("500ms")
        Duration rollupInterval();
    }

    /** The UTC day and hour of an article's publication: what every stored row is computed by. */
    private static final String DAY_AND_HOUR = "(a.published_at AT TIME ZONE 'UTC')::date AS day,"
            + " extract(hour FROM a.published_at AT TIME ZONE 'UTC')::smallint AS hour";
    /** The rows of the mention rollup (day, hour, outlet, kind, key, text, citations, claims) of the articles matching %2$s. */
    private static final String MENTIONS = """
            SELECT day, hour, outlet_id, kind, key, min(text) AS text, sum(citations) AS citations, sum(claims) AS claims FROM (
                SELECT %1$s, a.outlet_id, ci.mention_kind AS kind, ci.mention_key AS key,
                       ci.source_text AS text, 1 AS citations, 0 AS claims
                FROM citation ci JOIN article a ON a.id = ci.article_id WHERE ci.mention_key IS NOT NULL AND %2$s
                UNION ALL
                SELECT %1$s, a.outlet_id, c.mention_kind, c.mention_key, c.mention_text, 0, 1
                FROM claim c JOIN article a ON a.id = c.article_id WHERE c.mention_key IS NOT NULL AND %2$s) mentioned
            GROUP BY 1, 2, 3, 4, 5""";
    /** Days rebuilt per transaction: a few seconds of work at most, however many days a bulk load changed. */
    private static final int DAYS_PER_ROUND = 10;
    /** One rebuild at a time, across every instance on the database. */
    private static final long LOCK = 0x5354415453L;
    /** Tells every instance that keeps stats answers that the rollups changed (V28); under {@link #LOCK}, so never contended. */
    private static final String BUMP_VERSION = "UPDATE stats_version SET version = version + 1 WHERE id = 1";

    /**
     * One rollup: its table, its key, label and count columns, and the rows it holds for the articles
     * matching a condition on {@code a}. A stored rollup's rows are by hour (V29), day, month and year ({@code span},
     * migration V25); {@code day} is the first day of the period, {@code hour} the hour of an hour row (else null).
     */
    enum Rollup {
        COVERAGE("stats_coverage", List.of("outlet_id", "language"), List.of(), List.of("articles", "claims", "citations"), """
                SELECT %1$s, a.outlet_id, a.language, count(*) AS articles,
                       coalesce(sum((SELECT count(*) FROM claim c WHERE c.article_id = a.id)), 0) AS claims,
                       coalesce(sum((SELECT count(*) FROM citation ci WHERE ci.article_id = a.id)), 0) AS citations
                FROM article a WHERE %2$s GROUP BY 1, 2, 3, 4"""),
        CITATION("stats_citation", List.of("outlet_id", "cited_id"), List.of(), List.of("citations", "articles"), """
                SELECT %1$s, a.outlet_id, ci.outlet_id AS cited_id, count(*) AS citations, count(DISTINCT a.id) AS articles
                FROM citation ci JOIN article a ON a.id = ci.article_id WHERE %2$s GROUP BY 1, 2, 3, 4"""),
        SPEAKER("stats_speaker", List.of("speaker_id", "outlet_id"), List.of(), List.of("claims"), """
                SELECT %1$s, c.speaker_id, a.outlet_id, count(*) AS claims
                FROM claim c JOIN article a ON a.id = c.article_id WHERE c.speaker_id IS NOT NULL AND %2$s GROUP BY 1, 2, 3, 4"""),
        /** The same claims over all outlets (with an outlet), so that a year holds a row per speaker. */
        SPEAKER_TOTAL("stats_speaker_total", SPEAKER, List.of("speaker_id"), List.of(), List.of("claims"), """
                SELECT %1$s, c.speaker_id, count(*) AS claims FROM claim c JOIN article a
                ON a.id = c.article_id WHERE c.speaker_id IS NOT NULL AND a.outlet_id IS NOT NULL AND %2$s GROUP BY 1, 2, 3"""),
        /** Sources kept as typed mentions (migration V17) on citations and claims, by normalised key, with one way it was written. */
        MENTION("stats_mention", List.of("outlet_id", "kind", "key"), List.of("text"), List.of("citations", "claims"), MENTIONS),
        /** The same mentions over all outlets (with an outlet), so that a year holds a row per mention (V30). */
        MENTION_TOTAL("stats_mention_total", MENTION, List.of("kind", "key"), List.of("text"), List.of("citations", "claims"),
                "SELECT day, hour, kind, key, min(text) AS text, sum(citations) AS citations, sum(claims) AS claims FROM ("
                        + MENTIONS + ") by_outlet WHERE outlet_id IS NOT NULL GROUP BY 1, 2, 3, 4"),
        /** Not stored: event links change with every linking job, and an event's articles are few enough to count at request time. */
        COVERAGE_BY_EVENT(null, List.of("event_id", "outlet_id"), List.of(), List.of("articles", "claims"), """
                SELECT linked.event_id, a.outlet_id, count(*) AS articles,
                       coalesce(sum((SELECT count(*) FROM claim c WHERE c.article_id = a.id)), 0) AS claims
                FROM article a JOIN article_event linked ON linked.article_id = a.id AND linked.linked WHERE %2$s GROUP BY 1, 2""");

        static final List<Rollup> STORED = List.of(COVERAGE, CITATION, SPEAKER, SPEAKER_TOTAL, MENTION, MENTION_TOTAL);

        /** Null for a rollup computed at request time only. */
        final String table;
        /** The columns of {@link #rows}, in order: the day (when stored), keys, labels (one way a key was written), counts. */
        final String columns;
        /** The columns of a stored hour row (span 'hour', migration V29): the day, its hour (0-23, UTC), keys, labels, counts. */
        private final String hourColumns;
        private final List<String> keys;
        private final List<String> labels;
        private final List<String> counts;
        private final String rowsWhere;
        /** For a total over all outlets: the rollup by outlet whose stored hours it sums (null: computed from the corpus). */
        private final Rollup byOutlet;

        Rollup(String table, List<String> keys, List<String> labels, List<String> counts, String rowsWhere) {
            this(table, null, keys, labels, counts, rowsWhere);
        }

        Rollup(String table, Rollup byOutlet, List<String> keys, List<String> labels, List<String> counts, String rowsWhere) {
            this.table = table;
            this.byOutlet = byOutlet;
            this.keys = keys;
            this.labels = labels;
            this.counts = counts;
            this.rowsWhere = rowsWhere;
            List<String> rest = new ArrayList<>(keys);
            rest.addAll(labels);
            rest.addAll(counts);
            this.columns = (table == null ? "" : "day, ") + String.join(", ", rest);
            this.hourColumns = "day, hour, " + String.join(", ", rest);
        }

        /**
         * The rollup's rows for the articles matching {@code articleCondition} (about {@code a}), computed from the corpus:
         * a row per hour and key, without the hour.
         */
        String rows(String articleCondition) {
            return "SELECT " + columns + " FROM (" + rowsWhere.formatted(DAY_AND_HOUR, articleCondition) + ") computed";
        }

        /**
         * Stores hour rows: those of the articles matching {@code articleCondition}, computed from the corpus; for a total
         * over all outlets, the sums of its rollup by outlet's stored hour rows matching {@code hourCondition} (about
         * {@code r}), written just before, which spares the job a second pass over the day's claims.
         */
        String insertHours(String articleCondition, String hourCondition) {
            return "INSERT INTO " + table + " (span, " + hourColumns + ") SELECT 'hour', " + (byOutlet == null
                    ? hourColumns + " FROM (" + rowsWhere.formatted(DAY_AND_HOUR, articleCondition) + ") computed"
                    : "summed.* FROM (" + sums(byOutlet.table, "r.span = 'hour' AND r.outlet_id IS NOT NULL AND " + hourCondition, true) + ") summed");
        }

        /** Whether {@link #insertHours} reads this rollup's hours from its rollup by outlet rather than from the corpus. */
        boolean summedFromStoredHours() {
            return byOutlet != null;
        }

        /** The day rows that sum the stored hour rows matching {@code hourCondition} (about {@code r}). */
        String sumOfHours(String hourCondition) {
            return sums(table, "r.span = 'hour' AND " + hourCondition, false);
        }

        /** This rollup's day (and hour), keys, labels and counts, summed over the rows of {@code from} matching {@code condition}. */
        private String sums(String from, String condition, boolean byHour) {
            String grouped = "r.day" + (byHour ? ", r.hour" : "") + ", " + keys.stream().map(key -> "r." + key).collect(Collectors.joining(", "));
            return "SELECT " + grouped
                    + labels.stream().map(label -> ", min(r." + label + ")").collect(Collectors.joining())
                    + counts.stream().map(count -> ", sum(r." + count + ")").collect(Collectors.joining())
                    + " FROM " + from + " r WHERE " + condition + " GROUP BY " + grouped;
        }

        /**
         * {@code WITH changed AS (dayRows) INSERT} the rows' counts, times {@code sign}, into their months and
         * years: how the day rows leaving ({@code -1}) and arriving ({@code +1}) move the longer spans.
         */
        String addToMonthsAndYears(String dayRows, int sign) {
            String grouped = String.join(", ", keys);
            return "WITH changed AS (" + dayRows + " RETURNING " + columns + ")"
                    + " INSERT INTO " + table + " (span, " + columns + ")"
                    + " SELECT spans.level, date_trunc(spans.level, changed.day)::date, " + grouped
                    + labels.stream().map(label -> ", min(" + label + ")").collect(Collectors.joining())
                    + counts.stream().map(count -> ", " + sign + " * sum(" + count + ")").collect(Collectors.joining())
                    + " FROM changed CROSS JOIN (VALUES ('month'), ('year')) spans (level) GROUP BY 1, 2, " + grouped
                    + " ON CONFLICT (span, day, hour, " + grouped + ") DO UPDATE SET "
                    + Stream.concat(labels.stream().map(label -> label + " = least(" + table + "." + label + ", excluded." + label + ")"),
                            counts.stream().map(count -> count + " = " + table + "." + count + " + excluded." + count))
                            .collect(Collectors.joining(", "));
        }

        /** The month and year rows whose counts all came back to zero (a key no article of the period has any more). */
        String emptyPeriods() {
            return "DELETE FROM " + table + " r WHERE r.span IN ('month', 'year') AND "
                    + counts.stream().map(count -> "r." + count + " = 0").collect(Collectors.joining(" AND "));
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Settings settings;

    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent startup) {
        worker = Daemons.every("stats-rollups", settings.rollupInterval(), this::catchUp,
                "Rebuilding the stats rollups failed; the changed days stay queued and are tried again");
    }

    /** On shutdown, before the transaction manager goes: a rebuild cut short rolls back and its days stay queued. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        Daemons.stop(worker);
    }

    /** Rebuilds every day changed so far; answers how many days it rebuilt. Tests call it to read current aggregates. */
    public synchronized int catchUp() {
        return Daemons.untilDone(this::rebuildOneRound);
    }

    @SuppressWarnings("unchecked")
    private int rebuildOneRound() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        List<Object> taken = entityManager.createNativeQuery("SELECT DISTINCT day FROM stats_change LIMIT " + DAYS_PER_ROUND)
                .getResultList();
        Set<LocalDate> days = new LinkedHashSet<>();
        taken.forEach(day -> days.add(SqlQuery.day(day)));
        if (days.isEmpty()) {
            return 0;
        }
        // every change of these days committed so far goes now; the rebuild below sees all of them
        entityManager.createNativeQuery("DELETE FROM stats_change WHERE day = ANY(CAST(?1 AS date[])) OR (?2 AND day IS NULL)")
                .setParameter(1, days.stream().filter(Objects::nonNull).map(LocalDate::toString).toArray(String[]::new))
                .setParameter(2, days.contains(null)).executeUpdate();
        for (LocalDate day : days) {
            String ofTheDay = day == null ? "r.day IS NULL" : "r.day = :day";
            for (Rollup rollup : Rollup.STORED) {
                // the day's hours are computed again from the corpus; then its old rows leave its month and year, its new
                // rows (the sums of its hours) arrive, and keys left at zero go
                SqlQuery oldHours = new SqlQuery("DELETE FROM " + rollup.table + " r WHERE r.span = 'hour' AND " + ofTheDay);
                SqlQuery newHours = new SqlQuery(rollup.insertHours(
                        day == null ? "a.published_at IS NULL" : "a.published_at >= :start AND a.published_at < :end", ofTheDay));
                SqlQuery leaving = new SqlQuery(rollup.addToMonthsAndYears("DELETE FROM " + rollup.table + " r WHERE r.span = 'day' AND " + ofTheDay, -1));
                SqlQuery arriving = new SqlQuery(rollup.addToMonthsAndYears("INSERT INTO " + rollup.table + " (" + rollup.columns + ") "
                        + rollup.sumOfHours(ofTheDay), 1));
                SqlQuery emptied = new SqlQuery(rollup.emptyPeriods())
                        .and(day == null ? "r.day IS NULL" : "(r.span = 'month' AND r.day = :month OR r.span = 'year' AND r.day = :year)");
                if (day != null) {
                    oldHours.bind("day", day);
                    if (rollup.summedFromStoredHours()) {
                        newHours.bind("day", day);
                    } else {
                        newHours.bind("start", day.atStartOfDay().atOffset(ZoneOffset.UTC))
                                .bind("end", day.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
                    }
                    leaving.bind("day", day);
                    arriving.bind("day", day);
                    emptied.bind("month", day.withDayOfMonth(1)).bind("year", day.withDayOfYear(1));
                }
                for (SqlQuery statement : List.of(oldHours, newHours, leaving, arriving, emptied)) {
                    statement.execute(entityManager);
                }
            }
        }
        entityManager.createNativeQuery(BUMP_VERSION).executeUpdate();
        return days.size();
    }
}
