package news.parallax.event;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.awaitLinking;
import static news.parallax.testing.Fixtures.statementsDuring;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static news.parallax.testing.Fixtures.uniqueWord;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Automatic linking tells apart events that share vocabulary, manual decisions survive
 * re-linking, and the comparison lines up what outlets state. Every name here is made unique to
 * the test ("Zawiya" + a marker) so that other tests' data cannot link to it.
 */
@QuarkusTest
class LinkingAndComparisonTest {

    @Inject
    Relinking relinking;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AgroalDataSource dataSource;

    private final String marker = uniqueWord();
    private final String town = "Zawiyat" + marker;

    @Test
    void linksArticlesAboutTheEventAndNotThoseAboutANeighbouringOne() {
        long summit = event("Summit of " + town, "2018-05-29", town, "قمة " + town);
        long olderMeeting = event("Meeting in " + town, "2017-07-25", town, null, "meeting");

        long onTheDay = article("Delegates met in " + town + " at the Summit of " + town + " on May 29, 2018.",
                "2018-05-29T18:00:00Z", "Outlet A " + marker);
        long dayAfter = article("The summit in " + town + " ended on Tuesday with a pledge on elections.",
                "2018-05-30T08:00:00Z", "Outlet B " + marker);
        long lastYear = article("Leaders met in " + town + " for talks on Tuesday.", "2017-07-26T08:00:00Z", "Outlet C " + marker);
        long courtCase = article("A court in " + town + " heard a case about money on Wednesday.", "2018-05-30T09:00:00Z",
                "Outlet D " + marker);

        JsonPath links = api().get("/events/{id}/articles", summit).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(dayAfter, onTheDay), links.getList("items.article.id", Long.class));
        List<String> reasons = links.getList("items[1].reasons");
        org.junit.jupiter.api.Assertions.assertTrue(reasons.contains("mentions 2018-05-29"), reasons.toString());
        api().get("/events/{id}/articles", summit).then().body("items[0].reasons",
                hasItem("a weekday in a text of 2018-05-30 is 2018-05-29")).body("items[0].method", equalTo("auto"));
        api().get("/events/{id}/articles", olderMeeting).then().body("items.article.id", contains((int) lastYear));
        api().get("/events/{id}/articles", summit).then().body("items.article.id", not(hasItem((int) courtCase)));
    }

    @Test
    void anArticleIsLinkedAlikeWhetherTheEventOrItsCoverageCameFirst() {
        String body = "Delegates gathered in " + town + " for the Summit of " + town + " on Tuesday and agreed on elections.";
        long storedBefore = article(body, "2018-05-30T08:00:00Z", "Outlet G " + marker);
        long preview = article("The Summit of " + town + " opens in " + town + " on Tuesday.", "2018-05-27T08:00:00Z",
                "Outlet H " + marker);
        long summit = event("Summit of " + town, "2018-05-29", town, null);
        long ingestedAfter = article(body, "2018-05-30T08:00:00Z", "Outlet I " + marker);

        JsonPath links = api().get("/events/{id}/articles", summit).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(ingestedAfter, storedBefore, preview), links.getList("items.article.id", Long.class)); // newest first
        assertEquals(links.getList("items[1].reasons"), links.getList("items[0].reasons"), "the same evidence in either order");
        assertEquals(links.getFloat("items[1].score"), links.getFloat("items[0].score"));
        assertEquals(List.of("coverage", "coverage", "preview"), links.getList("items.kind"));
        List<String> previewReasons = links.getList("items[2].reasons");
        org.junit.jupiter.api.Assertions.assertTrue(previewReasons.contains("a weekday in a text of 2018-05-27 is 2018-05-29"),
                previewReasons.toString());
    }

    @Test
    void aHappeningThatGoesOnIsLinkedForWeeksWhicheverCameFirst() {
        // ten days after a happening of no kind of its own, a text that names it is its coverage (EventLinker.GOES_ON_DAYS): it was
        // never scored against it, a candidate only for a week after it, whether the event or the coverage came first
        String body = "The eruption of " + town + " volcano goes on: lava from the eruption of " + town + " volcano reached the sea.";
        long storedBefore = article(body, "2018-05-13T08:00:00Z", "Outlet J " + marker);
        long eruption = event("Eruption of " + town + " volcano", "2018-05-03", town, null, "other");
        long ingestedAfter = article(body, "2018-05-13T08:00:00Z", "Outlet K " + marker);
        long fiveWeeksOn = article(body, "2018-06-08T08:00:00Z", "Outlet L " + marker);
        api().get("/events/{id}/articles", eruption).then().statusCode(200)
                .body("items.article.id", contains((int) ingestedAfter, (int) storedBefore))
                .body("items.article.id", not(hasItem((int) fiveWeeksOn)));
    }

    @Test
    void manualDecisionsSurviveRelinking() {
        long summit = event("Summit of " + town, "2018-05-29", town, null);
        long linked = article("The Summit of " + town + " opened on May 29, 2018.", "2018-05-29T10:00:00Z", "Outlet E " + marker);
        long unrelated = article("Weather was mild on the coast.", "2018-05-29T10:00:00Z", "Outlet F " + marker);
        api().get("/events/{id}/articles", summit).then().body("items.article.id", contains((int) linked));

        api().delete("/events/{e}/articles/{a}", summit, linked).then().statusCode(204);
        api().put("/events/{e}/articles/{a}", summit, unrelated).then().statusCode(200);
        // changing the event re-links every candidate article; the two manual decisions stand
        api().body(Map.of("description", "changed")).patch("/events/{id}", summit).then().statusCode(200);
        api().post("/articles/{id}/extraction", linked).then().statusCode(200);
        api().get("/events/{id}/articles", summit).then()
                .body("items.article.id", contains((int) unrelated)).body("items[0].method", equalTo("manual"));
    }

    /**
     * Two re-linkings of one article at once (here a write of the same link, not yet committed, and a person's decision on
     * another event, which re-links the article) both store its automatic link to the event: the later waits for the
     * earlier and keeps the link instead of failing on the key (it answered 409 Conflict to a valid request).
     */
    @Test
    void anArticleReLinkedWhileAnotherWriteStoresTheSameLinkIsNotRefused() throws Exception {
        long summit = event("Summit of " + town, "2018-05-29", town, null);
        long meeting = event("Meeting in " + town, "2017-07-25", town, null, "meeting");
        long linked = article("The Summit of " + town + " opened on May 29, 2018.", "2018-05-29T10:00:00Z", "Outlet O " + marker);
        api().get("/events/{id}/articles", summit).then().body("items.article.id", contains((int) linked));
        CompletableFuture<Integer> decision;
        try (Connection concurrent = dataSource.getConnection()) {
            concurrent.setAutoCommit(false);
            try (PreparedStatement unlink = concurrent.prepareStatement("DELETE FROM article_event WHERE article_id = ? AND method = 'auto'");
                    PreparedStatement link = concurrent.prepareStatement("INSERT INTO article_event (article_id, event_id, method, linked,"
                            + " score, reasons) VALUES (?, ?, 'auto', true, 0.5, '[\"concurrent\"]')")) {
                unlink.setLong(1, linked);
                unlink.executeUpdate();
                link.setLong(1, linked);
                link.setLong(2, summit);
                link.executeUpdate();
            }
            decision = CompletableFuture.supplyAsync(() -> api().put("/events/{e}/articles/{a}", meeting, linked).statusCode());
            awaitWaitingForALock();
            concurrent.commit();
        }
        assertEquals(200, decision.get(30, TimeUnit.SECONDS));
        api().get("/events/{id}/articles", summit).then().body("items.article.id", contains((int) linked))
                .body("items[0].method", equalTo("auto")).body("items[0].reasons", not(hasItem("concurrent")));
        api().get("/events/{id}/articles", meeting).then().body("items.article.id", contains((int) linked))
                .body("items[0].method", equalTo("manual"));
    }

    /**
     * Until a session waits for a lock on {@code article_event} (the request blocked on the rows written), read from a
     * connection of its own: within a transaction PostgreSQL answers its first read of pg_stat_activity again.
     */
    private void awaitWaitingForALock() throws Exception {
        try (Connection watcher = dataSource.getConnection(); Statement waiting = watcher.createStatement()) {
            for (int i = 0; i < 300; i++) {
                try (ResultSet rows = waiting.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE '%article_event%'")) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the request never waited for the concurrent write");
    }

    @Test
    void aCityOfTheCountryAnEventIsInNamesItsPlace() {
        long vote = event("Vote " + marker, "2036-06-24", "تركيا", null, "election");
        long inACity = article("الناخبون في إسطنبول يدلون بأصواتهم في الانتخابات منذ الصباح", "2036-06-24T10:00:00Z",
                "Outlet M " + marker);
        article("افتتاح معرض للكتاب في إسطنبول بمشاركة دور نشر عربية", "2036-06-24T11:00:00Z", "Outlet N " + marker);
        api().get("/events/{id}/articles", vote).then().body("items.article.id", contains((int) inACity))
                .body("items[0].reasons", contains("published 2036-06-24, during or just after the event", "speaks of a election",
                        "names the place"));
    }

    @Test
    void coverageOfALaterEventThatRecallsAnEarlierOneIsTheLaterOnesWhicheverCameFirst() {
        String recall = "Missiles hit depots in " + town + " on 14 April 2032, a week after the attack of 7 April 2032 in " + town + ".";
        long attack = event("Attack in " + town, "2032-04-07", town, null, "attack");
        long storedBefore = article(recall, "2032-04-15T08:00:00Z", "Outlet J " + marker);
        long ofTheAttacksDays = article("Rescuers counted the dead of the attack in " + town + " on Saturday.", "2032-04-08T08:00:00Z",
                "Outlet K " + marker);
        api().get("/events/{id}/articles", attack).then().body("items.article.id", contains((int) storedBefore, (int) ofTheAttacksDays));

        long strikes = event("Missile strikes on " + town + " depots", "2032-04-14", town, null, "attack");
        long ingestedAfter = article(recall, "2032-04-15T09:00:00Z", "Outlet L " + marker);
        // published during the strikes, the recall is their coverage: the strikes take it from the attack, in either order
        api().get("/events/{id}/articles", strikes).then().body("items.article.id", contains((int) ingestedAfter, (int) storedBefore));
        api().get("/events/{id}/articles", attack).then().body("items.article.id", contains((int) ofTheAttacksDays));

        // a person's link stands, and deleting the later event gives the attack its coverage back, once its articles are
        // linked again in the background
        api().put("/events/{e}/articles/{a}", attack, storedBefore).then().statusCode(200);
        api().get("/events/{id}/articles", attack).then().body("items.article.id", contains((int) storedBefore, (int) ofTheAttacksDays));
        api().delete("/events/{id}", strikes).then().statusCode(204);
        api().get("/events/{id}", strikes).then().statusCode(404);
        api().get("/events/{id}/articles", attack).then().body("items.article.id", contains((int) storedBefore, (int) ofTheAttacksDays));
        relinking.catchUp();
        api().get("/events/{id}/articles", attack).then()
                .body("items.article.id", contains((int) ingestedAfter, (int) storedBefore, (int) ofTheAttacksDays))
                .body("items.method", contains("auto", "manual", "auto"));
    }

    @Test
    void theComparisonLinesUpAgreementAndDisagreement() {
        long attack = event("Attack in " + town, "2018-05-02", town, "هجوم " + town, "attack");
        article("Nine people killed: the attack in " + town + " on May 2, 2018 left 9 killed, officials said.",
                "2018-05-02T20:00:00Z", "Outlet G " + marker);
        article("The attack in " + town + " on May 2, 2018 left 7 killed, according to Reuters.",
                "2018-05-03T07:00:00Z", "Outlet H " + marker);
        article("هجوم " + town + " في 2 مايو 2018 أسفر عن تسعة قتلى، بحسب وكالة رويترز.", "2018-05-03T09:00:00Z",
                "Outlet I " + marker);

        Response response = api().get("/events/{id}/comparison", attack);
        response.then().statusCode(200)
                .body("event.id", equalTo((int) attack))
                .body("coverage.articles", equalTo(3))
                .body("coverage.outlets", equalTo(3))
                .body("coverage.languages", contains("ar", "en"))
                .body("coverage.firstReported.outlet.name", equalTo("Outlet G " + marker))
                .body("outlets.outlet.name", contains("Outlet G " + marker, "Outlet H " + marker, "Outlet I " + marker))
                .body("outlets[1].cites.outlet.name", hasItem("Reuters"));
        JsonPath comparison = response.jsonPath();
        Map<String, Object> toll = comparison.getMap("facets.find { it.key == 'death_toll' }");
        assertEquals("disagree", toll.get("agreement"), comparison.prettify());
        api().get("/events/{id}/comparison", attack).then()
                .body("facets.find { it.key == 'death_toll' }.values.value", containsInAnyOrder("9", "7"))
                .body("facets.find { it.key == 'death_toll' }.values.find { it.value == '9' }.outlets.name",
                        containsInAnyOrder("Outlet G " + marker, "Outlet I " + marker));

        String etag = response.header("ETag");
        api().header("If-None-Match", etag).get("/events/{id}/comparison", attack).then().statusCode(304);

        api().get("/events/{id}/timeline", attack).then().statusCode(200)
                .body("items.findAll { it.type == 'article' }.outlet.name",
                        contains("Outlet G " + marker, "Outlet H " + marker, "Outlet I " + marker));
        long outletH = comparison.getLong("outlets[1].outlet.id");
        api().get("/events/{e}/outlets/{o}", attack, outletH).then().statusCode(200)
                .body("articles", hasSize(1)).body("outlet.name", equalTo("Outlet H " + marker));
        api().get("/events/{e}/outlets/{o}", attack, 999_999_999L).then().statusCode(404);
    }

    @Test
    void theComparisonTellsRefinementsUpdatesAndSetsFromDisagreement() {
        long conference = event("مؤتمر " + town, "2018-05-29", town, null);
        article("اتفق المشاركون في مؤتمر " + town + " في 29 مايو 2018 على إجراء الانتخابات في العاشر من ديسمبر، واعتماد القوانين"
                + " الانتخابية بحلول 16 سبتمبر. وأسفر هجوم قرب " + town + " عن مقتل 7 أشخاص، بحسب وكالة رويترز.",
                "2018-05-29T10:00:00Z", "Outlet Q " + marker);
        article("اتفق المشاركون في مؤتمر " + town + " في 29 مايو 2018 على إجراء الانتخابات في ديسمبر المقبل. وارتفع عدد القتلى"
                + " في هجوم قرب " + town + " إلى 12. وكان أمام الأطراف مهلة حتى 31 مايو للاتفاق.", "2018-05-29T18:00:00Z",
                "Outlet S " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", conference).then().statusCode(200).extract().jsonPath();
        String election = "facets.find { it.key == 'election_date' }";
        assertEquals("agree_refined", comparison.getString(election + ".agreement"), comparison.prettify());
        assertEquals("single", comparison.getString(election + ".kind"));
        assertEquals(List.of("2018-12-10", "2018-12"), comparison.getList(election + ".values.value"));
        assertEquals(List.of("day", "month"), comparison.getList(election + ".values.precision"));
        // the date the conference was due by and the one it set are two deadlines, neither in disagreement
        assertEquals(List.of("2018-09-16"), comparison.getList("facets.find { it.key == 'deadline' }.values.value"));
        assertEquals(List.of("2018-05-31"), comparison.getList("facets.find { it.key == 'event_deadline' }.values.value"));
        assertEquals("single", comparison.getString("facets.find { it.key == 'event_deadline' }.agreement"));

        // the attack near the town is an event of its own: a conference counts no toll (ComparisonService.GATHERINGS)
        assertEquals(List.of(), comparison.getList("facets.findAll { it.key == 'death_toll' }"));
        assertEquals(List.of(), comparison.getList("facets.findAll { it.kind == 'set' && it.agreement == 'disagree' }"));
        // force: its title and the conference's share the town's made-up name, which makes them similar for the duplicate check
        // (trigram similarity 0.42-0.59 as that name's length varies from run to run)
        long attack = event("هجوم قرب " + town, "2018-05-29", town, null, "attack", true);
        comparison = api().get("/events/{id}/comparison", attack).then().statusCode(200).extract().jsonPath();
        String toll = "facets.find { it.key == 'death_toll' }";
        assertEquals("updated_over_time", comparison.getString(toll + ".agreement"), comparison.prettify());
        assertEquals(List.of("7", "12"), comparison.getList(toll + ".values.value"));
        assertEquals(List.of("Reuters"), comparison.getList(toll + ".values[0].attribution"));
        assertEquals("2018-05-29T10:00:00Z", comparison.getString(toll + ".values[0].firstReportedAt"));
        assertEquals("Death toll (updated over time): 7 (Outlet Q " + marker + ", 29 May 10:00); 12 (Outlet S " + marker
                + ", 29 May 18:00)", comparison.getString(toll + ".summary"));
    }

    @Test
    void theElectionDateOfAnEventThatIsNoElectionIsTheVoteToCome() {
        long crisis = event("أزمة حكومة " + town, "2018-05-27", town, null, "other");
        article("تعمقت أزمة حكومة " + town + " الأحد بعد أن تخلى رئيس الوزراء المكلف عن مهمته. وكان الحزبان قد فازا في الانتخابات"
                + " البرلمانية مطلع مارس الماضي. ويرجح محللون إجراء انتخابات جديدة في يوليو المقبل.", "2018-05-27T10:00:00Z",
                "Outlet Z " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", crisis).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2018-07"), comparison.getList("facets.find { it.key == 'election_date' }.values.value"),
                "March's vote was held before the crisis: " + comparison.prettify());
    }

    @Test
    void aMeetingCountsNoToll() {
        long meeting = event("لقاء " + town, "2018-07-08", town, null, "meeting");
        article("التقى الزعيمان في " + town + " الأحد في لقاء تاريخي ينهي عداء بين البلدين. وخاض البلدان حربا حدودية في أواخر"
                + " التسعينيات قتل فيها نحو 80 ألف شخص.", "2018-07-08T10:00:00Z", "Outlet M " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", meeting).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), comparison.getList("facets.findAll { it.key == 'death_toll' }"),
                "the war's toll is no count of the meeting: " + comparison.prettify());
        assertEquals(1, comparison.getInt("coverage.articles"), "the article is the meeting's coverage");
    }

    @Test
    void aFigureIsTheEventsOnlyWhenItsSentenceIsAboutTheEvent() {
        long attack = event("هجوم " + town, "2018-04-07", town, null, "attack");
        article("أسفر هجوم " + town + " في 7 أبريل 2018 عن مقتل 40 شخصا. والوضع هادئ الآن في المدينة، حسبما نقلت وكالة ريا نوفوستي."
                + " وفي أبريل 2017 قتل 80 شخصا في هجوم مماثل. وقتل 14 شخصا في غارة على قاعدة أخرى في 9 أبريل."
                + " وقتل 1600 شخص منذ بدء الحملة على المنطقة.", "2018-04-08T08:00:00Z", "Outlet T " + marker);
        article("قتل 40 شخصا في هجوم " + town + " في 7 أبريل 2018، وفق وكالة رويترز.", "2018-04-08T09:00:00Z", "Outlet U " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", attack).then().statusCode(200).extract().jsonPath();
        String toll = "facets.find { it.key == 'death_toll' }";
        assertEquals("agree", comparison.getString(toll + ".agreement"), comparison.prettify());
        assertEquals(List.of("40"), comparison.getList(toll + ".values.value"));
        assertEquals(List.of("Reuters"), comparison.getList(toll + ".values[0].attribution"),
                "RIA Novosti is cited in the sentence after Outlet T's figure, not in its own");
        assertEquals(List.of("1600"), comparison.getList("facets.find { it.key == 'death_toll_total' }.values.value"));
    }

    @Test
    void aTollIsNotTheEventsWhenStatedBeforeItOrInAnotherTimesParagraph() {
        long strikes = event("ضربات " + town, "2018-04-14", town, null, "attack");
        long preview = article("ضربات " + town + " في 14 أبريل 2018 تأتي ردا على هجوم قتل فيه 40 شخصا.", "2018-04-12T10:00:00Z",
                "Outlet W " + marker);
        article("ضربات " + town + " في 14 أبريل 2018 تذكر بأخرى.\nففي عام 2001 شنت الطائرات غارة مماثلة.\n"
                + "وأدت الغارة إلى مقتل 3 جنود.", "2018-04-14T09:00:00Z", "Outlet X " + marker);
        article("ضربات " + town + " في 14 أبريل 2018: شنت الطائرات غارة على مخزن.\nوأدت الغارة إلى مقتل 3 جنود.",
                "2018-04-14T11:00:00Z", "Outlet Y " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", strikes).then().statusCode(200).extract().jsonPath();
        assertEquals("preview", api().get("/events/{id}/articles", strikes).then().extract().jsonPath()
                .getString("items.find { it.article.id == " + preview + " }.kind"), comparison.prettify());
        assertEquals(List.of("3"), comparison.getList("facets.find { it.key == 'death_toll' }.values.value"),
                "40 was stated before the strikes");
        assertEquals(List.of("Outlet Y " + marker), comparison.getList("facets.find { it.key == 'death_toll' }.values[0].outlets.name"),
                "Outlet X's 3 goes on from a sentence of 2001, Outlet Y's from one of the day");
    }

    @Test
    void aTollThatRoseOverTheDayIsAnUpdateNotADisagreement() {
        long attack = event("هجمات " + town, "2018-07-25", town, null, "attack");
        // Outlet R's page is stamped at dawn but tells how the toll rose during the day (updated in place); Outlet S recalls
        // an earlier bombing of the month beside its own figure
        article("تخطت حصيلة القتلى في هجمات " + town + " الأربعاء عتبة 220 قتيلا بحسب المرصد. وكانت الحصيلة الأولية صباحا 30 قتيلا قبل أن"
                + " ترتفع تدريجيا خلال النهار.", "2018-07-25T06:00:00Z", "Outlet R " + marker);
        article("قتل 40 شخصا على الأقل في هجمات " + town + " صباح الأربعاء.", "2018-07-25T07:00:00Z", "Outlet S " + marker);
        article("ارتفعت إلى 100 قتيل حصيلة هجمات " + town + " الأربعاء.", "2018-07-25T12:00:00Z", "Outlet S " + marker);
        article("أسفرت هجمات " + town + " الأربعاء عن مقتل 215 شخصا على الأقل. وقتل 150 شخصا في تفجير في وقت سابق هذا الشهر قرب"
                + " الحدود.", "2018-07-25T18:00:00Z", "Outlet Q " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", attack).then().statusCode(200).extract().jsonPath();
        String toll = "facets.find { it.key == 'death_toll' }";
        assertEquals("updated_over_time", comparison.getString(toll + ".agreement"), comparison.prettify());
        assertEquals(List.of("100", "215+", "220+", "40+"), comparison.getList(toll + ".values.value", String.class).stream().sorted().toList(),
                "30 is the morning's superseded toll, 150 the earlier bombing's");
    }

    @Test
    void aFigureLocatedInAnotherPlaceIsAnotherIncidents() {
        // force: every run creates this Douma event again on the persistent test database
        long attack = api().queryParam("force", true).body(Map.of("title", "هجوم " + town + " في دوما", "startDate", "2031-04-07",
                "place", "Douma", "kind", "attack")).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitLinking(attack);
        article("أسفر هجوم " + town + " في دوما في 7 أبريل 2031 عن مقتل 40 شخصا. وقتل 14 عسكريا في غارة على مطار التيفور قرب حمص."
                + " وقالت روسيا إن 40 شخصا قتلوا.", "2031-04-08T08:00:00Z", "Outlet V " + marker);

        JsonPath comparison = api().get("/events/{id}/comparison", attack).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("40"), comparison.getList("facets.find { it.key == 'death_toll' }.values.value"), comparison.prettify());
    }

    @Test
    void theComparisonCostsTheSameStatementsWhateverTheNumberOfOutlets() {
        long attack = event("Attack in " + town, "2018-05-02", town, null, "attack");
        article("The attack in " + town + " on May 2, 2018 left 9 killed.", "2018-05-02T20:00:00Z", "Outlet J " + marker);
        long few = statementsFor(attack);
        org.junit.jupiter.api.Assertions.assertTrue(few >= 5 && few <= 10, "a comparison took " + few + " statements");
        for (String outlet : List.of("K", "L", "M", "N")) {
            article("The attack in " + town + " on May 2, 2018 left 9 killed, Reuters reported.", "2018-05-03T07:00:00Z",
                    "Outlet " + outlet + " " + marker);
        }
        assertEquals(few, statementsFor(attack), "statements for 1 outlet and for 5");
        api().get("/events/{id}/comparison", attack).then().body("coverage.outlets", equalTo(5));
    }

    /** A comparison asked for again is answered from what was built, after one statement that tells nothing changed. */
    @Test
    void aComparisonIsBuiltAgainOnlyWhenWhatItShowsHasChanged() {
        long attack = event("Blast in " + town, "2018-05-02", town, null, "attack");
        article("The blast in " + town + " on May 2, 2018 left 6 killed.", "2018-05-02T20:00:00Z", "Outlet Q " + marker);
        long built = statementsFor(attack);
        assertEquals(1, statementsFor(attack), "a comparison answered again");
        article("The blast in " + town + " on May 2, 2018 left 8 killed, Reuters reported.", "2018-05-03T07:00:00Z",
                "Outlet R " + marker);
        assertEquals(built, statementsFor(attack), "a comparison built again after an article was linked");
        api().get("/events/{id}/comparison", attack).then().body("coverage.outlets", equalTo(2))
                .body("facets.find { it.key == 'death_toll' }.values.value", org.hamcrest.Matchers.containsInAnyOrder("6", "8"));
        api().body(Map.of("title", "Blast in " + town + " (updated)")).patch("/events/{id}", attack).then().statusCode(200);
        api().get("/events/{id}/comparison", attack).then().body("event.title", equalTo("Blast in " + town + " (updated)"));
        String url = uniqueUrl("linking");
        long replaced = article(url, "The blast in " + town + " on May 2, 2018 left 6 killed.", "2018-05-02T21:00:00Z",
                "Outlet S " + marker);
        api().get("/events/{id}/comparison", attack).then().body("coverage.outlets", equalTo(3));
        api().body(Map.of("url", url, "body", "The blast in " + town + " on May 2, 2018 left 7 killed.", "publishedAt",
                "2018-05-02T21:00:00Z", "outlet", "Outlet S " + marker)).put("/articles/{id}", replaced).then().statusCode(200);
        api().get("/events/{id}/comparison", attack).then()
                .body("facets.find { it.key == 'death_toll' }.values.value", org.hamcrest.Matchers.containsInAnyOrder("6", "7", "8"));
    }

    /** A registry merge moves claims without writing their articles: the comparison names the survivor at once. */
    @Test
    void aComparisonNamesTheSurvivorOfASpeakerMerge() {
        long attack = event("Fire in " + town, "2018-05-02", town, null, "attack");
        long merged = speaker("Ilse Vardan" + marker, "Vardan" + marker);
        long survivor = speaker("Ilse Vardan-Kors" + marker);
        article("The fire in " + town + " on May 2, 2018 left 4 killed. Vardan" + marker + " said the fire in " + town + " destroyed the market.",
                "2018-05-02T20:00:00Z", "Outlet S " + marker);
        api().get("/events/{id}/comparison", attack).then().body("speakers.speaker.id", equalTo(List.of((int) merged)));
        api().body(Map.of("into", survivor)).post("/speakers/{id}/merge", merged).then().statusCode(200).body("claims", equalTo(1));
        api().get("/events/{id}/comparison", attack).then().body("speakers.speaker.id", equalTo(List.of((int) survivor)))
                .body("speakers.speaker.name", equalTo(List.of("Ilse Vardan-Kors" + marker)));
    }

    private static long speaker(String name, String... englishAliases) {
        List<Map<String, String>> aliases = Arrays.stream(englishAliases).map(a -> Map.of("alias", a, "language", "en")).toList();
        return api().body(Map.of("name", name, "aliases", aliases)).post("/speakers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void linkingAnArticleCostsTheSameStatementsWhateverTheNumberOfCandidateEvents() {
        String body = "The harbour of " + town + " reopened on 3 March 2034 after repairs.";
        article(body, "2034-03-03T09:00:00Z", "Reuters"); // warms up the outlet and the registry
        event("Summit in Oslo " + marker, "2034-03-03", "Oslo", null, "meeting");
        long one = statementsToIngest(body, "2034-03-03T09:00:00Z");
        for (String city : List.of("Bergen", "Tromso", "Narvik", "Alta")) {
            event("Summit in " + city + " " + marker, "2034-03-03", city, null, "meeting");
        }
        assertEquals(one, statementsToIngest(body, "2034-03-03T09:00:00Z"), "statements with 1 and with 5 candidate events");
    }

    private long statementsToIngest(String body, String publishedAt) {
        return statementsDuring(sessionFactory, () -> article(body, publishedAt, "Reuters"));
    }

    private long statementsFor(long event) {
        return statementsDuring(sessionFactory, () -> api().get("/events/{id}/comparison", event).then().statusCode(200));
    }

    private long event(String title, String date, String place, String alias) {
        return event(title, date, place, alias, "conference");
    }

    private long event(String title, String date, String place, String alias, String kind) {
        return event(title, date, place, alias, kind, false);
    }

    private long event(String title, String date, String place, String alias, String kind, boolean force) {
        Map<String, Object> event = new HashMap<>(Map.of("title", title, "startDate", date, "place", place, "kind", kind));
        if (alias != null) {
            event.put("aliases", List.of(alias));
        }
        long id = api().queryParam("force", force).body(event).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitLinking(id);
        return id;
    }

    private static long article(String body, String publishedAt, String outlet) {
        return article(uniqueUrl("linking"), body, publishedAt, outlet);
    }

    private static long article(String url, String body, String publishedAt, String outlet) {
        return api().body(Map.of("url", url, "body", body, "publishedAt", publishedAt, "outlet", outlet))
                .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
