package news.parallax.claim;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import news.parallax.paging.Cursor;
import news.parallax.paging.SqlQuery;

@ApplicationScoped
public class ClaimRepository implements PanacheRepository<ClaimEntity> {

    /** Filters of {@code GET /claims}; null fields do not filter. */
    public record Filter(Long article, Long event, Long speaker, Long citedOutlet, Long outlet, String language,
            OffsetDateTime publishedFrom, OffsetDateTime publishedTo, Long publishedOrCitedBy, String mentionKey) {

        public static Filter bySpeaker(long speaker) {
            return new Filter(null, null, speaker, null, null, null, null, null, null, null);
        }

        /** role: "published" (in the outlet's articles), "cited" (reported through it), or "any". */
        public static Filter byOutlet(long outlet, String role) {
            return switch (role) {
                case "published" -> new Filter(null, null, null, null, outlet, null, null, null, null, null);
                case "cited" -> new Filter(null, null, null, outlet, null, null, null, null, null, null);
                default -> new Filter(null, null, null, null, null, null, null, null, outlet, null);
            };
        }
    }

    /** Most recently stored first. */
    public List<Long> page(Filter filter, Cursor after, int fetch) {
        SqlQuery query = new SqlQuery("SELECT c.id FROM claim c JOIN article a ON a.id = c.article_id")
                .where("c.article_id = :article", "article", filter.article())
                .where("EXISTS (SELECT 1 FROM claim_event ce WHERE ce.claim_id = c.id AND ce.event_id = :event AND ce.linked)",
                        "event", filter.event())
                .where("c.speaker_id = :speaker", "speaker", filter.speaker())
                .where("c.cited_outlet_id = :citedOutlet", "citedOutlet", filter.citedOutlet())
                .where("c.mention_key = :mention", "mention", filter.mentionKey())
                .where("a.outlet_id = :outlet", "outlet", filter.outlet())
                .where("c.language = :language", "language", filter.language())
                .where("a.published_at >= :from", "from", filter.publishedFrom())
                .where("a.published_at < :to", "to", filter.publishedTo())
                .where("(a.outlet_id = :either OR c.cited_outlet_id = :either)", "either", filter.publishedOrCitedBy())
                .where("c.id < :afterId", "afterId", after == null ? null : after.id())
                .append("ORDER BY c.id DESC LIMIT " + fetch);
        return query.ids(getEntityManager());
    }
}
