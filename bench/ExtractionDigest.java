import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.Registry;
import news.parallax.extraction.ShippedRegistry;
import news.parallax.text.LanguageGuess;

/**
 * The output-identity check for work on extraction's speed: runs {@link Extractor} (what {@code POST /extract} runs, with
 * the shipped registry) over the first N SaudiNewsNet articles and the first N ANT articles of May 2018 (read in place,
 * never copied into the repository), writes everything it found to a dump file (one line per finding, articles in corpus
 * order, findings in the order the API returns them, so a change of order counts as a change of output) and prints the
 * dump's SHA-256. A change that only makes extraction faster must leave that digest as it was.
 *
 * <p>The dump holds the articles' clean text, so it belongs in a notes folder, never in the repository.
 *
 * <p>Run with bench/extraction-digest.sh.
 */
public class ExtractionDigest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SaudiNewsNet articles carry no usable publication day; the throughput benchmark's is used. */
    private static final LocalDate SAUDINEWSNET_DAY = LocalDate.of(2015, 8, 1);

    record Article(String key, String text, LocalDate published) {
    }

    public static void main(String[] args) throws Exception {
        Path saudiNewsNet = Path.of(args[0]);
        Path antMonth = Path.of(args[1]);
        int limit = Integer.parseInt(args[2]);
        Path dump = Path.of(args[3]);
        List<Article> articles = new ArrayList<>(saudiNewsNet(saudiNewsNet, limit));
        articles.addAll(ant(antMonth, limit));
        Registry registry = ShippedRegistry.get();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            for (Article article : articles) {
                Extractor.Result result = Extractor.run(article.text(), article.published(), registry);
                List<String> found = new ArrayList<>();
                found.add("language " + LanguageGuess.of(article.text()).orElse("-"));
                found.add("author " + result.author());
                found.add("ownTextEnd " + result.ownTextEnd() + " of " + result.cleanText().length());
                found.add("cleanText " + result.cleanText().replace('\n', '¶'));
                result.citations().forEach(c -> found.add("citation " + c));
                result.claims().forEach(c -> found.add("claim " + c));
                result.facets().forEach(f -> found.add("facet " + f));
                result.people().forEach(p -> found.add("person " + p));
                for (String line : found) {
                    String written = article.key() + "\t" + line.replace('\n', '¶') + "\n";
                    out.write(written);
                    sha.update(written.getBytes(StandardCharsets.UTF_8));
                    lines++;
                }
            }
        }
        System.out.printf("articles %d, lines %d, dump %s%nsha256 %s%n", articles.size(), lines, dump,
                HexFormat.of().formatHex(sha.digest()));
    }

    private static List<Article> saudiNewsNet(Path folder, int limit) throws Exception {
        List<Article> articles = new ArrayList<>();
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            for (JsonNode article : read(zip)) {
                String content = article.path("content").asText("");
                if (!content.isBlank()) {
                    articles.add(new Article("snn:" + zip.getFileName() + ":" + articles.size(), content, SAUDINEWSNET_DAY));
                }
                if (articles.size() == limit) {
                    return articles;
                }
            }
        }
        return articles;
    }

    private static List<Article> ant(Path zip, int limit) throws Exception {
        List<Article> articles = new ArrayList<>();
        for (JsonNode article : read(zip)) {
            String text = article.path("text").asText("");
            if (!text.isBlank()) {
                LocalDate published = ZonedDateTime.parse(article.path("published").asText(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toLocalDate();
                articles.add(new Article("ant:" + article.path("docno").asText(), text, published));
            }
            if (articles.size() == limit) {
                break;
            }
        }
        return articles;
    }

    private static JsonNode read(Path zip) throws Exception {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            entries.getNextEntry(); // one JSON list per zip
            return JSON.readTree(entries.readAllBytes());
        }
    }
}
