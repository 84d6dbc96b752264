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
 * linked articles share). Building one costs three statements: the articles linked by hand, and
 * the frequencies of the profile's words among the articles published around the event, read from
 * the signatures story discovery stores ({@code story_article.terms}, the same title-and-lead
 * analysis), so no text is analysed again.
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
        int documents = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM story_article WHERE day BETWEEN ?1 AND ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult()).intValue();
        Map<String, Integer> frequencies = frequencies(words, from, to);
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

    @SuppressWarnings("unchecked")
    private Map<String, Integer> frequencies(Set<String> words, LocalDate from, LocalDate to) {
        Map<String, Integer> frequencies = new HashMap<>();
        if (words.isEmpty()) {
            return frequencies;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT t, count(*) FROM story_article, unnest(terms) AS t
                WHERE day BETWEEN ?1 AND ?2 AND t = ANY (?3) GROUP BY t""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, words.toArray(String[]::new)).getResultList();
        rows.forEach(row -> frequencies.put((String) row[0], ((Number) row[1]).intValue()));
        return frequencies;
    }
}
