package news.parallax.ingest;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.parallax.api.model.Reextraction;
import news.parallax.config.AfterCommit;
import news.parallax.config.Daemons;
import news.parallax.extraction.RegistryCache;
import news.parallax.paging.SqlQuery;
import news.parallax.problem.ApiProblem;

/**
 * Re-extraction of the whole stored corpus as a background job ({@code POST /admin/reextraction}):
 * articles in id order, in batches, each through {@link IngestPipeline#reextract} in its own
 * transaction; the job's row counts the progress and holds a lease, renewed after each batch, so
 * exactly one instance works on it and another resumes it after the last finished batch when the
 * lease runs out.
 */
@ApplicationScoped
public class Reextractions {

    private static final Logger LOG = Logger.getLogger(Reextractions.class);
    private static final int BATCH = 100;
    /**
     * A batch also ends once it has run this long: its transaction holds the job's row, and must end inside the lease and the
     * transaction timeout (60 s) on a loaded machine too (100 real articles took 71 s on two busy cores, and the job failed).
     */
    private static final long BATCH_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int LEASE_SECONDS = 30;
    private static final long POLL_MILLIS = 1000;
    private static final String COLUMNS = """
            id, state, last_article_id, total, examined, reextracted, skipped, requested_at, started_at, finished_at,
            removed_speakers""";
    /**
     * Speakers that extraction created (they have a creation key; the API's have none) and that no
     * claim or event names any more: what older rules registered that were not people ("المتحدث"،
     * "منه"). Deleted, aliases with them, when a job has re-extracted everything; never one a person
     * verified, nor one merged into another (its row is the redirect to the survivor).
     */
    private static final String REMOVE_UNUSED_SPEAKERS = """
            DELETE FROM speaker s WHERE s.creation_key IS NOT NULL AND NOT s.verified AND s.merged_into IS NULL
                AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.speaker_id = s.id)
                AND NOT EXISTS (SELECT 1 FROM event_participant p WHERE p.speaker_id = s.id)""";
    /** Takes the active job when nobody holds it; on its own connection, as an idle poll needs no Hibernate session. */
    private static final String CLAIM = """
            UPDATE reextraction SET state = 'running', claimed_by = ?, lease_until = clock_timestamp() + make_interval(secs => ?),
                started_at = coalesce(started_at, clock_timestamp())
            WHERE id = (SELECT id FROM reextraction
                        WHERE state = 'pending' OR state = 'running' AND (lease_until IS NULL OR lease_until < clock_timestamp())
                        FOR UPDATE SKIP LOCKED)
            RETURNING id""";

    /** What one batch did. */
    private record Batch(long through, int examined, int reextracted, int skipped) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    IngestPipeline pipeline;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    RegistryCache registry;

    private final String instance = Daemons.INSTANCE;
    private final ScheduledExecutorService worker = Daemons.thread("reextraction");

    /** Requests a job over every article stored now; answers it, and whether it is new (false: one was active already). */
    @Transactional
    public Started start() {
        List<?> created = entityManager.createNativeQuery("INSERT INTO reextraction (last_article_id, total)"
                + " SELECT coalesce(max(id), 0), count(*) FROM article"
                + " ON CONFLICT ((true)) WHERE state IN ('pending', 'running') DO NOTHING RETURNING " + COLUMNS).getResultList();
        if (created.isEmpty()) { // the active job is the newest one
            return new Started(latest().orElseThrow(), false);
        }
        AfterCommit.run(transactions, () -> worker.execute(this::work));
        return new Started(toApi((Object[]) created.get(0)), true);
    }

    /** A requested job, and whether this request created it. */
    public record Started(Reextraction job, boolean created) {
    }

    /** The newest job. */
    @Transactional
    public Optional<Reextraction> latest() {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM reextraction ORDER BY id DESC LIMIT 1")
                .getResultList();
        return rows.stream().map(row -> toApi((Object[]) row)).findFirst();
    }

    /** A job left by a stopped instance resumes with the first poll. */
    void startPolling(@Observes StartupEvent startup) {
        worker.scheduleWithFixedDelay(this::work, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Hands the running job back at shutdown, so another instance need not wait for the lease to run out. */
    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE reextraction SET lease_until = NULL WHERE claimed_by = ?1 AND state = 'running'")
                    .setParameter(1, instance).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Could not hand back the running re-extraction; it resumes when its lease runs out: %s", e.getMessage());
        }
    }

    private void work() {
        Long job;
        try {
            job = claim();
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Cannot look for a re-extraction job: %s", e.getMessage()); // the database is away; the next poll retries
            return;
        }
        if (job == null) {
            return;
        }
        try {
            while (QuarkusTransaction.requiringNew().call(() -> next(job))) {
                // one batch per round; next() answers false when the job is done or has changed hands
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Re-extraction job %d failed", job);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE reextraction SET state = 'failed', finished_at = clock_timestamp() WHERE id = ?1 AND claimed_by = ?2")
                    .setParameter(1, job).setParameter(2, instance).executeUpdate());
        }
    }

    private Long claim() throws SQLException {
        return Daemons.claim(dataSource, CLAIM, LEASE_SECONDS, row -> row.getLong(1));
    }

    /**
     * Re-extracts the next batch and counts it, holding the job's row locked meanwhile (so a
     * second instance cannot take it over mid-batch); false when the job is finished or no
     * longer this instance's.
     */
    private boolean next(long job) {
        List<?> held = entityManager.createNativeQuery("""
                SELECT done_through, last_article_id FROM reextraction
                WHERE id = ?1 AND claimed_by = ?2 AND state = 'running' FOR UPDATE""")
                .setParameter(1, job).setParameter(2, instance).getResultList();
        if (held.isEmpty()) {
            return false;
        }
        Object[] row = (Object[]) held.get(0);
        long from = ((Number) row[0]).longValue();
        List<?> ids = entityManager.createNativeQuery("SELECT id FROM article WHERE id > ?1 AND id <= ?2 ORDER BY id LIMIT " + BATCH)
                .setParameter(1, from).setParameter(2, ((Number) row[1]).longValue()).getResultList();
        Batch batch = reextract(ids.stream().map(id -> ((Number) id).longValue()).toList(), from);
        int removed = ids.isEmpty() ? removeUnusedSpeakers() : 0;
        entityManager.createNativeQuery("""
                UPDATE reextraction SET done_through = ?2, examined = examined + ?3, reextracted = reextracted + ?4,
                    skipped = skipped + ?5, lease_until = clock_timestamp() + make_interval(secs => ?6),
                    state = CASE WHEN ?7 THEN 'done' ELSE state END, finished_at = CASE WHEN ?7 THEN clock_timestamp() END,
                    removed_speakers = removed_speakers + ?8
                WHERE id = ?1""").setParameter(1, job).setParameter(2, batch.through()).setParameter(3, batch.examined())
                .setParameter(4, batch.reextracted()).setParameter(5, batch.skipped()).setParameter(6, LEASE_SECONDS)
                .setParameter(7, ids.isEmpty()).setParameter(8, removed).executeUpdate();
        return !ids.isEmpty();
    }

    /** Deletes the speakers nothing uses any more (see {@link #REMOVE_UNUSED_SPEAKERS}); extraction forgets them at commit. */
    private int removeUnusedSpeakers() {
        int removed = entityManager.createNativeQuery(REMOVE_UNUSED_SPEAKERS).executeUpdate();
        if (removed > 0) {
            registry.changed();
        }
        return removed;
    }

    /** Each article in its own transaction (suspending the job's): one that cannot be re-extracted is skipped, not the batch. */
    private Batch reextract(List<Long> ids, long from) {
        int reextracted = 0;
        int skipped = 0;
        long through = from;
        int examined = 0;
        long deadline = System.nanoTime() + BATCH_NANOS;
        for (long id : ids) {
            if (examined > 0 && System.nanoTime() - deadline > 0) {
                break; // the rest in the next batch
            }
            through = id;
            examined++;
            try {
                QuarkusTransaction.requiringNew().run(() -> pipeline.reextract(id, false));
                reextracted++;
            } catch (ApiProblem problem) {
                if (problem.status() == 409) { // a manual claim no longer matches the text
                    skipped++;
                } // 404: deleted meanwhile, nothing to do
            }
        }
        return new Batch(through, examined, reextracted, skipped);
    }

    private static Reextraction toApi(Object[] row) {
        return new Reextraction().id(((Number) row[0]).longValue()).state(Reextraction.StateEnum.fromValue((String) row[1]))
                .lastArticleId(((Number) row[2]).longValue()).total(((Number) row[3]).longValue())
                .examined(((Number) row[4]).longValue()).reextracted(((Number) row[5]).longValue())
                .skipped(((Number) row[6]).longValue()).requestedAt(SqlQuery.time(row[7])).startedAt(SqlQuery.time(row[8]))
                .finishedAt(SqlQuery.time(row[9])).removedSpeakers(((Number) row[10]).longValue());
    }
}
