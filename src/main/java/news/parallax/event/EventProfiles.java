package news.parallax.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Event profiles ({@link EventProfile}), kept in memory so that linking an ingested article costs
 * no read of other articles: a profile is built on first use and again when the event changed or
 * after {@link #FRESH_NANOS} (new coverage changes word frequencies, a person's links change what
 * linked articles share). Building one costs two statements: the articles linked by hand, and
 * the frequencies of the profile's words among the articles published around the event, from the
 * signatures story discovery stores ({@code story_article.terms}, the same title-and-lead
 * analysis) as counted per day ({@link news.parallax.story.DayWordCounts}), so no text is analysed
 * again and the cost does not grow with the corpus.
 */
@ApplicationScoped
class EventProfiles {

    /** A profile is rebuilt after a minute: frequencies move slowly, and an ingest must not wait on it often. */
    static final long FRESH_NANOS = 60_000_000_000L;

    /**
     * Word frequencies are counted over the articles published this many days around the event:
     * a month each side, so that the event's own coverage does not make its words look common.
     */
    static final int FREQUENCY_DAYS = 30;

    /** The key under which {@link #frequencies} answers the number of articles (no word is empty). */
    private static final String DOCUMENTS = "";

    /** Articles linked by hand that the profile reads (the most recent). */
    static final int LINKED_ARTICLES = 50;

    private record Cached(EventProfile profile, OffsetDateTime eventUpdatedAt, long builtAt) {
    }

    @Inject
    EntityManager entityManager;

    private final Map<Long, Cached> profiles = new ConcurrentHashMap<>();

    /** The profile of an event; {@code names} are its title and aliases as stems, without place and kind words. */
    EventProfile of(EventEntity event, List<Set<String>> names, List<String> nameLabels) {
        Cached cached = profiles.get(event.id);
        long now = System.nanoTime();
        if (cached != null && Objects.equals(cached.eventUpdatedAt(), event.updatedAt) && now - cached.builtAt() < FRESH_NANOS) {
            return cached.profile();
        }
        List<Set<String>> linked = linkedByHand(event.id);
        Set<String> words = EventProfile.words(names, event.description, linked);
        LocalDate end = event.endDate == null ? event.startDate : event.endDate;
        LocalDate from = event.startDate.minusDays(FREQUENCY_DAYS);
        LocalDate to = end.plusDays(FREQUENCY_DAYS);
        Map<String, Integer> frequencies = frequencies(words, from, to);
        int documents = Objects.requireNonNullElse(frequencies.remove(DOCUMENTS), 0);
        EventProfile profile = EventProfile.of(names, nameLabels, event.description, linked, frequencies, documents);
        profiles.put(event.id, new Cached(profile, event.updatedAt, now));
        return profile;
    }

    @SuppressWarnings("unchecked")
    private List<Set<String>> linkedByHand(long eventId) {
        List<String> texts = entityManager.createNativeQuery("""
                SELECT coalesce(a.title || E'\\n', '') || coalesce(left(a.clean_text, a.own_text_end), a.clean_text, '')
                FROM article_event ae JOIN article a ON a.id = ae.article_id
                WHERE ae.event_id = ?1 AND ae.method = 'manual' AND ae.linked ORDER BY a.id DESC LIMIT ?2""")
                .setParameter(1, eventId).setParameter(2, LINKED_ARTICLES).getResultList();
        List<Set<String>> linked = new ArrayList<>();
        texts.forEach(text -> linked.add(EventProfile.topicTerms(text)));
        return linked;
    }

    /**
     * How many articles published from {@code from} to {@code to} hold each word, and under {@link #DOCUMENTS} how many
     * there are: the days' counts plus the signatures the counting job has not reached yet, in one statement, so that
     * both parts are read as of one moment.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Integer> frequencies(Set<String> words, LocalDate from, LocalDate to) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                WITH counted AS (SELECT through_article FROM story_word_counted)
                SELECT word, sum(articles) FROM (
                    SELECT word, articles FROM story_word_day WHERE word = ANY (?3) AND day BETWEEN ?1 AND ?2
                    UNION ALL SELECT '', articles FROM story_day WHERE day BETWEEN ?1 AND ?2
                    UNION ALL SELECT t, 1 FROM story_article, counted, unnest(terms) AS t
                              WHERE article_id > counted.through_article AND day BETWEEN ?1 AND ?2 AND t = ANY (?3)
                    UNION ALL SELECT '', 1 FROM story_article, counted WHERE article_id > counted.through_article AND day BETWEEN ?1 AND ?2
                ) counts GROUP BY word""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, words.toArray(String[]::new)).getResultList();
        Map<String, Integer> frequencies = new HashMap<>();
        rows.forEach(row -> frequencies.put((String) row[0], ((Number) row[1]).intValue()));
        return frequencies;
    }
}
