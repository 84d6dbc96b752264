package news.parallax.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;


/** The background threads of this process, its name among the instances that share a database, and how its jobs are claimed. */
public final class Daemons {

    /** Names this process in the leases of background jobs ({@code claimed_by}). */
    public static final String INSTANCE = ProcessHandle.current().pid() + "-" + UUID.randomUUID();

    private Daemons() {
    }

    /** Reads the row a claim answers. */
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Claims a background job for this instance with {@code claim}, a statement whose parameters
     * are the instance's name and the lease in seconds; the claimed row, or null when there is no
     * job. On a connection of its own: polling runs every second, and an idle poll touches no
     * Hibernate session.
     */
    public static <T> T claim(DataSource dataSource, String claim, int leaseSeconds, Row<T> read) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(claim)) {
            statement.setString(1, INSTANCE);
            statement.setInt(2, leaseSeconds);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? read.read(row) : null;
            }
        }
    }

    /**
     * One named daemon thread that runs scheduled work: it never keeps a stopping service alive.
     * Its work runs in a request context ({@link RequestContexts}), so it may use Hibernate.
     */
    public static ScheduledExecutorService thread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(() -> RequestContexts.run(() -> {
                runnable.run();
                return null;
            }), name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
