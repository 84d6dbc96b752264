package news.parallax.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import news.parallax.api.model.EventCreate;
import news.parallax.api.model.EventKind;
import news.parallax.api.model.ParticipantWrite;
import news.parallax.api.model.SpeakerWrite;
import news.parallax.ingest.IngestPipeline;
import news.parallax.config.DataLoads;
import news.parallax.config.EmbeddedDatabase;
import news.parallax.event.EventService;
import news.parallax.speaker.SpeakerService;
import news.parallax.story.StoryCounters;

/**
 * The demo corpus shipped in {@code src/main/resources/demo}: speakers, a catalogue of real
 * events, and short articles written for the project that restate what the seed articles report.
 * Loaded once per catalogue version, by default only on the embedded database.
 */
@ApplicationScoped
public class DemoCorpus {

    private static final Logger LOG = Logger.getLogger(DemoCorpus.class);
    private static final String LOAD_NAME = "demo-corpus";

    /** {@code parallax.demo.*} settings. */
    @ConfigMapping(prefix = "parallax.demo")
    public interface Settings {

        /** auto: load on the embedded database only; always; never. */
        @WithDefault("auto")
        Load load();

        enum Load { AUTO, ALWAYS, NEVER }
    }

    record Catalogue(int version, String description, List<SpeakerWrite> speakers, List<CatalogueEvent> events,
            List<String> articles) {
    }

    /** An event as the catalogue writes it: participants by speaker name. */
    record CatalogueEvent(String title, EventKind kind, LocalDate startDate, LocalDate endDate, String place, String description,
            List<String> aliases, List<String> participants) {
    }

    /** What one load did. */
    public record Loaded(int speakers, int events, int articles) {
    }

    @Inject
    Settings settings;

    @Inject
    DataLoads dataLoads;

    @Inject
    ObjectMapper json;

    @Inject
    SpeakerService speakers;

    @Inject
    EventService events;

    @Inject
    IngestPipeline articles;

    @Inject
    StoryCounters storyCounters;

    /** After the outlet registry (default priority), so demo publishers resolve against it. */
    void onStart(@Observes @Priority(3000) StartupEvent event) {
        boolean load = switch (settings.load()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> EmbeddedDatabase.running().isPresent();
        };
        if (load) {
            loadIfNew();
        }
    }

    /**
     * Loads the corpus unless this catalogue version was loaded before; returns what was created.
     * Speakers first, then each article through the ingest pipeline, then the events with the
     * version record in one transaction, so an interrupted load is completed by the next start.
     */
    public Loaded loadIfNew() {
        Catalogue catalogue = read();
        if (!QuarkusTransaction.requiringNew().call(() -> dataLoads.isNew(LOAD_NAME, catalogue.version()))) {
            return new Loaded(0, 0, 0);
        }
        Map<String, Long> speakerIds = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> catalogue.speakers().forEach(speaker ->
                speakerIds.put(speaker.getName(), speakers.ensure(speaker))));
        for (String file : catalogue.articles()) {
            articles.ingest(ArticleFile.parse(file, readText("demo/articles/" + file)), false);
        }
        storyCounters.catchUp(); // the demo's stories are counted before the service says it is ready
        QuarkusTransaction.requiringNew().run(() -> {
            for (CatalogueEvent event : catalogue.events()) {
                events.create(new EventCreate().title(event.title()).kind(event.kind()).place(event.place())
                        .description(event.description()).aliases(event.aliases())
                        .startDate(event.startDate()).endDate(event.endDate())
                        .participants(event.participants().stream()
                                .map(name -> new ParticipantWrite().speakerId(speakerIds.get(name)).name(name)).toList()),
                        true); // the catalogue's events are distinct by construction
            }
            dataLoads.record(LOAD_NAME, catalogue.version());
        });
        Loaded result = new Loaded(catalogue.speakers().size(), catalogue.events().size(), catalogue.articles().size());
        LOG.infof("Demo corpus version %d loaded: %d speakers, %d events, %d articles", catalogue.version(),
                result.speakers(), result.events(), result.articles());
        return result;
    }

    private Catalogue read() {
        try {
            return json.readValue(readText("demo/catalogue.json"), Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse demo/catalogue.json", e);
        }
    }

    private static String readText(String resource) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
