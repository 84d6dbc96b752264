package news.parallax.outlet;

import jakarta.persistence.EntityListeners;

import news.parallax.extraction.RegistryChangeListener;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import news.parallax.text.NamedAlias;

/** A news organisation or other source; see the {@code outlet} table in migrations/V1. */
@Entity
@EntityListeners(RegistryChangeListener.class)
@Table(name = "outlet")
public class OutletEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    /** One of the contract's {@code OutletKind} values. */
    public String kind;

    public String country;

    public String language;

    public boolean verified;

    /** Set when merged into another outlet: the row stays so that its id redirects there. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @OneToMany(mappedBy = "outlet", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<OutletAliasEntity> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "outlet_domain", joinColumns = @JoinColumn(name = "outlet_id"))
    @Column(name = "domain")
    @OrderBy
    public Set<String> domains = new LinkedHashSet<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Adds an alias unless one with the same normalised form exists; returns the outlet's alias either way. */
    public OutletAliasEntity addAlias(String alias, String normalized, String language) {
        return NamedAlias.addIfNew(aliases, alias, normalized, language, () -> {
            OutletAliasEntity added = new OutletAliasEntity();
            added.outlet = this;
            return added;
        });
    }
}
