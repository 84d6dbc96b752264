package news.parallax.ui;

import static io.restassured.RestAssured.given;
import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static news.parallax.testing.Fixtures.uniqueWord;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import news.parallax.testing.Fixtures;

/**
 * The pages as HTML: what the server renders for an event, a search, a speaker and an outlet,
 * how it escapes what outlets wrote, and how it answers bad input. The browser test looks at the
 * same pages in Chromium.
 */
@QuarkusTest
class UiPagesTest {

    private final String marker = uniqueWord();
    private final String town = "Qasrat" + marker;

    @Test
    void theRootRedirectsToThePagesOnThePublicUrl() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", "http://localhost:8080/ui/");
        given().get("/ui/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .body(containsString("<h1>Events and stories</h1>"));
    }

    @Test
    void theEventPageLinesUpOutletsAndMarksDisagreementInColourAndWords() {
        long attack = UiFixtures.disagreement(town, marker);

        Document page = html("/ui/events/" + attack);
        assertEquals("Attack in " + town, page.selectFirst("h1").text());
        assertEquals(List.of("Outlet G " + marker, "Outlet H " + marker, "Outlet I " + marker),
                page.select("section.column h3").eachText());
        assertEquals(List.of("ltr", "ltr", "rtl"), page.select("section.column").eachAttr("dir"));
        assertEquals(List.of("en", "en", "ar"), page.select("section.column").eachAttr("lang"));

        Element toll = page.selectFirst("tr[data-fact=death_toll]");
        assertTrue(toll.hasClass("disagree"), toll.outerHtml());
        assertEquals("disagree", toll.selectFirst(".badge").text());
        assertEquals(List.of("9", "7", "9"), toll.select("td .value").eachText().stream().map(v -> v.split(" ")[0]).toList());
        assertEquals(List.of("9 killed", "Nine people killed", "7 killed", "تسعة قتلى"), toll.select("td .written").eachText(),
                "each outlet's own words, as often as it wrote the value");
        assertTrue(page.selectFirst("#first-reported").text().contains("Outlet G " + marker));
        assertEquals(3, page.select("#timeline rect.bar").size());
        assertEquals(List.of("Outlet H " + marker + " cites Reuters: 1", "Outlet I " + marker + " cites Reuters: 1"),
                page.select("#citations figcaption li").eachText());
    }

    @Test
    void whatOutletsWroteIsEscaped() {
        long event = api().body(Map.of("title", "Summit of " + town, "startDate", "2018-05-29", "place", town, "kind", "conference"))
                .post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        Fixtures.awaitLinking(event);
        api().body(Map.of("url", uniqueUrl("xss"), "title", "<script>alert(1)</script> Summit of " + town,
                "body", "Delegates met in " + town + " at the Summit of " + town + " on May 29, 2018. <img src=x onerror=alert(2)>",
                "publishedAt", "2018-05-29T18:00:00Z", "outlet", "Outlet X " + marker)).post("/articles").then().statusCode(201);

        String body = given().get("/ui/events/{id}", event).then().statusCode(200).extract().asString();
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; Summit of " + town), body);
        assertTrue(!body.contains("<script") && !body.contains("<img"), "no markup from an article reaches the page");
    }

    @Test
    void searchShowsHighlightedClaimsWithTheirEventsAndExplainsAMistakeInTheForm() {
        long attack = UiFixtures.disagreement(town, marker);

        Document page = html("/ui/search?q=" + town);
        assertEquals(3, page.select("li.hit").size(), page.select("main").html());
        assertEquals(town, page.selectFirst("li.hit mark").text().replaceAll("^.*?(" + town + ").*$", "$1"));
        assertEquals("/ui/events/" + attack, page.selectFirst("li.hit a.event-link").attr("href"));
        String claim = page.selectFirst("li.hit").attr("data-claim");
        assertEquals("/ui/claims/" + claim, page.selectFirst("li.hit a[href^=/ui/claims/]").attr("href"));

        Document related = html("/ui/claims/" + claim);
        assertEquals("Same claim elsewhere", related.select("h2").first().text());
        assertTrue(related.select("main section h3").size() >= 1, related.select("main").html());

        given().get("/ui/search?q=" + town + "&kind=rumour").then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("kind: must be direct_quote, paraphrase or assertion, not &#39;rumour&#39;"));
        given().get("/ui/search?q=the").then().statusCode(400).body(containsString("has no words to look for"));
        given().get("/ui/search?q=").then().statusCode(200).body(not(containsString("class=\"hits\"")));
    }

    @Test
    void speakerAndOutletPagesTellWhoQuotesAndCitesWhom() {
        UiFixtures.disagreement(town, marker);
        Document search = html("/ui/search?q=" + town);
        String outletH = search.select("li.hit a[href^=/ui/outlets/]").stream().filter(a -> a.text().equals("Outlet H " + marker))
                .findFirst().orElseThrow().attr("href");

        Document outlet = html(outletH);
        assertEquals("Outlet H " + marker, outlet.selectFirst("h1").text());
        assertEquals(List.of("Reuters: 1"), outlet.select("h2:contains(Whom its articles cite) + ul li").eachText());

        Document reuters = html(outlet.selectFirst("h2:contains(Whom its articles cite) + ul a").attr("href"));
        assertEquals("Reuters", reuters.selectFirst("h1").text());
        assertTrue(reuters.select("h2:contains(Who cites it) + ul li").eachText().contains("Outlet H " + marker + ": 1"));

        long speaker = Fixtures.createSpeaker("Speaker " + marker);
        Document speakerPage = html("/ui/speakers/" + speaker);
        assertEquals("Speaker " + marker, speakerPage.selectFirst("h1").text());
        assertEquals("No outlet has quoted this speaker yet.", speakerPage.selectFirst("h2 + p").text());
    }

    @Test
    void storiesAreListedWithTheirOutletsAndAStoryPageShowsColumnsTimelineAndTheCallThatMakesItAnEvent() {
        UiFixtures.story(marker);

        Element listed = storyListed(html("/ui/stories?minOutlets=3"));
        assertEquals("حريق ضخم يلتهم سوق الخضار في مدينة زوارة", listed.selectFirst("a.story-link").text(), "its first article's title");
        assertEquals("Outlet P " + marker + ", Outlet Q " + marker + ", Outlet R " + marker, listed.selectFirst(".covered-by").text());
        assertTrue(listed.text().contains("3 article(s) from 3 outlet(s)"), listed.text());
        assertTrue(listed.text().contains("first seen 10 Mar 2037, 06:00 UTC · last seen 10 Mar 2037, 12:00 UTC · in ar, en"),
                listed.text());
        assertEquals("Not an event yet", listed.selectFirst(".event-status").text());
        String storyPath = listed.selectFirst("a.story-link").attr("href");
        assertEquals(storyPath, storyListed(html("/ui/")).selectFirst("a.story-link").attr("href"), "the front page lists it too");

        Document story = html(storyPath);
        assertEquals("حريق ضخم يلتهم سوق الخضار في مدينة زوارة", story.selectFirst("h1").text());
        assertEquals(List.of("Outlet P " + marker, "Outlet Q " + marker, "Outlet R " + marker), story.select("section.column h3").eachText());
        assertEquals(List.of("rtl", "rtl", "ltr"), story.select("section.column").eachAttr("dir"));
        assertEquals(List.of("ar", "ar", "en"), story.select("section.column").eachAttr("lang"));
        assertEquals(List.of("Fire destroys Zuwara vegetable market, killing 4"), story.select("section.column[lang=en] li a").eachText(),
                "the unrelated article of the same day is not in the story");
        assertEquals(List.of("Outlet P " + marker + ": 1 article(s), 10 Mar 06:00 UTC", "Outlet Q " + marker + ": 1 article(s), 10 Mar 09:00 UTC",
                "Outlet R " + marker + ": 1 article(s), 10 Mar 12:00 UTC"), story.select("#timeline rect.bar title").eachText());
        assertTrue(story.selectFirst("#mentions").text().contains("Dates 2037-03-10 (2) Figures 15 injured (3), 4 killed (2)"),
                story.selectFirst("#mentions").text());

        // the page shows the call that makes the story an event; sent as shown, it does
        String storyId = storyPath.substring(storyPath.lastIndexOf('/') + 1);
        String call = story.selectFirst("#make-event pre").text();
        assertTrue(call.startsWith("curl -X POST 'http://localhost:8080/events?fromStory=" + storyId + "'"), call);
        String body = call.substring(call.indexOf("-d '") + 4, call.length() - 1);
        assertEquals("{\"title\":\"Fire destroys Zuwara vegetable market, killing 4\",\"startDate\":\"2037-03-10\"}", body);
        long event = api().queryParam("fromStory", storyId).body(body).post("/events").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        Fixtures.awaitLinking(event);
        UiFixtures.recountStories(); // the story's events are counted with its other counters
        Document became = html(storyPath);
        assertEquals(null, became.selectFirst("#make-event"));
        assertEquals("/ui/events/" + event, became.selectFirst("#events a.event-link").attr("href"));
        assertEquals("Event: Fire destroys Zuwara vegetable market, killing 4",
                storyListed(html("/ui/stories?minOutlets=3")).selectFirst(".event-status").text());
    }

    @Test
    void storyListMistakesAndUnknownStoriesAreProblems() {
        given().get("/ui/stories?sort=oldest").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("sort: must be recency, size or outlets, not 'oldest'"));
        given().get("/ui/stories?minOutlets=٢").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("minOutlets: must be a whole number from 1 to 1000, not '٢'"));
        given().get("/ui/stories?cursor=nonsense").then().statusCode(400).contentType("application/problem+json");
        given().get("/ui/stories/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no story with id 999999999"));
        given().get("/ui/stories/x1").then().statusCode(400).contentType("application/problem+json");
    }

    /** The story of {@link UiFixtures#story} in a list of stories, found by its outlets. */
    private Element storyListed(Document page) {
        return page.select("li.story").stream().filter(li -> li.selectFirst(".covered-by").text().contains("Outlet Q " + marker))
                .findFirst().orElseThrow(() -> new AssertionError(page.select("main").html()));
    }

    @Test
    void unknownAndMistypedIdsAreProblemsLikeTheApis() {
        given().get("/ui/events/999999999").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no event with id 999999999"));
        given().get("/ui/speakers/x1").then().statusCode(400).contentType("application/problem+json");
        given().get("/ui/outlets/0188").then().statusCode(400).contentType("application/problem+json");
    }

    private static Document html(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString());
    }
}
