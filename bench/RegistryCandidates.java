import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.extraction.ShippedRegistry;
import news.parallax.text.NameNormalizer;

/**
 * Who the ANT corpus quotes and which outlets it cites, counted with the product's own extraction
 * (the same {@link Extractor} as {@code POST /extract}, with the shipped registry): the candidates
 * from which registry/people.json and registry/outlets.json were written by hand. Counts are of
 * articles (an article quoting a name five times counts once), keyed by the normalised name as
 * written or by the registry entry it resolved to.
 *
 * <p>Run with bench/registry-candidates.sh [CORPUS_DIR] [TOP].
 */
public class RegistryCandidates {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int top = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> speakers = new HashMap<>();
        Map<String, Integer> outlets = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        int articles = 0;
        List<Path> zips;
        try (Stream<Path> files = Files.list(corpus)) {
            zips = files.filter(p -> p.getFileName().toString().matches("ant-\\d{6}\\.zip")).sorted().toList();
        }
        for (Path zipFile : zips) {
            try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    for (JsonNode article : json.readTree(zip.readAllBytes())) {
                        articles++;
                        Extractor.Result result = Extractor.run(article.get("text").asText(), LocalDate.of(2018, 1, 1),
                                ShippedRegistry.get());
                        Set<String> quoted = new HashSet<>();
                        for (Found.Claim claim : result.claims()) {
                            if (claim.speaker() != null) {
                                String name = claim.speaker().entry() != null ? claim.speaker().entry().name() : claim.speaker().name();
                                quoted.add(key(name, shown));
                            }
                        }
                        Set<String> cited = new HashSet<>();
                        for (Found.Citation citation : result.citations()) {
                            Found.Source source = citation.source();
                            if (source.mention() == null) {
                                cited.add(key(source.entry() != null ? source.entry().name() : source.name(), shown)
                                        + "\t" + source.kind() + "\t" + source.resolution());
                            }
                        }
                        quoted.forEach(k -> speakers.merge(k, 1, Integer::sum));
                        cited.forEach(k -> outlets.merge(k, 1, Integer::sum));
                    }
                }
            }
        }
        System.out.printf("%d articles%n%nspeakers (articles quoting)%n", articles);
        print(speakers, shown, top);
        System.out.printf("%ncited outlets (articles citing; kind, resolution)%n");
        print(outlets, shown, top);
    }

    private static String key(String name, Map<String, String> shown) {
        String key = NameNormalizer.normalize(name);
        shown.putIfAbsent(key, name);
        return key;
    }

    private static void print(Map<String, Integer> counts, Map<String, String> shown, int top) {
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top).forEach(e -> {
            String[] parts = e.getKey().split("\t", 2);
            System.out.printf("%6d  %s%s%n", e.getValue(), shown.getOrDefault(parts[0], parts[0]),
                    parts.length > 1 ? "\t" + parts[1] : "");
        });
    }
}
