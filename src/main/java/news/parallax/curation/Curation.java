package news.parallax.curation;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import news.parallax.api.model.Alias;
import news.parallax.api.model.RegistryMerge;
import news.parallax.extraction.RegistryCache;
import news.parallax.problem.ApiProblem;
import news.parallax.text.NameNormalizer;

/**
 * Merging two registry entries and moving an alias between them, for speakers and outlets alike
 * (table {@code speaker} or {@code outlet}, aliases in {@code <table>_alias} keyed by
 * {@code <table>_id}). Callers run it in their transaction; the in-memory registry reloads after
 * the commit, on every instance (see {@link RegistryCache#changed()}).
 */
@ApplicationScoped
public class Curation {

    /**
     * A column that points at registry entries. {@code uniqueWith}, when set, is the column that
     * together with this one may hold a value once (an alias's normalised form, a participant's
     * event): a row the survivor already has is dropped instead of moved.
     */
    public record Reference(String table, String column, String counted, String uniqueWith) {
    }

    /** Two entries locked for a change, both live. */
    private record Pair(String name, String intoName) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    RegistryCache registry;

    /**
     * Merges entry {@code id} into {@code into}: every reference moves, the merged row stays as a
     * redirect (as do the entries merged into it before). Answers the rows moved, by what they count.
     */
    public RegistryMerge merge(String table, long id, long into, List<Reference> references) {
        lockLive(table, id, into);
        Map<String, Long> moved = new LinkedHashMap<>();
        for (Reference reference : references) {
            moved.merge(reference.counted(), move(reference, id, into), Long::sum);
        }
        entityManager.createNativeQuery("UPDATE " + table + " SET merged_into = ?2, updated_at = now()"
                + " WHERE id = ?1 OR merged_into = ?1")
                .setParameter(1, id).setParameter(2, into).executeUpdate();
        touch(table, into);
        registry.changed();
        return new RegistryMerge().merged(id).into(into).aliases(moved.get("aliases")).claims(moved.get("claims"))
                .participants(moved.get("participants")).articles(moved.get("articles")).citations(moved.get("citations"))
                .domains(moved.get("domains"));
    }

    /** Moves alias {@code aliasId} of entry {@code id} to entry {@code into}; the unique normalised form per entry holds. */
    public Alias moveAlias(String table, long id, long aliasId, long into) {
        Pair pair = lockLive(table, id, into);
        String aliases = table + "_alias";
        String owner = table + "_id";
        Object[] alias = row(entityManager.createNativeQuery("SELECT alias, normalized, language FROM " + aliases
                + " WHERE id = ?1 AND " + owner + " = ?2").setParameter(1, aliasId).setParameter(2, id).getResultList());
        if (alias == null) {
            throw ApiProblem.notFound("alias of " + table + " " + id, aliasId);
        }
        if (alias[1].equals(NameNormalizer.normalize(pair.name()))) {
            throw ApiProblem.conflict("Alias " + aliasId + " is the name of " + table + " " + id + " ('" + pair.name()
                    + "'); rename it first (PUT /" + table + "s/" + id + "), or merge it into " + table + " " + into);
        }
        boolean known = !entityManager
                .createNativeQuery("SELECT 1 FROM " + aliases + " WHERE " + owner + " = ?1 AND normalized = ?2")
                .setParameter(1, into).setParameter(2, alias[1]).getResultList().isEmpty();
        if (known) {
            throw ApiProblem.conflict(capitalised(table) + " " + into + " (" + pair.intoName()
                    + ") already has an alias written like '" + alias[0] + "'; delete this one instead");
        }
        entityManager.createNativeQuery("UPDATE " + aliases + " SET " + owner + " = ?2 WHERE id = ?1")
                .setParameter(1, aliasId).setParameter(2, into).executeUpdate();
        touch(table, id);
        touch(table, into);
        registry.changed();
        return new Alias().id(aliasId).alias((String) alias[0]).language((String) alias[2]);
    }

    /**
     * The answer to a GET of entry {@code asked} of {@code /<table>s}, given the entry found for it:
     * itself, or the survivor of a merge, to which it redirects.
     */
    public static Response okOrMoved(String table, long asked, long found, Object body) {
        return asked == found ? Response.ok(body).build()
                : Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/" + table + "s/" + found)).build();
    }

    /** The answer for an operation on an entry that was merged away: the entry to use instead. */
    public static ApiProblem merged(String table, long id, long into) {
        return ApiProblem.notFound(capitalised(table) + " " + id + " was merged into " + table + " " + into + "; use /" + table
                + "s/" + into);
    }

    /**
     * Locks both rows in id order, so that concurrent merges and moves touching one entry queue
     * up instead of deadlocking, and a merge that waited sees what the one before it did.
     */
    @SuppressWarnings("unchecked")
    private Pair lockLive(String table, long id, long into) {
        if (id == into) {
            throw ApiProblem.badRequest("into", "is " + table + " " + id + " itself; name the " + table + " that survives");
        }
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, merged_into, name FROM " + table
                + " WHERE id IN (?1, ?2) ORDER BY id FOR UPDATE").setParameter(1, id).setParameter(2, into).getResultList();
        Map<Long, Object[]> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(((Number) row[0]).longValue(), row));
        if (!byId.containsKey(id)) {
            throw ApiProblem.notFound(table, id);
        }
        if (!byId.containsKey(into)) {
            throw ApiProblem.badRequest("into", "there is no " + table + " with id " + into);
        }
        for (long entry : List.of(id, into)) {
            Object mergedInto = byId.get(entry)[1];
            if (mergedInto != null) {
                throw ApiProblem.conflict(capitalised(table) + " " + entry + " was merged into " + table + " " + mergedInto
                        + " already; use " + table + " " + mergedInto + " instead");
            }
        }
        return new Pair((String) byId.get(id)[2], (String) byId.get(into)[2]);
    }

    private long move(Reference reference, long id, long into) {
        if (reference.uniqueWith() != null) {
            entityManager.createNativeQuery("DELETE FROM " + reference.table() + " r WHERE r." + reference.column() + " = ?1"
                    + " AND EXISTS (SELECT 1 FROM " + reference.table() + " s WHERE s." + reference.column() + " = ?2"
                    + " AND s." + reference.uniqueWith() + " = r." + reference.uniqueWith() + ")")
                    .setParameter(1, id).setParameter(2, into).executeUpdate();
        }
        return entityManager.createNativeQuery("UPDATE " + reference.table() + " SET " + reference.column() + " = ?2 WHERE "
                + reference.column() + " = ?1").setParameter(1, id).setParameter(2, into).executeUpdate();
    }

    private void touch(String table, long id) {
        entityManager.createNativeQuery("UPDATE " + table + " SET updated_at = now() WHERE id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    private static Object[] row(List<?> rows) {
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static String capitalised(String table) {
        return Character.toUpperCase(table.charAt(0)) + table.substring(1);
    }
}
