package news.parallax.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

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
     * Runs {@code work} on a daemon thread of its own, again and again (never for a zero interval:
     * the tests call the work themselves). The pause after a run is {@code interval}, or nine times
     * what the run took if that is longer: work that grows with the data (rebuilding a busy day's
     * rollups) then takes at most a tenth of a core, and runs less often instead. A run that fails
     * (an exception or an error) is logged with {@code failure} and the next one tries again.
     */
    public static ScheduledExecutorService every(String name, Duration interval, Runnable work, String failure) {
        ScheduledExecutorService worker = thread(name);
        if (interval.toMillis() > 0) {
            Logger log = Logger.getLogger(Daemons.class.getName() + "." + name);
            worker.execute(new Repeated(worker, interval.toMillis(), work, failure, log));
        }
        return worker;
    }

    /** One run of {@link #every}'s work, which schedules the next. */
    private record Repeated(ScheduledExecutorService worker, long intervalMillis, Runnable work, String failure, Logger log)
            implements Runnable {
        @Override
        public void run() {
            long start = System.nanoTime();
            try {
                work.run();
            } catch (RuntimeException | Error e) { // an Error too: uncaught, it ended the daemon without a word (the rollups
                log.error(failure, e);             // stopped for good when a class failed to load after the jar was replaced)
            }
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            if (!worker.isShutdown()) {
                worker.schedule(this, Math.max(intervalMillis, 9 * tookMillis), TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Runs {@code round} again, each time in a transaction of its own, until a round finds nothing
     * left to do (answers 0); answers the sum of what the rounds did. Bounded rounds keep each
     * transaction short however much is queued.
     */
    public static int untilDone(Callable<Integer> round) {
        int done = 0;
        int last;
        do {
            last = QuarkusTransaction.requiringNew().call(round);
            done += last;
        } while (last > 0);
        return done;
    }

    /** Stops a daemon's thread, waiting a little for a run in progress (whose transaction then rolls back). */
    public static void stop(ScheduledExecutorService worker) throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * One named daemon thread that runs scheduled work: it never keeps a stopping service alive.
     * Each run of its work has a request context of its own ({@link RequestContexts}), so it may use
     * Hibernate, and nothing a session read stays cached from one run to the next.
     */
    public static ScheduledExecutorService thread(String name) {
        return new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        }) {
            private Runnable closeContext;

            @Override
            protected void beforeExecute(Thread thread, Runnable task) {
                closeContext = RequestContexts.open();
            }

            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                closeContext.run();
            }
        };
    }
}
