package news.parallax.demo;

import static news.parallax.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The demo corpus is off in tests; this test loads it once and checks what it holds. */
@QuarkusTest
class DemoCorpusTest {

    @Inject
    DemoCorpus demo;

    @Test
    void loadsOnceAndHoldsTheCatalogueOfEvents() {
        DemoCorpus.Loaded first = demo.loadIfNew();
        assertEquals(new DemoCorpus.Loaded(10, 7, 10), first);
        assertEquals(new DemoCorpus.Loaded(0, 0, 0), demo.loadIfNew(), "a second load changes nothing");

        api().queryParam("q", "مؤتمر باريس حول ليبيا").get("/events").then().statusCode(200)
                .body("items[0].title", equalTo("Paris conference on Libya")).body("items[0].startDate", equalTo("2018-05-29"));
        api().queryParam("q", "Palermo").get("/events").then()
                .body("items[0].startDate", equalTo("2018-11-12")).body("items[0].endDate", equalTo("2018-11-13"));
        api().queryParam("q", "Haftar-Lavrov").get("/events").then().body("items[0].startDate", equalTo("2017-08-14"));
        api().queryParam("q", "La Celle-Saint-Cloud").get("/events").then().body("items[0].startDate", equalTo("2017-07-25"));
        api().queryParam("q", "Alfano-Lavrov").get("/events").then().body("items[0].startDate", equalTo("2017-02-16"));
        api().queryParam("q", "Osaka").get("/events").then().body("items[0].startDate", equalTo("2019-06-28"));
        api().queryParam("q", "Admiral Kuznetsov").get("/events").then().body("items[0].startDate", equalTo("2017-01-11"));

        api().queryParam("name", "Hafter").get("/speakers").then().body("items.name", hasItem("Khalifa Haftar"));

        // linking: the Paris conference gets the three demo articles that describe it, not the 2017 Paris meeting
        int paris = api().queryParam("q", "مؤتمر باريس حول ليبيا").get("/events").path("items[0].id");
        api().get("/events/{id}/articles", paris).then().body("items.article.url", containsInAnyOrder(
                "https://alrasd-libya.example/2018/05/29/paris-libya-elections",
                "https://desert-ledger.example/news/2018/05/30/libya-leaders-back-december-vote",
                "https://nafidat-almutawassit.example/ru-ly/2018/11/09/haftar-moscow-before-palermo"));
        api().get("/events/{id}/comparison", paris).then().statusCode(200)
                .body("coverage.outlets", equalTo(3))
                .body("facets.find { it.key == 'election_date' }.agreement", equalTo("agree"))
                .body("facets.find { it.key == 'election_date' }.values.value", contains("2018-12-10"));
        // the Haftar-Lavrov meeting: both men's statements, reported through RIA Novosti and Interfax
        // by its exact title: other tests create "Haftar-Lavrov meeting ..." events in the same database
        int meeting = api().queryParam("q", "Haftar-Lavrov").get("/events")
                .path("items.find { it.title == 'Haftar-Lavrov meeting in Moscow' }.id");
        api().get("/events/{id}/comparison", meeting).then().statusCode(200)
                // hasItems: in the shared test database, other tests' articles quoting "لافروف" are linked to it by meaning
                .body("speakers.speaker.name", hasItems("Sergey Lavrov", "Khalifa Haftar"))
                .body("outlets.claims.flatten().citedOutlet.name", hasItem("RIA Novosti"))
                .body("outlets.claims.flatten().citedOutlet.name", hasItem("Interfax"));
        String body = api().get("/articles/{id}", idOf("https://alrasd-libya.example/2018/05/29/paris-libya-elections"))
                .then().statusCode(200).body("language", equalTo("ar")).body("outlet.name", equalTo("الرصد الليبي"))
                .extract().path("body");
        assertTrue(body.startsWith("اعلان\n"), "the page furniture is kept in the stored body");
    }

    @Test
    void articleFilesSplitHeaderAndBody() {
        var article = ArticleFile.parse("x.txt", "url: https://a.example/x\noutlet: Desert Ledger\nlanguage: en\n---\nBody\n---\nmore");
        assertEquals("https://a.example/x", article.getUrl());
        assertEquals("Desert Ledger", article.getOutlet());
        assertEquals("Body\n---\nmore", article.getBody());
        assertEquals(null, article.getPublishedAt());
    }

    private static int idOf(String url) {
        return api().body(java.util.Map.of("url", url, "body", "x")).post("/articles").then().statusCode(409)
                .extract().path("detail").toString().replaceAll("^Article (\\d+) .*$", "$1").transform(Integer::parseInt);
    }
}
