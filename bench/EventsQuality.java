import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Event linking and fact line-up measured on the labelled ANT events (events-dev.json, or an extra tune set in its format): the
 * labelled articles of every event are ingested first, then the ten events are created (the hard
 * order: coverage before the event), and for each event the linked articles and the comparison
 * are scored against the labels. Events are split into a tune and a held-out part by a hash of
 * their id, so that rules tuned on one part are judged on the other; every event of another labels file (an extra tune set
 * kept outside the repository) is tune. Run by bench/events-quality.sh.
 */
public class EventsQuality {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String ADMIN_KEY = "events-quality-admin-key-0123456789";
    static final Map<String, String> OUTLETS = Map.of("skynews", "Sky News Arabia", "france24", "France 24", "BBC", "BBC Arabic",
            "CNN", "CNN Arabic", "alarabia", "Al Arabiya");
    static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

    /** Whether the labels are events-dev.json, split into tune and held-out; an extra tune set is all tune. */
    static boolean split = true;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    EventsQuality(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        Path labels = Path.of(args[0]);
        split = labels.getFileName().toString().equals("events-dev.json");
        Path corpus = Path.of(args[1]);
        EventsQuality bench = new EventsQuality(args[2]);
        JsonNode events = JSON.readTree(labels.toFile()).get("events");
        if (args.length > 3 && args[3].equals("rescore")) {
            bench.rescore(events);
            return;
        }
        Map<String, JsonNode> articles = bench.readArticles(events, corpus);
        boolean eventsFirst = args.length > 3 && args[3].equals("events-first");
        Map<String, Long> eventIds = new HashMap<>();
        Map<String, String> labelled = new HashMap<>(); // docno -> "ev03 core: title", for the scorer's explanations
        for (JsonNode event : events) {
            for (String group : List.of("core", "related")) {
                event.get(group).forEach(a -> labelled.putIfAbsent(a.get("docno").asText(),
                        event.get("id").asText().substring(0, 4) + " " + group + " " + a.get("date").asText() + " " + a.get("title").asText()));
            }
        }
        if (eventsFirst) { // the easy order: each article is linked at ingest
            for (JsonNode event : events) {
                eventIds.put(event.get("id").asText(), bench.createEvent(event));
            }
        }
        Map<String, Long> ids = bench.ingest(articles);
        if (!eventsFirst) { // the hard order: the event's background job links the stored coverage
            for (JsonNode event : events) {
                eventIds.put(event.get("id").asText(), bench.createEvent(event));
            }
        }
        Map<Long, String> docnos = new HashMap<>();
        ids.forEach((docno, id) -> docnos.put(id, docno));

        System.out.println("| event | part | linked | P | R | core R | distractors linked | labelled differences surfaced | false disagreements | P in window |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        Map<String, double[]> totals = new LinkedHashMap<>();
        for (JsonNode event : events) {
            String part = heldOut(event.get("id").asText()) ? "held-out" : "tune";
            long id = eventIds.get(event.get("id").asText());
            Map<String, String> reasons = new HashMap<>();
            Set<String> linked = bench.linked(id, docnos, reasons);
            JsonNode comparison = bench.get("/events/" + id + "/comparison");
            if (part.equals("tune")) { // kept to read the tune facts sentence by sentence; the held-out ones are not kept
                Path kept = Path.of("target/events-quality/comparisons", event.get("id").asText().substring(0, 4) + ".json");
                Files.createDirectories(kept.getParent());
                JSON.writerWithDefaultPrettyPrinter().writeValue(kept.toFile(), comparison);
            }
            double[] scores = bench.score(event, linked, comparison);
            if (part.equals("tune")) { // the held-out events' errors are not shown: their totals are read once, at the end
                bench.explain(event, linked, reasons, labelled);
            }
            totals.computeIfAbsent(part, p -> new double[scores.length + 1]);
            double[] sum = totals.get(part);
            for (int i = 0; i < scores.length; i++) {
                sum[i] += scores[i];
            }
            sum[scores.length]++;
        }
        System.out.println();
        System.out.println("| part | events | macro P | macro R | macro core R | distractors linked | differences surfaced | false disagreements | macro P in window |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        totals.forEach((part, sum) -> {
            double n = sum[sum.length - 1];
            System.out.printf("| %s | %.0f | %.2f | %.2f | %.2f | %.0f | %.0f of %.0f | %.0f | %.2f |%n", part, n, sum[0] / n, sum[1] / n, sum[2] / n,
                    sum[3], sum[4], sum[5], sum[6], sum[7] / n);
        });
    }

    /**
     * Scores the tune events again on a service already holding the scorer's database (bench/events-rescore.sh): after a
     * change to the comparison or a re-extraction, without ingesting again. The held-out events are not read.
     */
    void rescore(JsonNode events) throws Exception {
        Map<String, Long> byTitle = new HashMap<>();
        get("/events?limit=100").get("items").forEach(e -> byTitle.put(e.get("title").asText(), e.get("id").asLong()));
        System.out.println("| event | part | linked | P | R | core R | distractors linked | labelled differences surfaced | false disagreements | P in window |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (JsonNode event : events) {
            if (heldOut(event.get("id").asText())) {
                continue;
            }
            long id = byTitle.get(event.get("title_en").asText());
            Set<String> linked = new HashSet<>();
            String next = "/events/" + id + "/articles?limit=100";
            while (next != null) {
                JsonNode page = get(next);
                page.get("items").forEach(i -> linked.add(i.get("article").get("url").asText().replaceFirst("^.*/", "")));
                next = page.hasNonNull("next") ? page.get("next").asText().replaceFirst("^https?://[^/]+", "") : null;
            }
            JsonNode comparison = get("/events/" + id + "/comparison");
            Path kept = Path.of("target/events-quality/comparisons", event.get("id").asText().substring(0, 4) + ".json");
            Files.createDirectories(kept.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(kept.toFile(), comparison);
            score(event, linked, comparison);
        }
    }

    /** The held-out part of events-dev.json: events whose id hashes to 0-2 of 10 (stable across runs and machines). */
    static boolean heldOut(String id) {
        return split && Math.floorMod(id.hashCode(), 10) < 3;
    }

    Map<String, JsonNode> readArticles(JsonNode events, Path corpus) throws Exception {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode event : events) {
            for (String group : List.of("core", "related", "distractors", "passing")) {
                event.get(group).forEach(a -> wanted.add(a.get("docno").asText()));
            }
        }
        Map<String, JsonNode> found = new LinkedHashMap<>();
        Set<String> months = new TreeSet<>();
        wanted.forEach(d -> months.add(d.substring(d.length() - 8, d.length() - 2)));
        for (String month : months) {
            try (ZipFile zip = new ZipFile(corpus.resolve("ant-" + month + ".zip").toFile())) {
                JsonNode list = JSON.readTree(zip.getInputStream(zip.entries().nextElement()));
                for (JsonNode article : list) {
                    if (wanted.contains(article.get("docno").asText())) {
                        found.put(article.get("docno").asText(), article);
                    }
                }
            }
        }
        System.err.printf("%d labelled articles, %d found in the corpus%n", wanted.size(), found.size());
        return found;
    }

    /** Posts every article (two at a time); returns the stored id of each docno. */
    Map<String, Long> ingest(Map<String, JsonNode> articles) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<Long>> posted = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : articles.entrySet()) {
            JsonNode article = entry.getValue();
            ObjectNode body = JSON.createObjectNode();
            body.put("url", "https://ant.example/" + entry.getKey());
            body.put("outlet", OUTLETS.getOrDefault(article.get("outlet").asText(), article.get("outlet").asText()));
            body.put("title", article.get("title").asText());
            body.put("language", "ar");
            body.put("publishedAt", ZonedDateTime.parse(article.get("published").asText(), RFC_1123).toOffsetDateTime().toString());
            body.put("body", article.get("text").asText());
            posted.put(entry.getKey(), pool.submit(() -> post("/articles", body).get("id").asLong()));
        }
        Map<String, Long> ids = new HashMap<>();
        long start = System.nanoTime();
        for (Map.Entry<String, Future<Long>> entry : posted.entrySet()) {
            ids.put(entry.getKey(), entry.getValue().get());
        }
        pool.shutdown();
        System.err.printf("ingested %d articles in %.0f s%n", ids.size(), (System.nanoTime() - start) / 1e9);
        return ids;
    }

    long createEvent(JsonNode event) throws Exception {
        ObjectNode body = JSON.createObjectNode();
        body.put("title", event.get("title_en").asText());
        body.put("kind", kind(event.get("kind").asText()));
        body.put("startDate", event.get("start_date").asText());
        if (event.hasNonNull("end_date")) {
            body.put("endDate", event.get("end_date").asText());
        }
        // "Douma, Eastern Ghouta, Rif Dimashq, Syria": the first, most specific name
        body.put("place", event.get("place").get("name").asText().split(",")[0].replaceAll("\\s*\\(.*\\)", "").strip());
        var aliases = body.putArray("aliases");
        aliases.add(event.get("name_ar").asText());
        event.get("name_ar_variants").forEach(v -> aliases.add(v.asText().replaceAll("\\s*\\(.*\\)", "").strip()));
        long id = post("/events?force=true", body).get("id").asLong();
        awaitLinking(id);
        return id;
    }

    /** Linking an event to stored coverage is a background job: the links are read once it is done. */
    void awaitLinking(long id) throws Exception {
        for (int i = 0; i < 1200; i++) {
            JsonNode linking = get("/events/" + id).get("linking");
            String state = linking == null ? "pending" : linking.get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                if (state.equals("failed")) {
                    System.err.println("  linking job of event " + id + " failed");
                }
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("linking job of event " + id + " did not finish in 10 minutes");
    }

    static String kind(String labelled) {
        if (labelled.contains("election")) {
            return "election";
        }
        if (labelled.contains("summit")) {
            return "conference";
        }
        if (labelled.contains("attack") || labelled.contains("strike") || labelled.contains("poisoning") || labelled.contains("crackdown")) {
            return "attack";
        }
        return labelled.contains("decision") ? "statement" : "other";
    }

    /** The linked articles' docnos; their reasons, by docno, go to {@code reasons}. */
    Set<String> linked(long event, Map<Long, String> docnos, Map<String, String> reasons) throws Exception {
        Set<String> linked = new HashSet<>();
        String next = "/events/" + event + "/articles?limit=100";
        while (next != null) {
            JsonNode page = get(next);
            page.get("items").forEach(i -> {
                String docno = docnos.getOrDefault(i.get("article").get("id").asLong(), "?");
                linked.add(docno);
                reasons.put(docno, i.get("kind").asText() + " " + i.get("score") + " " + i.get("reasons"));
            });
            next = page.hasNonNull("next") ? page.get("next").asText().replaceFirst("^https?://[^/]+", "") : null;
        }
        return linked;
    }

    /**
     * Prints one row and returns {P, R, core R, distractors linked, differences surfaced, labelled differences, false disagreements,
     * P in window}. P in window counts only the linked articles published in the event's labelled window, as the labels' README
     * scores linking ("outside it nothing is labelled"): an article of another day that is about the event is no error there.
     * A labelled difference is a labelled figure key with several values across articles that maps to one of our keys;
     * it is surfaced when our fact lists every labelled value. A false disagreement is a fact of ours marked
     * "disagree" with no labelled difference behind it.
     */
    double[] score(JsonNode event, Set<String> linked, JsonNode comparison) {
        Set<String> core = docnos(event.get("core"));
        Set<String> related = docnos(event.get("related"));
        Set<String> distractors = docnos(event.get("distractors"));
        Set<String> passing = docnos(event.get("passing"));
        Set<String> gold = new HashSet<>(core);
        gold.addAll(related);
        long right = linked.stream().filter(gold::contains).count();
        long counted = linked.stream().filter(d -> !passing.contains(d)).count();
        double precision = counted == 0 ? 0 : (double) right / counted;
        String from = event.get("window").get("from").asText().replace("-", "");
        String to = event.get("window").get("to").asText().replace("-", "");
        Set<String> inWindow = new HashSet<>();
        for (String docno : linked) { // a docno ends with its publication date
            String day = docno.substring(Math.max(0, docno.length() - 8));
            if (day.compareTo(from) >= 0 && day.compareTo(to) <= 0) {
                inWindow.add(docno);
            }
        }
        long countedInWindow = inWindow.stream().filter(d -> !passing.contains(d)).count();
        double precisionInWindow = countedInWindow == 0 ? 0 : (double) inWindow.stream().filter(gold::contains).count() / countedInWindow;
        double recall = (double) right / gold.size();
        double coreRecall = (double) linked.stream().filter(core::contains).count() / core.size();
        long distractorsLinked = linked.stream().filter(distractors::contains).count();

        Map<String, Set<String>> labelled = new HashMap<>(); // our key -> labelled values
        for (JsonNode article : event.get("core")) {
            JsonNode facets = article.get("facets");
            if (facets != null) {
                facets.fields().forEachRemaining(f -> {
                    String key = ourKey(f.getKey());
                    if (key != null && f.getValue().isValueNode()) {
                        labelled.computeIfAbsent(key, k -> new TreeSet<>()).add(number(f.getValue().asText()));
                    }
                });
            }
        }
        Map<String, JsonNode> facts = new HashMap<>();
        comparison.get("facets").forEach(f -> facts.put(f.get("key").asText(), f));
        int differences = 0;
        int surfaced = 0;
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, Set<String>> entry : labelled.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            differences++;
            Set<String> ours = new HashSet<>();
            JsonNode fact = facts.get(entry.getKey());
            if (fact != null) {
                fact.get("values").forEach(v -> ours.add(number(v.get("value").asText())));
            }
            if (ours.containsAll(entry.getValue()) && fact != null && !fact.get("agreement").asText().startsWith("agree")) {
                surfaced++;
            } else {
                Set<String> absent = new TreeSet<>(entry.getValue());
                absent.removeAll(ours);
                missed.add(entry.getKey() + " missing " + absent);
            }
        }
        int falseDisagreements = 0;
        List<String> falseOnes = new ArrayList<>();
        for (JsonNode fact : facts.values()) {
            Set<String> values = labelled.get(fact.get("key").asText());
            if (fact.get("agreement").asText().equals("disagree") && (values == null || values.size() < 2)) {
                falseDisagreements++;
                falseOnes.add(fact.get("summary").asText());
            }
        }
        String id = event.get("id").asText();
        System.out.printf("| %s | %s | %d | %.2f | %.2f | %.2f | %d of %d | %d of %d | %d | %.2f |%n", id.substring(0, 4), heldOut(id) ? "held-out" : "tune",
                linked.size(), precision, recall, coreRecall, distractorsLinked, distractors.size(), surfaced, differences, falseDisagreements,
                precisionInWindow);
        missed.forEach(m -> System.err.println("  " + id + " not surfaced: " + m));
        falseOnes.forEach(m -> System.err.println("  " + id + " false disagreement: " + m));
        return new double[] {precision, recall, coreRecall, distractorsLinked, surfaced, differences, falseDisagreements, precisionInWindow};
    }

    /** Prints (to stderr) the distractors linked and the core and related articles missed, with titles and reasons. */
    void explain(JsonNode event, Set<String> linked, Map<String, String> reasons, Map<String, String> labelled) {
        String id = event.get("id").asText().substring(0, 4);
        Set<String> own = new HashSet<>();
        for (String group : List.of("core", "related", "distractors", "passing")) {
            own.addAll(docnos(event.get(group)));
        }
        for (String docno : new TreeSet<>(linked)) {
            if (!own.contains(docno)) {
                System.err.printf("  %s article of %s linked: %s | %s%n", id, labelled.getOrDefault(docno, "?"), docno, reasons.get(docno));
            }
        }
        for (JsonNode article : event.get("distractors")) {
            String docno = article.get("docno").asText();
            if (linked.contains(docno)) {
                System.err.printf("  %s distractor linked: %s %s %s | %s%n", id, docno, article.get("date").asText(), article.get("title").asText(),
                        reasons.get(docno));
            }
        }
        for (String group : List.of("core", "related")) {
            for (JsonNode article : event.get(group)) {
                if (!linked.contains(article.get("docno").asText())) {
                    System.err.printf("  %s %s missed: %s %s %s%n", id, group, article.get("docno").asText(), article.get("date").asText(),
                            article.get("title").asText());
                }
            }
        }
    }

    /** The key of ours a labelled figure key corresponds to, if any ("killed_14may" is a death toll, "killed_since_30march" a total). */
    static String ourKey(String labelled) {
        if (labelled.contains("_since_")) { // "killed_since_30march": a total since a date, not the toll of the incident
            return labelled.startsWith("killed") ? "death_toll_total" : labelled.startsWith("injured") ? "injured_count_total" : null;
        }
        if (labelled.equals("killed") || labelled.startsWith("killed_")) {
            return "death_toll";
        }
        if (labelled.equals("injured") || labelled.startsWith("injured_") || labelled.equals("affected")) {
            return "injured_count";
        }
        if (labelled.equals("missiles_fired")) {
            return "missile_count";
        }
        return labelled.equals("election_date") ? "election_date" : null;
    }

    /** "~60", "60+", "60.0" and "60" are the same figure for this comparison. */
    static String number(String value) {
        String figure = value.replaceAll("[~+]", "");
        return figure.matches("\\d+\\.0+") ? figure.substring(0, figure.indexOf('.')) : figure;
    }

    static Set<String> docnos(JsonNode list) {
        Set<String> docnos = new HashSet<>();
        list.forEach(a -> docnos.add(a.get("docno").asText()));
        return docnos;
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
