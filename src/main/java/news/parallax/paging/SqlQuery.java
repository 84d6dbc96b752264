package news.parallax.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.Session;

/**
 * A native SELECT assembled from optional filters. Each filter is added only when its value is
 * present, so no query ever binds a null whose SQL type PostgreSQL would have to guess.
 */
public final class SqlQuery {

    private final StringBuilder sql;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean hasWhere;

    public SqlQuery(String select) {
        this.sql = new StringBuilder(select);
        this.hasWhere = hasTopLevelWhere(select);
    }

    /** A WHERE inside parentheses belongs to a subquery, not to this query. */
    private static boolean hasTopLevelWhere(String select) {
        String upper = select.toUpperCase();
        int depth = 0;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && upper.startsWith(" WHERE ", i)) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code AND condition} binding {@code :name} when {@code value} is not null. */
    public SqlQuery where(String condition, String name, Object value) {
        if (value != null) {
            and(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /** Adds a condition with no parameters, or with parameters bound through {@link #bind}. */
    public SqlQuery and(String condition) {
        sql.append(hasWhere ? " AND " : " WHERE ").append(condition);
        hasWhere = true;
        return this;
    }

    public SqlQuery bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** Binds the parameters of a query nested inside this one (see {@link #sql()}). */
    public SqlQuery bindAll(SqlQuery nested) {
        parameters.putAll(nested.parameters);
        return this;
    }

    /** How many parameters are bound so far: numbers parameters a query adds in a loop. */
    public int parameterCount() {
        return parameters.size();
    }

    /** The statement so far, to nest inside another query. */
    public String sql() {
        return sql.toString();
    }

    public SqlQuery append(String text) {
        sql.append(' ').append(text);
        return this;
    }

    /**
     * Plans the rest of the transaction's statements for the values they are run with. After five runs of a prepared
     * statement PostgreSQL may keep a generic plan, made for an average value: for a filter whose values differ in how many
     * rows they select (an outlet of 800 stories among outlets of 10,000, a rare word) that plan can read the whole table.
     */
    public static void planForTheirValues(EntityManager entityManager) {
        entityManager.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
    }

    /**
     * Ends {@link #planForTheirValues} for the rest of the transaction (PostgreSQL's default, {@code auto}): statements whose
     * plan does not depend on their values (reading a page's rows by id) may then keep one plan instead of being planned for
     * every request (1.1-1.6 ms for a search page's claims at a million articles).
     */
    public static void planAsUsual(EntityManager entityManager) {
        entityManager.createNativeQuery("SELECT set_config('plan_cache_mode', 'auto', true)").getSingleResult();
    }

    /**
     * Runs the query, which selects ids, and loads those entities in the query's order with their {@code fetched}
     * associations (see {@link #inOrder}).
     */
    public <T> List<T> load(EntityManager entityManager, Class<T> type, String... fetched) {
        return inOrder(entityManager, type, ids(entityManager), fetched);
    }

    /**
     * Loads entities by id, in the order of {@code ids}, leaving out any deleted since. Hibernate's multi-load is one
     * statement whose SQL is built once ({@code id = any(?)}); a query with an IN list was translated anew for every
     * request, a fifth of a page's time. The {@code fetched} associations are joined into that statement: a lazy one read
     * afterwards cost a statement per distinct value (a page of 50 articles from 38 publishers, 38 more statements).
     */
    public static <T> List<T> inOrder(EntityManager entityManager, Class<T> type, List<Long> ids, String... fetched) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Session session = entityManager.unwrap(Session.class);
        if (fetched.length == 0) {
            return session.findMultiple(type, ids).stream().filter(Objects::nonNull).toList();
        }
        EntityGraph<T> graph = session.createEntityGraph(type);
        graph.addAttributeNodes(fetched);
        return session.findMultiple(graph, ids).stream().filter(Objects::nonNull).toList();
    }

    /** Runs the query for whole rows. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Runs the statement (an INSERT, UPDATE or DELETE); answers the number of rows it touched. */
    public int execute(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query.executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Long> ids(EntityManager entityManager) {
        Query query = entityManager.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** A timestamptz column of a native query's row, whichever Java type the driver chose, in UTC. */
    public static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC);
        }
        Instant instant = value instanceof Instant i ? i : ((java.sql.Timestamp) value).toInstant();
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A date column of a native query's row, whichever Java type the driver chose. */
    public static LocalDate day(Object value) {
        return value == null ? null : value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    /** {@code value} inside LIKE '%...%', with LIKE's own wildcards escaped. */
    public static String contains(String value) {
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
