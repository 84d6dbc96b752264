package news.parallax.testing;

import static news.parallax.testing.Api.api;

import java.util.HashMap;
import java.util.Map;

/** Creates what several tests need, each with keys no other test uses. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A URL no other test uses, on a host that no registry outlet owns. */
    public static String uniqueUrl(String slug) {
        return "https://tests-" + Long.toString(System.nanoTime(), 36) + ".example/" + slug;
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
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"done".equals(api().get("/events/{id}", eventId).then().statusCode(200).extract().path("linking.state"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("event " + eventId + " was not linked within 30 s");
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
