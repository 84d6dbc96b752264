package news.parallax.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code article_event} table. A manual decision (link or unlink) is stored with method
 * {@code manual} and is never overwritten by automatic linking.
 */
@ApplicationScoped
public class EventLinks {

    /** How one article is linked to one event; {@code kind} is {@code preview} for an article published before the event's first day. */
    public record Link(String method, String kind, Float score, List<String> reasons) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    public void setManually(long eventId, long articleId, boolean linked) {
        entityManager.createNativeQuery("""
                INSERT INTO article_event (article_id, event_id, method, linked, score, reasons)
                VALUES (?1, ?2, 'manual', ?3, NULL, '["set by hand"]')
                ON CONFLICT (article_id, event_id)
                DO UPDATE SET method = 'manual', linked = excluded.linked, score = NULL, reasons = excluded.reasons""")
                .setParameter(1, articleId).setParameter(2, eventId).setParameter(3, linked).executeUpdate();
    }

    /** Links the articles by hand to a new event, with one reason (an event made from a story: its seed). */
    void seed(long eventId, List<Long> articleIds, String reason) {
        try {
            entityManager.createNativeQuery("""
                    INSERT INTO article_event (article_id, event_id, method, linked, score, reasons)
                    SELECT id, ?2, 'manual', true, NULL, CAST(?3 AS jsonb) FROM unnest(CAST(?1 AS bigint[])) AS id
                    ON CONFLICT (article_id, event_id) DO NOTHING""")
                    .setParameter(1, articleIds.toArray(Long[]::new)).setParameter(2, eventId)
                    .setParameter(3, json.writeValueAsString(List.of(reason))).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of one string is always JSON", e);
        }
    }

    /** The links of the given articles to one event. */
    @SuppressWarnings("unchecked")
    public Map<Long, Link> of(long eventId, List<Long> articleIds) {
        Map<Long, Link> links = new HashMap<>();
        if (articleIds.isEmpty()) {
            return links;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT ae.article_id, ae.method, ae.score, ae.reasons::text,
                    CASE WHEN a.published_at < e.start_date::timestamp AT TIME ZONE 'UTC' THEN 'preview' ELSE 'coverage' END
                FROM article_event ae JOIN article a ON a.id = ae.article_id JOIN event e ON e.id = ae.event_id
                WHERE ae.event_id = ?1 AND ae.article_id IN (?2)""")
                .setParameter(1, eventId).setParameter(2, articleIds).getResultList();
        for (Object[] row : rows) {
            links.put(((Number) row[0]).longValue(),
                    new Link((String) row[1], (String) row[4], row[2] == null ? null : ((Number) row[2]).floatValue(), reasons((String) row[3])));
        }
        return links;
    }

    List<String> reasons(String array) {
        try {
            return json.readValue(array, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article_event.reasons holds a JSON array of strings", e);
        }
    }
}
