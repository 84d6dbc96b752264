package news.parallax.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Fixed one-minute windows per client, counted in PostgreSQL ({@code rate_limit_window}), so that
 * every instance of the service takes from the same count: one UPSERT per request, in its own
 * short statement outside any transaction. The window is the database clock's minute, so
 * instances with skewed clocks still agree.
 */
@ApplicationScoped
public class RateLimiter {

    // also reads the client's last write (for the read replica's routing), in the same round trip
    private static final String TAKE = """
            WITH took AS (
                INSERT INTO rate_limit_window AS w (window_start, client, used)
                VALUES (floor(extract(epoch FROM clock_timestamp()) / 60)::bigint, ?, 1)
                ON CONFLICT (window_start, client) DO UPDATE SET used = w.used + 1
                RETURNING w.used, w.window_start, ceil((w.window_start + 1) * 60 - extract(epoch FROM clock_timestamp()))::integer AS reset)
            SELECT used, window_start, reset, (SELECT wrote_at FROM client_write WHERE client = ?) FROM took""";
    private static final String WROTE = """
            INSERT INTO client_write AS c (client, wrote_at) VALUES (?, clock_timestamp())
            ON CONFLICT (client) DO UPDATE SET wrote_at = excluded.wrote_at""";
    private static final String PURGE = "DELETE FROM rate_limit_window WHERE window_start < ?";
    // a write older than any lag the replica may have (parallax.read-replica.max-lag) decides nothing
    private static final String PURGE_WRITES = "DELETE FROM client_write WHERE wrote_at < clock_timestamp() - interval '1 hour'";

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    @Inject
    DataSource dataSource;

    private final AtomicLong purgedBefore = new AtomicLong();

    /** {@code lastWrite}: when the client's last write request had committed, if one is on record. */
    public record Decision(int limit, int remaining, int resetSeconds, boolean allowed, Instant lastWrite) {
    }

    /** Counts one request of {@code client}; a database that cannot be reached surfaces as a 503. */
    public Decision take(String client, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, client);
            take.setString(2, client);
            int used;
            long window;
            int reset;
            OffsetDateTime lastWrite;
            try (ResultSet row = take.executeQuery()) {
                row.next();
                used = row.getInt(1);
                window = row.getLong(2);
                reset = Math.max(1, row.getInt(3));
                lastWrite = row.getObject(4, OffsetDateTime.class);
            }
            purgeOnceAWindow(connection, window);
            return new Decision(limit, Math.max(0, limit - used), reset, used <= limit, lastWrite == null ? null : lastWrite.toInstant());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request against its rate limit", e);
        }
    }

    /**
     * Records that a write request of {@code client} has ended (its transaction committed, or
     * failed). Runs after the answer is decided, so a failure here only logs: at worst the
     * client's next read comes from a replica that has not replayed the write yet.
     */
    public void wrote(String client) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement wrote = connection.prepareStatement(WROTE)) {
            wrote.setString(1, client);
            wrote.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("Could not record a write of %s for the read replica's routing: %s", client, e.getMessage());
        }
    }

    /** The first request of a new window on this instance deletes the windows that are over (others find nothing left). */
    private void purgeOnceAWindow(Connection connection, long window) throws SQLException {
        long before = purgedBefore.get();
        if (window > before && purgedBefore.compareAndSet(before, window)) {
            try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
                purge.setLong(1, window);
                purge.executeUpdate();
            }
            try (PreparedStatement purge = connection.prepareStatement(PURGE_WRITES)) {
                purge.executeUpdate();
            }
        }
    }
}
