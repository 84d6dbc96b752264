package news.parallax.ui;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;

import java.util.Map;

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

    private static void article(String body, String publishedAt, String outlet) {
        api().body(Map.of("url", uniqueUrl("ui"), "body", body, "publishedAt", publishedAt, "outlet", outlet))
                .post("/articles").then().statusCode(201);
    }
}
