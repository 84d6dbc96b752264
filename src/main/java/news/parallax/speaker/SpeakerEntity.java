package news.parallax.speaker;

import jakarta.persistence.EntityListeners;

import news.parallax.extraction.RegistryChangeListener;
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

/** A person or body whose words are reported. */
@Entity
@EntityListeners(RegistryChangeListener.class)
@Table(name = "speaker")
public class SpeakerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String role;

    public String affiliation;

    /** Checked by a person; false for speakers created from a name that extraction (or a client) gave. */
    public boolean verified;

    /** Set when merged into another speaker: the row stays so that its id redirects there. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @OneToMany(mappedBy = "speaker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<SpeakerAliasEntity> aliases = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Adds an alias unless one with the same normalised form exists. */
    public void addAlias(String alias, String normalized, String language) {
        NamedAlias.addIfNew(aliases, alias, normalized, language, () -> {
            SpeakerAliasEntity added = new SpeakerAliasEntity();
            added.speaker = this;
            return added;
        });
    }
}
