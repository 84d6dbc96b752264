package news.parallax.search;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class WordFrequenciesTest {

    private static final String MOST_COMMON = "SELECT (s.most_common_elems::text::text[])[1] || ' '"
            + " || (s.most_common_elem_freqs[1] * (SELECT reltuples FROM pg_class WHERE oid = 'claim'::regclass))"
            + " FROM pg_stats s WHERE s.schemaname = current_schema() AND s.tablename = 'claim' AND s.attname = 'search_vector'";

    @Inject
    WordFrequencies frequencies;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void countsWhatTheStatisticsCountAndTakesOtherWordsForRare() throws SQLException {
        for (int i = 0; i < 3; i++) { // claims sharing words, so that the table has common ones whatever ran before
            api().body(Map.of("url", uniqueUrl("frequencies"), "outlet", "Frequency Wire", "publishedAt", "2061-04-0" + (i + 1) + "T10:00:00Z",
                    "body", "The harbour master said the ferries would sail again on " + (i + 1) + " April.")).post("/articles")
                    .then().statusCode(201);
        }
        String mostCommon;
        String before;
        do { // autovacuum may analyse the table again between the two reads
            before = sql("ANALYZE claim", MOST_COMMON);
            frequencies.refresh();
            mostCommon = sql(null, MOST_COMMON);
        } while (!mostCommon.equals(before));
        String word = mostCommon.substring(0, mostCommon.lastIndexOf(' '));
        double claims = Double.parseDouble(mostCommon.substring(mostCommon.lastIndexOf(' ') + 1));
        assertTrue(claims >= 1, mostCommon);
        assertEquals(claims, frequencies.claimsWith(word), 1e-3);

        String unknown = "zqxfrequency" + Long.toString(System.nanoTime(), 36);
        assertEquals(0, frequencies.claimsWith(unknown));
        // a word the statistics do not count first, the longer of two such first, the common word last
        assertEquals(List.of(unknown + "s", unknown, word), frequencies.rarest(List.of(word, unknown, unknown + "s", unknown), 3));
        assertEquals(List.of(unknown + "s"), frequencies.rarest(List.of(word, unknown, unknown + "s"), 1));
    }

    /** Runs {@code first} (if any), then answers the single value of {@code query}. */
    private String sql(String first, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (first != null) {
                statement.execute(first);
            }
            try (ResultSet row = statement.executeQuery(query)) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
