package news.parallax.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.extraction.Registry;
import news.parallax.extraction.RegistryCache;
import news.parallax.outlet.OutletRepository;
import news.parallax.outlet.OutletService;
import news.parallax.speaker.SpeakerRepository;
import news.parallax.text.NameNormalizer;
import news.parallax.text.References;

/**
 * The "resolve entities" step of ingest: the publisher, and the outlets and speakers extraction
 * named, as ids. Names the registry does not know are created in a transaction of their own that
 * commits at once, with inserts that skip what a concurrent ingest created, so no ingest waits
 * for another. A name is only ever a name: an extracted "2007" is a speaker called 2007.
 */
@ApplicationScoped
class NameResolver {

    private static final int LONGEST_NAME = 200;
    private static final int LONGEST_ROLE = 300;

    /** Who published an article: what the client sent (an id or a name), else the URL's host decides. */
    record Publisher(String reference, String host) {
    }

    /**
     * Ids for what one article names; a name that cannot be stored (empty once normalised, too
     * long) has none. {@code publisherId} is null when no publisher was asked for.
     */
    record Resolved(Long publisherId, Map<Found.Source, Long> outlets, Map<Found.Speaker, Long> speakers) {
    }

    @Inject
    OutletService outletService;

    @Inject
    OutletRepository outlets;

    @Inject
    SpeakerRepository speakers;

    @Inject
    RegistryCache registry;

    /**
     * Resolves the publisher (unless null) and what {@code result} names (unless null). Without
     * anything to create or look up in the database, no transaction is opened at all.
     */
    Resolved resolve(Publisher publisher, Extractor.Result result) {
        Long knownPublisher = publisher == null ? null : knownPublisher(publisher);
        boolean needsDatabase = publisher != null && knownPublisher == null || namesUnknown(result);
        Resolved resolved = !needsDatabase ? new Resolved(knownPublisher, idsOf(sources(result), Found.Source::entry,
                Found.Source::name, Map.of()), idsOf(speakers(result), Found.Speaker::entry, Found.Speaker::name, Map.of()))
                : QuarkusTransaction.requiringNew().call(() -> new Resolved(
                        knownPublisher != null || publisher == null ? knownPublisher : publisherId(publisher),
                        outletIds(result), speakerIds(result)));
        if (publisher != null && publisher.reference() == null && knownPublisher == null) {
            // remembered once its transaction has committed: an ingest that found it in memory earlier
            // would point its article at an outlet row it cannot see yet
            registry.rememberPublisher(publisher.host(), resolved.publisherId());
        }
        Map<String, Registry.Entry> newOutlets = new HashMap<>();
        resolved.outlets().forEach((source, id) -> {
            if (source.entry() == null) {
                newOutlets.put(NameNormalizer.normalize(source.name()), new Registry.Entry(id, source.name(), source.kind().toString()));
            }
        });
        Map<String, Registry.Entry> newSpeakers = new HashMap<>();
        resolved.speakers().forEach((speaker, id) -> {
            if (speaker.entry() == null) {
                newSpeakers.put(NameNormalizer.normalize(speaker.name()), new Registry.Entry(id, speaker.name(), "speaker"));
            }
        });
        registry.add(newOutlets, newSpeakers);
        return resolved;
    }

    /** The publisher's id when the registry or an earlier article tells it without the database. */
    private Long knownPublisher(Publisher publisher) {
        if (publisher.reference() == null) {
            return registry.publisherOfHost(publisher.host());
        }
        if (References.asId(publisher.reference()).isPresent()) {
            return null; // an id is checked against the database
        }
        Registry.Entry named = registry.current().outletNamed(NameNormalizer.normalize(publisher.reference()));
        return named == null ? null : named.id();
    }

    /** Boxed like {@link Resolved#publisherId()}: a re-extraction has no publisher, whose null must not be unboxed. */
    private Long publisherId(Publisher publisher) {
        if (publisher.reference() != null) {
            return outletService.resolve("outlet", publisher.reference()).id;
        }
        return outletService.forHost(publisher.host()).id;
    }

    private static boolean namesUnknown(Extractor.Result result) {
        return sources(result).stream().anyMatch(s -> s.entry() == null) || speakers(result).stream().anyMatch(s -> s.entry() == null);
    }

    private static List<Found.Speaker> speakers(Extractor.Result result) {
        return result == null ? List.of()
                : result.claims().stream().map(Found.Claim::speaker).filter(Objects::nonNull).distinct().toList();
    }

    private static List<Found.Source> sources(Extractor.Result result) {
        if (result == null) {
            return List.of();
        }
        // a source that is not an outlet ("مصدر أمني", "الشرطة", "البيان") stays the citation's text, never an outlet
        return Stream.concat(result.citations().stream().map(Found.Citation::source),
                result.claims().stream().map(Found.Claim::citedSource)).filter(s -> s != null && s.mention() == null).distinct()
                .toList();
    }

    private Map<Found.Source, Long> outletIds(Extractor.Result result) {
        List<Found.Source> sources = sources(result);
        List<OutletRepository.Unverified> unknown = unknown(sources, Found.Source::entry, Found.Source::name,
                (key, normalized, source) -> new OutletRepository.Unverified(key, source.name().strip(), normalized,
                        source.kind().toString(), null));
        return idsOf(sources, Found.Source::entry, Found.Source::name, unknown.isEmpty() ? Map.of() : outlets.ensureUnverified(unknown));
    }

    private Map<Found.Speaker, Long> speakerIds(Extractor.Result result) {
        List<Found.Speaker> mentioned = speakers(result);
        List<SpeakerRepository.Named> unknown = unknown(mentioned, Found.Speaker::entry, Found.Speaker::name,
                (key, normalized, speaker) -> new SpeakerRepository.Named(key, speaker.name().strip(), normalized, role(speaker)));
        return idsOf(mentioned, Found.Speaker::entry, Found.Speaker::name, unknown.isEmpty() ? Map.of() : speakers.ensureNamed(unknown));
    }

    /** Builds one row to create from a name's creation key, its normalised form and what was found. */
    private interface NewRow<T, R> {
        R of(String key, String normalized, T found);
    }

    /** What to create for the found names the registry does not know, once per name key. */
    private static <T, R> List<R> unknown(List<T> found, Function<T, Registry.Entry> entry, Function<T, String> name,
            NewRow<T, R> row) {
        Map<String, R> unknown = new LinkedHashMap<>();
        for (T item : found) {
            String normalized = NameNormalizer.normalize(name.apply(item));
            if (entry.apply(item) == null && storable(name.apply(item), normalized)) {
                String key = References.nameKey(normalized);
                unknown.putIfAbsent(key, row.of(key, normalized, item));
            }
        }
        return new ArrayList<>(unknown.values());
    }

    /** Each found name's id: its registry entry's, else the one created for its name key; none when it could not be stored. */
    private static <T> Map<T, Long> idsOf(List<T> found, Function<T, Registry.Entry> entry, Function<T, String> name,
            Map<String, Long> created) {
        Map<T, Long> ids = new HashMap<>();
        for (T item : found) {
            Long id = entry.apply(item) != null ? Long.valueOf(entry.apply(item).id())
                    : created.get(References.nameKey(NameNormalizer.normalize(name.apply(item))));
            if (id != null) {
                ids.put(item, id);
            }
        }
        return ids;
    }

    private static boolean storable(String name, String normalized) {
        return !normalized.isEmpty() && name.strip().length() <= LONGEST_NAME;
    }

    private static String role(Found.Speaker speaker) {
        return speaker.role() == null || speaker.role().length() > LONGEST_ROLE ? null : speaker.role();
    }
}
