import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash safety: articles are posted concurrently, each with its own Idempotency-Key (half of the
 * workers), or in batches of ten through {@code POST /articles/batch} (the other half), while
 * PostgreSQL (then, separately, the service) is killed with SIGKILL at random moments. Every
 * article that was not acknowledged is posted again afterwards (with its key); then every
 * acknowledged article must be stored exactly once, with the id it was acknowledged with.
 *
 * Run through bench/crash-safety.sh, which builds the service first. JDK only, no dependencies.
 */
public class CrashSafety {

    static final String ADMIN_KEY = "crash-safety-admin-key-0123456789";
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    // an article summary starts with its id and url (the order of the contract's ArticleSummary)
    static final Pattern SUMMARY = Pattern.compile("\\{\"id\":(\\d+),\"url\":\"([^\"]+)\"");
    static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    // a batch item: its index and status, then the article (which starts with its id) when there is one
    static final Pattern ITEM = Pattern.compile("\\{\"index\":(\\d+),\"status\":(\\d+)(?:,\"article\":\\{\"id\":(\\d+))?");
    static final int BATCH = 10;

    record Article(int number, String key, String url, String body) {
    }

    final Path work;
    final int port;
    final Random random = new Random(20180529);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    final AtomicInteger numbers = new AtomicInteger();
    final ConcurrentLinkedQueue<Article> unacknowledged = new ConcurrentLinkedQueue<>();
    final Map<Article, Long> acknowledged = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    final java.util.Set<Integer> needingRetry = ConcurrentHashMap.newKeySet();
    final AtomicBoolean loading = new AtomicBoolean();
    Process service;

    CrashSafety(Path work, int port) {
        this.work = work;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/crash-safety");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int workers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        new CrashSafety(work, 18080).run(rounds, workers);
    }

    void run(int rounds, int workers) throws Exception {
        Files.createDirectories(work);
        startService();
        List<Thread> threads = new ArrayList<>();
        loading.set(true);
        for (int i = 0; i < workers; i++) {
            boolean batches = i % 2 == 1;
            Thread thread = new Thread(() -> postUntilStopped(batches), (batches ? "batch-poster-" : "poster-") + i);
            thread.start();
            threads.add(thread);
        }
        int postgresKills = 0;
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(500 + random.nextInt(2500));
            long pid = postmasterPid();
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
            postgresKills++;
            log("round %d: killed PostgreSQL (pid %d); acknowledged so far %d", round, pid, acknowledged.size());
            waitUntilReady(Duration.ofSeconds(60));
        }
        int serviceKills = 0;
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(500 + random.nextInt(2500));
            service.destroyForcibly(); // SIGKILL: no shutdown hook runs
            service.waitFor();
            serviceKills++;
            log("round %d: killed the service; acknowledged so far %d", round, acknowledged.size());
            startService();
        }
        loading.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        int retried = unacknowledged.size();
        log("load stopped; retrying %d unacknowledged posts with their keys", retried);
        Article article;
        while ((article = unacknowledged.poll()) != null) {
            if (!post(article)) {
                unacknowledged.add(article);
                Thread.sleep(200);
            }
        }
        verify(postgresKills, serviceKills, retried);
        service.destroy();
        service.waitFor();
    }

    void postUntilStopped(boolean batches) {
        while (loading.get()) {
            List<Article> articles = new ArrayList<>();
            while (articles.size() < (batches ? BATCH : 1)) {
                Article article = unacknowledged.poll();
                articles.add(article != null ? article : newArticle());
            }
            List<Article> refused = batches ? postBatch(articles) : post(articles.get(0)) ? List.of() : articles;
            for (Article article : refused) {
                needingRetry.add(article.number());
                unacknowledged.add(article);
            }
            if (!refused.isEmpty()) {
                sleep(100);
            }
        }
    }

    Article newArticle() {
        int n = numbers.incrementAndGet();
        return new Article(n, "crash-" + n + "-" + Long.toHexString(random.nextLong()), "https://crash-safety.example/articles/" + n,
                "Article " + n + ": the Paris conference on Libya agreed on elections on 10 December 2018.");
    }

    static String json(Article article) {
        return "{\"url\":\"" + article.url() + "\",\"outlet\":\"Reuters\",\"body\":\"" + article.body() + "\"}";
    }

    /** Posts the articles as one batch; answers those the service did not acknowledge (all of them when the batch failed). */
    List<Article> postBatch(List<Article> articles) {
        String json = "[" + String.join(",", articles.stream().map(CrashSafety::json).toList()) + "]";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/articles/batch"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            count("batch HTTP " + response.statusCode());
            if (response.statusCode() != 200) {
                if (response.statusCode() != 503) {
                    log("unexpected %d for a batch: %s", response.statusCode(), response.body());
                }
                return articles;
            }
            List<Article> refused = new ArrayList<>(articles);
            Matcher item = ITEM.matcher(response.body());
            while (item.find()) {
                Article article = articles.get(Integer.parseInt(item.group(1)));
                count("batch item " + item.group(2));
                if (item.group(3) != null) {
                    acknowledge(article, Long.parseLong(item.group(3)));
                    refused.remove(article);
                }
            }
            return refused;
        } catch (IOException e) {
            count("batch: no answer (" + e.getClass().getSimpleName() + ")");
            return articles;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return articles;
        }
    }

    void acknowledge(Article article, long id) {
        Long earlier = acknowledged.putIfAbsent(article, id);
        if (earlier != null && earlier != id) {
            count("acknowledged twice with different ids");
        }
    }

    /** True when the service acknowledged the article (201 or 200 with its id). */
    boolean post(Article article) {
        String json = json(article);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + "/articles"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Authorization", "Bearer " + ADMIN_KEY).header("Content-Type", "application/json")
                    .header("Idempotency-Key", article.key())
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            boolean replayed = response.headers().firstValue("Idempotent-Replayed").isPresent();
            count("HTTP " + response.statusCode() + (replayed ? " replayed" : ""));
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                Matcher id = ID.matcher(response.body());
                if (!id.find()) {
                    throw new IllegalStateException("acknowledged without an id: " + response.body());
                }
                acknowledge(article, Long.parseLong(id.group(1)));
                return true;
            }
            if (response.statusCode() != 503) {
                log("unexpected %d for %s: %s", response.statusCode(), article.url(), response.body());
            }
            return false;
        } catch (IOException e) {
            count("no answer (" + e.getClass().getSimpleName() + ")");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void verify(int postgresKills, int serviceKills, int retried) throws Exception {
        Map<String, Integer> stored = new HashMap<>();
        Map<String, Long> storedIds = new HashMap<>();
        String next = "/articles?limit=200";
        while (next != null) {
            String page = get(next.replace(base(), ""));
            Matcher summary = SUMMARY.matcher(page);
            while (summary.find()) {
                stored.merge(summary.group(2), 1, Integer::sum);
                storedIds.put(summary.group(2), Long.parseLong(summary.group(1)));
            }
            Matcher link = NEXT.matcher(page);
            next = link.find() ? link.group(1) : null;
        }
        int lost = 0;
        int wrongId = 0;
        for (Map.Entry<Article, Long> ack : acknowledged.entrySet()) {
            String url = ack.getKey().url();
            if (!stored.containsKey(url)) {
                lost++;
                log("LOST: %s (acknowledged as %d)", url, ack.getValue());
            } else if (!ack.getValue().equals(storedIds.get(url))) {
                wrongId++;
                log("ID CHANGED: %s acknowledged as %d, stored as %s", url, ack.getValue(), storedIds.get(url));
            }
        }
        long duplicated = stored.values().stream().filter(n -> n > 1).count();
        int replayed = 0;
        for (Article article : acknowledged.keySet().stream().limit(200).toList()) {
            if (post(article)) {
                replayed++;
            }
        }
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        System.out.printf("| PostgreSQL killed with SIGKILL | %d times |%n", postgresKills);
        System.out.printf("| service killed with SIGKILL | %d times |%n", serviceKills);
        System.out.printf("| articles posted (distinct keys) | %d |%n", numbers.get());
        System.out.printf("| acknowledged | %d |%n", acknowledged.size());
        System.out.printf("| articles whose first post failed (no answer, 503, 500) and were retried with the same key | %d |%n",
                needingRetry.size());
        System.out.printf("| still unacknowledged when the load stopped, then retried | %d |%n", retried);
        System.out.printf("| stored articles | %d |%n", stored.size());
        System.out.printf("| lost (acknowledged, not stored) | %d |%n", lost);
        System.out.printf("| duplicated (one URL stored twice) | %d |%n", duplicated);
        System.out.printf("| stored under another id than acknowledged | %d |%n", wrongId);
        System.out.printf("| re-posts of acknowledged articles answered with their original id | %d of %d |%n", replayed,
                Math.min(200, acknowledged.size()));
        System.out.printf("| outcomes of all posts | %s |%n", new java.util.TreeMap<>(outcomes));
        if (lost > 0 || duplicated > 0 || wrongId > 0 || stored.size() != numbers.get()) {
            System.out.println("FAILED");
            System.exit(1);
        }
    }

    void startService() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx1g", "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("service.log").toFile()));
        builder.environment().put("PARALLAX_EMBEDDED_POSTGRES_DATA_DIR", work.resolve("postgres").toString());
        builder.environment().put("PARALLAX_EMBEDDED_POSTGRES_PORT", "15439");
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("PARALLAX_PUBLIC_URL", base()); // next links are built on it
        builder.environment().put("PARALLAX_DEMO_LOAD", "never");
        builder.environment().put("PARALLAX_ADMIN_KEY", ADMIN_KEY);
        builder.environment().put("PARALLAX_RATE_LIMIT_KEY_PER_MINUTE", "1000000");
        service = builder.start();
        waitUntilReady(Duration.ofSeconds(120));
    }

    void waitUntilReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not ready within " + limit);
    }

    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(work.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
    }

    String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    void count(String outcome) {
        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
