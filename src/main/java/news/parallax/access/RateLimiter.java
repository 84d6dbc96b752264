package news.parallax.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Fixed one-minute windows per client, counted in PostgreSQL ({@code rate_limit_window}), so that
 * every instance of the service takes from the same count: one UPSERT per request, in its own
 * short statement outside any transaction. The window is the database clock's minute, so
 * instances with skewed clocks still agree.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String TAKE = """
            INSERT INTO rate_limit_window AS w (window_start, client, used)
            VALUES (floor(extract(epoch FROM clock_timestamp()) / 60)::bigint, ?, 1)
            ON CONFLICT (window_start, client) DO UPDATE SET used = w.used + 1
            RETURNING w.used, w.window_start, ceil((w.window_start + 1) * 60 - extract(epoch FROM clock_timestamp()))::integer""";
    private static final String PURGE = "DELETE FROM rate_limit_window WHERE window_start < ?";

    @Inject
    DataSource dataSource;

    private final AtomicLong purgedBefore = new AtomicLong();

    public record Decision(int limit, int remaining, int resetSeconds, boolean allowed) {
    }

    /** Counts one request of {@code client}; a database that cannot be reached surfaces as a 503. */
    public Decision take(String client, int limit) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, client);
            int used;
            long window;
            int reset;
            try (ResultSet row = take.executeQuery()) {
                row.next();
                used = row.getInt(1);
                window = row.getLong(2);
                reset = Math.max(1, row.getInt(3));
            }
            purgeOnceAWindow(connection, window);
            return new Decision(limit, Math.max(0, limit - used), reset, used <= limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request against its rate limit", e);
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
        }
    }
}
