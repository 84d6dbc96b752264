package news.parallax.access;

import static io.restassured.RestAssured.given;
import static news.parallax.testing.Api.anonymous;
import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.withKey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A deployment that keeps reads private and refuses blind updates. */
@QuarkusTest
@TestProfile(StrictConfigurationTest.Strict.class)
class StrictConfigurationTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.auth.reads-require-key", "true", "parallax.updates.require-if-match", "true");
        }
    }

    @Test
    void readsNeedAReaderKey() {
        anonymous().get("/events").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("detail", startsWith("This operation needs an API key with the 'reader' role"));
        String reader = AccessControlTest.createKey("reader", Map.of());
        withKey(reader).get("/events").then().statusCode(200);
        // the web pages are reads like any other (not in the contract, so without its validation filter)
        given().get("/ui/stories").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + reader).get("/ui/stories").then().statusCode(200);
    }

    @Test
    void updatesWithoutIfMatchGet428() {
        int id = api().body(Map.of("name", "Ahmed Maiteeq " + System.nanoTime())).post("/speakers").then().statusCode(201)
                .extract().path("id");
        api().body(Map.of("name", "Ahmed Maiteeq", "role", "blind")).put("/speakers/{id}", id).then().statusCode(428)
                .contentType("application/problem+json").body("title", equalTo("Precondition Required"));
        String etag = api().get("/speakers/{id}", id).header("ETag");
        api().header("If-Match", etag).body(Map.of("name", "Ahmed Maiteeq", "role", "Deputy Prime Minister"))
                .put("/speakers/{id}", id).then().statusCode(200).body("role", equalTo("Deputy Prime Minister"));
    }
}
