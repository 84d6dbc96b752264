package news.parallax.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fixed one-minute windows per client, counted in PostgreSQL ({@code rate_limit_window}), so that
 * every instance of the service takes from the same count. An instance counts a client's requests
 * in memory and adds them to the shared count at most once per {@code parallax.rate-limit.sync-interval}
 * (250 ms), in one short UPSERT outside any transaction that answers the shared total: a read costs no
 * database write of its own (one per request was half of what PostgreSQL did for {@code GET /articles/{id}}).
 * Other instances' requests since the last sync are not seen yet, so across N instances a client may
 * get up to (N - 1) intervals' worth of requests over its limit; every refusal is certain, since what
 * is counted is never more than what was made (the requests an instance has not synced when its minute
 * ends are not counted). An interval of 0 counts every request in PostgreSQL at once (exact across
 * instances). The window is the database clock's minute, so instances with skewed
 * clocks still agree.
 */
@ApplicationScoped
public class RateLimiter {

    // adds this instance's requests of the client, answers the window's total and the database's clock
    private static final String TAKE = """
            WITH took AS (
                INSERT INTO rate_limit_window AS w (window_start, client, used)
                VALUES (floor(extract(epoch FROM clock_timestamp()) / 60)::bigint, ?, ?)
                ON CONFLICT (window_start, client) DO UPDATE SET used = w.used + excluded.used
                RETURNING w.used, w.window_start)
            SELECT used, window_start, (extract(epoch FROM clock_timestamp()) * 1000)::bigint FROM took""";
    private static final String WROTE = """
            INSERT INTO client_write AS c (client, wrote_at) VALUES (?, clock_timestamp())
            ON CONFLICT (client) DO UPDATE SET wrote_at = excluded.wrote_at""";
    private static final String LAST_WRITE = "SELECT wrote_at FROM client_write WHERE client = ?";
    private static final String PURGE = "DELETE FROM rate_limit_window WHERE window_start < ?";
    // a write older than any lag the replica may have (parallax.read-replica.max-lag) decides nothing
    private static final String PURGE_WRITES = "DELETE FROM client_write WHERE wrote_at < clock_timestamp() - interval '1 hour'";

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "parallax.rate-limit.sync-interval", defaultValue = "250ms")
    Duration syncInterval;

    private final AtomicLong purgedBefore = new AtomicLong();
    /** The database clock minus this machine's, in milliseconds, as of the last sync: which minute it is there. */
    private final AtomicLong clockOffset = new AtomicLong();
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public record Decision(int limit, int remaining, int resetSeconds, boolean allowed) {
    }

    /** One client's requests in one window, as this instance knows them. */
    private static final class Count {
        final long window;
        /** The window's total in PostgreSQL at the last sync, this instance's requests until then included. */
        long shared;
        /** This instance's requests since the last sync. */
        int unsynced;
        /** {@link System#nanoTime()} of the last sync; none yet at first. */
        long syncedAt;
        boolean synced;

        Count(long window) {
            this.window = window;
        }
    }

    /** Counts one request of {@code client}; a database that cannot be reached surfaces as a 503. */
    public Decision take(String client, int limit) {
        long now = System.currentTimeMillis() + clockOffset.get();
        long window = Math.floorDiv(now, 60_000);
        Count count = counts.compute(client, (key, known) -> known == null || known.window < window ? new Count(window) : known);
        // one request of a client at a time on this instance: the one that syncs holds the others for its round trip
        synchronized (count) {
            count.unsynced++;
            if (!count.synced || System.nanoTime() - count.syncedAt >= syncInterval.toNanos()) {
                sync(client, count);
            }
            long used = count.shared + count.unsynced;
            int reset = (int) Math.max(1, -Math.floorDiv(now - (count.window + 1) * 60_000, 1000)); // seconds, rounded up
            return new Decision(limit, (int) Math.max(0, limit - used), reset, used <= limit);
        }
    }

    /** Adds the count's unsynced requests to the shared one and reads the total back. */
    private void sync(String client, Count count) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement take = connection.prepareStatement(TAKE)) {
            take.setString(1, client);
            take.setInt(2, count.unsynced);
            long window;
            try (ResultSet row = take.executeQuery()) {
                row.next();
                count.shared = row.getLong(1);
                window = row.getLong(2);
                clockOffset.set(row.getLong(3) - System.currentTimeMillis());
            }
            count.unsynced = 0;
            count.syncedAt = System.nanoTime();
            count.synced = true;
            if (window != count.window) { // this machine's clock put the request in another minute than the database's
                counts.remove(client, count);
            }
            purgeOnceAWindow(connection, window);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the request against its rate limit", e);
        }
    }

    /** When the client's last write request had committed, if one is on record (for a read that a replica might serve). */
    public Instant lastWrite(String client) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement read = connection.prepareStatement(LAST_WRITE)) {
            read.setString(1, client);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getObject(1, OffsetDateTime.class).toInstant() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read when the client last wrote", e);
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

    /**
     * The first request of a new window on this instance deletes the windows that are over (others find nothing left),
     * and forgets its own counts of them.
     */
    private void purgeOnceAWindow(Connection connection, long window) throws SQLException {
        long before = purgedBefore.get();
        if (window > before && purgedBefore.compareAndSet(before, window)) {
            counts.values().removeIf(count -> count.window < window);
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
