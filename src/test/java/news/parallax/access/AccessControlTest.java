package news.parallax.access;

import static news.parallax.testing.Api.anonymous;
import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.unchecked;
import static news.parallax.testing.Api.withKey;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AccessControlTest {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    @Inject
    EntityManager entityManager;

    record Operation(String method, String path, String id, String role) {
        Response send(RequestSpecification request) {
            return request.contentType("application/json").body("{}")
                    .request(method.toUpperCase(), path.replaceAll("\\{[^}]+}", "999999999"));
        }
    }

    /** Every write operation of the contract, with the role it declares; a new one is covered automatically. */
    static List<Operation> writeOperations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        try (InputStream in = AccessControlTest.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext();) {
                    Map.Entry<String, JsonNode> operation = o.next();
                    if (WRITE_METHODS.contains(operation.getKey())) {
                        operations.add(new Operation(operation.getKey(), path.getKey(),
                                operation.getValue().path("operationId").asText(),
                                operation.getValue().path("x-required-role").asText(null)));
                    }
                }
            }
        }
        return operations;
    }

    static String createKey(String role, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "test " + role + " " + System.nanoTime(), "role", role));
        body.putAll(extra);
        return api().body(body).post("/admin/keys").then().statusCode(201)
                .header("Cache-Control", "no-store").body("key", startsWith("plx_")).extract().path("key");
    }

    @Test
    void everyWriteOperationDeclaresARoleAndRefusesCallersWithoutIt() throws IOException {
        List<Operation> operations = writeOperations();
        assertTrue(operations.size() >= 20, "the contract lists " + operations.size() + " write operations");
        String reader = createKey("reader", Map.of());
        String editor = createKey("editor", Map.of());
        String revoked = createKey("editor", Map.of());
        long revokedId = api().get("/admin/keys").jsonPath().getLong("items.find { it.prefix == '" + revoked.substring(0, 10) + "' }.id");
        api().delete("/admin/keys/{id}", revokedId).then().statusCode(204);
        String expired = createKey("editor", Map.of("expiresAt", OffsetDateTime.now().plusDays(1).toString()));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE api_key SET expires_at = now() - interval '1 second' WHERE prefix = ?1")
                .setParameter(1, expired.substring(0, 10)).executeUpdate());

        for (Operation operation : operations) {
            String where = operation.method() + " " + operation.path();
            assertTrue(Set.of("editor", "admin").contains(operation.role()), where + " declares x-required-role " + operation.role());
            for (RequestSpecification refused : List.of(unchecked(null), unchecked("Basic dXNlcjpwYXNz"),
                    unchecked("Bearer plx_unknownKey000000000000000000000000000000"), unchecked("Bearer " + revoked),
                    unchecked("Bearer " + expired))) {
                operation.send(refused).then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
            }
            String tooWeak = operation.role().equals("admin") ? editor : reader;
            operation.send(unchecked("Bearer " + tooWeak)).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", startsWith("This operation needs the '" + operation.role() + "' role"));
            String enough = operation.role().equals("admin") ? news.parallax.testing.Api.ADMIN_KEY : editor;
            operation.send(unchecked("Bearer " + enough)).then().statusCode(not(oneOf(401, 403)));
        }
    }

    @Test
    void readsArePublicAndAKeyIsShownOnlyWhenCreated() {
        anonymous().get("/outlets").then().statusCode(200).header("RateLimit-Limit", "100000");
        String reader = createKey("reader", Map.of());
        withKey(reader).get("/events").then().statusCode(200);

        Response listed = api().get("/admin/keys");
        listed.then().statusCode(200).header("Cache-Control", "no-store");
        Map<String, Object> key = listed.jsonPath().getMap("items.find { it.prefix == '" + reader.substring(0, 10) + "' }");
        assertEquals("reader", key.get("role"));
        assertFalse(key.containsKey("key"), "a listed key must not carry its secret");
        assertTrue(key.get("lastUsedAt") != null, "the key was used a moment ago");
        api().get("/admin/keys/{id}", key.get("id")).then().statusCode(200).body("key", nullValue()).body("revokedAt", nullValue());

        api().get("/admin/keys?revoked=false&limit=200").then().statusCode(200).body("items.id", hasItem(key.get("id")));
        api().get("/admin/keys?revoked=true&limit=200").then().statusCode(200).body("items.id", not(hasItem(key.get("id"))));

        api().delete("/admin/keys/{id}", key.get("id")).then().statusCode(204);
        api().get("/admin/keys/{id}", key.get("id")).then().statusCode(404);
        api().delete("/admin/keys/{id}", key.get("id")).then().statusCode(404);
        api().get("/admin/keys?limit=200").then().statusCode(200).body("items.id", not(hasItem(key.get("id"))));
        withKey(reader).get("/events").then().statusCode(401).body("detail", startsWith("The API key is unknown, revoked or expired"));
    }

    /**
     * An instance counts a client's requests in memory and adds them to the count that every instance shares at most
     * once per sync interval (250 ms): the shared count has every request a moment later.
     */
    @Test
    void aClientsRequestsReachTheSharedCountWithinASyncInterval() throws InterruptedException {
        String limited = createKey("reader", Map.of("rateLimitPerMinute", 1000));
        String client = "key:" + api().get("/admin/keys").jsonPath().getLong("items.find { it.prefix == '" + limited.substring(0, 10) + "' }.id");
        Response first = withKey(limited).get("/outlets");
        if (Integer.parseInt(first.header("RateLimit-Reset")) < 5) {
            Thread.sleep(6000); // too close to the end of the window: start in the next one
            first = withKey(limited).get("/outlets");
        }
        long window = sharedWindow(client);
        for (int remaining = 998; remaining >= 995; remaining--) {
            withKey(limited).get("/outlets").then().statusCode(200).header("RateLimit-Remaining", String.valueOf(remaining));
        }
        Thread.sleep(300);
        withKey(limited).get("/outlets").then().statusCode(200).header("RateLimit-Remaining", "994");
        assertEquals(6L, ((Number) entityManager.createNativeQuery("SELECT used FROM rate_limit_window WHERE client = ?1 AND window_start = ?2")
                .setParameter(1, client).setParameter(2, window).getSingleResult()).longValue());
    }

    private long sharedWindow(String client) {
        return ((Number) entityManager.createNativeQuery("SELECT max(window_start) FROM rate_limit_window WHERE client = ?1")
                .setParameter(1, client).getSingleResult()).longValue();
    }

    @Test
    void aKeyOverItsRateLimitGets429WithRetryAfter() throws InterruptedException {
        String limited = createKey("reader", Map.of("rateLimitPerMinute", 3));
        Response first = withKey(limited).get("/outlets");
        if (Integer.parseInt(first.header("RateLimit-Reset")) < 5) {
            Thread.sleep(6000); // too close to the end of the window: start in the next one
            first = withKey(limited).get("/outlets");
        }
        first.then().statusCode(200).header("RateLimit-Limit", "3").header("RateLimit-Remaining", "2");
        withKey(limited).get("/outlets").then().statusCode(200).header("RateLimit-Remaining", "1");
        withKey(limited).get("/outlets").then().statusCode(200).header("RateLimit-Remaining", "0");
        Response refused = withKey(limited).get("/outlets");
        refused.then().statusCode(429).contentType("application/problem+json").header("RateLimit-Remaining", "0")
                .body("detail", startsWith("More than 3 requests in a minute"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        anonymous().get("/outlets").then().statusCode(200); // other callers are not affected
    }

    @Test
    void keyCreationRejectsPastExpiryAndUnknownRoles() {
        api().body(Map.of("name", "old", "role", "editor", "expiresAt", "2020-01-01T00:00:00Z")).post("/admin/keys")
                .then().statusCode(400).body("errors[0].field", equalTo("expiresAt"));
        unchecked("Bearer " + news.parallax.testing.Api.ADMIN_KEY).contentType("application/json")
                .body(Map.of("name", "x", "role", "root")).post("/admin/keys").then().statusCode(400);
    }
}
