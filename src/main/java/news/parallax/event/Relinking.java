package news.parallax.event;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.parallax.config.Daemons;

/**
 * Links the articles of a deleted event again to the other events near them ({@code article_relink}, migration V38): an
 * event it took them from keeps them now. The delete only notes them, so it answers at once however many articles the
 * event had; every second ({@code parallax.linking.relink-interval}) this job links the noted articles in rounds of
 * {@value #ARTICLES_PER_ROUND}, each in a transaction of its own. Instances share the work: a round takes the rows it
 * links with {@code FOR UPDATE SKIP LOCKED}.
 */
@ApplicationScoped
public class Relinking {

    /** Articles linked per transaction: a few seconds of work on a loaded machine, far inside the transaction timeout. */
    private static final int ARTICLES_PER_ROUND = 50;

    @Inject
    EntityManager entityManager;

    @Inject
    LinkingService linking;

    @ConfigProperty(name = "parallax.linking.relink-interval", defaultValue = "1s")
    Duration interval;

    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent startup) {
        worker = Daemons.every("relinking", interval, this::catchUp,
                "Linking the articles of a deleted event again failed; they stay noted and are tried again");
    }

    /** On shutdown, before the transaction manager goes: a round cut short rolls back and its articles stay noted. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        Daemons.stop(worker);
    }

    /** Notes the articles linked to the event, in the caller's transaction: before the event is deleted with its links. */
    void noteLinkedArticles(long eventId) {
        entityManager.createNativeQuery("""
                INSERT INTO article_relink (article_id) SELECT article_id FROM article_event WHERE event_id = ?1 AND linked
                ON CONFLICT (article_id) DO NOTHING""").setParameter(1, eventId).executeUpdate();
    }

    /** Links every noted article again; answers how many. Tests call it to read the links a delete leaves. */
    public synchronized int catchUp() {
        return Daemons.untilDone(this::relinkOneRound);
    }

    @SuppressWarnings("unchecked")
    private int relinkOneRound() {
        List<Long> noted = entityManager.createNativeQuery("""
                SELECT article_id FROM article_relink ORDER BY noted_at, article_id LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, ARTICLES_PER_ROUND).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
        if (noted.isEmpty()) {
            return 0;
        }
        linking.relinkArticles(noted);
        entityManager.createNativeQuery("DELETE FROM article_relink WHERE article_id = ANY (?1)")
                .setParameter(1, noted.toArray(Long[]::new)).executeUpdate();
        return noted.size();
    }
}
