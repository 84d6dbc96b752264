package news.parallax.http;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.awaitLinking;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyAndPreconditionsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aRetriedCreateWithTheSameKeyGetsTheOriginalResponse() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> speaker = Map.of("name", "Ghassan Salame " + System.nanoTime());
        Response first = api().header("Idempotency-Key", key).body(speaker).post("/speakers");
        first.then().statusCode(201);
        Response retry = api().header("Idempotency-Key", key).body(speaker).post("/speakers");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        assertEquals(first.asString(), retry.asString());

        api().header("Idempotency-Key", key).body(Map.of("name", "Someone else " + System.nanoTime())).post("/speakers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", startsWith("The Idempotency-Key '" + key + "' was already used with a different request body"));
        // a new key is a new creation
        api().header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("name", "Another " + System.nanoTime()))
                .post("/speakers").then().statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(first.path("id"))));
    }

    @Test
    void concurrentArticlePostsWithOneKeyStoreOneArticle() throws Exception {
        String key = UUID.randomUUID().toString();
        String url = uniqueUrl("idempotent");
        Map<String, Object> article = Map.of("url", url, "body", "The conference in Paris agreed on elections on 10 December.",
                "outlet", "Reuters");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Response> post = () -> api().header("Idempotency-Key", key).body(article).post("/articles");
            answers.add(pool.submit(post));
        }
        Set<Integer> ids = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get();
            assertEquals(201, response.statusCode(), response.asString());
            ids.add(response.path("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        long stored = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("SELECT count(*) FROM article WHERE url = ?1", Long.class).setParameter(1, url).getSingleResult());
        assertEquals(1, stored);
    }

    @Test
    void aFailedCreateDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        String name = "Idempotent Outlet " + System.nanoTime();
        api().body(Map.of("name", name, "kind", "online")).post("/outlets").then().statusCode(201);
        // the name is taken: 409, and the key stays free for a corrected request
        api().header("Idempotency-Key", key).body(Map.of("name", name, "kind", "online")).post("/outlets").then().statusCode(409);
        api().header("Idempotency-Key", key).body(Map.of("name", name + " 2", "kind", "online")).post("/outlets")
                .then().statusCode(201).body("name", equalTo(name + " 2"));
    }

    @Test
    void aKeyOlderThan24HoursIsFreeAgain() {
        String key = UUID.randomUUID().toString();
        int first = api().header("Idempotency-Key", key).body(Map.of("name", "Old key " + System.nanoTime())).post("/speakers")
                .then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE idempotent_request SET created_at = now() - interval '25 hours' WHERE idempotency_key = ?1")
                .setParameter(1, key).executeUpdate());
        int second = api().header("Idempotency-Key", key).body(Map.of("name", "New use " + System.nanoTime())).post("/speakers")
                .then().statusCode(201).extract().path("id");
        assertNotEquals(first, second);
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() {
        Response created = api().body(Map.of("name", "Fayez al-Sarraj " + System.nanoTime())).post("/speakers");
        int id = created.path("id");
        String version = api().get("/speakers/{id}", id).then().statusCode(200).header("Cache-Control", "no-cache")
                .extract().header("ETag");
        api().header("If-None-Match", version).get("/speakers/{id}", id).then().statusCode(304);

        Response updated = api().header("If-Match", version)
                .body(Map.of("name", created.path("name"), "role", "Head of the Presidential Council")).put("/speakers/{id}", id);
        updated.then().statusCode(200).body("role", equalTo("Head of the Presidential Council"));
        String newVersion = updated.header("ETag");
        assertNotEquals(version, newVersion);
        assertEquals(newVersion, api().get("/speakers/{id}", id).header("ETag"));

        api().header("If-Match", version).body(Map.of("name", created.path("name"), "role", "lost update"))
                .put("/speakers/{id}", id).then().statusCode(412).contentType("application/problem+json");
        api().get("/speakers/{id}", id).then().body("role", equalTo("Head of the Presidential Council"));
        // without If-Match the update goes through (If-Match is optional unless configured)
        api().body(Map.of("name", created.path("name"), "role", "Prime Minister")).put("/speakers/{id}", id).then().statusCode(200);
    }

    @Test
    void eventPatchesAndOutletAndArticleReplacementsHonourIfMatch() {
        long event = api().body(Map.of("title", "Palermo conference on Libya " + System.nanoTime(), "startDate", "2018-11-12",
                "kind", "conference")).queryParam("force", true).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        api().header("If-Match", "\"0000\"").body(Map.of("description", "stale")).patch("/events/{id}", event)
                .then().statusCode(412);
        awaitLinking(event); // the event's linking state is part of its representation: its ETag moves while the job runs
        String etag = api().get("/events/{id}", event).header("ETag");
        api().header("If-Match", etag).body(Map.of("description", "fresh")).patch("/events/{id}", event)
                .then().statusCode(200).body("description", equalTo("fresh"));

        long outlet = api().body(Map.of("name", "If-Match Outlet " + System.nanoTime(), "kind", "online")).post("/outlets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        api().header("If-Match", "\"0000\"").body(Map.of("name", "Renamed " + System.nanoTime(), "kind", "online"))
                .put("/outlets/{id}", outlet).then().statusCode(412);

        String url = uniqueUrl("if-match");
        long article = api().body(Map.of("url", url, "body", "First version.")).post("/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api().header("If-Match", "\"0000\"").body(Map.of("url", url, "body", "Second version.")).put("/articles/{id}", article)
                .then().statusCode(412);
        api().get("/articles/{id}", article).then().body("body", equalTo("First version."));
    }
}
