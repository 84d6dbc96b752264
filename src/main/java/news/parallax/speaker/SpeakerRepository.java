package news.parallax.speaker;

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

@ApplicationScoped
public class SpeakerRepository implements PanacheRepository<SpeakerEntity> {

    public List<SpeakerEntity> page(Cursor after, int fetch) {
        if (after == null) {
            return find("mergedInto is null order by name, id").page(0, fetch).list();
        }
        return find("mergedInto is null and (name > ?1 or (name = ?1 and id > ?2)) order by name, id", after.key(), after.id())
                .page(0, fetch).list();
    }

    @SuppressWarnings("unchecked")
    public List<SpeakerEntity> matchingName(String normalizedName, int limit) {
        AliasSearch.prepare(getEntityManager());
        List<Long> ids = getEntityManager()
                .createNativeQuery(AliasSearch.rankedOwnerIds("speaker_alias", "speaker_id", "speaker", ""))
                .setParameter("name", normalizedName).setParameter("limit", limit).getResultList();
        return SqlQuery.inOrder(getEntityManager(), SpeakerEntity.class, ids);
    }

    /** A speaker that ingest may have to create; {@code key} is unique among created speakers ("name:" + normalised name). */
    public record Named(String key, String name, String normalized, String role) {
    }

    /**
     * Creates those speakers whose key no earlier call created, unverified, and answers the id of
     * every key's speaker (the survivor when it was merged); concurrent calls with one key create
     * one speaker (see OutletRepository.ensureUnverified).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Long> ensureNamed(List<Named> wanted) {
        List<Named> sorted = wanted.stream().sorted(Comparator.comparing(Named::key)).toList();
        String[] keys = sorted.stream().map(Named::key).toArray(String[]::new);
        getEntityManager().createNativeQuery("""
                WITH wanted AS (
                    SELECT * FROM unnest(CAST(?1 AS text[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS text[]))
                        AS w (key, name, normalized, role)),
                created AS (
                    INSERT INTO speaker (name, role, creation_key, verified) SELECT name, role, key, false FROM wanted
                    ON CONFLICT (creation_key) DO NOTHING RETURNING id, creation_key)
                INSERT INTO speaker_alias (speaker_id, alias, normalized)
                SELECT c.id, w.name, w.normalized FROM created c JOIN wanted w ON w.key = c.creation_key""")
                .setParameter(1, keys)
                .setParameter(2, sorted.stream().map(Named::name).toArray(String[]::new))
                .setParameter(3, sorted.stream().map(Named::normalized).toArray(String[]::new))
                .setParameter(4, sorted.stream().map(Named::role).toArray(String[]::new))
                .executeUpdate();
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT creation_key, coalesce(merged_into, id) FROM speaker"
                        + " WHERE creation_key = ANY (CAST(?1 AS text[]))")
                .setParameter(1, keys).getResultList();
        Map<String, Long> ids = new HashMap<>();
        rows.forEach(row -> ids.put((String) row[0], ((Number) row[1]).longValue()));
        return ids;
    }

    public Optional<SpeakerEntity> havingAlias(String normalized) {
        return find("select a.speaker from SpeakerAliasEntity a where a.normalized = ?1 order by a.speaker.id", normalized)
                .firstResultOptional();
    }
}
