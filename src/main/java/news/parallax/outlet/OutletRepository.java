package news.parallax.outlet;

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
        StringBuilder query = new StringBuilder("from OutletEntity o where 1 = 1");
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
                AliasSearch.rankedOwnerIds("outlet_alias", "outlet_id", "outlet", filters.toString()), Long.class);
        parameters.forEach(query::setParameter);
        return SqlQuery.inOrder(this, query.getResultList(), o -> o.id);
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
        var query = getEntityManager().createNativeQuery(sql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return SqlQuery.inOrder(this, (List<Long>) query.getResultList(), o -> o.id).stream().findFirst();
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
