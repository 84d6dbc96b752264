package news.parallax.story;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

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
 * <p>
 * Stories that converge are merged: when the article also resembles another story closely, and
 * the two stories' centroids are close too, the other story's articles move into the article's
 * story and its id redirects there, as after an editor's merge ({@link StoryEditor}). The index
 * shows the merge at once, so that later articles find one story; the rows change in the ingest's
 * transaction, and a rollback puts the index back.
 */
@ApplicationScoped
public class StoryAssigner {

    /** {@code parallax.stories.*} settings. */
    @ConfigMapping(prefix = "parallax.stories")
    public interface Settings {

        /** Similarity (0..1) an article needs with a story's most similar article to join it. */
        @WithDefault("0.08")
        double threshold();

        /**
         * An article that joins a story and scores at least this (as with {@link #threshold()}) with another
         * story too may merge that story into its own, if {@link #mergeCentroid()} agrees; above 1: never.
         */
        @WithDefault("0.15")
        double mergeScore();

        /** The cosine (0..1) two such stories' centroids need for the merge: similar as wholes, not through one article. */
        @WithDefault("0.5")
        double mergeCentroid();

        /**
         * A story's score for an article is the mean of its scores with this many of the story's articles, the
         * most similar ones: 1 (single link) follows a story through its latest articles, and chains neighbouring
         * happenings through one article about both; more asks an article to resemble several of the story's before it
         * joins (values below 1 count as 1; 2 with the day penalty below: docs/stories.md, 4 December, session 16).
         */
        @WithDefault("2")
        int scoreArticles();

        /**
         * A similarity is divided by 1 + this × the time between the two articles' publications, in days (12 hours: 0.5).
         * Higher keeps neighbouring happenings apart in Arabic (docs/stories.md), but an English report published a day later
         * then no longer joins the Arabic story it shares only keys with.
         */
        @WithDefault("0.375")
        double dayPenalty();

        /**
         * A story is scored with its articles published at most this many days before its latest one: a saga's next act
         * (a bomber named, a funeral) resembles the reports the saga began with days before more than the story's latest,
         * and joined through them (docs/stories.md, session 42). Beyond {@link #coldDays()} + 1: every article of the window counts.
         */
        @WithDefault("2")
        double recentDays();

        /** A story goes cold when it has had no article for this many days: later articles start a new one. */
        @WithDefault("2")
        int coldDays();

        /** How often the stories whose members changed are recounted ({@link StoryCounters}); 0: only when called (the tests do). */
        @WithDefault("500ms")
        Duration recountInterval();

        /** How often the words of new signatures are counted per day ({@link DayWordCounts}); 0: never (a profile counts the rest). */
        @WithDefault("1s")
        Duration wordCountInterval();
    }

    /**
     * An article as discovery reads it, straight from the ingest pipeline: its own text and the facets and people found in it
     * ({@code Extractor.Result.ownText()}, {@code ownFacets()}, {@code people()}), not a closing trailer of other articles' leads.
     */
    public record Assignable(long articleId, OffsetDateTime publishedAt, String title, String ownText,
            List<Found.Facet> facets, List<String> people) {
    }

    private static final char SEPARATOR = '\u001f';
    private static final double SECONDS_A_DAY = 86_400;

    private final StoryIndex index = new StoryIndex();

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Settings settings;

    /** Assigns the article to a story, merging the stories it shows to be one; answers the story's id. */
    public long assign(Assignable article) {
        OffsetDateTime published = article.publishedAt() == null ? OffsetDateTime.now() : article.publishedAt();
        int day = (int) published.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toEpochDay(); // the UTC day, as event linking reads it
        double time = published.toEpochSecond() / SECONDS_A_DAY;
        StorySignature signature = StorySignature.of(article.title(), article.ownText(), article.facets(), article.people());
        String[] features = signature.features();
        Decision decision;
        synchronized (index) {
            load(day - settings.coldDays(), day + settings.coldDays());
            decision = decide(index, settings, article.articleId(), features, time, () -> create(published));
        }
        long storyId = decision.storyId();
        Map<Long, List<Long>> merged = decision.merged();
        long joinedInIndex = storyId;
        afterCompletion(false, () -> {
            index.remove(article.articleId());
            merged.forEach((absorbed, articles) -> index.unmerge(articles, joinedInIndex, absorbed));
        });
        long joined = join(storyId, article, day, signature, decision.score());
        merged.keySet().stream().filter(absorbed -> absorbed != joined).forEach(absorbed -> absorb(absorbed, joined));
        return joined;
    }

    /** What discovery decided for an article: the story it joined (score 0: a story it started) and the stories it merged into it. */
    record Decision(long storyId, double score, Map<Long, List<Long>> merged) {
    }

    /**
     * The decision for one article, from the index alone (the caller holds its lock), in the index at once: it
     * joins the most similar story that scores at least the threshold and whose happening its headline does not say is
     * another ({@link StoryIndex#reportsAnotherHappening}), else starts one ({@code newStory}),
     * then merges the other stories it scores at least the merge score with, but those of another happening, whose centroids are close to its
     * story's (absorbed story -> its articles the index moved). The replay of bench/StoriesReplay.java calls
     * this too, so that its sweeps are of the service's own rule.
     */
    static Decision decide(StoryIndex index, Settings settings, long articleId, String[] features, double time, LongSupplier newStory) {
        List<StoryIndex.Match> matches = index.matches(features, time, settings.coldDays(), settings.scoreArticles(), settings.dayPenalty(),
                settings.recentDays());
        Headline headline = Headline.of(features);
        Set<Long> otherHappenings = new HashSet<>(); // similar stories its headline says are of another happening
        long storyId = 0;
        double score = 0;
        for (StoryIndex.Match match : matches) {
            if (match.score() < settings.threshold()) {
                break;
            }
            if (index.reportsAnotherHappening(match.storyId(), headline, time)) {
                otherHappenings.add(match.storyId());
                continue;
            }
            storyId = match.storyId();
            score = match.score();
            break;
        }
        if (storyId == 0) {
            storyId = newStory.getAsLong();
        }
        index.add(articleId, storyId, time, features, headline);
        Map<Long, List<Long>> merged = new LinkedHashMap<>(); // absorbed story -> its articles the index moved
        for (StoryIndex.Match other : matches) {
            if (other.score() < settings.mergeScore()) {
                break;
            }
            if (other.storyId() != storyId && !otherHappenings.contains(other.storyId())
                    && index.similarity(storyId, other.storyId()) >= settings.mergeCentroid()) {
                merged.put(other.storyId(), index.merge(other.storyId(), storyId));
            }
        }
        return new Decision(storyId, score, merged);
    }

    /**
     * Stores the article's membership; {@link StoryCounters} adds it to the story's counters within a second.
     * A story merged meanwhile (the index may not know yet) stands for the one it joined: merges keep
     * {@code merged_into} one step deep. The key-share lock is the one the foreign key takes anyway; a
     * merge in progress holds the story's row for update, so this waits for it and reads the survivor.
     */
    private long join(long storyId, Assignable article, int day, StorySignature signature, double score) {
        return ((Number) entityManager.createNativeQuery("""
                INSERT INTO story_article (article_id, story_id, day, terms, keys, score)
                SELECT ?1, coalesce(s.merged_into, s.id), ?3, CAST(?4 AS text[]), CAST(?5 AS text[]), ?6 FROM story s WHERE s.id = ?2 FOR KEY SHARE
                RETURNING story_id""")
                .setParameter(1, article.articleId()).setParameter(2, storyId).setParameter(3, Date.valueOf(LocalDate.ofEpochDay(day)))
                .setParameter(4, signature.terms().toArray(String[]::new)).setParameter(5, signature.keys().toArray(String[]::new))
                .setParameter(6, (float) score).getSingleResult()).longValue();
    }

    /**
     * Moves every article of story {@code from} into story {@code into} (or the story {@code into} has
     * been merged into meanwhile), and makes {@code from}, and the stories merged into it before,
     * redirect there: a merged id is always one step from its story. Answers the articles moved and
     * where to; nothing when {@code from} has been merged meanwhile. In the caller's transaction;
     * automatic merges and an editor's both go through here.
     * <p>
     * {@code from}'s row is locked for update first: joins to it in flight hold it for key share, so
     * they commit first and are moved with the rest, and later ones wait and then read the survivor.
     * An ingest has locked its own story's row (its join) before, and the index shows a merge as soon
     * as it is decided, so an ingest only waits for ingests that decided before it: never in a circle.
     */
    Map<Long, Long> absorb(long from, long into) {
        List<Long> mergedInto = longs("SELECT coalesce(merged_into, 0) FROM story WHERE id = ?1 FOR UPDATE", from);
        if (mergedInto.isEmpty() || mergedInto.get(0) != 0) {
            return Map.of();
        }
        long survivor = longs("SELECT coalesce(merged_into, id) FROM story WHERE id = ?1 FOR KEY SHARE", into).get(0);
        if (survivor == from) {
            return Map.of();
        }
        Map<Long, Long> moved = new LinkedHashMap<>();
        for (long article : longs("UPDATE story_article SET story_id = ?1 WHERE story_id = ?2 RETURNING article_id", survivor, from)) {
            moved.put(article, survivor);
        }
        StoryService.query(entityManager, "UPDATE story SET merged_into = ?1 WHERE id = ?2 OR merged_into = ?2", survivor, from)
                .executeUpdate();
        return moved;
    }

    private List<Long> longs(String sql, Object... parameters) {
        return StoryService.longs(entityManager, sql, parameters);
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
                SELECT s.article_id, s.story_id, s.day, array_to_string(s.terms || s.keys, E'\\x1f'), extract(epoch FROM a.published_at)
                FROM story_article s JOIN article a ON a.id = s.article_id
                WHERE s.day BETWEEN ?1 AND ?2 ORDER BY s.article_id""")
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
                index.add(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), timeOn(day, (Number) row[4]),
                        features.isEmpty() ? new String[0] : features.split(String.valueOf(SEPARATOR)));
            }
        }
    }

    /**
     * An indexed article's time (as {@link StoryIndex#add} takes it) on its stored day: the article's publication time,
     * which an edit may have moved since; the stored day decides where it is indexed (an article without a time: midnight).
     */
    private static double timeOn(int day, Number epochSeconds) {
        double time = epochSeconds == null ? day : epochSeconds.doubleValue() / SECONDS_A_DAY;
        return Math.max(day, Math.min(Math.nextDown(day + 1.0), time));
    }
}
