package news.parallax.deployment;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.withKey;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import news.parallax.config.EmbeddedPostgres;
import news.parallax.testing.Api;

/**
 * Two instances of the packaged service on one PostgreSQL work as one service: idempotency keys,
 * rate limits, background linking jobs and the in-memory registry are shared through the database.
 * Runs after {@code package} (failsafe), with the settings a container gets; instance b goes through
 * a transaction-pooling PgBouncer when one is installed.
 */
class TwoInstancesIT {

    private static Path directory;
    private static EmbeddedPostgres database;
    private static PgBouncer bouncer;
    private static ServiceProcess a;
    private static ServiceProcess b;

    @BeforeAll
    static void startTwoInstancesOnOneDatabase() throws Exception {
        directory = Files.createTempDirectory("parallax-two-instances");
        database = EmbeddedPostgres.start(directory.resolve("data"), 0);
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER,
                "QUARKUS_DATASOURCE_PASSWORD", "",
                "PARALLAX_EMBEDDED_POSTGRES_ENABLED", "false",
                "PARALLAX_ADMIN_KEY", Api.ADMIN_KEY,
                "PARALLAX_CURSOR_SECRET", "two-instances-cursor-secret-0123456789",
                "PARALLAX_DEMO_LOAD", "never");
        // b reaches the database through PgBouncer in transaction pooling mode (docs/deployment.md), a directly
        Map<String, String> throughBouncer = new HashMap<>(environment);
        if (PgBouncer.installed()) {
            bouncer = PgBouncer.start(directory.resolve("pgbouncer"), database.port(), EmbeddedPostgres.DATABASE, EmbeddedPostgres.USER, 5);
            throughBouncer.put("QUARKUS_DATASOURCE_JDBC_URL", bouncer.jdbcUrl(EmbeddedPostgres.DATABASE));
        } else {
            System.out.println("PgBouncer is not installed (scripts/test.sh installs it): instance b connects directly");
        }
        // started together on an empty database: both migrate and load the registry, Flyway and the data-load lock decide
        a = ServiceProcess.start("a", environment);
        b = ServiceProcess.start("b", throughBouncer);
        a.awaitReady(180);
        b.awaitReady(180);
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess instance : new ServiceProcess[] {a, b}) {
            if (instance != null) {
                System.out.printf("instance %s: %d MiB resident after the tests%n", instance.name, instance.residentMiB());
                instance.close();
            }
        }
        if (bouncer != null) {
            bouncer.close();
        }
        if (database != null) {
            database.close();
        }
        EmbeddedPostgres.deleteRecursively(directory);
    }

    @Test
    void theSameIdempotencyKeySentToBothInstancesAtOnceCreatesOneArticle() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> article = Map.of("url", uniqueUrl("two-instances"), "body", "One article, posted six times at once.");
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                ServiceProcess instance = i % 2 == 0 ? a : b;
                answers.add(clients.submit(() -> on(instance).header("Idempotency-Key", key).body(article).post("/articles")));
            }
            List<Long> ids = new ArrayList<>();
            int replayed = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.jsonPath().getLong("id"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertEquals(1, ids.stream().distinct().count(), "ids " + ids);
            assertEquals(5, replayed, "one request created the article, the five others replayed it");
            assertEquals(1, count("SELECT count(*) FROM article WHERE url = ?", article.get("url")));
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aKeyLimitedToSixRequestsAMinuteGets429AfterSixSpreadOverBothInstances() throws Exception {
        String limited = api().port(a.port).body(Map.of("name", "two instances", "role", "reader", "rateLimitPerMinute", 6))
                .post("/admin/keys").then().statusCode(201).extract().path("key");
        int reset = Integer.parseInt(withKey(limited).port(b.port).get("/outlets?limit=1").then().statusCode(200)
                .header("RateLimit-Remaining", "5").extract().header("RateLimit-Reset"));
        if (reset < 10) { // too close to the end of the minute: the rest would fall into the next window
            Thread.sleep((reset + 1) * 1000L);
            withKey(limited).port(b.port).get("/outlets?limit=1").then().statusCode(200).header("RateLimit-Remaining", "5");
        }
        for (int remaining = 4; remaining >= 0; remaining--) {
            Thread.sleep(300); // more than the sync interval: each instance has added its requests to the shared count
            ServiceProcess instance = remaining % 2 == 0 ? b : a;
            withKey(limited).port(instance.port).get("/outlets?limit=1").then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        for (ServiceProcess instance : new ServiceProcess[] {a, b}) {
            Thread.sleep(300);
            withKey(limited).port(instance.port).get("/outlets?limit=1").then().statusCode(429)
                    .body("detail", startsWith("More than 6 requests in a minute"));
        }
    }

    @Test
    void eachLinkingJobRunsOnceOnOneInstanceAndAJobLeftByADeadInstanceIsResumed() throws Exception {
        List<Long> events = new ArrayList<>();
        List<List<Long>> coverage = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ServiceProcess writer = i % 2 == 0 ? a : b;
            String town = "Harbourtown" + Long.toString(System.nanoTime(), 36);
            long first = article(writer, "2031-04-14T18:00:00Z", "A bombing in " + town + " on 14 April 2031 killed 4 people, the police said.");
            long second = article(writer, "2031-04-15T07:00:00Z", "The bombing in " + town + " on Monday killed 5 people, officials said.");
            article(writer, "2031-04-15T07:30:00Z", "Football: the cup final in " + town + " ended in a draw.");
            coverage.add(List.of(first, second));
            // created after its coverage, so the background job is what links it
            events.add(on(i % 2 == 0 ? b : a).body(Map.of("title", "Bombing in " + town, "kind", "attack", "startDate", "2031-04-14",
                    "place", town)).post("/events").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        for (int i = 0; i < events.size(); i++) {
            awaitLinked(events.get(i));
            assertEquals(1, count("SELECT attempts FROM event_linking WHERE event_id = ?", events.get(i)), "claims of job " + i);
            on(a).get("/events/{id}/articles", events.get(i)).then().statusCode(200)
                    .body("items.article.id", containsInAnyOrder(coverage.get(i).stream().map(Long::intValue).toArray()));
        }

        // what an instance killed in the middle of a job leaves behind: the job running under its lease, which has run out
        long event = events.get(0);
        try (Connection connection = connect(); PreparedStatement orphan = connection.prepareStatement("""
                UPDATE event_linking SET state = 'running', claimed_by = 'killed-instance', lease_until = clock_timestamp() - interval '1 second',
                    examined = 1, linked = 0, finished_at = NULL WHERE event_id = ?""")) {
            orphan.setLong(1, event);
            assertEquals(1, orphan.executeUpdate());
        }
        awaitLinked(event);
        assertEquals(2, count("SELECT attempts FROM event_linking WHERE event_id = ?", event));
        assertNotEquals("killed-instance", text("SELECT claimed_by FROM event_linking WHERE event_id = ?", event));
        on(b).get("/events/{id}", event).then().statusCode(200).body("linking.linked", equalTo(2));
    }

    @Test
    void anOutletCreatedThroughOneInstanceIsUsedByExtractionOnTheOtherWithinASecond() throws Exception {
        String name = "Gazette" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> text = Map.of("text", "Prices rose by 4 percent, " + name + " reported on Tuesday.");
        // b has its registry in memory, without the outlet: the name alone is no citation
        on(b).body(text).post("/extract").then().statusCode(200).body("citations", hasSize(0));

        long outlet = on(a).body(Map.of("name", name + " Daily", "kind", "newspaper", "aliases", List.of(Map.of("alias", name))))
                .post("/outlets").then().statusCode(201).extract().jsonPath().getLong("id");
        long created = System.nanoTime();
        long attemptStarted;
        Response extraction;
        do {
            attemptStarted = System.nanoTime();
            extraction = on(b).body(text).post("/extract").then().statusCode(200).extract().response();
            assertTrue(System.nanoTime() - created < TimeUnit.SECONDS.toNanos(10), "b never used the new outlet");
        } while (!"registry".equals(extraction.path("citations[0].source.resolution")));
        assertEquals(outlet, extraction.jsonPath().getLong("citations[0].source.outlet.id"));
        long millis = TimeUnit.NANOSECONDS.toMillis(attemptStarted - created);
        System.out.printf("the outlet created on a was used by extraction on b %d ms after its creation%n", millis);
        assertTrue(millis < 1000, "b used the new outlet only in an extraction started " + millis + " ms after its creation");
    }

    private static RequestSpecification on(ServiceProcess instance) {
        return api().port(instance.port);
    }

    private static long article(ServiceProcess instance, String publishedAt, String body) {
        return on(instance).body(Map.of("url", uniqueUrl("two-instances"), "publishedAt", publishedAt, "body", body)).post("/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void awaitLinked(long event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!"done".equals(on(a).get("/events/{id}", event).then().statusCode(200).extract().path("linking.state"))) {
            assertTrue(System.nanoTime() < deadline, "event " + event + " was not linked within 60 s");
            Thread.sleep(50);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedPostgres.USER, "");
    }

    private static long count(String sql, Object parameter) throws SQLException {
        return Long.parseLong(text(sql, parameter));
    }

    private static String text(String sql, Object parameter) throws SQLException {
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
