package news.parallax.event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import news.parallax.api.model.EventLinking;
import news.parallax.config.AfterCommit;

/**
 * Links an event to the coverage already stored, in the background, after the event is created
 * or changed: candidate articles are chosen in SQL ({@link LinkingService#candidateArticles}) and
 * scored in batches, each in its own transaction, with the progress in {@code event_linking}.
 * Jobs run one at a time on one thread, so an event is never linked twice at once; a change
 * during a run makes it run again, and a job that a restart interrupted runs again on start.
 */
@ApplicationScoped
public class EventLinkingJobs {

    private static final Logger LOG = Logger.getLogger(EventLinkingJobs.class);
    private static final int BATCH = 250;

    @Inject
    EntityManager entityManager;

    @Inject
    LinkingService linking;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-linking");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    /** What one run works on: the candidates as of its start, and the request it answers. */
    private record Run(List<Long> candidates, long lastArticleId, OffsetDateTime requestedAt) {
    }

    /** Asks for the event to be linked; joins the caller's transaction and starts once it commits. */
    public void request(long eventId) {
        entityManager.createNativeQuery("""
                INSERT INTO event_linking (event_id, state) VALUES (?1, 'pending')
                ON CONFLICT (event_id) DO UPDATE SET state = 'pending', requested_at = clock_timestamp(), examined = 0,
                    linked = 0, started_at = NULL, finished_at = NULL""").setParameter(1, eventId).executeUpdate();
        AfterCommit.run(transactions, () -> submit(eventId));
    }

    /** The state of the event's linking job, or null when none was ever requested. */
    @SuppressWarnings("unchecked")
    public EventLinking state(long eventId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT state, examined, linked, requested_at, started_at, finished_at FROM event_linking WHERE event_id = ?1""")
                .setParameter(1, eventId).getResultList();
        return rows.stream().findFirst().map(row -> new EventLinking().state(EventLinking.StateEnum.fromValue((String) row[0]))
                .examined(((Number) row[1]).intValue()).linked(((Number) row[2]).intValue())
                .requestedAt(time(row[3])).startedAt(time(row[4])).finishedAt(time(row[5]))).orElse(null);
    }

    @SuppressWarnings("unchecked")
    void resumeUnfinished(@Observes StartupEvent startup) {
        List<Long> unfinished = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT event_id FROM event_linking WHERE state IN ('pending', 'running') ORDER BY requested_at", Long.class)
                .getResultList());
        unfinished.forEach(this::submit);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void submit(long eventId) {
        if (queued.add(eventId)) {
            worker.submit(() -> run(eventId));
        }
    }

    private void run(long eventId) {
        queued.remove(eventId); // from now on, a new request queues another run
        try {
            Run run = QuarkusTransaction.requiringNew().call(() -> start(eventId));
            if (run == null) {
                return;
            }
            for (int from = 0; from < run.candidates().size(); from += BATCH) {
                List<Long> batch = run.candidates().subList(from, Math.min(from + BATCH, run.candidates().size()));
                QuarkusTransaction.requiringNew().run(() -> {
                    int linked = linking.linkEvent(entityManager.find(EventEntity.class, eventId), batch);
                    progress(eventId, run, batch.size(), linked, "running");
                });
            }
            QuarkusTransaction.requiringNew().run(() -> {
                linking.unlinkOthers(eventId, run.candidates(), run.lastArticleId());
                progress(eventId, run, 0, 0, "done");
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Linking event %d to stored articles failed", eventId);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "UPDATE event_linking SET state = 'failed', finished_at = clock_timestamp() WHERE event_id = ?1")
                    .setParameter(1, eventId).executeUpdate());
        }
    }

    /** Marks the job running and chooses its candidates; null when the event is gone or nothing is pending. */
    @SuppressWarnings("unchecked")
    private Run start(long eventId) {
        EventEntity event = entityManager.find(EventEntity.class, eventId);
        List<Object> requested = entityManager.createNativeQuery("""
                UPDATE event_linking SET state = 'running', started_at = clock_timestamp(), examined = 0, linked = 0
                WHERE event_id = ?1 AND state IN ('pending', 'running') RETURNING requested_at""")
                .setParameter(1, eventId).getResultList();
        if (event == null || requested.isEmpty()) {
            return null;
        }
        long lastArticleId = ((Number) entityManager.createNativeQuery("SELECT coalesce(max(id), 0) FROM article").getSingleResult())
                .longValue();
        return new Run(linking.candidateArticles(event, lastArticleId), lastArticleId, time(requested.get(0)));
    }

    /** Counts a batch, or finishes, unless the event was changed since this run started (then another run follows). */
    private void progress(long eventId, Run run, int examined, int linked, String state) {
        entityManager.createNativeQuery("""
                UPDATE event_linking SET examined = examined + ?2, linked = linked + ?3, state = ?4,
                    finished_at = CASE WHEN ?4 = 'done' THEN clock_timestamp() END
                WHERE event_id = ?1 AND requested_at = ?5""")
                .setParameter(1, eventId).setParameter(2, examined).setParameter(3, linked).setParameter(4, state)
                .setParameter(5, run.requestedAt()).executeUpdate();
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime time ? time : ((java.time.Instant) value).atOffset(java.time.ZoneOffset.UTC);
    }
}
