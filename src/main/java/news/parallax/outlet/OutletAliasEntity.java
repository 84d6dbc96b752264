package news.parallax.outlet;

import jakarta.persistence.EntityListeners;

import news.parallax.extraction.RegistryChangeListener;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.parallax.text.NamedAlias;

/** A name of an outlet as written somewhere, with its normalised form for look-ups. */
@Entity
@EntityListeners(RegistryChangeListener.class)
@Table(name = "outlet_alias")
public class OutletAliasEntity extends NamedAlias {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;
}
