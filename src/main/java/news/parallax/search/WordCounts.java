package news.parallax.search;

import java.time.Duration;
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
 * Counts the claims that hold each search word ({@code search_word}, migration V34), which related claims rank a claim's
 * words by. Every second ({@code parallax.search.word-count-interval}) it adds the words of the claims stored since it last
 * ran, in rounds of {@value #CLAIMS_PER_ROUND} claims. Ingest writes nothing for it: counting at ingest would have every
 * concurrent ingest wait on the rows of the commonest words.
 */
@ApplicationScoped
public class WordCounts {

    /** Claims counted per transaction: about a second of work. */
    private static final int CLAIMS_PER_ROUND = 20_000;
    /** One count at a time, across every instance on the database. */
    private static final long LOCK = 0x574f524453L;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "parallax.search.word-count-interval", defaultValue = "1s")
    Duration interval;

    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent startup) {
        worker = Daemons.every("word-counts", interval, this::catchUp,
                "Counting the search words of new claims failed; they are counted at the next try");
    }

    /** On shutdown, before the transaction manager goes: a round cut short rolls back and its claims are counted again. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        Daemons.stop(worker);
    }

    /** Counts the words of every claim stored so far; answers how many claims. Tests call it to rank words by their counts. */
    public synchronized int catchUp() {
        return Daemons.untilDone(this::countOneRound);
    }

    private int countOneRound() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        Object[] range = (Object[]) entityManager.createNativeQuery("""
                SELECT counted.through_claim, max(next.id), count(next.id) FROM search_word_counted counted
                LEFT JOIN LATERAL (SELECT id FROM claim WHERE id > counted.through_claim ORDER BY id LIMIT ?1) next ON true
                GROUP BY counted.through_claim""").setParameter(1, CLAIMS_PER_ROUND).getSingleResult();
        int claims = ((Number) range[2]).intValue();
        if (claims == 0) {
            return 0;
        }
        long from = ((Number) range[0]).longValue();
        long through = ((Number) range[1]).longValue();
        // ts_stat counts each word once per claim (ndoc) in C, twice as fast as unnesting the vectors and grouping them
        entityManager.createNativeQuery("""
                INSERT INTO search_word (lexeme, claims)
                SELECT word, ndoc FROM ts_stat(format('SELECT search_vector FROM claim WHERE id > %s AND id <= %s', ?1, ?2))
                ON CONFLICT (lexeme) DO UPDATE SET claims = search_word.claims + excluded.claims""")
                .setParameter(1, from).setParameter(2, through).executeUpdate();
        entityManager.createNativeQuery("UPDATE search_word_counted SET through_claim = ?1").setParameter(1, through).executeUpdate();
        return claims;
    }
}
