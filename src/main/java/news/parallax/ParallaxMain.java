package news.parallax;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import news.parallax.config.EmbeddedDatabase;

/**
 * Starts Parallax. With no datasource configured, an embedded PostgreSQL is started first and
 * the service is pointed at it; with {@code QUARKUS_DATASOURCE_JDBC_URL} set, nothing embedded runs.
 * Where the embedded server is disabled (the container image), a missing URL stops the start at once.
 */
@QuarkusMain
public final class ParallaxMain {

    public static void main(String... args) throws Exception {
        // Quarkus would answer an unparsable URI with an empty 400; HttpLayerProblems checks it and answers a problem document
        System.setProperty("vertx.disableURIValidation", "true");
        if (setting("quarkus.datasource.jdbc.url", null) == null) {
            if (!Boolean.parseBoolean(setting("parallax.embedded-postgres.enabled", "true"))) {
                // a container's data would vanish with it, and every replica would have its own database
                System.err.println("Parallax cannot start: QUARKUS_DATASOURCE_JDBC_URL is not set, and the embedded PostgreSQL is"
                        + " disabled here (PARALLAX_EMBEDDED_POSTGRES_ENABLED=false, as in the container image). Set"
                        + " QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD to an"
                        + " external PostgreSQL 14+ (see docs/deployment.md).");
                System.exit(2);
            }
            Path dataDirectory = Path.of(setting("parallax.embedded-postgres.data-dir", "data/postgres"));
            int port = Integer.parseInt(setting("parallax.embedded-postgres.port", "0"));
            EmbeddedDatabase.start(dataDirectory, port);
        }
        Quarkus.run(args);
    }

    /**
     * Reads a start-up setting before Quarkus configuration exists: a system property, or the
     * environment variable of the same name in Quarkus' upper-case, underscore form.
     */
    private static String setting(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
