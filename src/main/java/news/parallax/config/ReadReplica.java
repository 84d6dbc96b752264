package news.parallax.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import io.quarkus.runtime.StartupEvent;

/**
 * The optional read replica (datasource {@code replica}): hands Hibernate the connections of the
 * database {@link ReadRouting} chose, and watches how far the replica has replayed the primary.
 *
 * <p>Every half second it notes the primary's WAL position with the primary's clock and reads the
 * replica's replay position; the replica is then "caught up to" the latest noted time whose
 * position it has replayed. That compares positions, not commit timestamps, so an idle primary
 * does not look like lag. A client whose last write ({@code client_write}) is later than that
 * time reads from the primary; so does everyone while the replica is further behind than
 * {@code parallax.read-replica.max-lag}, or cannot be reached (a failed connection falls back to
 * the primary at once, logged). Readiness shows the state but never fails because of it: the
 * primary can serve the reads.
 */
@ApplicationScoped
@PersistenceUnitExtension
@Default // besides the qualifiers that make Hibernate and health find it
@Readiness
public class ReadReplica implements TenantConnectionResolver, HealthCheck {

    static final String PRIMARY = "primary";
    static final String REPLICA = "replica";

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    /** How long RateLimiter keeps a client's last write. */
    private static final Duration LONGEST_LAG = Duration.ofHours(1);

    enum State { NOT_CONFIGURED, STARTING, IN_USE, LAGGING, DOWN }

    private record Position(long lsn, Instant at) {
    }

    @Inject
    AgroalDataSource primary;

    @Inject
    @DataSource(REPLICA)
    InjectableInstance<AgroalDataSource> replica;

    @ConfigProperty(name = "parallax.read-replica.max-lag", defaultValue = "30S")
    Duration maxLag;

    private final boolean configured = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.datasource." + REPLICA + ".jdbc.url", String.class).isPresent();
    private final Deque<Position> noted = new ArrayDeque<>();
    private ScheduledExecutorService watcher;
    private volatile State state = configured ? State.STARTING : State.NOT_CONFIGURED;
    private volatile Instant caughtUpTo = Instant.MIN;
    private volatile Duration lag;

    void start(@Observes StartupEvent start) {
        if (maxLag.isNegative() || maxLag.compareTo(LONGEST_LAG) > 0) {
            throw new IllegalStateException("parallax.read-replica.max-lag must lie between 0 and " + LONGEST_LAG
                    + " (clients' writes are remembered that long); it is " + maxLag);
        }
        if (configured) {
            watcher = Daemons.every("read-replica-watch", CHECK_EVERY, this::check, "Checking the read replica failed");
        }
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    public boolean configured() {
        return configured;
    }

    /** Whether a read may go to the replica: it is in use and has replayed the client's last write ({@code null}: none). */
    boolean serves(Instant lastWrite) {
        return state == State.IN_USE && (lastWrite == null || !caughtUpTo.isBefore(lastWrite));
    }

    @Override
    public ConnectionProvider resolve(String tenant) {
        QuarkusConnectionProvider toPrimary = new QuarkusConnectionProvider(primary);
        return REPLICA.equals(tenant) ? new ReplicaConnections(replica.get(), toPrimary, this) : toPrimary;
    }

    /** A replica connection that could not be had: reads go to the primary until a check finds the replica again. */
    void unreachable(SQLException e) {
        change(State.DOWN, e.getMessage());
    }

    private void check() {
        try {
            Position now = notePrimary();
            try (Connection connection = replica.get().getConnection();
                    PreparedStatement replayed = connection.prepareStatement("SELECT pg_last_wal_replay_lsn()::text");
                    ResultSet row = replayed.executeQuery()) {
                row.next();
                String replay = row.getString(1);
                // null: not a standby (a copy, or the primary itself), so nothing to wait for
                Instant upTo = replay == null ? now.at() : caughtUpTo(lsn(replay));
                caughtUpTo = upTo;
                lag = upTo == Instant.MIN ? null : Duration.between(upTo, now.at());
                change(lag != null && lag.compareTo(maxLag) <= 0 ? State.IN_USE : State.LAGGING, null);
            } catch (SQLException | RuntimeException e) {
                change(State.DOWN, e.getMessage());
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Read replica check skipped, the primary did not answer: %s", e.getMessage());
        }
    }

    private Position notePrimary() throws SQLException {
        try (Connection connection = primary.getConnection();
                PreparedStatement position = connection.prepareStatement("SELECT pg_current_wal_lsn()::text, clock_timestamp()");
                ResultSet row = position.executeQuery()) {
            row.next();
            Position now = new Position(lsn(row.getString(1)), row.getObject(2, OffsetDateTime.class).toInstant());
            synchronized (noted) {
                noted.addLast(now);
                while (noted.size() > 1 && noted.peekFirst().at().isBefore(now.at().minus(maxLag).minus(maxLag))) {
                    noted.removeFirst();
                }
            }
            return now;
        }
    }

    /** The latest noted time whose WAL position the replica has replayed (Instant.MIN: none of those kept). */
    private Instant caughtUpTo(long replayed) {
        synchronized (noted) {
            Instant upTo = Instant.MIN;
            for (Position position : noted) {
                if (position.lsn() <= replayed) {
                    upTo = position.at();
                }
            }
            return upTo;
        }
    }

    /** A pg_lsn's text, {@code 16/B374D848}, as one number. */
    static long lsn(String text) {
        int slash = text.indexOf('/');
        return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }

    private void change(State next, String why) {
        State before = state;
        state = next;
        if (before != next) {
            if (next == State.IN_USE) {
                LOG.infof("Read replica in use (caught up to %s ago)", lag);
            } else if (next == State.LAGGING) {
                LOG.warnf("Read replica is more than %s behind the primary (%s); reads go to the primary", maxLag, lag);
            } else {
                LOG.warnf("Read replica cannot be reached; reads go to the primary: %s", why);
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("Read replica").up()
                .withData("state", state.name().toLowerCase().replace('_', ' '));
        if (lag != null) {
            health.withData("caughtUpMillisAgo", lag.toMillis());
        }
        return health.build();
    }
}
