package news.parallax.extraction;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** On outlets, speakers and their aliases: any change through the entities refreshes {@link RegistryCache}. */
public class RegistryChangeListener {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        CDI.current().select(RegistryCache.class).get().changed();
    }
}
