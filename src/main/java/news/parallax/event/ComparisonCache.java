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
     * Which rows a comparison reads, and their versions: the event, its aliases, participants and linking job, its links
     * (the linked ones: an unlinked one is not in the comparison) with their articles, its claim links, and the registry's
     * version (names of outlets and speakers). The claims, facets and citations themselves are not read: a claim reaches
     * the comparison through its claim link, and facets and citations are written only with their article's row (ingest,
     * PUT and re-extraction rewrite it; a claim added by hand has neither) or moved by a registry merge (the registry's
     * version).
     * <p>
     * A set of rows is summed up by its count and the sum of its rows' xmin (the transaction that last wrote each row)
     * instead of a list of every row's version (a string of 2,371 claim links for an event of 200 articles, 2.5 times
     * the cost): a write replaces a row by one of a newer transaction, so the count or the sum changes; they could stay
     * equal only if several writes' transaction ids cancelled out exactly. The links' articles are summed the same way,
     * which tells a change of an article while the links themselves are unchanged.
     */
    private static final String FINGERPRINT = """
            SELECT concat_ws('|',
                (SELECT xmin::text FROM event WHERE id = ?1),
                (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM event_alias WHERE event_id = ?1),
                (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM event_participant WHERE event_id = ?1),
                (SELECT xmin::text FROM event_linking WHERE event_id = ?1),
                (SELECT count(*) || ':' || coalesce(sum(ae.xmin::text::bigint), 0) || ':' || coalesce(sum(a.xmin::text::bigint), 0)
                 FROM article_event ae JOIN article a ON a.id = ae.article_id WHERE ae.event_id = ?1 AND ae.linked),
                (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM claim_event WHERE event_id = ?1 AND linked),
                (SELECT version::text FROM registry_version WHERE id = 1))""";

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
