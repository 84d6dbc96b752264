package news.parallax.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import news.parallax.text.NamedAlias;

/** A dated happening that articles and claims are about. */
@Entity
@Table(name = "event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String title;

    @Column(name = "title_normalized")
    public String titleNormalized;

    public String description;

    /** One of the contract's {@code EventKind} values. */
    public String kind;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String place;

    @Column(name = "place_normalized")
    public String placeNormalized;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EventAliasEntity> aliases = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EventParticipantEntity> participants = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Adds an alias unless one with the same normalised form exists. */
    public void addAlias(String alias, String normalized) {
        NamedAlias.addIfNew(aliases, alias, normalized, null, () -> {
            EventAliasEntity added = new EventAliasEntity();
            added.event = this;
            return added;
        });
    }
}
