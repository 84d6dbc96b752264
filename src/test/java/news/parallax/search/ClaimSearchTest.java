package news.parallax.search;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.badRequest;
import static news.parallax.testing.Api.follow;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import news.parallax.stats.StatsRollups;

/** Every text here carries a made-up word of its own, so other tests' claims never match. */
@QuarkusTest
class ClaimSearchTest {

    @Inject
    ClaimSearchService search;

    @Inject
    StatsRollups rollups;

    @Inject
    WordCounts words;

    @Inject
    EntityManager entityManager;

    /** A made-up Arabic word unique to one test run. */
    private static String marker() {
        StringBuilder word = new StringBuilder("زك");
        for (char c : Long.toString(System.nanoTime(), 20).toCharArray()) {
            word.append((char) ('ب' + Character.digit(c, 20) % 18));
        }
        return word.toString();
    }

    @Test
    void findsAClaimAcrossOutletsWhateverTheSpellingOrInflection() {
        String word = marker();
        publish("Outlet S1", "وأكدت الحكومة أن الانتخابات ستجري في العاشر من ديسمبر في مدينة " + word + " المعروفة.");
        publish("Outlet S2", "ذكر المراقبون أن الإنتخابات الرئاسية ستجري في ديسمبر المقبل في " + word + " وحدها.");
        publish("Outlet S3", "ورأى محللون أن انتخابات ديسمبر في " + word + " قد تؤجل مرة أخرى كما حدث سابقا.");

        List<String> outlets = api().queryParam("q", "الانتخابات في ديسمبر " + word).get("/claims/search")
                .then().statusCode(200).body("items", hasSize(3))
                .body("items[0].snippet", containsString("<mark>"))
                .extract().jsonPath().getList("items.claim.article.outlet.name");
        assertEquals(3, outlets.stream().distinct().count(), outlets.toString());
        // hamza on the alef, as many pages write it: the same results
        api().queryParam("q", "الإنتخابات في ديسمبر " + word).get("/claims/search")
                .then().statusCode(200).body("items", hasSize(3));
        api().queryParam("q", "\"الانتخابات الرئاسية\" " + word).get("/claims/search")
                .then().statusCode(200).body("items.claim.article.outlet.name", containsInAnyOrder("Outlet S2"));
    }

    @Test
    void resultsAreFilteredAndPagedWithoutRepeats() {
        String word = "Zq" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 5; i++) {
            publish("Outlet P" + i, "The ministry said " + word + " talks would resume in Geneva next month, officials added.",
                    "2018-05-0" + (i + 1) + "T10:00:00Z");
        }
        List<Long> seen = new ArrayList<>();
        String next = "/claims/search?q=" + word + "%20talks&limit=2";
        while (next != null) {
            JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.claim.id", Long.class));
            next = page.getString("next");
        }
        assertEquals(5, seen.size(), seen.toString());
        assertEquals(5, seen.stream().distinct().count());
        api().queryParam("q", word).queryParam("publishedFrom", "2018-05-04T00:00:00Z").get("/claims/search")
                .then().body("items", hasSize(2)).body("items.claim.language", everyItem(equalTo("en")));
        api().queryParam("q", word).queryParam("kind", "direct_quote").get("/claims/search").then().body("items", hasSize(0));
    }

    @Test
    void recencyOrderPagesNewestFirstAndKeepsItsOwnCursors() {
        String word = "Zr" + Long.toString(System.nanoTime(), 36);
        List<Long> articles = publishOnDays("Outlet R", "The envoy said " + word + " talks would resume soon, officials added.",
                "2018-03-02", "2018-03-09", "2018-03-05");
        List<String> days = new ArrayList<>();
        String next = "/claims/search?q=" + word + "&sort=recency&limit=2";
        String recencyCursor = null;
        while (next != null) {
            JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
            page.getList("items.claim.article.publishedAt", String.class).forEach(time -> days.add(time.substring(0, 10)));
            recencyCursor = recencyCursor == null ? page.getString("next").replaceAll(".*cursor=([^&]+).*", "$1") : recencyCursor;
            next = page.getString("next");
        }
        assertEquals(List.of("2018-03-09", "2018-03-05", "2018-03-02"), days);
        // a hit scores the same in either order (by recency the page's rows are read again to rank them)
        List<Float> byRelevance = api().queryParam("q", word).get("/claims/search").then().statusCode(200).extract().jsonPath()
                .getList("items.score", Float.class);
        List<Float> byRecency = api().queryParam("q", word).queryParam("sort", "recency").get("/claims/search").then().statusCode(200)
                .extract().jsonPath().getList("items.score", Float.class);
        assertEquals(3, byRecency.size());
        assertTrue(byRecency.get(0) > 0, byRecency.toString());
        assertEquals(byRelevance, byRecency);
        // a cursor continues the order it was issued for
        badRequest().queryParam("q", word).queryParam("cursor", recencyCursor).get("/claims/search")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"))
                .body("errors[0].message", containsString("sort=recency"));
        // a claim takes its article's new publication time when the article moves in time
        JsonPath moved = api().get("/articles/{id}", articles.get(0)).then().extract().jsonPath();
        api().body(Map.of("url", moved.getString("url"), "body", "The envoy said " + word + " talks would resume soon, officials added.",
                "publishedAt", "2018-03-20T08:00:00Z", "outlet", "Outlet R")).put("/articles/{id}", articles.get(0)).then().statusCode(200);
        api().queryParam("q", word).queryParam("sort", "recency").queryParam("limit", 1).get("/claims/search")
                .then().statusCode(200).body("items[0].claim.article.id", equalTo(articles.get(0).intValue()));
    }

    /**
     * By recency, only the matches of the newest days that can hold a page are read with their articles' times: pages that
     * end inside a day, a cursor on a busy day and an undated article still list every match once, newest first.
     */
    @Test
    void recencyPagesEndingInsideADayMissNothing() {
        String word = "Zd" + Long.toString(System.nanoTime(), 36);
        String text = "The spokesman said " + word + " convoys had crossed the border, witnesses added.";
        List<Long> expected = new ArrayList<>();
        for (String time : List.of("2018-04-02T09:00:00Z", "2018-04-01T18:00:00Z", "2018-04-01T12:00:00Z", "2018-04-01T08:00:00Z",
                "2018-03-20T10:00:00Z")) {
            expected.add(publish("Outlet D", text, time));
        }
        expected.add(api().body(Map.of("url", uniqueUrl("search"), "outlet", "Outlet D", "body", text)).post("/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id"));
        for (int limit : List.of(1, 2, 4)) {
            List<Long> newestFirst = new ArrayList<>();
            String next = "/claims/search?q=" + word + "&sort=recency&limit=" + limit;
            while (next != null) {
                JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
                newestFirst.addAll(page.getList("items.claim.article.id", Long.class));
                next = page.getString("next");
            }
            assertEquals(expected, newestFirst, "pages of " + limit);
        }
    }

    /** A search reads the last few days first (V26) and widens until it has enough: years apart, every match is found. */
    @Test
    void matchesYearsApartAreFoundInBothOrders() {
        String word = "Zw" + Long.toString(System.nanoTime(), 36);
        List<Long> articles = publishOnDays("Outlet W", "The mediator said " + word + " talks had failed again, diplomats added.",
                "2014-01-01", "2018-01-10", "2017-06-01");
        api().queryParam("q", word).get("/claims/search").then().statusCode(200)
                .body("items.claim.article.id", containsInAnyOrder(articles.stream().map(Long::intValue).toArray()));
        List<Long> newestFirst = new ArrayList<>();
        String next = "/claims/search?q=" + word + "&sort=recency&limit=1";
        while (next != null) {
            JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
            newestFirst.addAll(page.getList("items.claim.article.id", Long.class));
            next = page.getString("next");
        }
        assertEquals(List.of(articles.get(1), articles.get(2), articles.get(0)), newestFirst);
        api().queryParam("q", word).queryParam("publishedTo", "2017-12-31T00:00:00Z").queryParam("sort", "recency").get("/claims/search")
                .then().statusCode(200).body("items.claim.article.id", org.hamcrest.Matchers.contains(
                        articles.get(2).intValue(), articles.get(0).intValue()));
    }

    @Test
    void relevanceRanksTheNewestCandidatesOfTheFirstWindowThatHoldsEnough() {
        String word = "Zv" + Long.toString(System.nanoTime(), 36);
        String rarer = word + "x";
        long older = publish("Outlet V1", "The negotiator said " + word + " " + rarer + " and " + rarer + " and again " + rarer
                + " would sign.", "2030-12-20T08:00:00Z");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < ClaimSearchService.RANKED_CANDIDATES; i++) {
            body.append("Spokesman number ").append(i + 1).append(" said ").append(word).append(i < 2 ? " " + rarer : "")
                    .append(" would wait for round ").append(i + 1).append(". ");
        }
        long newest = publish("Outlet V2", body.toString(), "2031-01-01T08:00:00Z");
        // the last day before publishedTo holds enough candidates: the older, better-ranked claim is not among them
        JsonPath page = api().queryParam("q", word).queryParam("publishedTo", "2031-01-02T00:00:00Z").queryParam("limit", 100)
                .get("/claims/search").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(newest), page.getList("items.claim.article.id", Long.class).stream().distinct().toList());
        assertEquals(100, page.getList("items").size());
        // too few in the last day and the last four: every match of any time is ranked, the triple mention first
        api().queryParam("q", rarer).queryParam("publishedTo", "2031-01-02T00:00:00Z").get("/claims/search").then().statusCode(200)
                .body("items.claim.article.id", org.hamcrest.Matchers.contains((int) older, (int) newest, (int) newest));
    }

    /**
     * The first windows of a search hold the configured number of claims of any words (150 in tests) and twice that, counted
     * back from their last day in the stats rollups; at least two and four days, which is also what a search reads where
     * the rollups count too few.
     */
    @Test
    void windowsHoldAGivenNumberOfClaims() {
        String word = "Zw" + Long.toString(System.nanoTime(), 36);
        long early = publish("Outlet W1", sentences(word, 100), "2047-05-01T08:00:00Z");
        long late = publish("Outlet W2", sentences(word, 60), "2047-05-04T08:00:00Z");
        api().get("/articles/{id}", early).then().body("claimCount", equalTo(100));
        api().get("/articles/{id}", late).then().body("claimCount", equalTo(60));
        rollups.catchUp();
        // back from 5 May: 60 claims on the 4th, 160 once the 1st is in (five days); 300 never within a year
        assertEquals(List.of(5, 10, 31, 0), windowDays("2047-05-05"));
        assertEquals(List.of(2, 4, 31, 0), windowDays("2047-05-03"));
    }

    /**
     * A rare word: seven matches in the last two days (dense with other claims), none in the last four beyond them, two hundred
     * three weeks earlier. The month window holds its newest 200, so its better-ranked claim of two months earlier is not
     * ranked; reading every match would have put it first.
     */
    @Test
    void aRareWordIsRankedAmongTheNewestMatchesOfItsLastMonth() {
        String word = "Zm" + Long.toString(System.nanoTime(), 36);
        long older = publish("Outlet M1", "The envoy said " + word + " " + word + " and " + word + " again.", "2049-01-05T08:00:00Z");
        long earlier = publish("Outlet M2", sentences(word, 200), "2049-03-10T08:00:00Z");
        long last = publish("Outlet M3", sentences("Zfiller" + word, 300) + sentences(word, 7), "2049-03-30T08:00:00Z");
        rollups.catchUp();
        assertEquals(List.of(2, 4, 31, 0), windowDays("2049-03-31"));
        List<Long> articles = new ArrayList<>();
        String cursor = null;
        do {
            var request = api().queryParam("q", word).queryParam("publishedTo", "2049-03-31T00:00:00Z").queryParam("limit", 100);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/claims/search")
                    .then().statusCode(200).extract().jsonPath();
            articles.addAll(page.getList("items.claim.article.id", Long.class));
            cursor = page.getString("next") == null ? null : page.getString("next").replaceAll(".*cursor=([^&]+).*", "$1");
        } while (cursor != null);
        assertEquals(ClaimSearchService.RANKED_CANDIDATES, articles.size());
        assertEquals(7, articles.stream().filter(a -> a == last).count());
        assertEquals(193, articles.stream().filter(a -> a == earlier).count());
        assertTrue(!articles.contains(older), "the older claim is outside the month window's newest 200");
    }

    /** A window of a month or more names each month of the year it spans, so that the month's partial index (V36) serves it. */
    @Test
    void aMonthWindowIsReadThroughTheIndexesOfItsMonths() {
        String months = ClaimSearchService.ofMonths(LocalDate.parse("2049-11-20"), LocalDate.parse("2049-12-20"));
        assertEquals("((extract(month FROM c.published_on) = 11 AND c.published_on BETWEEN DATE '2049-11-20' AND DATE '2049-11-30')"
                + " OR (extract(month FROM c.published_on) = 12 AND c.published_on BETWEEN DATE '2049-12-01' AND DATE '2049-12-20'))",
                months);
        // without the index of every month, and with sequential scans priced out, only the months' own indexes can serve it
        // (on a few test rows the planner would rather filter claim_search's matches); rolled back
        String plan;
        QuarkusTransaction.begin();
        try {
            entityManager.createNativeQuery("DROP INDEX claim_search").executeUpdate();
            entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<String> lines = entityManager.createNativeQuery("EXPLAIN (COSTS OFF) SELECT c.id FROM claim c"
                    + " WHERE c.search_vector @@ to_tsquery('simple', 'zmonth') AND " + months).getResultList();
            plan = String.join("\n", lines);
        } finally {
            QuarkusTransaction.rollback();
        }
        assertTrue(plan.contains("claim_search_month_11") && plan.contains("claim_search_month_12"), plan);
    }

    private List<Integer> windowDays(String last) {
        return Arrays.stream(QuarkusTransaction.requiringNew().call(() -> search.windowDays(LocalDate.parse(last)))).boxed().toList();
    }

    private static String sentences(String word, int count) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < count; i++) {
            body.append("Spokesman number ").append(i + 1).append(" said ").append(word).append(" would wait for round ").append(i + 1)
                    .append(". ");
        }
        return body.toString();
    }

    @Test
    void aQueryNamesItsWordsOnceWhenBothLanguagesReadThemAlike() {
        // Arabic words are the same lexemes under the English configuration: or'ing the two copies doubled GIN's work
        assertEquals("'طاق' & 'شمس'", tsquery("طاق شمس"));
        assertEquals("'طاق' <-> 'شمس' | 'قال' & !'نفط'", tsquery("\"طاق شمس\" or قال -نفط"));
        // English words stem differently in the two: both forms are kept
        assertEquals("'solar' & 'energy' | 'solar' & 'energi'", tsquery("solar energy"));
    }

    private String tsquery(String text) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT CAST(search_tsquery(?1) AS text)").setParameter(1, text).getSingleResult());
    }

    @Test
    void badQueriesAreRejected() {
        badRequest().get("/claims/search").then().statusCode(400);
        badRequest().queryParam("q", "   ").get("/claims/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        api().queryParam("q", "?!...").get("/claims/search").then().statusCode(400)
                .body("detail", containsString("no words to look for"));
        api().queryParam("q", "في the").get("/claims/search").then().statusCode(400);
        badRequest().queryParam("q", "a".repeat(301)).get("/claims/search").then().statusCode(400);
    }

    @Test
    void relatedClaimsShowTheSameQuoteAndConflictingFiguresByOutlet() {
        String word = marker();
        String speaker = "Speaker " + word;
        long event = api().body(Map.of("title", "Attack in " + word, "startDate", "2018-05-02", "kind", "attack", "place", word))
                .post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        long first = claimOf(publish("Outlet R1", "The attack in " + word + " on May 2, 2018 killed 9 people, " + speaker
                + " said.", "2018-05-02T20:00:00Z"));
        publish("Outlet R2", "The attack in " + word + " on May 2, 2018 killed 9 people, " + speaker + " said.", "2018-05-03T08:00:00Z");
        publish("Outlet R3", "The attack in " + word + " on May 2, 2018 left 7 killed, according to Reuters.", "2018-05-03T09:00:00Z");
        api().get("/events/{id}/articles", event).then().body("items", hasSize(3));

        JsonPath related = api().get("/claims/{id}/related", first).then().statusCode(200)
                .body("claim.id", equalTo((int) first)).extract().jsonPath();
        assertEquals("same_speaker_paraphrase", related.getString("outlets.find { it.outlet.name == 'Outlet R2' }.claims[0].relation"));
        assertEquals("conflicting", related.getString("outlets.find { it.outlet.name == 'Outlet R3' }.claims[0].relation"));
        api().get("/claims/{id}/related", 999_999_999L).then().statusCode(404);
    }

    @Test
    void relatedClaimsSharingAllThreeRarestWordsAreComparedFirst() {
        String nano = Long.toString(System.nanoTime(), 36);
        String first = "Zfirstword" + nano;
        String second = "Zsecondword" + nano;
        String third = "Zthirdwords" + nano;
        StringBuilder pairs = new StringBuilder(); // more claims sharing two of the three words than are compared
        for (int i = 0; i < 120; i++) {
            pairs.append("Spokesman number ").append(i + 1).append(" said ").append(first).append(' ').append(second)
                    .append(" would wait for round ").append(i + 1).append(". ");
        }
        publish("Outlet Y1", pairs.toString());
        long twin = publish("Outlet Y2", "The minister said " + first + " " + second + " " + third + " would come back next week.");
        // the twin's words and no others: were the statistics to count the first two as common (autovacuum may analyse the
        // table at any moment), the three rarest would still be words the twin holds
        long asked = claimOf(publish("Outlet Y3", "The minister said " + first + " " + second + " " + third
                + " would come back next week, the minister said."));
        api().get("/claims/{id}/related", asked).then().statusCode(200)
                .body("outlets[0].outlet.name", equalTo("Outlet Y2"))
                .body("outlets[0].claims[0].claim.article.id", equalTo((int) twin));
    }

    @Test
    void relatedClaimsHoldTheRarestWordWhenTheyDoNotHoldAllThree() {
        String nano = Long.toString(System.nanoTime(), 36);
        String rarest = "Zlongestwordofthethree" + nano; // no statistics tell these apart: the longest is taken as the rarest
        String second = "Zmiddleword" + nano;
        String third = "Zshort" + nano;
        publish("Outlet V1", "The minister said " + second + " " + third + " would come back next week.");
        long withRarest = publish("Outlet V2", "The minister said " + rarest + " " + third + " would come back next week.");
        long asked = claimOf(publish("Outlet V3", "The minister said " + rarest + " " + second + " " + third
                + " would come back next week."));
        JsonPath related = api().get("/claims/{id}/related", asked).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(withRarest), related.getList("outlets.claims.flatten().claim.article.id", Long.class), related.prettify());
        assertEquals(List.of("Outlet V2"), related.getList("outlets.outlet.name")); // not V1, as alike but without the rarest word
    }

    @Test
    void relatedClaimsAreLookedForByTheWordsFewestClaimsHold() {
        String nano = Long.toString(System.nanoTime(), 36);
        String commoner = "Zlongerbutcommonerword" + nano; // the longest: without counts it would be taken as the rarest
        String rarest = "Zrare" + nano;
        String third = "Zthird" + nano;
        for (int i = 0; i < 4; i++) {
            publish("Outlet W1", "The minister said " + commoner + " " + third + " would come back next week.");
        }
        long withRarest = publish("Outlet W2", "The minister said " + rarest + " " + third + " would come back next week.");
        long asked = claimOf(publish("Outlet W3", "The minister said " + commoner + " " + rarest + " " + third
                + " would come back next week."));
        words.catchUp(); // rarest: 2 claims, commoner: 5, third: 6
        JsonPath related = api().get("/claims/{id}/related", asked).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(withRarest), related.getList("outlets.claims.flatten().claim.article.id", Long.class), related.prettify());
    }

    @Test
    void aLessPreciseDateIsTheSameFactNotAConflictingOne() {
        String word = marker();
        long event = api().body(Map.of("title", "مؤتمر " + word, "startDate", "2018-05-29", "kind", "conference", "place", word))
                .post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        long precise = claimOf(publish("Outlet U1", "وقال سالم الورفلي إن المشاركين في مؤتمر " + word + " اتفقوا في 29 مايو 2018 على"
                + " إجراء الانتخابات في العاشر من ديسمبر.", "2018-05-29T20:00:00Z"));
        publish("Outlet U2", "وأكد كريم الزاوي أن المجتمعين في مؤتمر " + word + " قرروا في 29 مايو 2018 تنظيم الانتخابات في ديسمبر المقبل.",
                "2018-05-30T08:00:00Z");
        api().get("/events/{id}/articles", event).then().body("items", hasSize(2));

        JsonPath related = api().get("/claims/{id}/related", precise).then().statusCode(200).extract().jsonPath();
        assertEquals("same_facts", related.getString("outlets.find { it.outlet.name == 'Outlet U2' }.claims[0].relation"),
                related.prettify());
    }

    @Test
    void speakersAndOutletsListTheirClaims() {
        String word = marker();
        long article = publish("Outlet T1 " + word, "وقال المتحدث " + word + " إن الحوار سيستمر، حسبما نقلت وكالة إنترفاكس.");
        long claim = claimOf(article);
        JsonPath stored = api().get("/claims/{id}", claim).jsonPath();
        long speaker = stored.getLong("speaker.id");
        long publisher = stored.getLong("article.outlet.id");
        long interfax = stored.getLong("citedOutlet.id");

        api().get("/speakers/{id}/claims", speaker).then().statusCode(200).body("items.id", hasItem((int) claim));
        api().get("/outlets/{id}/claims", publisher).then().statusCode(200).body("items.id", hasItem((int) claim));
        api().queryParam("role", "cited").get("/outlets/{id}/claims", interfax).then().body("items.id", hasItem((int) claim));
        api().queryParam("role", "published").get("/outlets/{id}/claims", interfax).then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem((int) claim)));
        badRequest().queryParam("role", "quoted").get("/outlets/{id}/claims", interfax).then().statusCode(400);
        api().get("/speakers/{id}/claims", 999_999_999L).then().statusCode(404);
    }

    private static long publish(String outlet, String body) {
        return publish(outlet, body, "2018-11-08T10:00:00Z");
    }

    private static long publish(String outlet, String body, String publishedAt) {
        return api().body(Map.of("url", uniqueUrl("search"), "outlet", outlet, "body", body, "publishedAt", publishedAt))
                .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long claimOf(long article) {
        return api().queryParam("article", article).get("/claims").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    /** The same text published by one outlet at 08:00 UTC on each day, in that order: the articles' ids. */
    private static List<Long> publishOnDays(String outlet, String text, String... days) {
        List<Long> articles = new ArrayList<>();
        for (String day : days) {
            articles.add(publish(outlet, text, day + "T08:00:00Z"));
        }
        return articles;
    }
}
