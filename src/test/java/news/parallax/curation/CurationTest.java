package news.parallax.curation;

import static news.parallax.testing.Api.anonymous;
import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.createArticle;
import static news.parallax.testing.Fixtures.createSpeaker;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.parallax.stats.StatsRollups;

/**
 * Curation of the registry (issue 14): merging speakers and outlets moves what points at them and
 * leaves a redirect, an alias moves between entries, and extraction uses the result at once.
 */
@QuarkusTest
class CurationTest {

    /** The outlet of the citation that names one (others in the sentence are typed mentions). */
    private static final String CITED = "citations.find { it.source.outlet != null }.source.outlet.id";

    @Inject
    StatsRollups rollups;

    /** Letters no other test uses: the digits of the clock as Arabic letters. */
    private static String arabicTag() {
        return Long.toString(System.nanoTime() % 10_000_000).chars()
                .mapToObj(digit -> String.valueOf("بتثجحخدذرز".charAt(digit - '0'))).reduce("", String::concat);
    }

    private static long speaker(String name, String... aliases) {
        List<Map<String, String>> written = new ArrayList<>();
        for (String alias : aliases) {
            written.add(Map.of("alias", alias, "language", "ar"));
        }
        return api().body(Map.of("name", name, "aliases", written)).post("/speakers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long outlet(String name, String kind, String... domains) {
        return api().body(Map.of("name", name, "kind", kind, "domains", List.of(domains))).post("/outlets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long article(long publisher, String body) {
        return api().body(Map.of("url", uniqueUrl("curation"), "outlet", String.valueOf(publisher),
                "publishedAt", "2019-03-04T10:00:00Z", "language", "ar", "body", body)).post("/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void claim(long article, long speaker) {
        api().body(Map.of("span", Map.of("start", 0, "end", 4), "kind", "paraphrase", "speaker", String.valueOf(speaker)))
                .post("/articles/{id}/claims", article).then().statusCode(201);
    }

    private static List<Long> claimIdsOf(long speaker) {
        return api().queryParam("speaker", speaker).queryParam("limit", 100).get("/claims").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    private static JsonPath extract(String text) {
        return api().body(Map.of("text", text)).post("/extract").then().statusCode(200).extract().jsonPath();
    }

    private static String quoting(String name) {
        return "وقال وزير الخارجية الإيطالي " + name + " إن المحادثات مثمرة.";
    }

    @Test
    void mergingASpeakerMovesAliasesClaimsParticipantsAndStatsAndRedirectsItsId() {
        String tag = arabicTag();
        long publisher = outlet("Curation Daily " + tag, "online");
        long merged = speaker("ماركو فيرا" + tag, "Marco Ferra " + System.nanoTime());
        long survivor = speaker("Marco Ferra", "ماركو فيرا" + tag + "ي");
        long text = article(publisher, "نص للمقال عن المحادثات في روما.");
        claim(text, merged);
        claim(text, merged);
        claim(text, survivor);
        long event = api().body(Map.of("title", "Curation meeting " + tag, "startDate", "2019-03-04", "participants",
                List.of(Map.of("speakerId", merged), Map.of("speakerId", survivor)))).queryParam("force", true).post("/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long otherEvent = api().body(Map.of("title", "Curation visit " + tag, "startDate", "2019-09-20", "participants",
                List.of(Map.of("speakerId", merged)))).queryParam("force", true).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        rollups.catchUp();
        assertEquals(Map.of(merged, 2, survivor, 1), quotedBy(publisher));

        api().body(Map.of("into", survivor)).post("/speakers/{id}/merge", merged).then().statusCode(200)
                .body("merged", equalTo((int) merged)).body("into", equalTo((int) survivor))
                .body("aliases", equalTo(2)).body("claims", equalTo(2)).body("participants", equalTo(1));

        anonymous().redirects().follow(false).get("/speakers/{id}", merged).then().statusCode(301)
                .header("Location", endsWith("/speakers/" + survivor));
        api().get("/speakers/{id}", survivor).then().statusCode(200)
                .body("aliases.alias", hasItem("ماركو فيرا" + tag)).body("aliases.size()", equalTo(4));
        assertEquals(3, claimIdsOf(survivor).size());
        assertEquals(List.of(), claimIdsOf(merged));
        // the merged id's claim list is the survivor's
        assertEquals(3, api().get("/speakers/{id}/claims", merged).then().statusCode(200).extract().jsonPath().getList("items").size());
        api().get("/events/{id}", event).then().statusCode(200).body("participants.size()", equalTo(1))
                .body("participants[0].speaker.id", equalTo((int) survivor));
        api().get("/events/{id}", otherEvent).then().statusCode(200).body("participants[0].speaker.id", equalTo((int) survivor));
        api().queryParam("name", "Marco Ferra").queryParam("limit", 100).get("/speakers").then().statusCode(200)
                .body("items.id", not(hasItem((int) merged)));
        rollups.catchUp();
        assertEquals(Map.of(survivor, 3), quotedBy(publisher));

        // the merged id names no entry of its own any more
        api().body(Map.of("into", survivor)).post("/speakers/{id}/merge", merged).then().statusCode(409)
                .body("detail", containsString("merged into speaker " + survivor));
        long third = createSpeaker("Curation Third " + tag);
        api().body(Map.of("into", merged)).post("/speakers/{id}/merge", third).then().statusCode(409);
        api().body(Map.of("into", third)).post("/speakers/{id}/merge", third).then().statusCode(400);
        api().body(Map.of("into", Long.MAX_VALUE)).post("/speakers/{id}/merge", third).then().statusCode(400)
                .body("errors[0].field", equalTo("into"));
        api().body(Map.of("name", "Someone else")).put("/speakers/{id}", merged).then().statusCode(404)
                .body("detail", containsString("use /speakers/" + survivor));
        // a later merge of the survivor takes the redirect along
        api().body(Map.of("into", third)).post("/speakers/{id}/merge", survivor).then().statusCode(200).body("claims", equalTo(3));
        anonymous().redirects().follow(false).get("/speakers/{id}", merged).then().statusCode(301)
                .header("Location", endsWith("/speakers/" + third));
    }

    /** Claims per speaker id in {@code /stats/speakers} of one publisher. */
    private static Map<Long, Integer> quotedBy(long publisher) {
        return countsOf(publisher, "/stats/speakers", "speakers", "speaker", "claims");
    }

    /** Per id of {@code ref}, the {@code count} of each row of {@code list} in a stats answer for one publisher. */
    private static Map<Long, Integer> countsOf(long publisher, String path, String list, String ref, String count) {
        List<Map<String, Object>> rows = anonymous().queryParam("outlet", publisher).get(path).then().statusCode(200)
                .extract().jsonPath().getList(list);
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.put(((Number) ((Map<?, ?>) row.get(ref)).get("id")).longValue(), (Integer) row.get(count)));
        return counts;
    }

    @Test
    void extractionResolvesAMergedOrMovedNameToTheSurvivorAtOnce() {
        String tag = arabicTag();
        String mergedName = "ماركو فيرا" + tag;
        String movedAlias = "ماريو روسي" + tag;
        long merged = speaker(mergedName);
        long source = speaker("Mario Rossi " + tag, movedAlias);
        long survivor = speaker("Marco Ferra " + tag);
        assertEquals(merged, extract(quoting(mergedName)).getLong("claims[0].speaker.speaker.id"));
        assertEquals(source, extract(quoting(movedAlias)).getLong("claims[0].speaker.speaker.id"));

        api().body(Map.of("into", survivor)).post("/speakers/{id}/merge", merged).then().statusCode(200);
        assertEquals(survivor, extract(quoting(mergedName)).getLong("claims[0].speaker.speaker.id"));

        long aliasId = api().get("/speakers/{id}", source).jsonPath().getLong("aliases.find { it.alias == '" + movedAlias + "' }.id");
        api().body(Map.of("into", survivor)).post("/speakers/{id}/aliases/{aliasId}/move", source, aliasId).then().statusCode(200)
                .body("id", equalTo((int) aliasId)).body("alias", equalTo(movedAlias));
        assertEquals(survivor, extract(quoting(movedAlias)).getLong("claims[0].speaker.speaker.id"));
        api().get("/speakers/{id}", source).then().statusCode(200).body("aliases.alias", not(hasItem(movedAlias)));
        // stored claims keep their speaker: the alias moved, not the attribution
        long stored = createArticle(quoting(mergedName));
        assertEquals(List.of(survivor), api().queryParam("article", stored).get("/claims").jsonPath()
                .getList("items.speaker.id.findAll { it != null }.unique()", Long.class));
    }

    @Test
    void anAliasMovesOnlyWhereItsNormalisedFormIsNew() {
        String tag = arabicTag();
        long source = speaker("Curation Source " + tag, "يوسف " + tag, "الصحفي " + tag);
        long target = speaker("Curation Target " + tag, "يوسُف " + tag); // the same name once normalised
        JsonPath aliases = api().get("/speakers/{id}", source).jsonPath();
        long name = aliases.getLong("aliases[0].id");
        long same = aliases.getLong("aliases[1].id");

        api().body(Map.of("into", target)).post("/speakers/{id}/aliases/{aliasId}/move", source, same).then().statusCode(409)
                .body("detail", containsString("already has an alias"));
        api().body(Map.of("into", target)).post("/speakers/{id}/aliases/{aliasId}/move", source, name).then().statusCode(409)
                .body("detail", containsString("is the name of speaker " + source));
        api().body(Map.of("into", source)).post("/speakers/{id}/aliases/{aliasId}/move", target, same).then().statusCode(404);
        api().body(Map.of("into", source)).post("/speakers/{id}/aliases/{aliasId}/move", source, same).then().statusCode(400);
        api().get("/speakers/{id}", source).then().body("aliases.size()", equalTo(3));
    }

    @Test
    void speakersThatExtractionCreatesStartUnverifiedUntilAPersonSaysOtherwise() {
        String name = "Curation Unverified " + System.nanoTime();
        long article = createArticle("Someone said the talks were useful.");
        long created = api().body(Map.of("span", Map.of("start", 0, "end", 7), "kind", "paraphrase", "speaker", name))
                .post("/articles/{id}/claims", article).then().statusCode(201).extract().jsonPath().getLong("speaker.id");
        api().get("/speakers/{id}", created).then().statusCode(200).body("verified", equalTo(false));
        api().body(Map.of("name", name, "verified", true)).put("/speakers/{id}", created).then().statusCode(200)
                .body("verified", equalTo(true));
        api().body(Map.of("name", name, "verified", false)).put("/speakers/{id}", created).then().statusCode(200)
                .body("verified", equalTo(false));
        api().get("/speakers/{id}", createSpeaker("Curation Verified " + System.nanoTime())).then().body("verified", equalTo(true));
    }

    @Test
    void twoMergesOfOnePairAtOnceLeaveOneSurvivorWithEveryClaim() throws Exception {
        String tag = arabicTag();
        long publisher = outlet("Curation Race " + tag, "online");
        long first = createSpeaker("Curation Race A " + tag);
        long second = createSpeaker("Curation Race B " + tag);
        long text = article(publisher, "نص للمقال عن السباق بين دمجين.");
        claim(text, first);
        claim(text, first);
        claim(text, second);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> merges = List.of(
                    () -> api().body(Map.of("into", second)).post("/speakers/{id}/merge", first).statusCode(),
                    () -> api().body(Map.of("into", first)).post("/speakers/{id}/merge", second).statusCode());
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(merges)) {
                statuses.add(result.get());
            }
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        long survivor = anonymous().redirects().follow(false).get("/speakers/{id}", first).statusCode() == 301 ? second : first;
        assertEquals(3, claimIdsOf(survivor).size());
    }

    @Test
    void mergingAnOutletMovesItsArticlesCitationsDomainsAndStats() {
        String tag = arabicTag();
        String agency = "نوفا" + tag;
        long merged = outlet(agency, "news_agency", "nova-" + System.nanoTime() + ".example");
        String domain = api().get("/outlets/{id}", merged).jsonPath().getString("domains[0]");
        long survivor = outlet("Nova Agency " + tag, "news_agency");
        long publisher = outlet("Curation Courier " + tag, "online");
        String citing = "وأعلنت الحكومة خطة جديدة للكهرباء، حسبما نقلت وكالة " + agency + ".";
        assertEquals(merged, extract(citing).getLong(CITED));
        long cites = article(publisher, citing);
        long published = article(merged, "نص نشرته الوكالة نفسها عن الكهرباء.");
        rollups.catchUp();
        assertEquals(Map.of(merged, 1), citedBy(publisher));

        api().body(Map.of("into", survivor)).post("/outlets/{id}/merge", merged).then().statusCode(200)
                .body("articles", equalTo(1)).body("citations", equalTo(1)).body("domains", equalTo(1)).body("aliases", equalTo(1));

        anonymous().redirects().follow(false).get("/outlets/{id}", merged).then().statusCode(301)
                .header("Location", endsWith("/outlets/" + survivor));
        api().get("/articles/{id}", published).then().statusCode(200).body("outlet.id", equalTo((int) survivor));
        api().get("/articles/{id}", cites).then().statusCode(200).body("citations.find { it.outlet != null }.outlet.id", equalTo((int) survivor));
        api().queryParam("domain", domain).get("/outlets").then().statusCode(200).body("items[0].id", equalTo((int) survivor));
        assertEquals(survivor, extract(citing).getLong(CITED));
        rollups.catchUp();
        assertEquals(Map.of(survivor, 1), citedBy(publisher));
        api().delete("/outlets/{id}", merged).then().statusCode(404).body("detail", containsString("use /outlets/" + survivor));

        long third = outlet("Curation Third Agency " + tag, "news_agency");
        long alias = api().body(Map.of("alias", "الثالثة" + tag)).post("/outlets/{id}/aliases", third).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        api().body(Map.of("into", survivor)).post("/outlets/{id}/aliases/{aliasId}/move", third, alias).then().statusCode(200);
        api().get("/outlets/{id}", survivor).then().statusCode(200).body("aliases.id", hasItem((int) alias));
        api().get("/outlets/{id}", third).then().statusCode(200).body("aliases.id", not(hasItem((int) alias)));
    }

    /** Citations per cited outlet id in {@code /stats/citations} of one publisher. */
    private static Map<Long, Integer> citedBy(long publisher) {
        return countsOf(publisher, "/stats/citations", "edges", "cited", "citations");
    }
}
