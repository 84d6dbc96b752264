package news.parallax.ui;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.arc.Arc;
import news.parallax.story.StoryCounters;
import news.parallax.testing.Fixtures;

/** Coverage made up for the page tests, with names unique to the test (a town and outlets carrying its marker). */
final class UiFixtures {

    private UiFixtures() {
    }

    /**
     * An attack on 2 May 2018 reported by three outlets: 9 killed (English, 20:00), 7 killed on
     * Reuters' word (English, next morning), 9 killed on Reuters' word (Arabic): a toll they disagree on.
     */
    static long disagreement(String town, String marker) {
        long attack = api().body(Map.of("title", "Attack in " + town, "startDate", "2018-05-02", "place", town, "kind", "attack",
                "aliases", java.util.List.of("هجوم " + town))).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.awaitLinking(attack);
        article("Nine people killed: the attack in " + town + " on May 2, 2018 left 9 killed, officials said.",
                "2018-05-02T20:00:00Z", "Outlet G " + marker);
        article("The attack in " + town + " on May 2, 2018 left 7 killed, according to Reuters.", "2018-05-03T07:00:00Z",
                "Outlet H " + marker);
        article("هجوم " + town + " في 2 مايو 2018 أسفر عن تسعة قتلى، بحسب وكالة رويترز.", "2018-05-03T09:00:00Z",
                "Outlet I " + marker);
        return attack;
    }

    /**
     * A story on 10 March 2037 (a day no other test publishes on): a fire in Zuwara's market reported
     * by two Arabic outlets and an English one (which joins through the place, the date and the toll),
     * and an unrelated Arabic article of the same day by the first outlet.
     */
    static void story(String marker) {
        article("التهم حريق ضخم فجر الثلاثاء سوق الخضار المركزي في مدينة زوارة، وأسفر عن مقتل 4 أشخاص وإصابة 15 آخرين،"
                + " بحسب جهاز الإسعاف. وقال الدفاع المدني إن الحريق اندلع في 10 مارس 2037 في أحد المحال وامتد إلى السوق كله.",
                "حريق ضخم يلتهم سوق الخضار في مدينة زوارة", "2037-03-10T06:00:00Z", "Outlet P " + marker);
        article("ارتفع عدد قتلى حريق سوق الخضار المركزي في زوارة إلى 4 أشخاص، فيما ما زال 15 مصابا في المستشفى."
                + " وقالت البلدية إن الحريق دمر أكثر من مئة محل في السوق.", "ارتفاع ضحايا حريق سوق زوارة إلى 4 قتلى",
                "2037-03-10T09:00:00Z", "Outlet Q " + marker);
        article("A fire destroyed the central vegetable market in Zuwara on March 10, 2037, killing 4 people and injuring 15, the"
                + " ambulance service said. Civil defence said the fire started in one shop and spread to the whole market.",
                "Fire destroys Zuwara vegetable market, killing 4", "2037-03-10T12:00:00Z", "Outlet R " + marker);
        article("فاز المنتخب الوطني لكرة القدم على ضيفه بهدفين نظيفين في مباراة ودية أقيمت مساء الثلاثاء.", "المنتخب الوطني يفوز وديا بهدفين",
                "2037-03-10T15:00:00Z", "Outlet P " + marker);
        recountStories();
    }

    /** Brings the stories' counters and events up to date: the recount job does not run in tests. */
    static void recountStories() {
        Arc.container().instance(StoryCounters.class).get().catchUp();
    }

    private static void article(String body, String publishedAt, String outlet) {
        article(body, null, publishedAt, outlet);
    }

    /** An article; without a title when {@code title} is null. */
    private static void article(String body, String title, String publishedAt, String outlet) {
        Map<String, Object> article = new HashMap<>(Map.of("url", uniqueUrl("ui"), "body", body, "publishedAt", publishedAt,
                "outlet", outlet));
        if (title != null) {
            article.put("title", title);
        }
        api().body(article).post("/articles").then().statusCode(201);
    }
}
