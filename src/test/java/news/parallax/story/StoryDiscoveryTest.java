package news.parallax.story;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.awaitLinking;
import static news.parallax.testing.Fixtures.createArticle;
import static news.parallax.testing.Fixtures.statementsDuring;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.parallax.testing.Api;

/**
 * Articles from different outlets about one happening land in one story, an unrelated article of
 * the same day does not; the list filters, sorts and pages; an event made from a story is seeded
 * with its articles. Each test publishes on a day of its own (in 2033), so that no other test's
 * articles are candidates.
 */
@QuarkusTest
class StoryDiscoveryTest {

    @Inject
    StoryCounters counters;

    @Inject
    SessionFactory sessionFactory;

    static final String BLAST_A = """
            قتل 12 شخصا وأصيب 40 آخرون في انفجار ضخم هز مصنعا للكيماويات في ميناء القرنفل صباح الثلاثاء، بحسب مصادر طبية.
            وقال الدفاع المدني إن فرق الإطفاء ما زالت تحاول السيطرة على الحريق في المصنع.""";
    static final String BLAST_B = """
            ارتفع عدد قتلى انفجار مصنع الكيماويات في ميناء القرنفل إلى 12 شخصا، فيما أصيب العشرات.
            وأظهرت صور نشرها ناشطون سحابة دخان كثيفة فوق المصنع بعد الانفجار.""";
    static final String BLAST_C = """
            فتحت السلطات تحقيقا في أسباب الانفجار الذي دمر مصنع الكيماويات في ميناء القرنفل وأودى بحياة 12 شخصا.
            وأكد مسؤول في الميناء أن المصنع كان يخزن مواد قابلة للاشتعال.""";
    static final String FOOTBALL = """
            فاز المنتخب الوطني لكرة القدم على ضيفه بثلاثة أهداف مقابل هدف في المباراة الودية التي أقيمت مساء الثلاثاء على الملعب الكبير.
            وسجل المهاجم هدفين في الشوط الثاني.""";

    static final String CURRENCY = """
            تراجع سعر صرف العملة المحلية أمام الدولار في السوق الموازية للأسبوع الثالث على التوالي، وفق متعاملين.
            وقال تجار إن الطلب على العملات الأجنبية ارتفع مع اقتراب موسم الاستيراد.""";
    static final String RAIN = """
            غمرت الأمطار الغزيرة شوارع المدينة الساحلية وأغلقت عددا من الطرق الرئيسية مساء الأحد.
            وحذرت هيئة الأرصاد من استمرار الطقس غير المستقر حتى نهاية الأسبوع.""";

    static final String SATELLITE = """
            أطلقت وكالة الفضاء قمرا صناعيا جديدا لرصد الطقس من قاعدة الإطلاق الجنوبية فجر الإثنين.
            وقال مهندسون إن القمر سيبدأ إرسال الصور خلال أسبوعين.""";

    static final String BLAST_TITLE_A = "مقتل 12 شخصا في انفجار مصنع للكيماويات في ميناء القرنفل";
    static final String BLAST_TITLE_B = "ارتفاع عدد قتلى انفجار ميناء القرنفل إلى 12";
    static final String BLAST_TITLE_C = "تحقيق في انفجار مصنع الكيماويات بميناء القرنفل";
    static final String FOOTBALL_TITLE = "المنتخب الوطني يفوز وديا بثلاثية";

    /** A day no other test publishes on. */
    static String day(int offset) {
        return LocalDate.of(2033, 1, 1).plusDays(offset).toString();
    }

    static long article(String body, String title, String outlet, String time) {
        return createArticle(body, "title", title, "outlet", outlet, "language", "ar", "publishedAt", time);
    }

    /** The stories of a time window and their articles, once the counters are current (the job does not run in tests). */
    private Map<Long, Long> storiesOf(String from, String to) {
        return storiesOf(counters, from, to);
    }

    static Map<Long, Long> storiesOf(StoryCounters counters, String from, String to) {
        counters.catchUp();
        JsonPath page = api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1)
                .queryParam("limit", 200).get("/stories").then().statusCode(200).extract().jsonPath();
        Map<Long, Long> storyOf = new java.util.HashMap<>();
        for (Long story : page.getList("items.id", Long.class)) {
            JsonPath detail = api().get("/stories/{id}", story).then().statusCode(200).extract().jsonPath();
            for (Long id : detail.getList("outlets.articles.flatten().id", Long.class)) {
                storyOf.put(id, story);
            }
        }
        return storyOf;
    }

    @Test
    void articlesAboutOneHappeningFromThreeOutletsFormOneStoryAndAnUnrelatedOneDoesNot() {
        String day = day(10);
        long a = article(BLAST_A, BLAST_TITLE_A, "Story Outlet A", day + "T07:00:00Z");
        long b = article(BLAST_B, BLAST_TITLE_B, "Story Outlet B", day + "T09:30:00Z");
        long c = article(BLAST_C, BLAST_TITLE_C, "Story Outlet C", day + "T15:00:00Z");
        long football = article(FOOTBALL, FOOTBALL_TITLE, "Story Outlet A", day + "T19:00:00Z");

        Map<Long, Long> storyOf = storiesOf(day + "T00:00:00Z", day + "T23:59:59Z");
        assertEquals(storyOf.get(a), storyOf.get(b));
        assertEquals(storyOf.get(a), storyOf.get(c));
        assertNotEquals(storyOf.get(a), storyOf.get(football));

        JsonPath story = api().get("/stories/{id}", storyOf.get(a)).then().statusCode(200).extract().jsonPath();
        assertEquals(3, story.getInt("articleCount"));
        assertEquals(3, story.getInt("outletCount"));
        assertEquals(a, story.getLong("firstReported.id"));
        assertEquals(BLAST_TITLE_A, story.getString("titleAr"));
        assertEquals(List.of("ar"), story.getList("languages"));
        assertEquals(List.of("Story Outlet A", "Story Outlet B", "Story Outlet C"), story.getList("outlets.outlet.name"));
        api().get("/stories/{id}", storyOf.get(a)).then().body("titleEn", nullValue());

        // a story of three articles and one of one cost the same statements (a million-article database holds stories of 900)
        long three = statementsDuring(sessionFactory, () -> api().get("/stories/{id}", storyOf.get(a)).then().statusCode(200)
                .body("figures.key", contains("death_toll", "injured_count")).body("figures.value", contains("12", "40")));
        long one = statementsDuring(sessionFactory, () -> api().get("/stories/{id}", storyOf.get(football)).then().statusCode(200)
                .body("figures", org.hamcrest.Matchers.empty()));
        assertEquals(6, three, "the story, its resolution, events, articles, outlets not covering it yet, mentions");
        assertEquals(three, one, "statements for a story of three articles and of one");
        long pageOfOne = statementsDuring(sessionFactory, () -> api().queryParam("publishedFrom", day + "T00:00:00Z")
                .queryParam("publishedTo", day + "T23:59:59Z").queryParam("minOutlets", 1).queryParam("limit", 1).get("/stories")
                .then().statusCode(200).body("items.size()", equalTo(1)));
        long pageOfTwo = statementsDuring(sessionFactory, () -> api().queryParam("publishedFrom", day + "T00:00:00Z")
                .queryParam("publishedTo", day + "T23:59:59Z").queryParam("minOutlets", 1).queryParam("limit", 2).get("/stories")
                .then().statusCode(200).body("items.size()", equalTo(2)));
        assertEquals(pageOfOne, pageOfTwo, "statements for a page of one story and of two");

        // an article deleted leaves its story's counts, outlets and first report
        api().delete("/articles/{id}", a).then().statusCode(204);
        counters.catchUp();
        api().get("/stories/{id}", storyOf.get(a)).then().statusCode(200).body("articleCount", equalTo(2)).body("outletCount", equalTo(2))
                .body("firstReported.id", equalTo((int) b)).body("outlets.outlet.name", contains("Story Outlet B", "Story Outlet C"))
                .body("firstPublishedAt", equalTo(day + "T09:30:00Z"));
    }

    @Test
    void listFiltersByOutletCountAndOutletSortsAndPages() {
        String day = day(20);
        long a = article(BLAST_A, BLAST_TITLE_A, "Story Outlet D", day + "T07:00:00Z");
        article(BLAST_B, BLAST_TITLE_B, "Story Outlet E", day + "T09:30:00Z");
        long football = article(FOOTBALL, FOOTBALL_TITLE, "Story Outlet F", day + "T19:00:00Z");
        Map<Long, Long> storyOf = storiesOf(day + "T00:00:00Z", day + "T23:59:59Z");
        long blast = storyOf.get(a);
        long match = storyOf.get(football);

        // the default minOutlets is 2: the one-outlet story is not listed
        api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("publishedTo", day + "T23:59:59Z").get("/stories")
                .then().statusCode(200).body("items.id", contains((int) blast)).body("items[0].outletCount", equalTo(2));
        // by size, one a page: the larger story first, then the next link to the other
        String next = api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("publishedTo", day + "T23:59:59Z")
                .queryParam("minOutlets", 1).queryParam("sort", "size").queryParam("limit", 1).get("/stories")
                .then().statusCode(200).body("items.id", contains((int) blast)).extract().path("next");
        String cursor = next.substring(next.indexOf("cursor=") + 7).split("&")[0];
        api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("publishedTo", day + "T23:59:59Z")
                .queryParam("minOutlets", 1).queryParam("sort", "size").queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/stories").then().statusCode(200).body("items.id", contains((int) match)).body("next", nullValue());
        // by recency: the story with the latest article first
        api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("publishedTo", day + "T23:59:59Z")
                .queryParam("minOutlets", 1).get("/stories").then().statusCode(200).body("items.id", contains((int) match, (int) blast));
        long outletF = api().get("/stories/{id}", match).then().extract().jsonPath().getLong("outlets[0].outlet.id");
        api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("minOutlets", 1).queryParam("outlet", outletF)
                .get("/stories").then().statusCode(200).body("items.id", contains((int) match));
        // a cursor of one sort is not one of another
        Api.badRequest().urlEncodingEnabled(false).get("/stories?minOutlets=1&sort=outlets&limit=1&cursor=" + cursor)
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
        // stories of other days are outside the window
        api().queryParam("publishedFrom", day(21) + "T00:00:00Z").queryParam("publishedTo", day(22) + "T00:00:00Z")
                .queryParam("minOutlets", 1).get("/stories").then().statusCode(200).body("items.id", not(hasItem((int) blast)));
    }

    @Test
    void aWindowByRecencyListsTheStoriesThatStraddleItsEndFirstThenThoseInsideIt() {
        long before = article(RAIN, "أمطار غزيرة تغلق طرق المدينة الساحلية", "Story Outlet K", day(39) + "T05:00:00Z");
        long straddling = article(BLAST_A, BLAST_TITLE_A, "Story Outlet M", day(40) + "T10:00:00Z");
        article(BLAST_B, BLAST_TITLE_B, "Story Outlet L", day(41) + "T20:00:00Z");
        long early = article(SATELLITE, "إطلاق قمر صناعي جديد لرصد الطقس", "Story Outlet K", day(41) + "T03:00:00Z");
        long inside = article(FOOTBALL, FOOTBALL_TITLE, "Story Outlet K", day(41) + "T06:00:00Z");
        long after = article(CURRENCY, "تراجع العملة المحلية أمام الدولار", "Story Outlet L", day(41) + "T15:00:00Z");
        Map<Long, Long> storyOf = storiesOf(day(39) + "T00:00:00Z", day(42) + "T00:00:00Z");
        assertEquals(5, Set.copyOf(storyOf.values()).size());
        assertNotEquals(storyOf.get(after), storyOf.get(straddling));
        int straddlingStory = storyOf.get(straddling).intValue();
        int insideStory = storyOf.get(inside).intValue();
        int earlyStory = storyOf.get(early).intValue();
        int beforeStory = storyOf.get(before).intValue();

        // the window is the morning of day 41: the blast began the day before and went on after it, two stories are inside
        String from = day(41) + "T00:00:00Z";
        String to = day(41) + "T12:00:00Z";
        api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1).get("/stories").then()
                .statusCode(200).body("items.id", contains(straddlingStory, insideStory, earlyStory));
        // one a page: each page's cursor skips what came before, in both parts
        List<Integer> paged = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1)
                    .queryParam("limit", 1);
            JsonPath page = (cursor == null ? request : request.queryParam("cursor", cursor)).get("/stories").then().statusCode(200)
                    .extract().jsonPath();
            paged.addAll(page.getList("items.id", Integer.class));
            String next = page.getString("next");
            cursor = next == null ? null : next.substring(next.indexOf("cursor=") + 7).split("&")[0];
        } while (cursor != null && paged.size() < 10);
        assertEquals(List.of(straddlingStory, insideStory, earlyStory), paged);
        // the outlet filter holds in both parts: the straddling story is covered by M and L, the other two by K
        long outletK = api().get("/stories/{id}", insideStory).then().extract().jsonPath().getLong("outlets[0].outlet.id");
        long outletM = api().get("/stories/{id}", straddlingStory).then().extract().jsonPath().getLong("outlets[0].outlet.id");
        api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("outlet", outletK)
                .get("/stories").then().statusCode(200).body("items.id", contains(insideStory, earlyStory));
        api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("outlet", outletM)
                .get("/stories").then().statusCode(200).body("items.id", contains(straddlingStory));
        // from a day before the first story to the same end: all but the currency story, latest first
        List<Integer> all = List.of(straddlingStory, insideStory, earlyStory, beforeStory);
        api().queryParam("publishedTo", to).queryParam("publishedFrom", day(38) + "T00:00:00Z").queryParam("minOutlets", 1)
                .get("/stories").then().statusCode(200).body("items.id", equalTo(all));
        // without a start, the same four first (the other classes' tests publish in other years)
        assertEquals(all, api().queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("limit", 4).get("/stories")
                .then().statusCode(200).extract().jsonPath().getList("items.id", Integer.class));
        // an empty window (its start at or after its end) holds no story, whatever the sort
        for (String sort : List.of("recency", "size", "outlets")) {
            api().queryParam("publishedFrom", to).queryParam("publishedTo", from).queryParam("minOutlets", 1).queryParam("sort", sort)
                    .get("/stories").then().statusCode(200).body("items", org.hamcrest.Matchers.empty()).body("next", nullValue());
            api().queryParam("publishedFrom", to).queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("sort", sort)
                    .get("/stories").then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
        }
    }

    @Test
    void anEventMadeFromAStoryIsSeededWithItsArticles() {
        String day = day(30);
        long a = article(BLAST_A, BLAST_TITLE_A, "Story Outlet G", day + "T07:00:00Z");
        long b = article(BLAST_B, BLAST_TITLE_B, "Story Outlet H", day + "T09:30:00Z");
        long story = storiesOf(day + "T00:00:00Z", day + "T23:59:59Z").get(a);
        api().get("/stories/{id}", story).then().statusCode(200).body("events", org.hamcrest.Matchers.empty());

        long event = api().queryParam("force", true).queryParam("fromStory", story)
                .body(Map.of("title", "Blast at the Qaranful port chemical plant " + story, "startDate", day))
                .post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitLinking(event);
        counters.catchUp(); // a story's events are counted with its other counters (the job does not run in tests)
        api().get("/events/{id}/articles", event).then().statusCode(200)
                .body("items.article.id", containsInAnyOrder((int) a, (int) b))
                .body("items.method", contains("manual", "manual"))
                .body("items[0].reasons", contains("from story " + story));
        // the story now says which event it became, in the list and on its own
        api().get("/stories/{id}", story).then().statusCode(200).body("events.id", contains((int) event))
                .body("events[0].title", equalTo("Blast at the Qaranful port chemical plant " + story))
                .body("events[0].startDate", equalTo(day));
        api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("publishedTo", day + "T23:59:59Z").get("/stories")
                .then().statusCode(200).body("items.id", contains((int) story)).body("items[0].events.id", contains((int) event))
                .body("items[0].coveredBy.name", contains("Story Outlet G", "Story Outlet H"));
        // unlinked by hand, article by article: the story is that event's until its last article leaves it
        api().delete("/events/{e}/articles/{a}", event, a).then().statusCode(204);
        counters.catchUp();
        api().get("/stories/{id}", story).then().statusCode(200).body("events.id", contains((int) event));
        api().delete("/events/{e}/articles/{a}", event, b).then().statusCode(204);
        counters.catchUp();
        api().get("/stories/{id}", story).then().statusCode(200).body("events", org.hamcrest.Matchers.empty());
        // made an event again, then the event deleted: its links go with it, and the story is no event's
        long again = api().queryParam("force", true).queryParam("fromStory", story)
                .body(Map.of("title", "Qaranful blast, again " + story, "startDate", day)).post("/events").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        awaitLinking(again);
        counters.catchUp();
        api().get("/stories/{id}", story).then().statusCode(200).body("events.id", contains((int) again));
        api().delete("/events/{id}", again).then().statusCode(204);
        counters.catchUp();
        api().get("/stories/{id}", story).then().statusCode(200).body("events", org.hamcrest.Matchers.empty());

        api().queryParam("force", true).queryParam("fromStory", 9_000_000_000L)
                .body(Map.of("title", "No such story", "startDate", day)).post("/events")
                .then().statusCode(400).body("errors.field", hasItem("fromStory"));
        api().get("/stories/{id}", 9_000_000_000L).then().statusCode(404);
    }

    /** A person of the registry written in both scripts, created once per run (the registry is shared by every test). */
    private static boolean ministerCreated;

    private static synchronized void createMinister() {
        if (!ministerCreated) {
            api().body(Map.of("name", "كريم الزيداني", "aliases", List.of(Map.of("alias", "Karim Zaydani", "language", "en"))))
                    .post("/speakers").then().statusCode(201);
            ministerCreated = true;
        }
    }

    @Test
    void anEnglishArticleJoinsTheArabicStoryOfTheSameHappeningThroughWhoWhereWhenAndHowMany() {
        createMinister();
        String day = day(130); // 11 May 2033
        long arabic = article("""
                قتل 14 شخصا في انفجار بمستودع للوقود في مصراتة يوم 11 مايو 2033، بحسب ما أعلن وزير الداخلية كريم الزيداني.
                وقال الزيداني إن فرق الإنقاذ ما زالت تبحث في موقع المستودع.""", "انفجار مستودع وقود في مصراتة", "Story Outlet I",
                day + "T08:00:00Z");
        long english = createArticle("""
                An explosion at a fuel depot in Misrata on 11 May 2033 killed 14 people, Interior Minister Karim Zaydani said.
                Zaydani said rescue teams were still searching the site.""", "title", "Fuel depot blast in Misrata", "outlet",
                "Story Outlet J", "language", "en", "publishedAt", day + "T10:00:00Z");
        long football = createArticle("""
                The national football team beat its guest three goals to one in a friendly match on Tuesday evening at the main stadium.
                The striker scored twice in the second half.""", "title", "National team wins friendly", "outlet", "Story Outlet J",
                "language", "en", "publishedAt", day + "T11:00:00Z");

        Map<Long, Long> storyOf = storiesOf(day + "T00:00:00Z", day + "T23:59:59Z");
        assertEquals(storyOf.get(arabic), storyOf.get(english));
        assertNotEquals(storyOf.get(arabic), storyOf.get(football));
        api().get("/stories/{id}", storyOf.get(arabic)).then().statusCode(200).body("articleCount", equalTo(2))
                .body("languages", contains("ar", "en")).body("titleAr", equalTo("انفجار مستودع وقود في مصراتة"))
                .body("titleEn", equalTo("Fuel depot blast in Misrata"))
                .body("people.find { it.value == 'كريم الزيداني' }.articles", equalTo(2))
                .body("places.find { it.value == 'Misrata' }.articles", equalTo(2))
                .body("figures.find { it.key == 'death_toll' }.value", equalTo("14"))
                .body("figures.find { it.key == 'death_toll' }.articles", equalTo(2));

        // by language: a story is in each language of its articles, until the article of that language leaves it
        String from = day + "T00:00:00Z";
        String to = day + "T23:59:59Z";
        api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("language", "en")
                .get("/stories").then().statusCode(200)
                .body("items.id", contains(storyOf.get(football).intValue(), storyOf.get(arabic).intValue()));
        api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("language", "ar")
                .get("/stories").then().statusCode(200).body("items.id", contains(storyOf.get(arabic).intValue()));
        api().delete("/stories/{id}/articles/{article}", storyOf.get(arabic), english).then().statusCode(200);
        api().queryParam("publishedFrom", from).queryParam("publishedTo", to).queryParam("minOutlets", 1).queryParam("language", "en")
                .get("/stories").then().statusCode(200).body("items.id", not(hasItem(storyOf.get(arabic).intValue())))
                .body("items.id", hasItem(storyOf.get(football).intValue()));
    }
}
