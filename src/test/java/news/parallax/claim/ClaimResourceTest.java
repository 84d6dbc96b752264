package news.parallax.claim;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.createArticle;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ClaimResourceTest {

    private static final String TEXT = "وقال لافروف إن موسكو تدعم جهود التسوية، حسبما نقلت وكالة ريا نوفوستي.";

    @Test
    void aManualClaimIsCheckedAgainstTheArticleTextAndResolvesItsSpeakerAndCitedOutlet() {
        long article = createArticle(TEXT, "language", "ar", "outlet", "Al Wasat");
        String said = "موسكو تدعم جهود التسوية";
        int start = TEXT.indexOf(said);
        Response created = api().body(Map.of("span", Map.of("start", start, "end", start + said.length()), "text", said,
                "kind", "paraphrase", "speaker", "Sergey Lavrov " + System.nanoTime(), "citedOutlet", "وكالة ريا نوفوستي"))
                .post("/articles/{id}/claims", article);
        created.then().statusCode(201)
                .header("Location", endsWith("/claims/" + created.path("id")))
                .body("text", equalTo(said))
                .body("kind", equalTo("paraphrase"))
                .body("method", equalTo("manual"))
                .body("language", equalTo("ar"))
                .body("citedOutlet.name", equalTo("RIA Novosti"))
                .body("article.id", equalTo((int) article))
                .body("article.outlet.name", equalTo("Al Wasat"))
                .body("facets", hasSize(0));

        long claim = created.jsonPath().getLong("id");
        api().get("/claims/{id}", claim).then().statusCode(200).body("span.start", equalTo(start));
    }

    @Test
    void spansCountCodePointsAndMustLieInsideTheText() {
        String text = "🇱🇾 Haftar arrived in Moscow.";
        long article = createArticle(text);
        // the flag is 2 code points (4 UTF-16 units): "Haftar" starts at code point 3
        api().body(Map.of("span", Map.of("start", 3, "end", 9), "kind", "assertion")).post("/articles/{id}/claims", article)
                .then().statusCode(201).body("text", equalTo("Haftar"));
        api().body(Map.of("span", Map.of("start", 3, "end", 99), "kind", "assertion")).post("/articles/{id}/claims", article)
                .then().statusCode(400).body("errors[0].field", equalTo("span"))
                .body("errors[0].message", equalTo("[3, 99) is not a span of the article's text, which has 28 characters"
                        + " (offsets count Unicode code points, end is exclusive)"));
        api().body(Map.of("span", Map.of("start", 3, "end", 9), "text", "Hafter", "kind", "assertion"))
                .post("/articles/{id}/claims", article)
                .then().statusCode(400).body("detail", equalTo("text: differs from the article's text at [3, 9), which is: Haftar"));
        api().body(Map.of("span", Map.of("start", 3, "end", 9), "kind", "assertion")).post("/articles/{id}/claims", 999_999_999L)
                .then().statusCode(404);
    }

    @Test
    void claimsAreFilteredBySpeakerCitedOutletPublisherAndArticle() {
        String speaker = "Filter Speaker " + System.nanoTime();
        // texts without speech or attribution, so that extraction adds no claims of its own
        long first = createArticle("Alpha one thing. Beta another.", "outlet", "Filter Gazette " + System.nanoTime());
        long second = createArticle("Gamma a third thing.");
        long a = claim(first, 0, 15, speaker, "Interfax");
        long b = claim(first, 17, 29, null, null);
        long c = claim(second, 0, 19, speaker, null);
        long speakerId = api().get("/claims/{id}", a).jsonPath().getLong("speaker.id");
        long interfax = api().get("/claims/{id}", a).jsonPath().getLong("citedOutlet.id");
        long publisher = api().get("/articles/{id}", first).jsonPath().getLong("outlet.id");

        api().queryParam("speaker", speakerId).get("/claims").then().statusCode(200).body("items.id", contains((int) c, (int) a));
        api().queryParam("article", first).get("/claims").then().body("items.id", contains((int) b, (int) a));
        api().queryParam("outlet", publisher).get("/claims").then().body("items.id", contains((int) b, (int) a));
        api().queryParam("citedOutlet", interfax).queryParam("article", first).get("/claims").then().body("items.id", contains((int) a));
        api().queryParam("article", first).queryParam("limit", 1).get("/claims")
                .then().body("items.id", contains((int) b)).header("Link", endsWith("; rel=\"next\""));
    }

    private static long claim(long article, int start, int end, String speaker, String citedOutlet) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("span", Map.of("start", start, "end", end), "kind", "paraphrase"));
        if (speaker != null) {
            body.put("speaker", speaker);
        }
        if (citedOutlet != null) {
            body.put("citedOutlet", citedOutlet);
        }
        return api().body(body).post("/articles/{id}/claims", article).then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
