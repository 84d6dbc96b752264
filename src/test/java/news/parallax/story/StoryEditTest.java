package news.parallax.story;

import static news.parallax.story.StoryDiscoveryTest.BLAST_A;
import static news.parallax.story.StoryDiscoveryTest.BLAST_B;
import static news.parallax.story.StoryDiscoveryTest.BLAST_C;
import static news.parallax.story.StoryDiscoveryTest.BLAST_TITLE_A;
import static news.parallax.story.StoryDiscoveryTest.BLAST_TITLE_B;
import static news.parallax.story.StoryDiscoveryTest.BLAST_TITLE_C;
import static news.parallax.story.StoryDiscoveryTest.FOOTBALL;
import static news.parallax.story.StoryDiscoveryTest.FOOTBALL_TITLE;
import static news.parallax.story.StoryDiscoveryTest.article;
import static news.parallax.story.StoryDiscoveryTest.day;
import static news.parallax.story.StoryDiscoveryTest.storiesOf;
import static news.parallax.testing.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.parallax.testing.Api;

/**
 * An editor merges two stories and moves articles between them; counters, the list, the redirect
 * of a merged id and the in-memory index follow, and later articles go where the edited ones are
 * now. Days of 2033 that no other test publishes on.
 */
@QuarkusTest
class StoryEditTest {


    @Inject
    StoryCounters counters;

    @Test
    void aMergedStoryAnswersAsTheSurvivorWhichCountsBothAndLaterArticlesJoinIt() {
        String day = day(110);
        long a = article(BLAST_A, BLAST_TITLE_A, "Edit Outlet A", day + "T07:00:00Z");
        long b = article(BLAST_B, BLAST_TITLE_B, "Edit Outlet B", day + "T09:30:00Z");
        long football = article(FOOTBALL, FOOTBALL_TITLE, "Edit Outlet C", day + "T12:00:00Z");
        Map<Long, Long> storyOf = storiesOfDay(day);
        long blast = storyOf.get(a);
        long match = storyOf.get(football);
        assertEquals(blast, storyOf.get(b));
        assertNotEquals(blast, match);

        api().queryParam("into", blast).post("/stories/{id}/merge", match).then().statusCode(200)
                .body("id", equalTo((int) blast)).body("articleCount", equalTo(3)).body("outletCount", equalTo(3))
                .body("outlets.outlet.name", contains("Edit Outlet A", "Edit Outlet B", "Edit Outlet C"))
                .body("outlets.articles.flatten().id", contains((int) a, (int) b, (int) football));
        // the merged id answers as the survivor, and only the survivor is listed
        api().get("/stories/{id}", match).then().statusCode(200).body("id", equalTo((int) blast)).body("articleCount", equalTo(3));
        api().queryParam("publishedFrom", day + "T00:00:00Z").queryParam("publishedTo", day + "T23:59:59Z").queryParam("minOutlets", 1)
                .get("/stories").then().statusCode(200).body("items.id", contains((int) blast)).body("items[0].articleCount", equalTo(3))
                .body("items[0].coveredBy.name", containsInAnyOrder("Edit Outlet A", "Edit Outlet B", "Edit Outlet C"));

        // a later article like the merged story's joins the survivor (the index moved its articles)
        long football2 = article(FOOTBALL, FOOTBALL_TITLE, "Edit Outlet D", day + "T20:00:00Z");
        assertEquals(blast, storiesOfDay(day).get(football2));
        api().get("/stories/{id}", blast).then().statusCode(200).body("articleCount", equalTo(4)).body("outletCount", equalTo(4));

        // merging again changes nothing; into itself, into no story, or a story that does not exist are refused
        api().queryParam("into", blast).post("/stories/{id}/merge", match).then().statusCode(200).body("id", equalTo((int) blast))
                .body("articleCount", equalTo(4));
        api().queryParam("into", blast).post("/stories/{id}/merge", blast).then().statusCode(400).body("errors.field", hasItem("into"));
        api().queryParam("into", 9_000_000_000L).post("/stories/{id}/merge", blast).then().statusCode(400)
                .body("errors.field", hasItem("into"));
        api().queryParam("into", blast).post("/stories/{id}/merge", 9_000_000_000L).then().statusCode(404);
        Api.unchecked(null).queryParam("into", blast).post("/stories/{id}/merge", match).then().statusCode(401);
    }

    @Test
    void anArticleMovedOutStartsAStoryOfItsOwnThatLaterArticlesLikeItJoinAndStaysThroughReextraction() {
        String day = day(120);
        long a = article(BLAST_A, BLAST_TITLE_A, "Edit Outlet E", day + "T07:00:00Z");
        long b = article(BLAST_B, BLAST_TITLE_B, "Edit Outlet F", day + "T09:30:00Z");
        long c = article(BLAST_C, BLAST_TITLE_C, "Edit Outlet G", day + "T15:00:00Z");
        long blast = storiesOfDay(day).get(a);

        JsonPath out = api().delete("/stories/{id}/articles/{article}", blast, c).then().statusCode(200)
                .body("articleId", equalTo((int) c)).body("previousStoryId", equalTo((int) blast)).body("method", equalTo("manual"))
                .extract().jsonPath();
        long own = out.getLong("storyId");
        assertNotEquals(blast, own);
        api().get("/stories/{id}", blast).then().statusCode(200).body("articleCount", equalTo(2)).body("outletCount", equalTo(2))
                .body("outlets.outlet.name", contains("Edit Outlet E", "Edit Outlet F"));
        api().get("/stories/{id}", own).then().statusCode(200).body("articleCount", equalTo(1)).body("outletCount", equalTo(1))
                .body("firstReported.id", equalTo((int) c)).body("titleAr", equalTo(BLAST_TITLE_C))
                .body("firstPublishedAt", equalTo(day + "T15:00:00Z"));

        // a later article like the moved one follows it to its new story, not back into the old one
        long d = article(BLAST_C, BLAST_TITLE_C, "Edit Outlet H", day + "T18:00:00Z");
        Map<Long, Long> storyOf = storiesOfDay(day);
        assertEquals(own, storyOf.get(d));
        assertEquals(blast, storyOf.get(b));

        // re-extraction keeps a manual placement
        api().post("/articles/{id}/extraction", c).then().statusCode(200);
        assertEquals(own, storiesOfDay(day).get(c));

        // not in that story any more; an unknown story
        api().delete("/stories/{id}/articles/{article}", blast, c).then().statusCode(404);
        api().delete("/stories/{id}/articles/{article}", 9_000_000_000L, c).then().statusCode(404);

        // moved by hand into a named story: back where it was, the counts follow
        api().put("/stories/{id}/articles/{article}", blast, c).then().statusCode(200)
                .body("storyId", equalTo((int) blast)).body("previousStoryId", equalTo((int) own)).body("method", equalTo("manual"));
        api().get("/stories/{id}", blast).then().statusCode(200).body("articleCount", equalTo(3)).body("outletCount", equalTo(3));
        api().get("/stories/{id}", own).then().statusCode(200).body("articleCount", equalTo(1))
                .body("outlets.articles.flatten().id", contains((int) d));
        // the last article of a story moved out stays where it is
        api().delete("/stories/{id}/articles/{article}", own, d).then().statusCode(200)
                .body("storyId", equalTo((int) own)).body("previousStoryId", equalTo((int) own));
        api().put("/stories/{id}/articles/{article}", blast, 9_000_000_000L).then().statusCode(404);
        Api.unchecked(null).put("/stories/{id}/articles/{article}", blast, c).then().statusCode(401);
    }

    /** The story of each article published on {@code day} (UTC), once the counters have caught up. */
    private Map<Long, Long> storiesOfDay(String day) {
        return storiesOf(counters, day + "T00:00:00Z", day + "T23:59:59Z");
    }
}
