import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.Registry;
import news.parallax.extraction.ShippedRegistry;

/**
 * Extraction throughput on real Arabic news: reads articles from the SaudiNewsNet zips (never
 * copied into the repository), then runs the whole extraction pipeline over them on one thread,
 * several times, and prints articles per second for each run and the median, and the CPU time the
 * thread spent per article (less sensitive than wall time to other work on a loaded machine). The
 * baseline, in the same run, is the JSON-free cost of only lower-casing each text.
 *
 * Run with bench/extraction-throughput.sh.
 */
public class ExtractionThroughput {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int limit = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        List<String> bodies = read(folder, limit);
        long characters = bodies.stream().mapToLong(String::length).sum();
        System.out.printf("corpus: %d articles, %d characters (mean %d), from %s%n", bodies.size(), characters,
                characters / bodies.size(), folder);
        Registry registry = ShippedRegistry.get();
        LocalDate published = LocalDate.of(2015, 8, 1);

        // warm-up: let the JIT compile the hot paths before measuring
        for (int i = 0; i < 2; i++) {
            for (String body : bodies) {
                Extractor.run(body, published, registry);
            }
        }
        double[] pipeline = new double[runs];
        double[] baseline = new double[runs];
        double[] cpuMicros = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long found = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            for (String body : bodies) {
                found += body.toLowerCase().length(); // baseline: one pass over every character
            }
            baseline[run] = bodies.size() / ((System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (String body : bodies) {
                Extractor.Result result = Extractor.run(body, published, registry);
                found += result.citations().size() + result.claims().size() + result.facets().size();
            }
            cpuMicros[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / bodies.size();
            pipeline[run] = bodies.size() / ((System.nanoTime() - start) / 1e9);
            System.out.printf("run %d: extraction %.0f articles/s (CPU %.0f µs per article), baseline (lower-casing) %.0f articles/s%n",
                    run + 1, pipeline[run], cpuMicros[run], baseline[run]);
        }
        System.out.printf("median: extraction %.0f articles/s (CPU %.0f µs per article), baseline %.0f articles/s (checksum %d)%n",
                median(pipeline), median(cpuMicros), median(baseline), found);
    }

    private static List<String> read(Path folder, int limit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        List<Path> zips;
        try (Stream<Path> files = Files.list(folder)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
                for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                    JsonNode articles = json.readTree(entries.readAllBytes());
                    for (JsonNode article : articles) {
                        String content = article.path("content").asText("");
                        if (!content.isBlank()) {
                            bodies.add(content);
                        }
                        if (bodies.size() == limit) {
                            return bodies;
                        }
                    }
                }
            }
        }
        return bodies;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
