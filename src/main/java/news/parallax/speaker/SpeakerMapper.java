package news.parallax.speaker;

import java.util.ArrayList;

import news.parallax.api.model.Alias;
import news.parallax.api.model.Speaker;
import news.parallax.api.model.SpeakerRef;

public final class SpeakerMapper {

    private SpeakerMapper() {
    }

    static Speaker toApi(SpeakerEntity entity) {
        return new Speaker().id(entity.id).name(entity.name).role(entity.role).affiliation(entity.affiliation)
                .verified(entity.verified)
                .aliases(new ArrayList<>(entity.aliases.stream()
                        .map(a -> new Alias().id(a.id).alias(a.alias).language(a.language)).toList()))
                .createdAt(entity.createdAt).updatedAt(entity.updatedAt);
    }

    /** The short form other resources embed; null for no speaker. */
    public static SpeakerRef toRef(SpeakerEntity entity) {
        return entity == null ? null : new SpeakerRef().id(entity.id).name(entity.name).role(entity.role);
    }
}
