package news.parallax.ingest;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.follow;
import static news.parallax.testing.Api.badRequest;
import static news.parallax.testing.Fixtures.createArticle;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class ArticleResourceTest {

    private static final String BODY_AR = "اتفق الفرقاء الليبيون في باريس على إجراء الانتخابات في العاشر من ديسمبر.";

    @Test
    void postingTheSameArticleTwiceStoresItOnce() {
        Map<String, Object> article = Map.of("url", uniqueUrl("paris"), "body", BODY_AR, "title", "انتخابات ليبيا",
                "publishedAt", "2018-05-29T21:40:00+02:00");
        Response first = api().body(article).post("/articles");
        first.then().statusCode(201)
                .header("Location", endsWith("/articles/" + first.path("id")))
                .body("body", equalTo(BODY_AR))
                .body("language", equalTo("ar"))
                .body("contentHash", equalTo(sha256Hex(BODY_AR)))
                .body("publishedAt", equalTo("2018-05-29T19:40:00Z"))
                .body("claimCount", equalTo(1)) // the sentence is the article's own, unattributed assertion
                .body("citations", hasSize(0));
        api().body(article).post("/articles").then().statusCode(200).body("id", equalTo(first.<Integer>path("id")));
    }

    @Test
    void theSameUrlWithOtherContentIsAConflictUntilReplaced() {
        String url = uniqueUrl("changed");
        long id = api().body(Map.of("url", url, "body", "First version of the story.")).post("/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        api().body(Map.of("url", url, "body", "Second version of the story.")).post("/articles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Article " + id + " has this URL with different content; to replace it, send PUT /articles/" + id));

        api().body(Map.of("span", Map.of("start", 0, "end", 5), "kind", "assertion")).post("/articles/{id}/claims", id)
                .then().statusCode(201);
        api().body(Map.of("url", url, "body", "Second version of the story.", "language", "en")).put("/articles/{id}", id)
                .then().statusCode(200).body("body", equalTo("Second version of the story."))
                .body("contentHash", equalTo(sha256Hex("Second version of the story.")))
                .body("claimCount", equalTo(0)); // claims pointed into the old text
        api().body(Map.of("url", url, "body", "Second version of the story.")).post("/articles")
                .then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void concurrentIdenticalPostsProduceOneArticle() throws Exception {
        Map<String, Object> article = Map.of("url", uniqueUrl("race"), "body", BODY_AR);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(() -> api().body(article).post("/articles"));
            }
            List<Integer> statuses = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (Future<Response> post : pool.invokeAll(posts)) {
                statuses.add(post.get().statusCode());
                ids.add(post.get().path("id"));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, ids.stream().distinct().count(), ids.toString());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void thePublisherIsResolvedFromAnIdANameOrTheUrlsDomain() {
        int reuters = api().queryParam("name", "Reuters").get("/outlets").path("items[0].id");
        api().body(Map.of("url", uniqueUrl("by-alias"), "body", BODY_AR, "outlet", "رويترز")).post("/articles")
                .then().statusCode(201).body("outlet.id", equalTo(reuters)).body("outlet.name", equalTo("Reuters"));
        api().body(Map.of("url", uniqueUrl("by-id"), "body", BODY_AR, "outlet", String.valueOf(reuters))).post("/articles")
                .then().statusCode(201).body("outlet.id", equalTo(reuters));
        api().body(Map.of("url", "https://www.reuters.com/world/" + System.nanoTime(), "body", BODY_AR)).post("/articles")
                .then().statusCode(201).body("outlet.id", equalTo(reuters));

        String newName = "Benghazi Observer " + System.nanoTime();
        int created = api().body(Map.of("url", uniqueUrl("new-outlet"), "body", BODY_AR, "outlet", newName)).post("/articles")
                .then().statusCode(201).body("outlet.name", equalTo(newName)).extract().path("outlet.id");
        api().get("/outlets/{id}", created).then().body("verified", equalTo(false));

        String url = uniqueUrl("unknown-host");
        String host = url.substring("https://".length(), url.indexOf('/', "https://".length()));
        int byHost = api().body(Map.of("url", url, "body", BODY_AR)).post("/articles")
                .then().statusCode(201).body("outlet.name", equalTo(host)).extract().path("outlet.id");
        api().get("/outlets/{id}", byHost).then().body("domains", contains(host)).body("verified", equalTo(false));

        api().body(Map.of("url", uniqueUrl("bad-id"), "body", BODY_AR, "outlet", "999999999")).post("/articles")
                .then().statusCode(400).body("detail", equalTo("outlet: there is no outlet with id 999999999"));
    }

    @Test
    void languageIsDetectedBetweenArabicAndEnglish() {
        api().body(Map.of("url", uniqueUrl("ar"), "body", "قال لافروف إن موسكو تدعم الحل السياسي في ليبيا. Reuters"))
                .post("/articles").then().statusCode(201).body("language", equalTo("ar"));
        api().body(Map.of("url", uniqueUrl("en"), "body", "Lavrov said Moscow supports a political solution. (حفتر)"))
                .post("/articles").then().statusCode(201).body("language", equalTo("en"));
        api().body(Map.of("url", uniqueUrl("digits"), "body", "2018 - 05 - 29")).post("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
    }

    @Test
    void badArticlesAreRejectedWithTheFieldNamed() {
        badRequest().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/a", "body", "x")).post("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        badRequest().contentType(ContentType.JSON).body(Map.of("url", "https://", "body", "x")).post("/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
        badRequest().contentType(ContentType.JSON).body(Map.of("url", uniqueUrl("no-body"))).post("/articles")
                .then().statusCode(400).body("detail", equalTo("body: is required"));
        api().body(Map.of("url", uniqueUrl("blank"), "body", "   \n ")).post("/articles")
                .then().statusCode(400).body("detail", equalTo("body: must contain a visible character, not only spaces, zero-width or direction marks"));
        badRequest().contentType(ContentType.JSON).body(Map.of("url", uniqueUrl("when"), "body", "x", "publishedAt", "yesterday"))
                .post("/articles").then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        // 600,000 Arabic letters are 1.2 MB of UTF-8: under the request limit, over the body limit
        api().body(Map.of("url", uniqueUrl("huge"), "body", "ب".repeat(600_000), "language", "ar")).post("/articles")
                .then().statusCode(400).body("detail", equalTo("body: is 1200000 bytes of UTF-8; the limit is 1048576"));
    }

    @Test
    void listingFiltersAndPagesNewestFirst() {
        String outlet = "Paging Gazette " + System.nanoTime();
        long older = createArticle("Older story about Tobruk.", "outlet", outlet, "title", "Tobruk older", "publishedAt", "2017-01-01T10:00:00Z");
        long newer = createArticle("Newer story about Tobruk.", "outlet", outlet, "title", "Tobruk newer", "publishedAt", "2018-01-01T10:00:00Z");
        long undated = createArticle("Undated story about Tobruk.", "outlet", outlet, "title", "Tobruk undated");
        long newest = createArticle("Newest story about Tobruk.", "outlet", outlet, "title", "Tobruk newest", "publishedAt", "2019-01-01T10:00:00Z");
        int outletId = api().queryParam("name", outlet).get("/outlets").path("items[0].id");

        List<Long> seen = new ArrayList<>();
        String next = "/articles?limit=1&outlet=" + outletId;
        while (next != null) {
            JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", Long.class));
            next = page.getString("next");
        }
        assertEquals(List.of(newest, newer, older, undated), seen);

        api().queryParam("outlet", outletId).queryParam("publishedFrom", "2017-06-01T00:00:00Z")
                .queryParam("publishedTo", "2018-06-01T00:00:00Z").get("/articles")
                .then().statusCode(200).body("items.id", contains((int) newer));
        api().queryParam("outlet", outletId).queryParam("q", "NEWEST").get("/articles")
                .then().statusCode(200).body("items.id", contains((int) newest));
        api().queryParam("outlet", outletId).queryParam("language", "ar").get("/articles")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void titleSearchIgnoresArabicSpellingVariants() {
        long id = createArticle(BODY_AR, "title", "الإنتخابات الليبية في العاشر من ديسمبر " + System.nanoTime());
        api().queryParam("q", "الانتخابات الليبيه").get("/articles")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem((int) id));
    }

    @Test
    void anArticleIsReadWithItsClaimCountAndDeletedWithItsClaims() {
        long id = createArticle("Kravtsov said Putin will not travel to Palermo.", "publishedAt", "2018-11-08T16:20:00Z");
        long claim = api().body(Map.of("span", Map.of("start", 0, "end", 45), "kind", "paraphrase", "speaker", "Dmitry Peskov"))
                .post("/articles/{id}/claims", id).then().statusCode(201).extract().jsonPath().getLong("id");
        // extraction found Peskov's claim on ingest; the manual one comes on top
        api().get("/articles/{id}", id).then().statusCode(200).body("claimCount", equalTo(2))
                .body("cleanText", startsWith("Kravtsov said"));
        api().queryParam("article", id).get("/claims").then().body("items.method", contains("manual", "auto"))
                .body("items[1].speaker.name", equalTo("Kravtsov")).body("items[1].text", equalTo("Putin will not travel to Palermo"));
        api().delete("/articles/{id}", id).then().statusCode(204);
        api().get("/articles/{id}", id).then().statusCode(404);
        api().get("/claims/{id}", claim).then().statusCode(404);
    }

    @Test
    void replacingWithAUrlAnotherArticleHasIsAConflict() {
        String taken = uniqueUrl("taken");
        api().body(Map.of("url", taken, "body", "One.")).post("/articles").then().statusCode(201);
        long other = createArticle("Two.");
        Map<String, Object> replacement = new HashMap<>(Map.of("url", taken, "body", "Two."));
        api().body(replacement).put("/articles/{id}", other).then().statusCode(409);
    }

    /** SHA-256 in hex, computed here with the JDK so the test does not trust the code it checks. */
    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
