package news.parallax.event;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import news.parallax.text.NamedAlias;

/** Another name of an event, in any script. */
@Entity
@Table(name = "event_alias")
public class EventAliasEntity extends NamedAlias {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public EventEntity event;
}
