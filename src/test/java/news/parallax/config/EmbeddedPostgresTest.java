package news.parallax.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server as the service uses it: persistent, UTF-8, loopback only, and robust to killed runs. */
class EmbeddedPostgresTest {

    @TempDir
    Path temp;

    @Test
    void dataSurvivesARestart() throws Exception {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data, 0)) {
            execute(first, "CREATE TABLE note (text text)", "INSERT INTO note VALUES ('محفوظ')");
        }
        try (EmbeddedPostgres second = EmbeddedPostgres.start(data, 0)) {
            assertEquals("محفوظ", query(second, "SELECT text FROM note"));
        }
    }

    @Test
    void aServerLeftRunningByAKilledRunIsTakenOver() throws Exception {
        Path data = temp.resolve("pg");
        // The first instance is never closed, as when its JVM is killed: its server keeps running.
        EmbeddedPostgres orphan = EmbeddedPostgres.start(data, 0);
        execute(orphan, "CREATE TABLE note (text text)", "INSERT INTO note VALUES ('kept')");
        try (EmbeddedPostgres next = EmbeddedPostgres.start(data, 0)) {
            assertEquals("kept", query(next, "SELECT text FROM note"));
            assertThrows(SQLException.class, () -> query(orphan, "SELECT 1"), "the orphaned server was stopped");
        }
    }

    @Test
    void clusterIsUtf8WithAUtf8CtypeOnLoopbackOnly() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(temp.resolve("pg"), 0)) {
            assertEquals("UTF8", query(server, "SHOW server_encoding"));
            assertEquals("C.UTF-8", query(server, "SELECT datctype FROM pg_database WHERE datname = current_database()"));
            assertEquals("127.0.0.1", query(server, "SHOW listen_addresses"));
            execute(server, "CREATE EXTENSION pg_trgm");
            // with a plain C ctype pg_trgm would see no letters in Arabic and score this 0
            assertEquals("1", query(server, "SELECT similarity('خليفة حفتر', 'خليفة حفتر')::int"));
            assertEquals("'انتخاب':1", query(server, "SELECT to_tsvector('arabic', 'الانتخابات')::text"));
        }
    }

    @Test
    void aDirectoryWithForeignFilesIsRefusedWithAClearMessage() throws IOException {
        Path data = Files.createDirectories(temp.resolve("pg"));
        Files.writeString(data.resolve("notes.txt"), "not a cluster");
        IOException refused = assertThrows(IOException.class,
                () -> EmbeddedPostgres.start(data, 0).close());
        assertTrue(refused.getMessage().contains("is not empty but holds no cluster"), refused.getMessage());
    }

    private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.USER, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String query(EmbeddedPostgres server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgres.USER, "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
