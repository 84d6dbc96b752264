package news.parallax.outlet;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import news.parallax.paging.Cursor;
import news.parallax.paging.SqlQuery;
import news.parallax.text.AliasSearch;

/** Outlet queries. Collections are batch-fetched (see application.properties), so a page costs three statements. */
@ApplicationScoped
public class OutletRepository implements PanacheRepository<OutletEntity> {

    /** Outlets in name order after {@code after}; fetches {@code fetch} rows. */
    public List<OutletEntity> page(String kind, String country, Cursor after, int fetch) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder query = new StringBuilder("from OutletEntity o where o.mergedInto is null");
        filterByKindAndCountry(query, parameters, kind, country);
        if (after != null) {
            query.append(" and (o.name > :key or (o.name = :key and o.id > :id))");
            parameters.put("key", after.key());
            parameters.put("id", after.id());
        }
        query.append(" order by o.name, o.id");
        return find(query.toString(), parameters).page(0, fetch).list();
    }

    /** Outlets with an alias equal or trigram-similar to {@code normalizedName}, best first. */
    @SuppressWarnings("unchecked")
    public List<OutletEntity> matchingName(String normalizedName, String kind, String country, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder filters = new StringBuilder();
        filterByKindAndCountry(filters, parameters, kind, country);
        parameters.put("name", normalizedName);
        parameters.put("limit", limit);
        AliasSearch.prepare(getEntityManager());
        var query = getEntityManager().createNativeQuery(
                AliasSearch.rankedOwnerIds("outlet_alias", "outlet_id", "outlet", filters.toString()));
        parameters.forEach(query::setParameter);
        return SqlQuery.inOrder(getEntityManager(), OutletEntity.class, query.getResultList());
    }

    /** The outlet owning the longest of the given domains, if any. */
    @SuppressWarnings("unchecked")
    public Optional<OutletEntity> owningDomain(List<String> domains, String kind, String country) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder(
                "SELECT d.outlet_id FROM outlet_domain d JOIN outlet o ON o.id = d.outlet_id WHERE d.domain IN (:domains)");
        parameters.put("domains", domains);
        filterByKindAndCountry(sql, parameters, kind, country);
        sql.append(" ORDER BY length(d.domain) DESC LIMIT 1");
        var query = getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return SqlQuery.inOrder(getEntityManager(), OutletEntity.class, (List<Long>) query.getResultList()).stream().findFirst();
    }

    /** The outlet, other than {@code exceptId}, that owns exactly this domain. */
    public Optional<OutletEntity> ownerOfDomain(String domain, Long exceptId) {
        return find("select o from OutletEntity o join o.domains d where d = ?1 and o.id <> ?2", domain,
                exceptId == null ? -1L : exceptId).firstResultOptional();
    }

    /** The outlet, other than {@code exceptId}, whose aliases include this normalised name. */
    public Optional<OutletEntity> havingAlias(String normalized, Long exceptId) {
        return find("select a.outlet from OutletAliasEntity a where a.normalized = ?1 and a.outlet.id <> ?2", normalized,
                exceptId == null ? -1L : exceptId).firstResultOptional();
    }

    /**
     * An outlet that ingest may have to create: a source extraction named, or a publisher known
     * by name or site only. {@code key} is unique among created outlets ("name:" + normalised name,
     * "host:" + domain); {@code domain} may be null.
     */
    public record Unverified(String key, String name, String normalized, String kind, String domain) {
    }

    /**
     * Creates, unverified, those outlets whose key no earlier call created, and answers the id of
     * every key's outlet (the survivor when it was merged). Concurrent calls with the same key create
     * one outlet: the insert skips a key that exists and a second statement reads them all back. No
     * lock is taken beyond the rows inserted, so callers keep it short (its own transaction) and pass
     * keys in one order.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> ensureUnverified(List<Unverified> wanted) {
        List<Unverified> sorted = wanted.stream().sorted(Comparator.comparing(Unverified::key)).toList();
        getEntityManager().createNativeQuery("""
                WITH wanted AS (
                    SELECT * FROM unnest(CAST(?1 AS text[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS text[]),
                                         CAST(?5 AS text[])) AS w (key, name, normalized, kind, domain)),
                created AS (
                    INSERT INTO outlet (name, kind, verified, creation_key) SELECT name, kind, false, key FROM wanted
                    ON CONFLICT (creation_key) DO NOTHING RETURNING id, creation_key),
                aliased AS (
                    INSERT INTO outlet_alias (outlet_id, alias, normalized)
                    SELECT c.id, w.name, w.normalized FROM created c JOIN wanted w ON w.key = c.creation_key)
                INSERT INTO outlet_domain (domain, outlet_id)
                SELECT w.domain, c.id FROM created c JOIN wanted w ON w.key = c.creation_key WHERE w.domain IS NOT NULL
                ON CONFLICT (domain) DO NOTHING""")
                .setParameter(1, sorted.stream().map(Unverified::key).toArray(String[]::new))
                .setParameter(2, sorted.stream().map(Unverified::name).toArray(String[]::new))
                .setParameter(3, sorted.stream().map(Unverified::normalized).toArray(String[]::new))
                .setParameter(4, sorted.stream().map(Unverified::kind).toArray(String[]::new))
                .setParameter(5, sorted.stream().map(Unverified::domain).toArray(String[]::new))
                .executeUpdate();
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT creation_key, coalesce(merged_into, id) FROM outlet"
                        + " WHERE creation_key = ANY (CAST(?1 AS text[]))")
                .setParameter(1, sorted.stream().map(Unverified::key).toArray(String[]::new)).getResultList();
        Map<String, Long> ids = new HashMap<>();
        rows.forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    /** The id of the outlet with this alias (verified outlets first), if any. */
    @SuppressWarnings("unchecked")
    public Optional<Long> idHavingAlias(String normalized) {
        List<Long> ids = getEntityManager().createNativeQuery("""
                SELECT o.id FROM outlet_alias a JOIN outlet o ON o.id = a.outlet_id WHERE a.normalized = ?1
                ORDER BY o.verified DESC, o.id LIMIT 1""").setParameter(1, normalized).getResultList();
        return ids.stream().findFirst();
    }

    /** Works for HQL and SQL alike: both queries call the outlet "o". */
    private static void filterByKindAndCountry(StringBuilder query, Map<String, Object> parameters, String kind,
            String country) {
        if (kind != null) {
            query.append(" and o.kind = :kind");
            parameters.put("kind", kind);
        }
        if (country != null) {
            query.append(" and o.country = :country");
            parameters.put("country", country);
        }
    }
}
