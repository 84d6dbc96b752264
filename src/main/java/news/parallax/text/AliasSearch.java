package news.parallax.text;

import jakarta.persistence.EntityManager;

/**
 * Ranked look-up of outlets or speakers by any of their aliases: an exact normalised alias
 * first, then aliases that are trigram-similar to the name ("reuter" / "reuters") or contain a
 * word similar to it ("hafter" / "khalifa haftar"). Every branch is served by the trigram GIN
 * index on the alias table.
 */
public final class AliasSearch {

    /** Lower than pg_trgm's default 0.6, so that one misspelt word of a two-word name still matches. */
    private static final String WORD_SIMILARITY_THRESHOLD = "0.5";

    private AliasSearch() {
    }

    /**
     * SQL selecting owner ids, best first. Parameters {@code :name} (normalised) and {@code :limit};
     * {@code filters} is appended to the WHERE clause and may refer to the owner row as {@code o}.
     */
    public static String rankedOwnerIds(String aliasTable, String ownerColumn, String ownerTable, String filters) {
        return "SELECT a." + ownerColumn + " FROM " + aliasTable + " a JOIN " + ownerTable + " o ON o.id = a." + ownerColumn
                + " WHERE (a.normalized = :name OR a.normalized % :name OR :name <% a.normalized)" + filters
                + " GROUP BY a." + ownerColumn
                + " ORDER BY max(CASE WHEN a.normalized = :name THEN 2"
                + " ELSE greatest(similarity(a.normalized, :name), word_similarity(:name, a.normalized)) END) DESC, a." + ownerColumn
                + " LIMIT :limit";
    }

    /** Sets the word-similarity threshold for the current transaction; call before the query. */
    public static void prepare(EntityManager entityManager) {
        entityManager.createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', ?1, true)")
                .setParameter(1, WORD_SIMILARITY_THRESHOLD).getSingleResult();
    }
}
