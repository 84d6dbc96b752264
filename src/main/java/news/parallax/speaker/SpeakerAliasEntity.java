package news.parallax.speaker;

import jakarta.persistence.EntityListeners;

import news.parallax.extraction.RegistryChangeListener;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.parallax.text.NamedAlias;

/** A name of a speaker as written somewhere, with its normalised form. */
@Entity
@EntityListeners(RegistryChangeListener.class)
@Table(name = "speaker_alias")
public class SpeakerAliasEntity extends NamedAlias {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public SpeakerEntity speaker;
}
