package news.parallax.extraction;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ExtractionResourceTest {

    /** A speaker only this class knows, so that speakers other tests created cannot answer for it. */
    private static final String SURNAME = "لافروفسك" + Long.toString(System.nanoTime() % 100_000, 36).chars()
            .mapToObj(c -> String.valueOf((char) ('ا' + c % 20))).reduce("", String::concat);
    private static final String SPEAKER = "Sergey Lavrovsky " + System.nanoTime();

    private static boolean speakerCreated;

    private static final String PAGE = """
            الرئيسية / دولي / ليبيا
            اعلان
            كتب : سعاد المنصوري
            وصرح SURNAME في موسكو: "ندعم جهود التسوية"، حسبما نقلت وكالة ريا نوفوستي. وأضاف أن تسعة قتلى سقطوا في 29 مايو 2018.
            وصرح SURNAME في موسكو: "ندعم جهود التسوية"، حسبما نقلت وكالة ريا نوفوستي. وأضاف أن تسعة قتلى سقطوا في 29 مايو 2018.
            WhatsApp
            """.replace("SURNAME", SURNAME);

    @Test
    void extractReturnsCleanTextCitationsClaimsAndFacetsWithoutStoringAnything() {
        createLavrov();
        JsonPath result = api().body(Map.of("text", PAGE, "publishedAt", "2018-05-30T10:00:00Z")).post("/extract")
                .then().statusCode(200)
                .body("cleanText", startsWith("وصرح لافروف"))
                .body("cleanText", not(org.hamcrest.Matchers.containsString("WhatsApp")))
                .body("author", equalTo("سعاد المنصوري"))
                .body("language", equalTo("ar"))
                .body("citations[0].source.name", equalTo("RIA Novosti"))
                .body("citations[0].source.resolution", equalTo("registry"))
                .body("citations[0].cue", equalTo("حسبما نقلت"))
                .body("claims[0].kind", equalTo("direct_quote"))
                .body("claims[0].text", equalTo("ندعم جهود التسوية"))
                .body("claims[0].speaker.name", equalTo(SPEAKER))
                .body("claims[0].citedSource.name", equalTo("RIA Novosti"))
                .body("claims[1].speaker.name", equalTo(SPEAKER))
                .body("facets.value", hasItem("2018-05-29"))
                .extract().jsonPath();
        String clean = result.getString("cleanText");
        int start = result.getInt("claims[0].span.start");
        int end = result.getInt("claims[0].span.end");
        org.junit.jupiter.api.Assertions.assertEquals("ندعم جهود التسوية",
                clean.substring(clean.offsetByCodePoints(0, start), clean.offsetByCodePoints(0, end)));
        api().body(Map.of("text", PAGE)).post("/extract").then().body("claims[1].facets.find { it.key == 'death_toll' }.value",
                equalTo("9"));
    }

    @Test
    void ingestStoresWhatExtractionFindsAndReextractionKeepsManualClaims() {
        createLavrov();
        String body = "وقال " + SURNAME + " إن موسكو تدعم الحل السياسي، حسبما نقلت وكالة ريا نوفوستي.\nإقرأ أيضاً\nبحسب صحيفة جديدة الأفق الليبية فإن اللقاء كان ودياً.";
        long id = api().body(Map.of("url", uniqueUrl("extracted"), "body", body, "publishedAt", "2017-08-15T09:00:00Z"))
                .post("/articles").then().statusCode(201)
                .body("body", equalTo(body))
                .body("cleanText", equalTo(body.replace("\nإقرأ أيضاً", "")))
                .body("citations.outlet.name", contains("RIA Novosti", "جديدة الأفق"))
                .body("claimCount", equalTo(2))
                .extract().jsonPath().getLong("id");
        api().queryParam("article", id).get("/claims").then()
                .body("items.find { it.kind == 'paraphrase' }.speaker.name", equalTo(SPEAKER))
                .body("items.find { it.kind == 'paraphrase' }.citedOutlet.name", equalTo("RIA Novosti"));
        // the unknown newspaper became an unverified outlet of the right kind
        api().queryParam("name", "جديدة الأفق").get("/outlets").then()
                .body("items[0].verified", equalTo(false)).body("items[0].kind", equalTo("newspaper"));

        String mine = "اللقاء كان ودياً";
        String clean = api().get("/articles/{id}", id).path("cleanText");
        int start = clean.codePointCount(0, clean.indexOf(mine));
        api().body(Map.of("span", Map.of("start", start, "end", start + mine.length()), "kind", "assertion"))
                .post("/articles/{id}/claims", id).then().statusCode(201);
        api().post("/articles/{id}/extraction", id).then().statusCode(200).body("claimCount", equalTo(3));
        api().queryParam("article", id).get("/claims").then()
                .body("items.method", org.hamcrest.Matchers.containsInAnyOrder("manual", "auto", "auto"))
                .body("items.find { it.method == 'manual' }.text", equalTo(mine));
        api().post("/articles/{id}/extraction", 999_999_999L).then().statusCode(404);
    }

    private static synchronized void createLavrov() {
        if (!speakerCreated) {
            api().body(Map.of("name", SPEAKER, "aliases", List.of(Map.of("alias", SURNAME, "language", "ar"))))
                    .post("/speakers").then().statusCode(201);
            speakerCreated = true;
        }
    }
}
