import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Story discovery measured on the labelled ANT events (events-dev.json): loads the ANT articles (and SaudiNewsNet days
 * for extra events labelled on that corpus, see {@link #fromSaudiNewsNet})
 * through the API in publication order (scope "windows": every article published inside one of the
 * ten events' windows; scope "labelled": only the articles the labels name), reads the stories
 * from GET /stories?minOutlets=1 and GET /stories/{id}, and prints B-cubed and pairwise precision,
 * recall and F1 of the stories against the labelled core sets, beside the baseline "one story per
 * publication day". Duplicate groups are collapsed to one article first. The events are split into
 * a tune and a held-out half by the SHA-256 of their id (the five smallest hashes are "tune"), and
 * both halves are reported. Run by bench/stories-quality.sh; results in docs/stories.md.
 */
public class StoriesQuality {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_KEY = "stories-quality-admin-key-0123456789";
    static final Map<String, String> OUTLETS = Map.of("skynews", "Sky News Arabia", "france24", "France 24", "BBC", "BBC Arabic",
            "CNN", "CNN Arabic", "alarabia", "Al Arabiya");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    StoriesQuality(String base) {
        this.base = base;
    }

    /** One gold article: its event, and the docno that stands for its duplicate group. */
    record Gold(String event, String representative) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("score")) {
            scoreFile(args);
            return;
        }
        Setup setup = Setup.of(Path.of(args[0]), args);
        Path corpus = Path.of(args[1]);
        StoriesQuality bench = new StoriesQuality(args[2]);
        String scope = args.length > 3 && !args[3].startsWith("--") ? args[3] : "windows";
        Path out = Arrays.stream(args).filter(arg -> arg.startsWith("--out=")).map(arg -> Path.of(arg.substring("--out=".length())))
                .findFirst().orElse(null);

        List<JsonNode> articles = bench.read(corpus, setup.events(), scope.equals("labelled") ? setup.labels().labelled() : null);
        Map<String, Long> articleIds = bench.ingest(articles);
        Arrays.stream(args).filter(arg -> arg.startsWith("--jdbc=")).findFirst()
                .ifPresent(url -> waitForRecount(url.substring("--jdbc=".length())));
        Map<Long, Long> storyOfArticle = bench.stories();
        Map<String, String> system = new HashMap<>();
        articleIds.forEach((docno, id) -> system.put(docno, storyOfArticle.containsKey(id) ? "s" + storyOfArticle.get(id) : "none-" + docno));
        if (out != null) { // for bench/stories-replay.sh: docno -> article id, and where the service put each article
            StringBuilder lines = new StringBuilder();
            articleIds.forEach((docno, id) -> lines.append(docno).append('\t').append(id).append('\t')
                    .append(storyOfArticle.getOrDefault(id, 0L)).append('\n'));
            Files.writeString(out.resolve("articles.tsv"), lines);
        }

        System.out.printf("scope %s: %d articles loaded, %d stories read; tune events %s%s%n%n", scope, articleIds.size(),
                new TreeSet<>(storyOfArticle.values()).size(), setup.tune(), setup.extra().isEmpty() ? "" : "; extra tune events " + setup.extra());
        setup.print(system);
    }

    /**
     * Scores a clustering from a file instead of a service (bench/stories-replay.sh): {@code score EVENTS CLUSTERS
     * [--extra-tune=FILE ...] [--tune-only] [--held-out-lines]}, where CLUSTERS has a line "docno TAB cluster" per loaded article.
     */
    static void scoreFile(String[] args) throws Exception {
        Setup setup = Setup.of(Path.of(args[1]), args);
        Map<String, String> system = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] fields = line.split("\t");
            system.put(fields[0], fields[1]);
        }
        setup.print(system);
    }

    /**
     * What is scored: the ten events split into a tune and a held-out half by the SHA-256 of their id (the five smallest
     * are "tune"), extra tune events from other labels files ({@code --extra-tune=FILE}, once per file: their windows, or
     * labelled articles, are loaded too), their labels, and what is printed ({@code --tune-only}: no held-out rows;
     * {@code --held-out-lines}: a line per held-out event too).
     */
    record Setup(List<String> ids, Set<String> tune, Map<String, List<String>> extraSets, ArrayNode events, Labels labels,
            boolean tuneOnly, boolean heldOutLines) {

        static Setup of(Path labelsFile, String[] args) throws Exception {
            JsonNode ten = JSON.readTree(labelsFile.toFile()).get("events");
            List<String> ids = new ArrayList<>();
            ten.forEach(e -> ids.add(e.get("id").asText()));
            ids.sort(Comparator.comparing(StoriesQuality::sha256));
            Set<String> tune = new TreeSet<>(ids.subList(0, ids.size() / 2));
            ArrayNode events = JSON.createArrayNode();
            ten.forEach(events::add);
            Map<String, List<String>> extraSets = new LinkedHashMap<>(); // file name -> its events
            for (String arg : args) {
                if (arg.startsWith("--extra-tune=")) {
                    Path file = Path.of(arg.substring("--extra-tune=".length()));
                    List<String> set = extraSets.computeIfAbsent(file.getFileName().toString(), f -> new ArrayList<>());
                    for (JsonNode event : JSON.readTree(file.toFile()).get("events")) {
                        if (ids.contains(event.get("id").asText())) {
                            throw new IllegalArgumentException("extra tune event " + event.get("id").asText() + " is in " + labelsFile);
                        }
                        set.add(event.get("id").asText());
                        events.add(event);
                    }
                }
            }
            List<String> flags = Arrays.asList(args);
            return new Setup(ids, tune, extraSets, events, Labels.of(events), flags.contains("--tune-only"),
                    flags.contains("--held-out-lines"));
        }

        /** Every extra tune event, whichever file it came from. */
        List<String> extra() {
            return eventsOf(extraSets);
        }

        /** The table, beside the baseline "one story per publication day", then a line per event (held-out ones if asked). */
        void print(Map<String, String> system) {
            Map<String, String> baseline = new HashMap<>();
            system.keySet().forEach(docno -> baseline.put(docno, docno.substring(docno.length() - 8)));
            Map<String, Map<String, String>> clusterings = new LinkedHashMap<>();
            clusterings.put("stories", system);
            clusterings.put("one per day", baseline);
            report(ids, tune, extraSets, labels, clusterings, !tuneOnly);
            for (String event : ids) {
                if (heldOutLines || tune.contains(event)) {
                    perEvent(event, labels.gold(), system, labels.distractors().get(event));
                }
            }
            for (String event : extra()) {
                perEvent(event, labels.gold(), system, labels.distractors().get(event));
            }
        }
    }

    /** The labels of a list of events: gold core articles, distractors per event, every labelled docno. */
    record Labels(Map<String, Gold> gold, Map<String, Set<String>> distractors, Set<String> labelled) {

        static Labels of(JsonNode events) {
            Map<String, Gold> gold = new LinkedHashMap<>();
            Map<String, Set<String>> distractors = new HashMap<>();
            Set<String> labelled = new TreeSet<>();
            for (JsonNode event : events) {
                String id = event.get("id").asText();
                for (JsonNode article : event.get("core")) {
                    String docno = article.get("docno").asText();
                    String group = article.hasNonNull("dup_group") ? id + "/" + article.get("dup_group").asText() : docno;
                    if (gold.put(docno, new Gold(id, group)) != null) {
                        throw new IllegalArgumentException(docno + " is core of two events");
                    }
                }
                Set<String> d = new TreeSet<>();
                // path, not get: a labels file may leave out a list it has nothing in (stories-tune17 had no "passing")
                event.path("distractors").forEach(a -> d.add(a.get("docno").asText()));
                distractors.put(id, d);
                for (String part : List.of("core", "related", "distractors", "passing")) {
                    event.path(part).forEach(a -> labelled.add(a.get("docno").asText()));
                }
            }
            return new Labels(gold, distractors, labelled);
        }

        /** Only the gold articles of these events. */
        Map<String, Gold> goldOf(Set<String> events) {
            Map<String, Gold> some = new LinkedHashMap<>();
            gold.forEach((docno, g) -> {
                if (events.contains(g.event())) {
                    some.put(docno, g);
                }
            });
            return some;
        }
    }

    /**
     * The table: the tune and held-out halves of the ten events exactly as without extra events (gold = the ten
     * events' core sets), then, with extra tune events, a row for them (and, when they come from several files, a row
     * for each file's: "new: FILE") and one for them with the tune half. Those rows count as gold only the tune half's
     * and the extra events' core articles, so that held-out labels play no part in a figure that decides anything.
     */
    static void report(List<String> ids, Set<String> tune, Map<String, List<String>> extraSets, Labels labels,
            Map<String, Map<String, String>> clusterings, boolean heldOut) {
        List<String> extra = eventsOf(extraSets);
        System.out.println("| clustering | part | events | core articles | B³ P | B³ R | B³ F1 | macro B³ F1 | pair P | pair R | pair F1 | distractors in main story |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Map<String, Gold> tenEvents = labels.goldOf(new TreeSet<>(ids));
        for (String part : heldOut ? List.of("tune", "held-out") : List.of("tune")) {
            Set<String> eventsOfPart = new TreeSet<>(ids);
            if (part.equals("tune")) {
                eventsOfPart.retainAll(tune);
            } else {
                eventsOfPart.removeAll(tune);
            }
            for (Map.Entry<String, Map<String, String>> c : clusterings.entrySet()) {
                score(c.getKey(), part, eventsOfPart, tenEvents, c.getValue(), labels.distractors());
            }
        }
        if (!extra.isEmpty()) {
            Set<String> tuneAndExtra = new TreeSet<>(tune);
            tuneAndExtra.addAll(extra);
            Map<String, Gold> tuneGold = labels.goldOf(tuneAndExtra);
            for (Map.Entry<String, Map<String, String>> c : clusterings.entrySet()) {
                score(c.getKey(), "new tune", new TreeSet<>(extra), tuneGold, c.getValue(), labels.distractors());
            }
            if (extraSets.size() > 1) {
                for (Map.Entry<String, List<String>> set : extraSets.entrySet()) {
                    for (Map.Entry<String, Map<String, String>> c : clusterings.entrySet()) {
                        score(c.getKey(), "new: " + set.getKey(), new TreeSet<>(set.getValue()), tuneGold, c.getValue(), labels.distractors());
                    }
                }
            }
            for (Map.Entry<String, Map<String, String>> c : clusterings.entrySet()) {
                score(c.getKey(), "tune + new", tuneAndExtra, tuneGold, c.getValue(), labels.distractors());
            }
        }
    }

    /** The events of every extra tune file, in the files' order. */
    static List<String> eventsOf(Map<String, List<String>> extraSets) {
        return extraSets.values().stream().flatMap(List::stream).toList();
    }

    /** Prints one row: B-cubed (over collapsed core articles of the part's events) and pairwise scores. */
    static void score(String name, String part, Set<String> eventsOfPart, Map<String, Gold> gold, Map<String, String> clusters,
            Map<String, Set<String>> distractors) {
        // one item per duplicate group: its first docno, which every member's cluster is read from
        Map<String, String> items = new LinkedHashMap<>(); // representative -> event
        Map<String, String> clusterOf = new HashMap<>();
        gold.forEach((docno, g) -> {
            if (items.putIfAbsent(g.representative(), g.event()) == null) {
                clusterOf.put(g.representative(), clusters.getOrDefault(docno, "missing-" + docno));
            }
        });
        Map<String, List<String>> bySystem = new HashMap<>();
        Map<String, List<String>> byEvent = new HashMap<>();
        items.forEach((item, event) -> {
            bySystem.computeIfAbsent(clusterOf.get(item), c -> new ArrayList<>()).add(item);
            byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(item);
        });
        double precision = 0, recall = 0;
        int n = 0;
        Map<String, double[]> perEvent = new HashMap<>();
        long together = 0, same = 0, right = 0;
        for (Map.Entry<String, String> item : items.entrySet()) {
            if (!eventsOfPart.contains(item.getValue())) {
                continue;
            }
            List<String> cluster = bySystem.get(clusterOf.get(item.getKey()));
            long shared = cluster.stream().filter(other -> items.get(other).equals(item.getValue())).count();
            double p = (double) shared / cluster.size();
            double r = (double) shared / byEvent.get(item.getValue()).size();
            precision += p;
            recall += r;
            n++;
            double[] e = perEvent.computeIfAbsent(item.getValue(), k -> new double[3]);
            e[0] += p;
            e[1] += r;
            e[2]++;
            together += cluster.size() - 1;
            right += shared - 1;
            same += byEvent.get(item.getValue()).size() - 1;
        }
        precision /= n;
        recall /= n;
        double macro = perEvent.values().stream().mapToDouble(e -> f1(e[0] / e[2], e[1] / e[2])).average().orElse(0);
        double pairP = together == 0 ? 0 : (double) right / together;
        double pairR = same == 0 ? 0 : (double) right / same;
        int distractorsIn = 0;
        for (String event : eventsOfPart) {
            distractorsIn += distractorsInMain(event, gold, clusters, distractors.get(event));
        }
        System.out.printf("| %s | %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d |%n", name, part, perEvent.size(), n,
                precision, recall, f1(precision, recall), macro, pairP, pairR, f1(pairP, pairR), distractorsIn);
    }

    /** Distractors of the event in the system cluster holding most of its core articles. */
    static int distractorsInMain(String event, Map<String, Gold> gold, Map<String, String> clusters, Set<String> distractors) {
        Map<String, Integer> counts = new HashMap<>();
        gold.forEach((docno, g) -> {
            if (g.event().equals(event) && clusters.containsKey(docno)) {
                counts.merge(clusters.get(docno), 1, Integer::sum);
            }
        });
        String main = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return (int) distractors.stream().filter(d -> main != null && main.equals(clusters.get(d))).count();
    }

    /**
     * One line per event: how many stories its core articles are in, and the largest with the publication days they
     * span (from the docnos), so that a long happening cut in two in time shows apart from two stories side by side.
     */
    static void perEvent(String event, Map<String, Gold> gold, Map<String, String> clusters, Set<String> distractors) {
        Map<String, TreeSet<String>> days = new HashMap<>(); // story -> the days of its core articles
        Map<String, Integer> counts = new HashMap<>();
        int core = 0;
        for (Map.Entry<String, Gold> g : gold.entrySet()) {
            if (g.getValue().event().equals(event)) {
                core++;
                String story = clusters.getOrDefault(g.getKey(), "missing");
                counts.merge(story, 1, Integer::sum);
                String docno = g.getKey();
                days.computeIfAbsent(story, s -> new TreeSet<>()).add(docno.substring(docno.length() - 4, docno.length() - 2) + "-"
                        + docno.substring(docno.length() - 2));
            }
        }
        List<String> largest = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).limit(5)
                .map(c -> c.getValue() + " (" + days.get(c.getKey()).first() + ".." + days.get(c.getKey()).last() + ")").toList();
        System.err.printf("%s: %d core articles in %d stories, largest %s; distractors in main story %d%n", event, core, counts.size(),
                largest, distractorsInMain(event, gold, clusters, distractors));
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The articles of the scope, in publication order: the labelled ones, or all inside the events' windows. An event whose
     * {@code corpus} is "saudinewsnet" has its window read from the SaudiNewsNet zips beside the ANT folder (one a day).
     */
    List<JsonNode> read(Path corpus, JsonNode events, Set<String> only) throws Exception {
        List<LocalDate[]> windows = new ArrayList<>();
        Set<String> zips = new TreeSet<>(); // paths relative to the data folder that holds ant/ and saudinewsnet/
        for (JsonNode e : events) {
            LocalDate from = LocalDate.parse(e.get("window").get("from").asText());
            LocalDate to = LocalDate.parse(e.get("window").get("to").asText());
            windows.add(new LocalDate[] {from, to});
            boolean saudi = e.path("corpus").asText("ant").equals("saudinewsnet");
            if (saudi) {
                from.datesUntil(to.plusDays(1)).forEach(day -> zips.add("saudinewsnet/" + day + ".zip"));
            } else {
                zips.add(corpus.getFileName() + "/ant-" + from.format(MONTH) + ".zip");
                zips.add(corpus.getFileName() + "/ant-" + to.format(MONTH) + ".zip");
            }
        }
        List<JsonNode> found = new ArrayList<>();
        for (String name : zips) {
            Path file = corpus.getParent().resolve(name);
            if (!Files.exists(file)) {
                continue; // SaudiNewsNet has no file for some days
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (JsonNode item : JSON.readTree(zip.getInputStream(zip.entries().nextElement()))) {
                    JsonNode article = item.has("docno") ? item : fromSaudiNewsNet((ObjectNode) item);
                    String docno = article.get("docno").asText();
                    LocalDate day = LocalDate.parse(docno.substring(docno.length() - 8), DateTimeFormatter.BASIC_ISO_DATE);
                    boolean inScope = only != null ? only.contains(docno)
                            : windows.stream().anyMatch(w -> !day.isBefore(w[0]) && !day.isAfter(w[1]));
                    if (inScope && published(article) != null && visible(article.path("title").asText())) {
                        found.add(article);
                    }
                }
            }
        }
        found.sort(Comparator.comparing((JsonNode a) -> published(a)).thenComparing(a -> a.get("docno").asText()));
        return found;
    }

    /**
     * Whether a text has a visible character, as the service reads it (TextRules: not only spaces, zero-width or direction
     * marks). SaudiNewsNet has bodies of spaces and direction marks, which the service refuses: the title stands in.
     */
    static boolean visible(String text) {
        return !text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT);
    }

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");

    /**
     * A SaudiNewsNet record in ANT's shape. It has no docno, so one is made from the URL (whose path often spells the
     * title, which labels must not hold): "SN-" + outlet + the first 12 hex digits of the URL's SHA-256 + the day, the day
     * last as in ANT's docnos, which the baseline and the per-event lines read. Its time is the crawl's
     * ({@code date_extracted}), read as UTC as scripts/LoadArticles.java reads it.
     */
    static ObjectNode fromSaudiNewsNet(ObjectNode item) {
        LocalDateTime crawled = LocalDateTime.parse(item.get("date_extracted").asText(), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        String source = item.get("source").asText();
        return JSON.createObjectNode().put("docno", saudiDocno(source, item.get("url").asText(), crawled.toLocalDate()))
                .put("outlet", source).put("title", item.path("title").asText("")).put("text", item.path("content").asText(""))
                .put("published", DateTimeFormatter.RFC_1123_DATE_TIME.format(crawled.atZone(ZoneOffset.UTC)));
    }

    static String saudiDocno(String source, String url, LocalDate day) {
        return "SN-" + source + "-" + sha256(url).substring(0, 12) + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static String published(JsonNode article) {
        try {
            return ZonedDateTime.parse(article.get("published").asText(), DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .toInstant().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Posts the articles in publication order, 100 a batch, two batches at a time; answers the stored id of each docno. */
    Map<String, Long> ingest(List<JsonNode> articles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Map<String, Long>>> batches = new ArrayList<>();
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += 100) {
            List<JsonNode> batch = articles.subList(from, Math.min(articles.size(), from + 100));
            batches.add(pool.submit(() -> {
                ArrayNode body = JSON.createArrayNode();
                for (JsonNode article : batch) {
                    ObjectNode item = body.addObject();
                    item.put("url", "https://ant.example/" + article.get("docno").asText());
                    item.put("outlet", OUTLETS.getOrDefault(article.get("outlet").asText(), article.get("outlet").asText()));
                    item.put("title", article.get("title").asText());
                    item.put("language", "ar");
                    item.put("publishedAt", published(article));
                    item.put("body", visible(article.get("text").asText()) ? article.get("text").asText() : article.get("title").asText());
                }
                Map<String, Long> ids = new HashMap<>();
                for (JsonNode answer : post("/articles/batch", body).get("items")) {
                    if (answer.has("article")) {
                        ids.put(batch.get(answer.get("index").asInt()).get("docno").asText(), answer.get("article").get("id").asLong());
                    }
                }
                return ids;
            }));
        }
        Map<String, Long> ids = new HashMap<>();
        try {
            for (Future<Map<String, Long>> batch : batches) {
                ids.putAll(batch.get());
            }
        } finally {
            pool.shutdownNow(); // a refused batch ends the run instead of leaving the others posting
        }
        System.err.printf("ingested %d of %d articles in %.0f s%n", ids.size(), articles.size(), (System.nanoTime() - start) / 1e9);
        return ids;
    }

    /**
     * Waits until the service has recounted every story its articles joined (no row left in {@code story_change}): the list
     * reads stories by their outlet count, so a story not yet recounted is missing from it (on a machine loaded to 27-34, 746
     * of 10,234 articles were read in no story).
     */
    static void waitForRecount(String jdbcUrl) {
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                PreparedStatement pending = connection.prepareStatement("SELECT count(*) FROM story_change")) {
            for (long waited = 0; ; waited++) {
                try (ResultSet rows = pending.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        break;
                    }
                    if (waited == 600) {
                        throw new IllegalStateException(rows.getLong(1) + " stories still not recounted after 10 minutes");
                    }
                }
                Thread.sleep(1000);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("could not read the service's pending recounts", e);
        }
        System.err.printf("stories recounted %.0f s after the last article%n", (System.nanoTime() - start) / 1e9);
    }

    /** Every story's articles, read through the API: article id -> story id. */
    Map<Long, Long> stories() throws Exception {
        Map<Long, Long> storyOf = new HashMap<>();
        String next = "/stories?minOutlets=1&limit=200";
        while (next != null) {
            JsonNode page = get(next);
            for (JsonNode story : page.get("items")) {
                long id = story.get("id").asLong();
                for (JsonNode outlet : get("/stories/" + id).get("outlets")) {
                    outlet.get("articles").forEach(a -> storyOf.put(a.get("id").asLong(), id));
                }
            }
            next = page.hasNonNull("next") ? page.get("next").asText().replaceFirst("^https?://[^/]+", "") : null;
        }
        return storyOf;
    }

    JsonNode post(String path, JsonNode body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
