package news.parallax.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
    private static final long WATCH_EVERY_SECONDS = 1;
    private static volatile EmbeddedPostgres server;
    private static volatile boolean shuttingDown;

    /** Starts the embedded server, points the datasource at it, and keeps it running. */
    public static void start(Path dataDirectory, int port) throws IOException {
        server = EmbeddedPostgres.start(dataDirectory, port);
        System.setProperty("quarkus.datasource.jdbc.url", server.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedPostgres.USER);
        ScheduledExecutorService watchdog = Daemons.thread("embedded-postgres-watchdog");
        watchdog.scheduleWithFixedDelay(EmbeddedDatabase::restartIfDead, WATCH_EVERY_SECONDS, WATCH_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Nobody else restarts the embedded server if it crashes or is killed, so the service does:
     * requests answer 503 meanwhile, and the pool reconnects once it is back (same port and data).
     */
    private static synchronized void restartIfDead() {
        EmbeddedPostgres current = server;
        if (shuttingDown || current == null || current.isAlive()) {
            return;
        }
        LOG.errorf("Embedded PostgreSQL on port %d is gone; restarting it", current.port());
        try {
            server = EmbeddedPostgres.start(current.dataDirectory(), current.port());
        } catch (IOException | RuntimeException e) {
            // typically backends of the killed server still hold its shared memory; try again shortly
            LOG.warnf("Embedded PostgreSQL did not restart yet: %s", e.getMessage());
        }
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
        shuttingDown = true;
        synchronized (EmbeddedDatabase.class) {
            running().ifPresent(EmbeddedPostgres::close);
        }
    }

    /** JDBC URLs may carry user and password as query parameters; never log them. */
    static String withoutCredentials(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
