package news.parallax.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Owns the embedded PostgreSQL of a running service: started by {@code ParallaxMain} before
 * Quarkus, stopped after the application has shut down. Also says on start which database is used.
 */
@ApplicationScoped
public class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static volatile EmbeddedPostgres server;

    /** Starts the embedded server and points the datasource at it. */
    public static void start(Path dataDirectory, int port) throws IOException {
        server = EmbeddedPostgres.start(dataDirectory, port);
        System.setProperty("quarkus.datasource.jdbc.url", server.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedPostgres.USER);
    }

    public static Optional<EmbeddedPostgres> running() {
        return Optional.ofNullable(server);
    }

    void announce(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        running().ifPresentOrElse(
                db -> LOG.infof("Database: embedded PostgreSQL on 127.0.0.1:%d, data directory %s", db.port(), db.dataDirectory()),
                () -> LOG.infof("Database: external PostgreSQL at %s", withoutCredentials(url)));
    }

    /** Runs last among shutdown observers, once requests have drained. */
    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ShutdownEvent event) {
        running().ifPresent(EmbeddedPostgres::close);
    }

    /** JDBC URLs may carry user and password as query parameters; never log them. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
