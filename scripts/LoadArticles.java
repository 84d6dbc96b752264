import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Loads articles into a running Parallax, and measures it while doing so (bench/ingest.sh uses it).
 * Run through scripts/load-articles.sh, which puts Jackson on the class path:
 *
 * <pre>scripts/load-articles.sh ../shared/data/ant [--mode batch] [--clients 8] [--limit 10000]</pre>
 *
 * Sources: a folder or file list of ANT zips ({@code docno, url, title, published, author, text}),
 * SaudiNewsNet zips ({@code url, title, author, content, date_extracted}) and {@code .txt} files
 * (optional "key: value" header lines and a "---" line, as the demo articles; otherwise the file
 * is the body). Modes: {@code articles} (POST /articles, one per request), {@code batch} (POST
 * /articles/batch), {@code extract} (POST /extract, storing nothing: the baseline of a benchmark).
 * Prints a progress line (done/total, articles/s, ETA) and a summary (created, existing,
 * refused, failed; articles/s for each {@code --report-every} articles; request latency p50/p99).
 * Writes need an editor key: PARALLAX_API_KEY, or the key the embedded start wrote to data/admin-key.
 */
public class LoadArticles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter SAUDI_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("--base", "http://127.0.0.1:8080", "--clients", "8", "--mode", "articles",
                "--limit", String.valueOf(Integer.MAX_VALUE), "--skip", "0", "--batch-size", "500", "--report-every", "10000",
                "--url-tag", ""));
        List<Path> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (!options.containsKey(args[i]) || i + 1 == args.length) {
                    usage("unknown option or missing value: " + args[i]);
                }
                options.put(args[i], args[++i]);
            } else {
                sources.add(Path.of(args[i]));
            }
        }
        if (sources.isEmpty()) {
            usage("name at least one folder, zip or .txt file");
        }
        String mode = options.get("--mode");
        if (!List.of("articles", "batch", "extract").contains(mode)) {
            usage("--mode is articles, batch or extract");
        }
        List<ObjectNode> articles = read(sources, Integer.parseInt(options.get("--skip")), Integer.parseInt(options.get("--limit")),
                options.get("--url-tag"));
        new LoadArticles(options, articles).run(mode);
    }

    private static void usage(String problem) {
        System.err.println(problem + "\nusage: scripts/load-articles.sh SOURCE... [--base URL] [--mode articles|batch|extract]"
                + " [--clients N] [--limit N] [--skip N] [--batch-size N] [--report-every N] [--url-tag TAG]");
        System.exit(2);
    }

    private final String base;
    private final int clients;
    private final int batchSize;
    private final int reportEvery;
    private final List<ObjectNode> articles;
    private final String key;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final long[] milestones;
    private final AtomicLong started = new AtomicLong();

    private LoadArticles(Map<String, String> options, List<ObjectNode> articles) throws IOException {
        this.base = options.get("--base");
        this.clients = Integer.parseInt(options.get("--clients"));
        this.batchSize = Integer.parseInt(options.get("--batch-size"));
        this.reportEvery = Integer.parseInt(options.get("--report-every"));
        this.articles = articles;
        this.milestones = new long[articles.size() / reportEvery + 2];
        String configured = System.getenv("PARALLAX_API_KEY");
        this.key = configured != null ? configured
                : Files.exists(Path.of("data/admin-key")) ? Files.readString(Path.of("data/admin-key")).strip() : null;
    }

    private void run(String mode) throws Exception {
        if (key == null && !mode.equals("extract")) {
            System.err.println("set PARALLAX_API_KEY to an editor key (see README, 'Access')");
            System.exit(2);
        }
        int unit = mode.equals("batch") ? batchSize : 1;
        List<List<ObjectNode>> requests = new ArrayList<>();
        for (int from = 0; from < articles.size(); from += unit) {
            requests.add(articles.subList(from, Math.min(from + unit, articles.size())));
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        started.set(System.nanoTime());
        Thread progress = new Thread(this::printProgress);
        progress.setDaemon(true);
        progress.start();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    send(mode, requests.get(i));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(7, TimeUnit.DAYS);
        summarise(mode);
        System.exit(failed.get() == 0 ? 0 : 1);
    }

    private void send(String mode, List<ObjectNode> items) {
        try {
            String path = switch (mode) {
                case "batch" -> "/articles/batch";
                case "extract" -> "/extract";
                default -> "/articles";
            };
            String body = switch (mode) {
                case "batch" -> JSON.writeValueAsString(JSON.createArrayNode().addAll(items));
                case "extract" -> JSON.writeValueAsString(extractRequest(items.get(0)));
                default -> JSON.writeValueAsString(items.get(0));
            };
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(java.time.Duration.ofMinutes(10))
                    .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (key != null) {
                request.header("Authorization", "Bearer " + key);
            }
            if (mode.equals("batch")) {
                request.header("Prefer", "return=minimal"); // the loader needs each item's status, not the articles back
            }
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - start);
            if (mode.equals("batch") && response.statusCode() == 200) {
                for (JsonNode item : JSON.readTree(response.body()).get("items")) {
                    count(item.get("status").asInt(), item.path("problem").path("detail").asText(null), items.get(item.get("index").asInt()));
                }
            } else {
                count(response.statusCode(), response.statusCode() >= 300 ? response.body() : null, items.get(0));
                if (mode.equals("batch")) { // the whole batch was refused
                    done.addAndGet(items.size() - 1);
                }
            }
        } catch (IOException | InterruptedException e) {
            failed.addAndGet(items.size());
            done.addAndGet(items.size());
            System.err.println("request failed: " + e);
        }
    }

    private void count(int status, String problem, ObjectNode article) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        if (status >= 300) {
            failed.incrementAndGet();
            System.err.println(status + " " + article.get("url").asText() + ": " + problem);
        }
        int count = done.incrementAndGet();
        if (count % reportEvery == 0) {
            milestones[count / reportEvery] = System.nanoTime();
        }
    }

    private void printProgress() {
        while (true) {
            try {
                Thread.sleep(5000);
            } catch (InterruptedException e) {
                return;
            }
            double seconds = (System.nanoTime() - started.get()) / 1e9;
            int count = done.get();
            double rate = count / seconds;
            System.err.printf("%d/%d articles, %.0f/s, ETA %.0f s%n", count, articles.size(), rate,
                    rate == 0 ? 0 : (articles.size() - count) / rate);
        }
    }

    private void summarise(String mode) {
        double seconds = (System.nanoTime() - started.get()) / 1e9;
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        statuses.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byStatus.put(String.valueOf(e.getKey()), e.getValue().get()));
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("mode=%s clients=%d articles=%d seconds=%.1f rate=%.1f/s statuses=%s failed=%d%n", mode, clients,
                articles.size(), seconds, articles.size() / seconds, byStatus, failed.get());
        if (sorted.length > 0) {
            System.out.printf("request latency: p50=%.0f ms p99=%.0f ms max=%.0f ms (%d requests)%n", sorted[sorted.length / 2] / 1e6,
                    sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6, sorted[sorted.length - 1] / 1e6,
                    sorted.length);
        }
        if (mode.equals("articles") || mode.equals("batch")) {
            System.out.printf("summary: created=%d existing=%d refused=%d failed=%d%n", byStatus.getOrDefault("201", 0),
                    byStatus.getOrDefault("200", 0), byStatus.getOrDefault("400", 0) + byStatus.getOrDefault("409", 0), failed.get());
        }
        long previous = started.get();
        for (int i = 1; i < milestones.length && milestones[i] != 0; i++) {
            System.out.printf("articles %d-%d: %.1f/s%n", (i - 1) * reportEvery + 1, i * reportEvery,
                    reportEvery / ((milestones[i] - previous) / 1e9));
            previous = milestones[i];
        }
    }

    private static ObjectNode extractRequest(ObjectNode article) {
        ObjectNode request = JSON.createObjectNode().put("text", article.get("body").asText());
        if (article.has("publishedAt")) {
            request.put("publishedAt", article.get("publishedAt").asText());
        }
        return request;
    }

    /** Every article of the sources in order, after skipping {@code skip}, at most {@code limit}. */
    private static List<ObjectNode> read(List<Path> sources, int skip, int limit, String urlTag) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> listing = Files.list(source)) {
                    listing.filter(p -> p.toString().endsWith(".zip") || p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(source);
            }
        }
        List<ObjectNode> articles = new ArrayList<>();
        int seen = 0;
        for (Path file : files) {
            for (ObjectNode article : file.toString().endsWith(".zip") ? fromZip(file) : List.of(fromText(file))) {
                if (seen++ < skip || !article.hasNonNull("body") || invisible(article.get("body").asText())) {
                    continue;
                }
                if (!validUrl(article.get("url").asText())) { // the service refuses it, and with it its whole batch
                    System.err.println("skipped, not a valid URL: " + article.get("url").asText());
                    continue;
                }
                if (!urlTag.isEmpty()) { // the same texts again under new URLs, for repeated benchmark runs
                    String url = article.get("url").asText();
                    article.put("url", url + (url.contains("?") ? "&" : "?") + "parallax-run=" + urlTag);
                }
                articles.add(article);
                if (articles.size() == limit) {
                    return articles;
                }
            }
        }
        return articles;
    }

    /**
     * Whether a body has no visible character (only spaces, zero-width or direction marks), which the service refuses: in a
     * batch, one such body refuses the whole batch (SaudiNewsNet has some).
     */
    private static boolean invisible(String body) {
        return body.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
    }

    private static boolean validUrl(String url) {
        try {
            new URI(url);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<ObjectNode> fromZip(Path zip) throws IOException {
        List<ObjectNode> articles = new ArrayList<>();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                if (!entry.getName().endsWith(".json")) {
                    continue;
                }
                try (InputStream in = archive.getInputStream(entry)) {
                    for (JsonNode item : (ArrayNode) JSON.readTree(in)) {
                        articles.add(item.has("docno") ? fromAnt(item) : fromSaudiNewsNet(item));
                    }
                }
            }
        }
        return articles;
    }

    private static ObjectNode fromAnt(JsonNode item) {
        return fromCorpus(item, "text", "published", time -> OffsetDateTime.parse(time, DateTimeFormatter.RFC_1123_DATE_TIME));
    }

    private static ObjectNode fromSaudiNewsNet(JsonNode item) {
        return fromCorpus(item, "content", "date_extracted", time -> LocalDateTime.parse(time, SAUDI_TIME).atOffset(ZoneOffset.UTC));
    }

    /** An article of a corpus whose records name the body and the publication time in their own fields. */
    private static ObjectNode fromCorpus(JsonNode item, String bodyField, String timeField,
            java.util.function.Function<String, OffsetDateTime> time) {
        ObjectNode article = JSON.createObjectNode().put("url", item.get("url").asText()).put("body", item.path(bodyField).asText(""));
        copy(item, "title", article, "title");
        copy(item, "author", article, "author");
        if (item.hasNonNull(timeField)) {
            article.put("publishedAt", time.apply(item.get(timeField).asText()).toString());
        }
        return article;
    }

    private static void copy(JsonNode from, String field, ObjectNode to, String as) {
        if (from.hasNonNull(field) && !from.get(field).asText().isBlank()) {
            to.put(as, from.get(field).asText().strip());
        }
    }

    private static ObjectNode fromText(Path file) throws IOException {
        String text = Files.readString(file);
        ObjectNode article = JSON.createObjectNode();
        int separator = text.indexOf("\n---\n");
        if (separator > 0 && text.startsWith("url:")) {
            for (String line : text.substring(0, separator).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    article.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            text = text.substring(separator + 5);
        }
        if (!article.has("url")) {
            article.put("url", "https://import.invalid/" + encode(file.toAbsolutePath().getParent().getFileName().toString()) + "/"
                    + encode(file.getFileName().toString()));
        }
        return article.put("body", text);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
