package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Precision and recall of extraction on labelled text: the passages written for the project
 * (src/test/resources/extraction/passages.json) and the five seed articles read from
 * ../shared/seeds when that folder is there (their labels are in seed-labels.json). Fails below
 * the thresholds the product promises; prints the figures written to docs/extraction.md.
 */
class ExtractionQualityTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    /** True and false positives and false negatives of one kind. */
    static final class Score {
        int truePositives;
        int predicted;
        int expected;
        final List<String> misses = new ArrayList<>();

        void add(String where, Set<String> found, Set<String> wanted) {
            Set<String> hit = new HashSet<>(found);
            hit.retainAll(wanted);
            truePositives += hit.size();
            predicted += found.size();
            expected += wanted.size();
            if (!found.equals(wanted)) {
                misses.add(where + ": found " + found + ", labelled " + wanted);
            }
        }

        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return expected == 0 ? 1 : (double) truePositives / expected;
        }
    }

    @Test
    void meetsThePromisedPrecisionAndRecall() throws IOException {
        Map<String, Score> scores = new TreeMap<>(Map.of("citations", new Score(), "speakers", new Score(), "dates", new Score()));
        ObjectMapper json = new ObjectMapper();
        for (JsonNode passage : read(json, "extraction/passages.json").get("passages")) {
            score(scores, passage.get("id").asText(), passage.get("text").asText(), passage);
        }
        int seeds = 0;
        if (Files.isDirectory(SEEDS)) {
            var labels = read(json, "extraction/seed-labels.json").get("seeds").properties();
            for (Map.Entry<String, JsonNode> seed : labels) {
                score(scores, seed.getKey(), Files.readString(SEEDS.resolve(seed.getKey())), seed.getValue());
                seeds++;
            }
        }
        StringBuilder report = new StringBuilder("Extraction quality on 17 passages and " + seeds + " seeds:\n");
        scores.forEach((kind, s) -> report.append(String.format("  %-9s P=%.2f R=%.2f (%d found, %d labelled, %d right)%n",
                kind, s.precision(), s.recall(), s.predicted, s.expected, s.truePositives)));
        scores.forEach((kind, s) -> s.misses.forEach(m -> report.append("  ").append(kind).append(" ").append(m).append('\n')));
        System.out.println(report);

        assertTrue(scores.get("citations").precision() >= 0.9, report::toString);
        assertTrue(scores.get("citations").recall() >= 0.9, report::toString);
        assertTrue(scores.get("speakers").recall() >= 0.85, report::toString);
        assertTrue(scores.get("dates").precision() >= 0.95, report::toString);
    }

    private static void score(Map<String, Score> scores, String where, String text, JsonNode labels) {
        OffsetDateTime published = OffsetDateTime.parse(labels.get("publishedAt").asText());
        Extractor.Result result = Extractor.run(text, published.toLocalDate(), ShippedRegistry.get());
        // the labels list outlets and collective sources; anonymous people, institutions and documents are scored on real articles
        scores.get("citations").add(where, result.citations().stream()
                .filter(c -> c.source().mention() == null || c.source().mention() == Found.Mention.COLLECTIVE)
                .map(c -> c.source().name()).collect(Collectors.toSet()),
                set(labels.get("citations")));
        scores.get("speakers").add(where, result.claims().stream().filter(c -> c.speaker() != null)
                .map(c -> c.speaker().name()).collect(Collectors.toSet()), set(labels.get("speakers")));
        scores.get("dates").add(where, result.facets().stream().filter(f -> f.type().equals("date"))
                .map(Found.Facet::value).collect(Collectors.toSet()), set(labels.get("dates")));
    }

    private static Set<String> set(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static JsonNode read(ObjectMapper json, String resource) throws IOException {
        try (InputStream in = ExtractionQualityTest.class.getClassLoader().getResourceAsStream(resource)) {
            return json.readTree(in);
        }
    }
}
