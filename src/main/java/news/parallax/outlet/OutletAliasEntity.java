package news.parallax.outlet;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A name of an outlet as written somewhere, with its normalised form for look-ups. */
@Entity
@Table(name = "outlet_alias")
public class OutletAliasEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outlet_id")
    public OutletEntity outlet;

    public String alias;

    /** {@link news.parallax.text.NameNormalizer} applied to {@link #alias}. */
    public String normalized;

    public String language;
}
