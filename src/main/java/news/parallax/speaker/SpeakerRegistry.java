package news.parallax.speaker;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
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

    @Transactional
    @TransactionConfiguration(timeout = DataLoads.LOAD_TIMEOUT_SECONDS)
    void load(@Observes StartupEvent event) {
        People file = dataLoads.read(RESOURCE, People.class);
        if (!dataLoads.isNew(LOAD_NAME, file.version())) {
            return;
        }
        Map<String, Long> known = knownAliases();
        int created = 0;
        for (Person person : file.people()) {
            SpeakerWrite write = new SpeakerWrite().name(person.name()).role(person.role()).affiliation(person.affiliation())
                    .aliases(person.aliases());
            Optional<Long> id = Stream.concat(Stream.of(person.name()), person.aliases().stream().map(AliasCreate::getAlias))
                    .map(spelling -> known.get(NameNormalizer.normalize(spelling))).filter(Objects::nonNull).findFirst();
            if (id.isPresent()) {
                SpeakerEntity speaker = speakers.findById(id.get());
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

    /**
     * Every speaker alias already stored (an earlier version of the file, the demo, ingest), with the
     * oldest speaker that has it, read in one query rather than one per spelling of the file.
     */
    private Map<String, Long> knownAliases() {
        Map<String, Long> known = new HashMap<>();
        speakers.getEntityManager().createQuery("select a.normalized, a.speaker.id from SpeakerAliasEntity a", Object[].class)
                .getResultStream().forEach(row -> known.merge((String) row[0], (Long) row[1], Math::min));
        return known;
    }
}
