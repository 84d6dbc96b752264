package news.parallax.outlet;

import java.util.ArrayList;

import news.parallax.api.model.Alias;
import news.parallax.api.model.Outlet;
import news.parallax.api.model.OutletKind;

/** Entity to contract model. */
final class OutletMapper {

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

    static Alias toApi(OutletAliasEntity entity) {
        return new Alias().id(entity.id).alias(entity.alias).language(entity.language);
    }
}
