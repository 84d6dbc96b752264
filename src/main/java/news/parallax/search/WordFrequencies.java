package news.parallax.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import news.parallax.config.Daemons;

/**
 * How many claims hold each common word, from PostgreSQL's statistics of the search vectors (the most common elements
 * ANALYZE found, with their frequencies), held in memory and read again every {@link #REFRESH}. Related claims look for
 * the claim's rarest words with it. Read in the statement of each look-up, the statistics cost more than the rest of it:
 * {@code pg_stats} is a view whose row is decompressed and its thousand elements unnested each time (0.4-4.6 ms of a
 * prepared statement at a million articles, against 0.03-0.15 ms for the claim's row alone), for figures that change only
 * when the table is analysed.
 */
@ApplicationScoped
public class WordFrequencies {

    /** The statistics move only when ANALYZE runs (autovacuum's, after a tenth of the table has changed). */
    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final String READ = """
            SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs,
                   (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'claim'::regclass)
            FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'claim' AND s.attname = 'search_vector'""";

    /** The words' frequencies (share of claims holding them) and the number of claims they are shares of. */
    private record Snapshot(Map<String, Double> frequencies, double claims) {
    }

    @Inject
    DataSource dataSource;

    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0);
    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent start) {
        worker = Daemons.every("word-frequencies", REFRESH, this::refresh, "Reading the search vectors' statistics failed");
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * The {@code count} rarest of {@code words}: a word missing from the common ones first, then the least frequent, the
     * longer first where frequencies are equal (a longer word is more often a rare one), then in code point order.
     */
    public List<String> rarest(List<String> words, int count) {
        Map<String, Double> frequencies = snapshot.frequencies();
        return words.stream().distinct()
                .sorted(Comparator.<String>comparingDouble(w -> frequencies.getOrDefault(w, 0.0))
                        .thenComparing(Comparator.comparingInt(String::length).reversed())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(count).toList();
    }

    /** About how many claims hold {@code word}: 0 for a word the statistics do not count among the common ones. */
    public double claimsWith(String word) {
        Snapshot current = snapshot;
        return current.frequencies().getOrDefault(word, 0.0) * current.claims();
    }

    /** Reads the statistics again (the daemon's work; tests call it after analysing the table). */
    void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(READ)) {
            Map<String, Double> frequencies = new HashMap<>();
            double claims = 0;
            if (row.next() && row.getArray(1) != null) {
                String[] elements = (String[]) row.getArray(1).getArray();
                Array shares = row.getArray(2);
                Float[] frequency = (Float[]) shares.getArray(); // one per element, then the minimum, maximum and null share
                for (int i = 0; i < elements.length; i++) {
                    frequencies.put(elements[i], frequency[i].doubleValue());
                }
                claims = row.getDouble(3);
            }
            snapshot = new Snapshot(Map.copyOf(frequencies), claims);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the search vectors' statistics: " + e.getMessage(), e);
        }
    }
}
