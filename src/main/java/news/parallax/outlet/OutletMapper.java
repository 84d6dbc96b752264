package news.parallax.outlet;

import java.util.ArrayList;

import news.parallax.api.model.Alias;
import news.parallax.api.model.Outlet;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;

/** Entity to contract model. */
public final class OutletMapper {

    private OutletMapper() {
    }

    static Outlet toApi(OutletEntity entity) {
        return new Outlet()
                .id(entity.id)
                .name(entity.name)
                .kind(OutletKind.fromValue(entity.kind))
                .country(entity.country)
                .language(entity.language)
                .verified(entity.verified)
                .aliases(new ArrayList<>(entity.aliases.stream().map(OutletMapper::toApi).toList()))
                .domains(new ArrayList<>(entity.domains))
                .createdAt(entity.createdAt)
                .updatedAt(entity.updatedAt);
    }

    /** The short form other resources embed; null for a missing outlet. */
    public static OutletRef toRef(OutletEntity entity) {
        return entity == null ? null : new OutletRef().id(entity.id).name(entity.name).kind(OutletKind.fromValue(entity.kind));
    }

    static Alias toApi(OutletAliasEntity entity) {
        return new Alias().id(entity.id).alias(entity.alias).language(entity.language);
    }
}
