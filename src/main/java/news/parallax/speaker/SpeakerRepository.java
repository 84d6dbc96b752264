package news.parallax.speaker;

import java.util.List;
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
            return find("order by name, id").page(0, fetch).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2) order by name, id", after.key(), after.id()).page(0, fetch).list();
    }

    @SuppressWarnings("unchecked")
    public List<SpeakerEntity> matchingName(String normalizedName, int limit) {
        AliasSearch.prepare(getEntityManager());
        List<Long> ids = getEntityManager()
                .createNativeQuery(AliasSearch.rankedOwnerIds("speaker_alias", "speaker_id", "speaker", ""), Long.class)
                .setParameter("name", normalizedName).setParameter("limit", limit).getResultList();
        return SqlQuery.inOrder(this, ids, s -> s.id);
    }

    public Optional<SpeakerEntity> havingAlias(String normalized) {
        return find("select a.speaker from SpeakerAliasEntity a where a.normalized = ?1 order by a.speaker.id", normalized)
                .firstResultOptional();
    }
}
