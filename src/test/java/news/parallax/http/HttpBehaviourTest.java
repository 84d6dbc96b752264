package news.parallax.http;

import static io.restassured.RestAssured.given;
import static news.parallax.testing.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/** What dashboards rely on: ETags and 304, CORS, gzip. */
@QuarkusTest
class HttpBehaviourTest {

    @Test
    void listsAnswerWithAStrongETagAndA304WhenUnchanged() {
        Response events = anonymous().get("/events");
        events.then().statusCode(200).header("ETag", matchesPattern("\"[0-9a-f]{32}\"")).header("Cache-Control", "no-cache");
        anonymous().header("If-None-Match", events.header("ETag")).get("/events")
                .then().statusCode(304).header("ETag", events.header("ETag")).body(emptyString());
        anonymous().header("If-None-Match", "\"0123\"").get("/events").then().statusCode(200);
    }

    @Test
    void aDashboardOnAnotherOriginMayReadAndSeeThePagingAndCachingHeaders() {
        given().header("Origin", "https://dashboard.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/articles")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://dashboard.example")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", "https://dashboard.example").get("/outlets?limit=1")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "https://dashboard.example")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void largeJsonIsGzippedForClientsThatAcceptIt() {
        given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip").get("/outlets?limit=50")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }
}
