package news.parallax.speaker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import news.parallax.api.model.AliasCreate;
import news.parallax.api.model.SpeakerWrite;
import news.parallax.config.DataLoads;
import news.parallax.text.NameNormalizer;

/**
 * Loads the versioned people registry ({@code registry/people.json}, the people the ANT corpus
 * quotes most) on start when its version is newer than the one recorded in {@code data_load}, the
 * way {@code OutletRegistry} loads outlets: a person no speaker is known by (name or any alias) is
 * created; a known one gains the aliases it lacks and, when it has none, the role and affiliation.
 * Registered first, these names are what later mentions resolve to, whatever ingest creates after.
 */
@ApplicationScoped
public class SpeakerRegistry {

    static final String RESOURCE = "registry/people.json";
    private static final String LOAD_NAME = "people-registry";
    private static final Logger LOG = Logger.getLogger(SpeakerRegistry.class);

    /** One person of the file; kind (politician, official, ...) and country are facts the file keeps for curators. */
    record Person(String name, String kind, String country, String role, String affiliation, List<AliasCreate> aliases) {
    }

    record People(int version, String description, List<Person> people) {
    }

    @Inject
    SpeakerService service;

    @Inject
    SpeakerRepository speakers;

    @Inject
    DataLoads dataLoads;

    @Inject
    ObjectMapper json;

    @Transactional
    void load(@Observes StartupEvent event) {
        People file = read();
        if (!dataLoads.isNew(LOAD_NAME, file.version())) {
            return;
        }
        int created = 0;
        for (Person person : file.people()) {
            SpeakerWrite write = new SpeakerWrite().name(person.name()).role(person.role()).affiliation(person.affiliation())
                    .aliases(person.aliases());
            Optional<SpeakerEntity> known = known(person);
            if (known.isPresent()) {
                SpeakerEntity speaker = known.get();
                service.replace(speaker.id, write.name(speaker.name)
                        .role(speaker.role == null ? person.role() : speaker.role)
                        .affiliation(speaker.affiliation == null ? person.affiliation() : speaker.affiliation));
            } else {
                service.create(write);
                created++;
            }
        }
        dataLoads.record(LOAD_NAME, file.version());
        LOG.infof("People registry version %d loaded: %d speakers created, %d already known", file.version(), created,
                file.people().size() - created);
    }

    /** The speaker already known by the person's name or one of its aliases (an earlier version, the demo, ingest). */
    private Optional<SpeakerEntity> known(Person person) {
        Optional<SpeakerEntity> known = speakers.havingAlias(NameNormalizer.normalize(person.name()));
        for (int i = 0; known.isEmpty() && i < person.aliases().size(); i++) {
            known = speakers.havingAlias(NameNormalizer.normalize(person.aliases().get(i).getAlias()));
        }
        return known;
    }

    People read() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            return json.readValue(in, People.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
