package news.parallax.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import news.parallax.config.EmbeddedPostgres;

/**
 * Every {@code @QuarkusTest} runs against a real PostgreSQL: the same embedded server the
 * service uses, on a throwaway data directory deleted when the tests end.
 */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres server;
    private Path dataDirectory;

    /** Stops the database under the running service (an outage), keeping its data. */
    public static synchronized void stopDatabase() {
        server.close();
    }

    /** Starts the database again on the same port and data directory. */
    public static synchronized void startDatabase() throws IOException {
        server = EmbeddedPostgres.start(server.dataDirectory(), server.port());
    }

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("parallax-test-pg");
            server = EmbeddedPostgres.start(dataDirectory.resolve("data"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The same database as the "read replica": every GET of the suite then runs on the replica's
        // read-only connections (ReplicaIT runs a real streaming replica).
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedPostgres.USER,
                "quarkus.datasource.password", "",
                "quarkus.datasource.replica.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.replica.username", EmbeddedPostgres.USER,
                "quarkus.datasource.replica.password", "");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        try {
            EmbeddedPostgres.deleteRecursively(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
