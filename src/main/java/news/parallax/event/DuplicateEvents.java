package news.parallax.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import news.parallax.problem.ApiProblem;
import news.parallax.text.NameNormalizer;

/**
 * Refuses an event that is already stored: start dates at most a day apart, the same place, and
 * a title or alias similar (trigram similarity) to the stored one's title or aliases. Three
 * "Paris conference on Libya" events on one day split the coverage three ways.
 */
@ApplicationScoped
class DuplicateEvents {

    /** Trigram similarity from which two event names are taken as one ("Paris conference on Libya" / "Paris Libya conference"). */
    private static final double SIMILAR_NAME = 0.5;

    @Inject
    EntityManager entityManager;

    /** Throws 409 naming the stored event that the new one duplicates, if any. */
    void refuse(String title, List<String> aliases, LocalDate start, String place) {
        List<String> names = new ArrayList<>(List.of(NameNormalizer.normalize(title)));
        if (aliases != null) {
            aliases.stream().map(NameNormalizer::normalize).forEach(names::add);
        }
        List<?> existing = entityManager.createNativeQuery("""
                SELECT e.id FROM event e
                WHERE e.start_date BETWEEN CAST(?1 AS date) - 1 AND CAST(?1 AS date) + 1 AND e.place_normalized = ?2
                  AND EXISTS (SELECT 1 FROM unnest(CAST(?3 AS text[])) AS n(name)
                              WHERE similarity(e.title_normalized, n.name) >= ?4
                                 OR EXISTS (SELECT 1 FROM event_alias a WHERE a.event_id = e.id AND similarity(a.normalized, n.name) >= ?4))
                ORDER BY e.id LIMIT 1""")
                .setParameter(1, start).setParameter(2, place == null ? "" : NameNormalizer.normalize(place))
                .setParameter(3, names.toArray(String[]::new)).setParameter(4, SIMILAR_NAME).getResultList();
        if (!existing.isEmpty()) {
            long id = ((Number) existing.get(0)).longValue();
            throw ApiProblem.duplicate("Event " + id + " is the same event (a similar name, the same place, a start date at most a"
                    + " day apart); link articles to it, or send force=true to create this one anyway", id, "/events/" + id);
        }
    }
}
