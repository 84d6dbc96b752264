package news.parallax.extraction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import news.parallax.config.AfterCommit;
import news.parallax.config.Daemons;

/**
 * The registry extraction resolves names against, held in memory: read from the database once,
 * then again only after a transaction that changed an outlet, a speaker or an alias through the
 * entities has committed ({@link RegistryChangeListener}). Entries that ingest creates are added
 * as they are created, so no ingest reads the whole registry.
 *
 * <p>With several instances on one database, such a change also moves {@code registry_version} in
 * the same transaction; every instance reads that row four times a second and reloads after the
 * commit of a change made elsewhere. A polled row rather than LISTEN/NOTIFY: it needs no connection
 * held open, and it works through a transaction-pooling PgBouncer.
 */
@ApplicationScoped
public class RegistryCache {

    private static final String OUTLET_ALIASES = "SELECT a.normalized, o.id, o.name, o.kind FROM outlet_alias a"
            + " JOIN outlet o ON o.id = a.outlet_id ORDER BY o.verified DESC, o.id";
    private static final String SPEAKER_ALIASES = "SELECT a.normalized, s.id, s.name, 'speaker', s.verified FROM speaker_alias a"
            + " JOIN speaker s ON s.id = a.speaker_id ORDER BY s.id";
    private static final Object CHANGED_IN_TRANSACTION = new Object();
    private static final String BUMP_VERSION = "UPDATE registry_version SET version = version + 1 WHERE id = 1";
    private static final String READ_VERSION = "SELECT version FROM registry_version WHERE id = 1";
    private static final long POLL_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(RegistryCache.class);

    @Inject
    DataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile Registry registry;
    private volatile boolean stale = true;
    private final Map<String, Long> publishers = new ConcurrentHashMap<>();
    private volatile long seenVersion = -1;
    private final ScheduledExecutorService poller = Daemons.thread("registry-version-poll");

    void watchOtherInstances(@Observes StartupEvent startup) {
        poller.scheduleWithFixedDelay(this::pollVersion, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }

    /** The registry as of the last committed change. */
    public Registry current() {
        Registry snapshot = registry;
        return stale || snapshot == null ? reload() : snapshot;
    }

    /** Adds entries committed by ingest (outlets and speakers by normalised alias). */
    public void add(Map<String, Registry.Entry> outlets, Map<String, Registry.Entry> speakers) {
        Registry snapshot = registry;
        if (snapshot != null) {
            snapshot.add(outlets, speakers); // a reload under way reads them from the database anyway
        }
    }

    /** The publisher of articles from {@code host}, as found before (forgotten when the registry changes). */
    public Long publisherOfHost(String host) {
        return stale ? null : publishers.get(host);
    }

    public void rememberPublisher(String host, long outletId) {
        publishers.put(host, outletId);
    }

    /**
     * Marks the registry for reloading once the current transaction (if any) commits, and moves the
     * shared version in that transaction (on its connection, which the pool hands out again for it).
     */
    public void changed() {
        if (transactions.getTransactionKey() == null) {
            stale = true;
        } else if (transactions.getResource(CHANGED_IN_TRANSACTION) == null) {
            transactions.putResource(CHANGED_IN_TRANSACTION, Boolean.TRUE);
            try (Connection connection = dataSource.getConnection(); PreparedStatement bump = connection.prepareStatement(BUMP_VERSION)) {
                bump.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot record the registry change: " + e.getMessage(), e);
            }
            AfterCommit.run(transactions, () -> stale = true);
        }
    }

    /** A change committed by another instance (or by this one) makes the next ingest reload. */
    private void pollVersion() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(READ_VERSION)) {
            if (row.next()) {
                long version = row.getLong(1);
                if (version != seenVersion) {
                    seenVersion = version;
                    stale = true;
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the database is away; requests answer 503 meanwhile, and the next poll tries again
            LOG.debugf("Cannot read the registry version: %s", e.getMessage());
        }
    }

    private synchronized Registry reload() {
        if (!stale && registry != null) {
            return registry;
        }
        stale = false; // a change committed while reading sets it again, and the next caller reloads
        publishers.clear();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<Map.Entry<String, Registry.Entry>> curated = new ArrayList<>(); // the verified speakers', from the same reading
            Map<String, Registry.Entry> speakers = aliases(statement, SPEAKER_ALIASES, curated);
            registry = new Registry(aliases(statement, OUTLET_ALIASES, null), speakers, Registry.byAlias(curated), Places.shipped());
            return registry;
        } catch (SQLException e) {
            stale = true;
            throw new IllegalStateException("Cannot read the registry: " + e.getMessage(), e);
        }
    }

    /**
     * The aliases {@code sql} reads (normalized alias, id, name, kind), by alias; with {@code verified} given, the rows
     * whose fifth column says the entry is verified are also added to it, in the same order.
     */
    private static Map<String, Registry.Entry> aliases(Statement statement, String sql, List<Map.Entry<String, Registry.Entry>> verified)
            throws SQLException {
        List<Map.Entry<String, Registry.Entry>> rows = new ArrayList<>();
        try (ResultSet row = statement.executeQuery(sql)) {
            while (row.next()) {
                Map.Entry<String, Registry.Entry> alias = Map.entry(row.getString(1),
                        new Registry.Entry(row.getLong(2), row.getString(3), row.getString(4)));
                rows.add(alias);
                if (verified != null && row.getBoolean(5)) {
                    verified.add(alias);
                }
            }
        }
        return Registry.byAlias(rows);
    }
}
