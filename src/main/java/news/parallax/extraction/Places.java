package news.parallax.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.NameNormalizer;

/** The places gazetteer shipped in {@code registry/places.json}: a name and its spellings in any script. */
public final class Places {

    private static final Map<String, Registry.Entry> SHIPPED = load();

    private Places() {
    }

    public static Map<String, Registry.Entry> shipped() {
        return SHIPPED;
    }

    private static Map<String, Registry.Entry> load() {
        try (InputStream in = Places.class.getClassLoader().getResourceAsStream("registry/places.json")) {
            Map<String, Registry.Entry> places = new HashMap<>();
            long id = 1;
            for (JsonNode place : new ObjectMapper().readTree(in).get("places")) {
                Registry.Entry entry = new Registry.Entry(id++, place.get("name").asText(), "place");
                places.putIfAbsent(NameNormalizer.normalize(entry.name()), entry);
                for (JsonNode spelling : place.get("spellings")) {
                    places.putIfAbsent(NameNormalizer.normalize(spelling.asText()), entry);
                }
            }
            return places;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read registry/places.json", e);
        }
    }
}
