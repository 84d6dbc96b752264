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
 * Keeps each story's counters (article and outlet counts, first and last publication, languages,
 * titles, its {@code story_outlet}, {@code story_language} and {@code story_event} rows) equal to what its members say.
 * Ingest only adds a member; triggers note the story in {@code story_change} (migrations V20, V32: a member
 * joined or left, an article of it linked to an event or unlinked), and this job recounts
 * the noted stories every half second ({@code parallax.stories.recount-interval}), so that
 * concurrent ingests of one story never wait on its row. Lists and counts are current within
 * about a second.
 */
@ApplicationScoped
public class StoryCounters {

    /** Stories recounted per transaction. */
    private static final int STORIES_PER_ROUND = 500;
    /** One recount at a time, across every instance on the database. */
    private static final long LOCK = 0x53544f5259L;

    @Inject
    EntityManager entityManager;

    @Inject
    StoryAssigner.Settings settings;

    private ScheduledExecutorService worker;

    void start(@Observes StartupEvent startup) {
        worker = Daemons.every("story-counters", settings.recountInterval(), this::catchUp,
                "Recounting stories failed; the changed stories stay noted and are tried again");
    }

    /** On shutdown, before the transaction manager goes: a recount cut short rolls back and its stories stay noted. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        Daemons.stop(worker);
    }

    /** Recounts every story noted so far; answers how many. Tests and the demo loader call it to read current counters. */
    public synchronized int catchUp() {
        return Daemons.untilDone(this::recountOneRound);
    }

    private int recountOneRound() {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
        Long[] noted = StoryService.longs(entityManager, "SELECT story_id FROM story_change LIMIT " + STORIES_PER_ROUND).stream()
                .distinct().toArray(Long[]::new);
        if (noted.length == 0) {
            return 0;
        }
        // stories whose row a merge holds until its transaction commits are left for a later round: a recount waiting
        // for an ingest's merge while holding rows that the merge goes on to lock would deadlock with it
        Long[] stories = StoryService.longs(entityManager,
                "SELECT id FROM story WHERE id = ANY (CAST(?1 AS bigint[])) ORDER BY id FOR NO KEY UPDATE SKIP LOCKED", (Object) noted)
                .toArray(Long[]::new);
        // every note of these stories committed so far goes now (the recount below sees all of their members), and those of stories gone
        entityManager.createNativeQuery("""
                DELETE FROM story_change c WHERE c.story_id = ANY (CAST(?1 AS bigint[]))
                AND (c.story_id = ANY (CAST(?2 AS bigint[])) OR NOT EXISTS (SELECT 1 FROM story s WHERE s.id = c.story_id))""")
                .setParameter(1, noted).setParameter(2, stories).executeUpdate();
        if (stories.length == 0) {
            return 0;
        }
        rewrite("story_outlet", stories, """
                INSERT INTO story_outlet (story_id, outlet_id, articles)
                SELECT sa.story_id, a.outlet_id, count(*) FROM story_article sa JOIN article a ON a.id = sa.article_id
                WHERE sa.story_id = ANY (CAST(?1 AS bigint[])) GROUP BY sa.story_id, a.outlet_id""");
        // titles: the first member's with one (in each language); times: an article without one counts when it joined
        entityManager.createNativeQuery("""
                UPDATE story s SET article_count = c.articles, outlet_count = c.outlets,
                       first_published = coalesce(c.first_published, s.first_published),
                       last_published = coalesce(c.last_published, s.last_published),
                       languages = c.languages, title = c.title, title_ar = c.title_ar, title_en = c.title_en
                FROM (SELECT id.story_id, count(m.article_id) AS articles, count(DISTINCT m.outlet_id) AS outlets,
                             min(m.published) AS first_published, max(m.published) AS last_published,
                             ARRAY(SELECT a.language FROM story_article sa JOIN article a ON a.id = sa.article_id
                                   WHERE sa.story_id = id.story_id GROUP BY a.language ORDER BY min(sa.article_id)) AS languages,
                             (array_agg(m.title ORDER BY m.article_id) FILTER (WHERE m.title IS NOT NULL))[1] AS title,
                             (array_agg(m.title ORDER BY m.article_id) FILTER (WHERE m.title IS NOT NULL AND m.language = 'ar'))[1] AS title_ar,
                             (array_agg(m.title ORDER BY m.article_id) FILTER (WHERE m.title IS NOT NULL AND m.language = 'en'))[1] AS title_en
                      FROM unnest(CAST(?1 AS bigint[])) AS id (story_id)
                      LEFT JOIN (SELECT sa.story_id, sa.article_id, a.outlet_id, a.language, nullif(a.title, '') AS title,
                                        coalesce(a.published_at, sa.created_at) AS published
                                 FROM story_article sa JOIN article a ON a.id = sa.article_id) m ON m.story_id = id.story_id
                      GROUP BY id.story_id) c
                WHERE s.id = c.story_id""").setParameter(1, stories).executeUpdate();
        rewrite("story_event", stories, """
                INSERT INTO story_event (story_id, event_id, articles)
                SELECT sa.story_id, ae.event_id, count(*) FROM story_article sa JOIN article_event ae ON ae.article_id = sa.article_id AND ae.linked
                WHERE sa.story_id = ANY (CAST(?1 AS bigint[])) GROUP BY sa.story_id, ae.event_id""");
        rewrite("story_language", stories, """
                INSERT INTO story_language (story_id, language)
                SELECT id, unnest(languages) FROM story WHERE id = ANY (CAST(?1 AS bigint[]))""");
        return stories.length;
    }

    /** Replaces the rows of {@code table} that belong to {@code stories} with those {@code insert} (over ?1, the stories) computes. */
    private void rewrite(String table, Long[] stories, String insert) {
        entityManager.createNativeQuery("DELETE FROM " + table + " WHERE story_id = ANY (CAST(?1 AS bigint[]))")
                .setParameter(1, stories).executeUpdate();
        entityManager.createNativeQuery(insert).setParameter(1, stories).executeUpdate();
    }
}
