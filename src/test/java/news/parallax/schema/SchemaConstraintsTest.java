package news.parallax.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The rules migrations/V1 puts in the database itself, whatever code writes to it. */
@QuarkusTest
class SchemaConstraintsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSpanMustLieInsideItsArticlesText() throws SQLException {
        long article = insertArticle("https://example.org/spans-" + System.nanoTime(), "ten chars!");
        execute("INSERT INTO claim (article_id, text, span_start, span_end, kind, language) VALUES ("
                + article + ", 'ten', 0, 10, 'assertion', 'en')");
        SQLException outside = assertThrows(SQLException.class, () -> execute(
                "INSERT INTO claim (article_id, text, span_start, span_end, kind, language) VALUES ("
                        + article + ", 'ten', 5, 11, 'assertion', 'en')"));
        assertEquals("23514", outside.getSQLState());
        assertTrue(outside.getMessage().contains("span [5, 11) lies outside the text of article " + article));
        assertEquals("23514", assertThrows(SQLException.class, () -> execute(
                "INSERT INTO citation (article_id, source_text, span_start, span_end) VALUES (" + article + ", 'x', 3, 3)"))
                .getSQLState());
    }

    @Test
    void aClaimCarriesItsArticlesPublicationDayInUtc() throws SQLException {
        long may = insertArticle("https://example.org/day-" + System.nanoTime(), "ten chars!");
        long november = insertArticle("https://example.org/day-" + System.nanoTime(), "ten chars!");
        execute("UPDATE article SET published_at = '2018-05-29 23:30-02' WHERE id = " + may);
        execute("UPDATE article SET published_at = '2018-11-12 10:00+00' WHERE id = " + november);
        long claim = queryLong("INSERT INTO claim (article_id, text, span_start, span_end, kind, language) VALUES ("
                + may + ", 'ten', 0, 3, 'assertion', 'en') RETURNING id");
        assertEquals("2018-05-30", queryText("SELECT published_on::text FROM claim WHERE id = " + claim));
        execute("UPDATE article SET published_at = '2018-06-01 08:00+00' WHERE id = " + may);
        assertEquals("2018-06-01", queryText("SELECT published_on::text FROM claim WHERE id = " + claim));
        execute("UPDATE claim SET article_id = " + november + " WHERE id = " + claim);
        assertEquals("2018-11-12", queryText("SELECT published_on::text FROM claim WHERE id = " + claim));
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        SQLException reversed = assertThrows(SQLException.class, () -> execute(
                "INSERT INTO event (title, start_date, end_date) VALUES ('Palermo conference', '2018-11-13', '2018-11-12')"));
        assertEquals("23514", reversed.getSQLState());
        assertTrue(reversed.getMessage().contains("event_dates_in_order"));
    }

    @Test
    void articleUrlsAreUnique() throws SQLException {
        String url = "https://example.org/unique-" + System.nanoTime();
        insertArticle(url, "a");
        assertEquals("23505", assertThrows(SQLException.class, () -> insertArticle(url, "b")).getSQLState());
    }

    @Test
    void anOutletCannotHaveTheSameNormalisedAliasTwice() throws SQLException {
        long outlet = queryLong("INSERT INTO outlet (name, kind) VALUES ('Alias test', 'online') RETURNING id");
        execute("INSERT INTO outlet_alias (outlet_id, alias, normalized) VALUES (" + outlet + ", 'Alias test', 'alias test')");
        assertEquals("23505", assertThrows(SQLException.class, () -> execute(
                "INSERT INTO outlet_alias (outlet_id, alias, normalized) VALUES (" + outlet + ", 'ALIAS TEST', 'alias test')"))
                .getSQLState());
    }

    @Test
    void trigramMatchingIsEnabled() throws SQLException {
        assertEquals(1, queryLong("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"));
    }

    private long insertArticle(String url, String text) throws SQLException {
        return queryLong("INSERT INTO article (url, language, body, clean_text, content_hash) VALUES ('" + url
                + "', 'en', '" + text + "', '" + text + "', repeat('0', 64)) RETURNING id");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private String queryText(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
