package news.parallax.event;

import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.parallax.api.model.EventLinking;
import news.parallax.config.AfterCommit;
import news.parallax.config.Daemons;
import news.parallax.paging.SqlQuery;

/**
 * Links an event to the coverage already stored, in the background, after the event is created
 * or changed: candidate articles are chosen in SQL ({@link LinkingService#candidateArticles}) and
 * scored in batches, each in its own transaction, with the progress in {@code event_linking}.
 *
 * <p>Any number of instances share the jobs: an instance claims a job with {@code FOR UPDATE SKIP
 * LOCKED} and a lease, renews the lease with every batch, and a batch whose lease is gone (the
 * event changed again, or the lease ran out and another instance took the job) is rolled back and
 * the run abandoned. A job whose instance died is claimed again once its lease has run out. Each
 * instance works on one job at a time: at once after its own request commits, and otherwise when
 * it looks for unclaimed jobs, every second.
 *
 * <p>A batch runs under its own transaction timeout ({@code parallax.linking.batch-timeout}). When a
 * transaction outlives its timeout, the transaction manager's reaper rolls it back from another
 * thread, and the batch's next statement finds no transaction: Hibernate then reports a
 * {@code TransactionRequiredException}, not the timeout (the default 60 s was outlived by a first
 * batch after a restart on a loaded machine, and the job failed). A batch that ran out of time is
 * therefore linked again in two halves, down to one article, before the job is given up.
 */
@ApplicationScoped
public class EventLinkingJobs {

    private static final Logger LOG = Logger.getLogger(EventLinkingJobs.class);
    private static final int BATCH = 250;
    static final int LEASE_SECONDS = 30;
    private static final long POLL_MILLIS = 1000;
    private static final String CLAIM = """
            UPDATE event_linking SET state = 'running', claimed_by = ?, lease_until = clock_timestamp() + make_interval(secs => ?),
                attempts = attempts + 1, started_at = clock_timestamp(), finished_at = NULL, examined = 0, linked = 0
            WHERE event_id = (SELECT event_id FROM event_linking
                              WHERE state = 'pending' OR state = 'running' AND (lease_until IS NULL OR lease_until < clock_timestamp())
                              ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING event_id, requested_at""";

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    LinkingService linking;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "parallax.linking.batch-timeout", defaultValue = "5M")
    Duration batchTimeout;

    private final String instance = Daemons.INSTANCE;
    private final ScheduledExecutorService worker = Daemons.thread("event-linking");
    private final AtomicBoolean woken = new AtomicBoolean();

    /** A job this instance holds: the event, and the request it answers. */
    private record Claim(long eventId, OffsetDateTime requestedAt) {
    }

    /** What one run works on: the candidates as of its start. */
    private record Run(List<Long> candidates, long lastArticleId) {
    }

    /** The lease was lost between batches: this run's work is rolled back and left to the job's new owner. */
    private static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super(null, null, false, false);
        }
    }

    /** Asks for the event to be linked; joins the caller's transaction, and this instance looks for work once it commits. */
    public void request(long eventId) {
        entityManager.createNativeQuery("""
                INSERT INTO event_linking (event_id, state) VALUES (?1, 'pending')
                ON CONFLICT (event_id) DO UPDATE SET state = 'pending', requested_at = clock_timestamp(), examined = 0,
                    linked = 0, started_at = NULL, finished_at = NULL, attempts = 0""").setParameter(1, eventId).executeUpdate();
        AfterCommit.run(transactions, this::wake);
    }

    /** The state of the event's linking job, or null when none was ever requested. */
    @SuppressWarnings("unchecked")
    public EventLinking state(long eventId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT state, examined, linked, requested_at, started_at, finished_at FROM event_linking WHERE event_id = ?1""")
                .setParameter(1, eventId).getResultList();
        return rows.stream().findFirst().map(row -> new EventLinking().state(EventLinking.StateEnum.fromValue((String) row[0]))
                .examined(((Number) row[1]).intValue()).linked(((Number) row[2]).intValue())
                .requestedAt(SqlQuery.time(row[3])).startedAt(SqlQuery.time(row[4])).finishedAt(SqlQuery.time(row[5]))).orElse(null);
    }

    /** Unfinished jobs (pending, or running under a lease that ran out) are found by the first poll. */
    void startPolling(@Observes StartupEvent startup) {
        worker.scheduleWithFixedDelay(this::work, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Hands this instance's running job back, so another instance need not wait for the lease to
     * run out; before the embedded database stops (a later shutdown observer).
     */
    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    UPDATE event_linking SET state = 'pending', lease_until = NULL
                    WHERE claimed_by = ?1 AND state = 'running'""").setParameter(1, instance).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Could not hand back the running linking job; it resumes when its lease runs out: %s", e.getMessage());
        }
    }

    private void wake() {
        if (woken.compareAndSet(false, true)) {
            worker.execute(this::work);
        }
    }

    /** Runs claimed jobs until none is left. */
    private void work() {
        woken.set(false);
        try {
            Claim claim;
            while ((claim = claim()) != null) {
                execute(claim);
            }
        } catch (SQLException | RuntimeException e) {
            // the database is away; the next poll tries again
            LOG.debugf("Cannot look for linking jobs: %s", e.getMessage());
        }
    }

    /**
     * Claims the oldest unclaimed job (skipping rows another instance holds locked) and marks it
     * running under this instance's lease; null when there is none. One statement on its own
     * connection: polling runs every second, and an idle poll touches no Hibernate session.
     */
    private Claim claim() throws SQLException {
        return Daemons.claim(dataSource, CLAIM, LEASE_SECONDS, row -> new Claim(row.getLong(1), row.getObject(2, OffsetDateTime.class)));
    }

    /** The candidates as of now; none when the event was deleted meanwhile (its job row goes with it). */
    private Run start(long eventId) {
        EventEntity event = entityManager.find(EventEntity.class, eventId);
        if (event == null) {
            return new Run(List.of(), 0);
        }
        long lastArticleId = ((Number) entityManager.createNativeQuery("SELECT coalesce(max(id), 0) FROM article").getSingleResult())
                .longValue();
        return new Run(linking.candidateArticles(event, lastArticleId), lastArticleId);
    }

    private void execute(Claim claim) {
        long eventId = claim.eventId();
        try {
            Run run = QuarkusTransaction.requiringNew().call(() -> start(eventId));
            for (int from = 0; from < run.candidates().size(); from += BATCH) {
                linkBatch(claim, run.candidates().subList(from, Math.min(from + BATCH, run.candidates().size())));
            }
            inBatchTransaction(() -> {
                linking.unlinkOthers(eventId, run.candidates(), run.lastArticleId());
                progress(claim, 0, 0, "done");
            });
        } catch (LeaseLost e) {
            LOG.debugf("Linking event %d: the job changed hands; this run stops", eventId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Linking event %d to stored articles failed", eventId);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    UPDATE event_linking SET state = 'failed', finished_at = clock_timestamp()
                    WHERE event_id = ?1 AND claimed_by = ?2 AND requested_at = ?3""")
                    .setParameter(1, eventId).setParameter(2, instance).setParameter(3, claim.requestedAt()).executeUpdate());
        }
    }

    /** Links a batch of candidates in one transaction; one that ran out of time is linked again in two halves. */
    private void linkBatch(Claim claim, List<Long> batch) {
        long started = System.nanoTime();
        try {
            inBatchTransaction(() -> {
                int linked = linking.linkEvent(entityManager.find(EventEntity.class, claim.eventId()), batch);
                progress(claim, batch.size(), linked, "running");
            });
        } catch (LeaseLost e) {
            throw e;
        } catch (RuntimeException e) {
            if (batch.size() == 1 || System.nanoTime() - started < batchTimeout.toNanos()) {
                throw e;
            }
            LOG.warnf("Linking event %d: a batch of %d articles outlived its transaction (%s); linking it in halves", claim.eventId(),
                    batch.size(), batchTimeout);
            linkBatch(claim, batch.subList(0, batch.size() / 2));
            linkBatch(claim, batch.subList(batch.size() / 2, batch.size()));
        }
    }

    private void inBatchTransaction(Runnable work) {
        QuarkusTransaction.requiringNew().timeout((int) Math.max(1, batchTimeout.toSeconds())).run(work);
    }

    /**
     * Counts a batch and renews the lease, or finishes; if this instance no longer holds the job for
     * the request it started on, the batch's transaction is rolled back.
     */
    private void progress(Claim claim, int examined, int linked, String state) {
        int updated = entityManager.createNativeQuery("""
                UPDATE event_linking SET examined = examined + ?2, linked = linked + ?3, state = ?4,
                    lease_until = clock_timestamp() + make_interval(secs => ?7),
                    finished_at = CASE WHEN ?4 = 'done' THEN clock_timestamp() END
                WHERE event_id = ?1 AND requested_at = ?5 AND claimed_by = ?6 AND state = 'running'""")
                .setParameter(1, claim.eventId()).setParameter(2, examined).setParameter(3, linked).setParameter(4, state)
                .setParameter(5, claim.requestedAt()).setParameter(6, instance).setParameter(7, LEASE_SECONDS).executeUpdate();
        if (updated == 0) {
            throw new LeaseLost();
        }
    }

}
