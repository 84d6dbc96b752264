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

    /** The short form from three columns of a native query's row, id, name and kind, from {@code from}; null when the id is. */
    public static OutletRef fromRow(Object[] row, int from) {
        return row[from] == null ? null : new OutletRef().id(((Number) row[from]).longValue()).name((String) row[from + 1])
                .kind(OutletKind.fromValue((String) row[from + 2]));
    }

    static Alias toApi(OutletAliasEntity entity) {
        return new Alias().id(entity.id).alias(entity.alias).language(entity.language);
    }
}
