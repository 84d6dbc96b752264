package news.parallax.testing;

import static news.parallax.testing.Api.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.restassured.path.json.JsonPath;

/** Creates what several tests need, each with keys no other test uses. */
public final class Fixtures {

    /** Two threads can read the same nanoTime: the counter keeps their URLs apart. */
    private static final AtomicLong URLS = new AtomicLong();

    private Fixtures() {
    }

    /** A URL no other test uses, on a host that no registry outlet owns. */
    public static String uniqueUrl(String slug) {
        return "https://tests-" + Long.toString(System.nanoTime(), 36) + "-" + URLS.incrementAndGet() + ".example/" + slug;
    }

    /** Letters no other test uses, to make names unique (words with digits are not names to extraction). */
    public static String uniqueWord() {
        return Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
    }

    /** How many SQL statements Hibernate prepared while {@code request} ran (the same in every test: statistics are on). */
    public static long statementsDuring(SessionFactory sessionFactory, Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        long before = statistics.getPrepareStatementCount();
        request.run();
        return statistics.getPrepareStatementCount() - before;
    }

    public static long createArticle(String body, String... fields) {
        Map<String, Object> article = new HashMap<>();
        article.put("url", uniqueUrl("article"));
        article.put("body", body);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            article.put(fields[i], fields[i + 1]);
        }
        return api().body(article).post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long createSpeaker(String name) {
        return api().body(Map.of("name", name)).post("/speakers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * Waits until the event's background linking job is done (fails after 30 s), so that a test
     * reads the links of stored articles, and its statement counts are not shared with the job.
     */
    public static void awaitLinking(long eventId) {
        await("event " + eventId + " linked", 30,
                () -> "done".equals(api().get("/events/{id}", eventId).then().statusCode(200).extract().path("linking.state")));
    }

    /**
     * Waits until no re-extraction job is pending or running (fails after 120 s), and answers the
     * latest job; a test that starts one (the fuzzer does) must not leave it re-extracting the
     * articles of the tests that follow.
     */
    public static JsonPath awaitReextraction() {
        JsonPath[] latest = new JsonPath[1];
        await("re-extraction finished", 120, () -> {
            var response = api().get("/admin/reextraction").then().extract();
            latest[0] = response.statusCode() == 404 ? null : response.jsonPath();
            return latest[0] == null || !List.of("pending", "running").contains(latest[0].getString("state"));
        });
        return latest[0];
    }

    private static void await(String what, int seconds, BooleanSupplier done) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not " + what + " within " + seconds + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
