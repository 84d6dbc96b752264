package news.parallax.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Comparison;
import news.parallax.http.EntityTags;
import news.parallax.http.JsonAnswer;
import news.parallax.http.KeptAnswers;

/**
 * Comparisons already built, each kept serialised, with a fingerprint of the rows it was built from. Dashboards
 * ask for the same events again and again; building the comparison of 200 articles takes about
 * 200 ms on a million-article database, reading its fingerprint one indexed statement. Every
 * instance keeps its own, and every request checks the database: a change made through any
 * instance, committed, is seen by the next request.
 */
@ApplicationScoped
public class ComparisonCache {

    /** Comparisons kept, the most recently asked for; a comparison of 200 articles holds a few hundred kilobytes. */
    private static final int KEPT = 64;

    /**
     * The version of each row a comparison reads (PostgreSQL's xmin changes whenever a row is written): the event, its
     * aliases, participants and linking job, its links (the linked ones: an unlinked one is not in the comparison) with
     * their articles and how many claims each has, its claim links, and the registry's version (names of outlets and
     * speakers). The claims, facets and citations themselves are not read: they are written only with their article
     * (ingest, PUT and re-extraction rewrite the article row), added or deleted one by one (the claim count), or moved
     * by a registry merge (the registry's version).
     */
    private static final String FINGERPRINT = """
            SELECT md5(concat_ws('|',
                (SELECT xmin::text FROM event WHERE id = ?1),
                (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM event_alias WHERE event_id = ?1),
                (SELECT string_agg(xmin::text, ',' ORDER BY id) FROM event_participant WHERE event_id = ?1),
                (SELECT xmin::text FROM event_linking WHERE event_id = ?1),
                (SELECT string_agg(ae.article_id || ':' || ae.xmin || ':' || a.xmin || ':'
                                   || (SELECT count(*) FROM claim c WHERE c.article_id = a.id),
                                   ',' ORDER BY ae.article_id)
                 FROM article_event ae JOIN article a ON a.id = ae.article_id WHERE ae.event_id = ?1 AND ae.linked),
                (SELECT string_agg(ce.claim_id || ':' || ce.xmin, ',' ORDER BY ce.claim_id)
                 FROM claim_event ce WHERE ce.event_id = ?1 AND ce.linked),
                (SELECT version::text FROM registry_version WHERE id = 1)))""";

    /** An event's comparison, and the same serialised as the API sends it. Never modify the comparison. */
    public record Built(Comparison comparison, JsonAnswer json) {
    }

    private final KeptAnswers<Long, Built> built = new KeptAnswers<>(KEPT);

    @Inject
    EntityManager entityManager;

    @Inject
    ComparisonService comparisons;

    @Inject
    EntityTags tags;

    /** The event's comparison, built again only when a row it is built from has changed since. */
    @Transactional
    public Built compare(long eventId) {
        String fingerprint = (String) entityManager.createNativeQuery(FINGERPRINT).setParameter(1, eventId).getSingleResult();
        return built.get(eventId, fingerprint, () -> {
            Comparison comparison = comparisons.compare(eventId);
            return new Built(comparison, tags.answer(comparison));
        });
    }
}
