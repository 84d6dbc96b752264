package news.parallax.ingest;

import static news.parallax.testing.Api.anonymous;
import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.parallax.stats.StatsRollups;

/**
 * Sources that are neither people nor outlets are stored as typed mentions on citations and
 * claims, can be listed and counted, and never enter the speaker or outlet registry (issue 14).
 */
@QuarkusTest
class SourceMentionsTest {

    private static final String BODY = "وقال مصدر أمني إن الانفجار وقع قرب السفارة. وقال المتحدث إن الهدنة صامدة. "
            + "وقالت الشرطة إن التحقيق مستمر. وقال علماء إن الاكتشاف مهم.";

    @Inject
    StatsRollups rollups;

    @Test
    void mentionsAreStoredTypedListedAndCountedWithoutBecomingSpeakersOrOutlets() {
        String publisherName = "Mentions Daily " + System.nanoTime();
        long publisher = api().body(Map.of("name", publisherName, "kind", "online")).post("/outlets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long speakers = api().get("/stats/overview").jsonPath().getLong("speakers");
        long outlets = api().get("/stats/overview").jsonPath().getLong("outlets");
        long article = api().body(Map.of("url", uniqueUrl("mentions"), "outlet", String.valueOf(publisher), "publishedAt",
                "2018-03-01T10:00:00Z", "language", "ar", "body", BODY)).post("/articles").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        JsonPath stored = api().get("/articles/{id}", article).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("anonymous", "anonymous", "institution", "collective"), stored.getList("citations.mention.kind"));
        assertEquals(List.of("مصدر أمني", "المتحدث", "الشرطة", "علماء"), stored.getList("citations.mention.text"));
        assertEquals(List.of("مصدر امني", "المتحدث", "الشرطه", "علماء"), stored.getList("citations.mention.key"));
        assertEquals(List.of(), stored.getList("citations.outlet.findAll { it != null }"));
        assertEquals(speakers, api().get("/stats/overview").jsonPath().getLong("speakers"));
        assertEquals(outlets, api().get("/stats/overview").jsonPath().getLong("outlets"));

        // any spelling of the mention finds its claim: أ/ا and ة/ه are matched after normalisation
        JsonPath claims = api().queryParam("mention", "مصدر امني").queryParam("article", article).get("/claims")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("الانفجار وقع قرب السفارة"), claims.getList("items.text"));
        assertEquals("anonymous", claims.getString("items[0].mention.kind"));
        assertEquals("مصدر أمني", claims.getString("items[0].mention.text"));
        assertEquals(List.of("التحقيق مستمر"),
                api().queryParam("mention", "الشرطة").queryParam("article", article).get("/claims").jsonPath().getList("items.text"));

        rollups.catchUp();
        JsonPath counted = anonymous().queryParam("outlet", publisher).get("/stats/mentions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("الشرطه", "المتحدث", "علماء", "مصدر امني"), counted.getList("mentions.mention.key"));
        assertEquals(List.of(1, 1, 1, 1), counted.getList("mentions.citations"));
        assertEquals(List.of(1, 1, 1, 1), counted.getList("mentions.claims"));
        assertEquals(List.of(publisherName), counted.getList("mentions[0].outlets.name"));
        assertEquals(List.of("الشرطه"), anonymous().queryParam("outlet", publisher).queryParam("kind", "institution")
                .get("/stats/mentions").jsonPath().getList("mentions.mention.key"));
    }

    @Test
    void aMentionWithoutLettersIsABadRequest() {
        api().queryParam("mention", "…").get("/claims").then().statusCode(400);
    }
}
