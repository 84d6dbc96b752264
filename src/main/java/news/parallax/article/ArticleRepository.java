package news.parallax.article;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import news.parallax.paging.Cursor;
import news.parallax.paging.SqlQuery;

@ApplicationScoped
public class ArticleRepository implements PanacheRepository<ArticleEntity> {

    /** Filters of {@code GET /articles}; null fields do not filter. */
    public record Filter(Long outlet, String language, OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long event,
            String titleWords) {
    }

    /**
     * Inserts the article unless its URL is stored already, and returns the new id. Concurrent
     * inserts of one URL wait for each other on the unique index; all but one get empty.
     */
    @SuppressWarnings("unchecked")
    public Optional<Long> insertIfNew(ArticleEntity article) {
        NativeQuery<Long> insert = getEntityManager().createNativeQuery("""
                INSERT INTO article (url, outlet_id, title, title_normalized, author, language, published_at,
                                     body, clean_text, own_text_end, content_hash)
                VALUES (:url, :outlet, :title, :titleNormalized, :author, :language, :publishedAt, :body, :cleanText, :ownTextEnd,
                        :hash)
                ON CONFLICT (url) DO NOTHING
                RETURNING id""").unwrap(NativeQuery.class);
        insert.setParameter("url", article.url, String.class)
                .setParameter("outlet", article.outlet == null ? null : article.outlet.id, Long.class)
                .setParameter("title", article.title, String.class)
                .setParameter("titleNormalized", article.titleNormalized, String.class)
                .setParameter("author", article.author, String.class)
                .setParameter("language", article.language, String.class)
                .setParameter("publishedAt", article.publishedAt, OffsetDateTime.class)
                .setParameter("body", article.body, String.class)
                .setParameter("cleanText", article.cleanText, String.class)
                .setParameter("ownTextEnd", article.ownTextEnd, Integer.class)
                .setParameter("hash", article.contentHash, String.class);
        return insert.getResultList().stream().findFirst();
    }

    /** An article with its texts, which the entity loads lazily, and how many claims it has. */
    public record Whole(ArticleEntity article, String body, String cleanText, int claimCount) {
    }

    /**
     * The article with its texts, publisher, citations (and theirs) and claim count: one statement, a row per citation.
     * Every row, not the first: Hibernate applies a limit on a fetched collection in memory, and warns in the log each time.
     */
    public Optional<Whole> findWhole(long id) {
        return getEntityManager().createQuery("select a, a.body, a.cleanText,"
                + " (select count(*) from ClaimEntity claim where claim.article = a) from ArticleEntity a left join fetch a.outlet"
                + " left join fetch a.citations c left join fetch c.outlet where a.id = ?1", Object[].class)
                .setParameter(1, id).getResultList().stream().findFirst()
                .map(row -> new Whole((ArticleEntity) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue()));
    }

    public Optional<ArticleEntity> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    /** Newest first, articles without a time last; fetches {@code fetch} rows after {@code after}. */
    public List<ArticleEntity> page(Filter filter, Cursor after, int fetch) {
        SqlQuery query = new SqlQuery("SELECT a.id FROM article a")
                .where("a.outlet_id = :outlet", "outlet", filter.outlet())
                .where("a.language = :language", "language", filter.language())
                .where("a.published_at >= :from", "from", filter.publishedFrom())
                .where("a.published_at < :to", "to", filter.publishedTo())
                .where("EXISTS (SELECT 1 FROM article_event ae WHERE ae.article_id = a.id AND ae.event_id = :event AND ae.linked)",
                        "event", filter.event())
                .where("a.title_normalized LIKE :title", "title", filter.titleWords() == null ? null : SqlQuery.contains(filter.titleWords()));
        if (after != null && after.key().isEmpty()) {
            query.and("a.published_at IS NULL AND a.id < :afterId").bind("afterId", after.id());
        } else if (after != null) {
            query.and("(a.published_at < :afterTime OR (a.published_at = :afterTime AND a.id < :afterId) OR a.published_at IS NULL)")
                    .bind("afterTime", OffsetDateTime.parse(after.key())).bind("afterId", after.id());
        }
        query.append("ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT " + fetch);
        return query.load(getEntityManager(), ArticleEntity.class, "outlet");
    }

    /** Claims per article, for the given articles (absent ones have none). */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> claimCounts(List<Long> articleIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        // one array parameter, not an IN list: Hibernate translates a query again for each length of list
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT article_id, count(*) FROM claim WHERE article_id = ANY (CAST(?1 AS bigint[]))"
                        + " GROUP BY article_id")
                .setParameter(1, articleIds.toArray(Long[]::new)).getResultList();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    /** Removes what extraction derived from an article's text: its claims, citations and facets. */
    public void deleteDerived(long articleId) {
        for (String table : List.of("facet", "claim", "citation")) {
            getEntityManager().createNativeQuery("DELETE FROM " + table + " WHERE article_id = ?1")
                    .setParameter(1, articleId).executeUpdate();
        }
    }
}
