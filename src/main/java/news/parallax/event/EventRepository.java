package news.parallax.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import news.parallax.paging.Cursor;
import news.parallax.paging.SqlQuery;

@ApplicationScoped
public class EventRepository implements PanacheRepository<EventEntity> {

    /** Filters of {@code GET /events}; null fields do not filter. Names are normalised. */
    public record Filter(LocalDate from, LocalDate to, String place, String words) {
    }

    /** Latest first. */
    public List<EventEntity> page(Filter filter, Cursor after, int fetch) {
        SqlQuery query = new SqlQuery("SELECT e.id FROM event e")
                .where("coalesce(e.end_date, e.start_date) >= :from", "from", filter.from())
                .where("e.start_date <= :to", "to", filter.to())
                .where("e.place_normalized = :place", "place", filter.place())
                .where("(e.title_normalized LIKE :words OR EXISTS (SELECT 1 FROM event_alias al"
                        + " WHERE al.event_id = e.id AND al.normalized LIKE :words))",
                        "words", filter.words() == null ? null : SqlQuery.contains(filter.words()));
        if (after != null) {
            query.and("(e.start_date < :afterDate OR (e.start_date = :afterDate AND e.id < :afterId))")
                    .bind("afterDate", LocalDate.parse(after.key())).bind("afterId", after.id());
        }
        query.append("ORDER BY e.start_date DESC, e.id DESC LIMIT " + fetch);
        return query.load(getEntityManager(), EventEntity.class);
    }
}
