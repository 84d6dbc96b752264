package news.parallax.story;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import news.parallax.extraction.Found;
import news.parallax.paging.SqlQuery;

/**
 * Puts a newly ingested article into the story it reports, or starts a story (issue 16). Called by
 * the ingest pipeline, in its transaction, with what extraction found in memory: the article is
 * compared with the articles of recent stories found through {@link StoryIndex} (a few
 * milliseconds, whatever the number of stories), then one row is written for it; the story's
 * counters follow within a second ({@link StoryCounters}), so no ingest waits on a story's row.
 * <p>
 * The index is updated under one lock before the transaction commits, so that two articles about
 * a new happening ingested at the same moment find each other instead of starting two stories;
 * if the transaction rolls back, the article is taken out again (a story it started stays, empty).
 */
@ApplicationScoped
public class StoryAssigner {

    /** {@code parallax.stories.*} settings. */
    @ConfigMapping(prefix = "parallax.stories")
    public interface Settings {

        /** Similarity (0..1) an article needs with a story's most similar article to join it. */
        @WithDefault("0.08")
        double threshold();

        /** A story goes cold when it has had no article for this many days: later articles start a new one. */
        @WithDefault("2")
        int coldDays();

        /** How often the stories whose members changed are recounted ({@link StoryCounters}); 0: only when called (the tests do). */
        @WithDefault("500ms")
        Duration recountInterval();
    }

    /** An article as discovery reads it, straight from the ingest pipeline. */
    public record Assignable(long articleId, OffsetDateTime publishedAt, String title, String cleanText,
            List<Found.Facet> facets) {
    }

    private static final char SEPARATOR = '\u001f';

    private final StoryIndex index = new StoryIndex();

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Settings settings;

    /** Assigns the article to a story; answers the story's id. */
    public long assign(Assignable article) {
        OffsetDateTime published = article.publishedAt() == null ? OffsetDateTime.now() : article.publishedAt();
        int day = (int) published.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toEpochDay(); // the UTC day, as event linking reads it
        StorySignature signature = StorySignature.of(article.title(), article.cleanText(), article.facets());
        String[] features = signature.features();
        long storyId;
        double score;
        synchronized (index) {
            load(day - settings.coldDays(), day + settings.coldDays());
            StoryIndex.Match match = index.best(features, day, settings.coldDays());
            if (match != null && match.score() >= settings.threshold()) {
                storyId = match.storyId();
                score = match.score();
            } else {
                storyId = create(published);
                score = 0;
            }
            index.add(article.articleId(), storyId, day, features);
        }
        afterCompletion(false, () -> index.remove(article.articleId()));
        join(storyId, article, day, signature, score);
        return storyId;
    }

    /**
     * Stores the article's membership; {@link StoryCounters} adds it to the story's counters within a second.
     * A story merged meanwhile (the index may not know yet) stands for the one it joined: merges keep
     * {@code merged_into} one step deep. The key-share lock is the one the foreign key takes anyway; a
     * merge in progress holds the story's row for update, so this waits for it and reads the survivor.
     */
    private void join(long storyId, Assignable article, int day, StorySignature signature, double score) {
        entityManager.createNativeQuery("""
                INSERT INTO story_article (article_id, story_id, day, terms, keys, score)
                SELECT ?1, coalesce(s.merged_into, s.id), ?3, CAST(?4 AS text[]), CAST(?5 AS text[]), ?6 FROM story s WHERE s.id = ?2 FOR KEY SHARE""")
                .setParameter(1, article.articleId()).setParameter(2, storyId).setParameter(3, Date.valueOf(LocalDate.ofEpochDay(day)))
                .setParameter(4, signature.terms().toArray(String[]::new)).setParameter(5, signature.keys().toArray(String[]::new))
                .setParameter(6, (float) score).executeUpdate();
    }

    /**
     * Once the transaction commits, the index holds these articles (article id to story id) under
     * the stories an editor moved them to, so that later articles like them follow them there.
     */
    void moved(Map<Long, Long> storyOfArticle) {
        afterCompletion(true, () -> storyOfArticle.forEach(index::move));
    }

    /** Changes the index, under its lock, when the current transaction has committed ({@code committed}) or rolled back. */
    private void afterCompletion(boolean committed, Runnable change) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    synchronized (index) {
                        change.run();
                    }
                }
            }
        });
    }

    /**
     * A new story, committed at once in a short transaction of its own: another ingest may join it
     * before this one commits, and must find the row even if this ingest then rolls back (its
     * article is refused at commit). Such a story stays empty, and lists never show it.
     */
    private long create(OffsetDateTime published) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                INSERT INTO story (first_published, last_published) VALUES (?1, ?1) RETURNING id""")
                .setParameter(1, published).getSingleResult()).longValue());
    }

    /** Reads the days of [from, to] the index does not hold yet from the database. */
    @SuppressWarnings("unchecked")
    private void load(int from, int to) {
        int first = from;
        while (first <= to && index.isLoaded(first)) {
            first++;
        }
        int last = to;
        while (last >= first && index.isLoaded(last)) {
            last--;
        }
        if (first > last) {
            return;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT article_id, story_id, day, array_to_string(terms || keys, E'\\x1f') FROM story_article
                WHERE day BETWEEN ?1 AND ?2 ORDER BY article_id""")
                .setParameter(1, Date.valueOf(LocalDate.ofEpochDay(first))).setParameter(2, Date.valueOf(LocalDate.ofEpochDay(last)))
                .getResultList();
        Set<Integer> reading = new HashSet<>();
        for (int day = first; day <= last; day++) {
            if (!index.isLoaded(day)) {
                index.loaded(day);
                reading.add(day);
            }
        }
        for (Object[] row : rows) { // each day's articles in id order, as ingest added them
            int day = (int) SqlQuery.day(row[2]).toEpochDay();
            if (reading.contains(day)) {
                String features = (String) row[3];
                index.add(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), day,
                        features.isEmpty() ? new String[0] : features.split(String.valueOf(SEPARATOR)));
            }
        }
    }

}
