package news.parallax.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.NameNormalizer;

/**
 * The registry a fresh Parallax starts with (the shipped outlet and people registries, the demo
 * speakers and the places gazetteer), built without a database so extraction can be tested and benchmarked
 * as the pure function it is.
 */
public final class ShippedRegistry {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Registry registry;
    private static Map<String, Registry.Entry> outletsByAlias;
    private static Map<String, Registry.Entry> speakersByAlias;

    private ShippedRegistry() {
    }

    public static synchronized Registry get() {
        if (registry == null) {
            JsonNode outlets = read("registry/outlets.json").get("outlets");
            List<JsonNode> speakers = new ArrayList<>();
            read("registry/people.json").get("people").forEach(speakers::add);
            read("demo/catalogue.json").get("speakers").forEach(speakers::add);
            List<Map.Entry<String, Registry.Entry>> outletAliases = new ArrayList<>();
            List<Map.Entry<String, Registry.Entry>> speakerAliases = new ArrayList<>();
            long id = 1;
            for (JsonNode outlet : outlets) {
                Registry.Entry entry = new Registry.Entry(id++, outlet.get("name").asText(), outlet.get("kind").asText());
                outletAliases.add(Map.entry(NameNormalizer.normalize(entry.name()), entry));
                outlet.get("aliases").forEach(a -> outletAliases.add(Map.entry(NameNormalizer.normalize(a.get("alias").asText()), entry)));
            }
            for (JsonNode speaker : speakers) {
                Registry.Entry entry = new Registry.Entry(id++, speaker.get("name").asText(), "speaker");
                speakerAliases.add(Map.entry(NameNormalizer.normalize(entry.name()), entry));
                speaker.get("aliases").forEach(a -> speakerAliases.add(Map.entry(NameNormalizer.normalize(a.get("alias").asText()), entry)));
            }
            outletsByAlias = Registry.byAlias(outletAliases);
            speakersByAlias = Registry.byAlias(speakerAliases);
            registry = new Registry(outletsByAlias, speakersByAlias, Places.shipped());
        }
        return registry;
    }

    /**
     * The shipped registry once ingest has created these speakers (unverified, by name), as a fresh Parallax reads it
     * back after ingesting articles that quote them: the shipped people stay the curated ones.
     */
    public static synchronized Registry grownBy(List<String> createdSpeakers) {
        get();
        List<Map.Entry<String, Registry.Entry>> speakers = new ArrayList<>(speakersByAlias.entrySet());
        long id = 1_000_000;
        for (String name : createdSpeakers) {
            speakers.add(Map.entry(NameNormalizer.normalize(name), new Registry.Entry(id++, name, "speaker")));
        }
        return new Registry(outletsByAlias, Registry.byAlias(speakers), speakersByAlias, Places.shipped());
    }

    private static JsonNode read(String resource) {
        try (InputStream in = ShippedRegistry.class.getClassLoader().getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
