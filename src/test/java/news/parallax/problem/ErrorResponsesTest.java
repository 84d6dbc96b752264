package news.parallax.problem;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.badRequest;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import news.parallax.testing.Api;

/** Every way a request can be wrong ends in a 4xx problem document that says what to fix. */
@QuarkusTest
class ErrorResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsA400() {
        badRequest().contentType(ContentType.JSON).body("{\"name\": ").post("/outlets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", startsWith("The request body is not valid JSON at line 1, column 10"))
                .body("instance", equalTo("/outlets"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsA400() {
        badRequest().contentType(ContentType.JSON).body("[1, 2]").post("/outlets")
                .then().statusCode(400).contentType(PROBLEM).body("detail", equalTo("The request body must be a JSON object"));
    }

    @Test
    void wrongTypesNameTheField() {
        badRequest().contentType(ContentType.JSON).body(Map.of("name", 5, "kind", "online")).post("/outlets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("expected a string"));
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "online", "verified", "yes")).post("/outlets")
                .then().statusCode(400).body("detail", equalTo("verified: expected true or false"));
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "online", "aliases", "Y")).post("/outlets")
                .then().statusCode(400).body("detail", equalTo("aliases: expected an array"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "magazine")).post("/outlets")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo("Unexpected value 'magazine'"));
        badRequest().queryParam("kind", "magazine").get("/outlets")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", equalTo(
                        "must be one of newspaper, news_agency, broadcaster, online, government, collective, not 'magazine'"));
    }

    @Test
    void unknownFieldsInWriteBodiesAreRejected() {
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "online", "colour", "red")).post("/outlets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown field 'colour'; allowed fields: aliases, country, domains, kind, language, name, verified"))
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void missingAndOutOfRangeFieldsAreListed() {
        badRequest().contentType(ContentType.JSON).body(Map.of("kind", "online")).post("/outlets")
                .then().statusCode(400).body("detail", equalTo("name: is required"));
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "X", "kind", "online", "country", "Libya")).post("/outlets")
                .then().statusCode(400).body("errors[0].field", equalTo("country"))
                .body("errors[0].message", equalTo("must match \"^[A-Z]{2}$\""));
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "   ", "kind", "online")).post("/outlets")
                .then().statusCode(400).body("detail", equalTo("name: must contain a visible character, not only spaces, zero-width or direction marks"));
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "\u200B\u200F", "kind", "online")).post("/outlets")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        badRequest().contentType(ContentType.JSON).body(Map.of("name", "--", "kind", "online")).post("/outlets")
                .then().statusCode(400).body("detail", equalTo("name: must contain at least one letter or digit"));
        badRequest().queryParam("limit", 500).get("/outlets")
                .then().statusCode(400).body("detail", equalTo("limit: must be less than or equal to 200"));
    }

    @Test
    void parametersOfTheWrongTypeAre400NotMissingResources() {
        badRequest().get("/outlets/abc").then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("outletId: must be an integer, not 'abc'"));
        badRequest().queryParam("limit", "ten").get("/outlets").then().statusCode(400)
                .body("detail", equalTo("limit: must be an integer, not 'ten'"));
        badRequest().queryParam("cursor", "not-a-cursor").get("/outlets").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        badRequest().queryParam("domain", "http://bbc.com/news").get("/outlets").then().statusCode(400)
                .body("detail", equalTo("domain: must be a host name such as bbc.com (no scheme, path or port)"));
    }

    @Test
    void nulCharactersAndUnpairedSurrogatesAreRejectedNotStored() {
        badRequest().contentType(ContentType.JSON).body("{\"name\":\"Libya\\u0000Herald\",\"kind\":\"online\"}").post("/outlets")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain NUL characters (U+0000, position 5)"));
        badRequest().contentType(ContentType.JSON).body("{\"name\":\"Libya\\ud800\",\"kind\":\"online\"}").post("/outlets")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be valid Unicode: unpaired surrogate U+D800 at position 5"));
        badRequest().contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"kind\":\"online\",\"aliases\":[{\"alias\":\"\\udc00\"}]}").post("/outlets")
                .then().statusCode(400).body("errors[0].field", equalTo("aliases[0].alias"));
        badRequest().urlEncodingEnabled(false).get("/outlets?name=Reu%00ters")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void unknownRoutesAreA404Problem() {
        badRequest().get("/no-such-thing").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", equalTo("There is nothing at /no-such-thing; see /q/openapi for the API's paths"));
    }

    @Test
    void aMissingResourceIsA404Problem() {
        api().get("/outlets/{id}", 987_654_321L).then().statusCode(404).contentType(PROBLEM)
                .body("title", equalTo("Not found")).body("detail", equalTo("There is no outlet with id 987654321"));
    }

    @Test
    void wrongMethodIsA405ThatSaysWhatIsAllowed() {
        badRequest().patch("/outlets").then().statusCode(405).contentType(PROBLEM)
                .body("detail", equalTo("Method PATCH is not allowed on /outlets"));
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        badRequest().contentType(ContentType.TEXT).body("name=X").post("/outlets")
                .then().statusCode(415).contentType(PROBLEM).body("detail", equalTo("Send the request body as application/json"));
    }

    @Test
    void askingForAnotherRepresentationIsA406() {
        badRequest().accept("text/html").get("/outlets/1")
                .then().statusCode(406).contentType(PROBLEM);
    }

    @Test
    void anOversizeBodyIsA413Problem() {
        String huge = "{\"name\":\"" + "a".repeat(5 * 1024 * 1024) + "\",\"kind\":\"online\"}";
        badRequest().contentType(ContentType.JSON).body(huge).post("/outlets")
                .then().statusCode(413).contentType(PROBLEM)
                .body("detail", equalTo("The request body is larger than the limit of 4194304 bytes"));
    }

    @Test
    void aChunkedBodyWithoutLengthIsA411Problem() throws Exception {
        byte[] body = "{\"name\":\"Chunked\",\"kind\":\"online\"}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/outlets"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Api.ADMIN_KEY)
                // a stream has no length, so the client sends the body chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(411, response.statusCode());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("chunked bodies are not accepted"), response.body());
    }
}
