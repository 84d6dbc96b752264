package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.NameNormalizer;

/**
 * The shipped registries are curated data: every entry complete, and no spelling naming two entries
 * (the first loaded would silently capture the other's mentions).
 */
class RegistryFilesTest {

    @Test
    void everyPersonHasAKindACountryAndAnArabicSpellingAndNoSpellingNamesTwoPeople() throws IOException {
        JsonNode people = read("registry/people.json").get("people");
        assertTrue(people.size() >= 300, "the 300 people the ANT corpus quotes most, found " + people.size());
        for (JsonNode person : people) {
            String name = person.get("name").asText();
            assertTrue(person.get("kind").asText().matches("[a-z_]+"), name);
            assertTrue(person.get("country").asText().matches("[A-Z]{2}"), name);
            assertTrue(spellings(person).size() > 1, name);
            assertTrue(languages(person).contains("ar"), name + " has no Arabic spelling");
        }
        assertEquals(List.of(), sharedSpellings(people));
    }

    @Test
    void everyOutletHasAKindAndNoSpellingNamesTwoOutlets() throws IOException {
        JsonNode outlets = read("registry/outlets.json").get("outlets");
        assertTrue(outlets.size() >= 100, "the 100 outlets the ANT corpus cites most, found " + outlets.size());
        for (JsonNode outlet : outlets) {
            assertTrue(outlet.get("kind").asText().matches("newspaper|news_agency|broadcaster|online|government"), outlet.get("name").asText());
        }
        assertEquals(List.of(), sharedSpellings(outlets));
    }

    private static List<String> sharedSpellings(JsonNode entries) {
        Map<String, String> owner = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (JsonNode entry : entries) {
            String name = entry.get("name").asText();
            for (String spelling : spellings(entry)) {
                String other = owner.putIfAbsent(NameNormalizer.normalize(spelling), name);
                if (other != null && !other.equals(name)) {
                    shared.add(spelling + ": " + other + " / " + name);
                }
            }
        }
        return shared;
    }

    private static List<String> spellings(JsonNode entry) {
        List<String> spellings = new ArrayList<>(List.of(entry.get("name").asText()));
        entry.get("aliases").forEach(alias -> spellings.add(alias.get("alias").asText()));
        return spellings;
    }

    private static List<String> languages(JsonNode entry) {
        List<String> languages = new ArrayList<>();
        entry.get("aliases").forEach(alias -> languages.add(alias.get("language").asText()));
        return languages;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = RegistryFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
