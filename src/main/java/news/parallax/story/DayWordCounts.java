package news.parallax.story;

import java.util.concurrent.ScheduledExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.parallax.config.Daemons;

/**
 * Counts, per day, the articles whose signature holds each word ({@code story_word_day}) and the articles of each day
 * ({@code story_day}, migration V39): an event's profile weighs its words by how common they are around the event from
 * these, in milliseconds at any size. Every second ({@code parallax.stories.word-count-interval}) it adds the signatures
 * stored since it last ran, in rounds of {@value #ARTICLES_PER_ROUND} articles; the profile adds the few not counted yet
 * itself. Ingest writes nothing for it: counting at ingest would have every concurrent ingest of a day wait on the rows of
 * its commonest words. The title copies of stems ({@link StorySignature#TITLE}) are not counted: profiles weigh stems.
 */
@ApplicationScoped
public class DayWordCounts {

    /** Signatures counted per transaction: about a second of work. */
    private static final int ARTICLES_PER_ROUND = 10_000;
    /** One count at a time, across every instance on the database. */
    private static final long LOCK = 0x44415957L;

    @Inject
    EntityManager entityManager;

    @Inject
    StoryAssigner.Settings settings;

    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent startup) {
        worker = Daemons.every("day-word-counts", settings.wordCountInterval(), this::catchUp,
                "Counting the words of new story signatures failed; they are counted at the next try");
    }

    /** On shutdown, before the transaction manager goes: a round cut short rolls back and its signatures are counted again. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        Daemons.stop(worker);
    }

    /** Counts the signatures stored so far; answers how many. */
    public synchronized int catchUp() {
        return Daemons.untilDone(this::countOneRound);
    }

    private int countOneRound() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        Object[] range = (Object[]) entityManager.createNativeQuery("""
                SELECT counted.through_article, max(next.article_id), count(next.article_id) FROM story_word_counted counted
                LEFT JOIN LATERAL (SELECT article_id FROM story_article WHERE article_id > counted.through_article
                                   ORDER BY article_id LIMIT ?1) next ON true
                GROUP BY counted.through_article""").setParameter(1, ARTICLES_PER_ROUND).getSingleResult();
        int articles = ((Number) range[2]).intValue();
        if (articles == 0) {
            return 0;
        }
        long from = ((Number) range[0]).longValue();
        long through = ((Number) range[1]).longValue();
        entityManager.createNativeQuery("""
                INSERT INTO story_word_day (word, day, articles)
                SELECT t, day, count(*) FROM story_article, unnest(terms) AS t
                WHERE article_id > ?1 AND article_id <= ?2 AND NOT starts_with(t, ?3) GROUP BY t, day
                ON CONFLICT (word, day) DO UPDATE SET articles = story_word_day.articles + excluded.articles""")
                .setParameter(1, from).setParameter(2, through).setParameter(3, StorySignature.TITLE).executeUpdate();
        entityManager.createNativeQuery("""
                INSERT INTO story_day (day, articles)
                SELECT day, count(*) FROM story_article WHERE article_id > ?1 AND article_id <= ?2 GROUP BY day
                ON CONFLICT (day) DO UPDATE SET articles = story_day.articles + excluded.articles""")
                .setParameter(1, from).setParameter(2, through).executeUpdate();
        entityManager.createNativeQuery("UPDATE story_word_counted SET through_article = ?1").setParameter(1, through).executeUpdate();
        return articles;
    }
}
