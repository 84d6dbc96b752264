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
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import news.parallax.config.RequestContexts;

/**
 * Stories that converge are merged at ingest: an article close to two stories whose centroids are
 * close joins one and absorbs the other, whose id then answers the survivor; an article close to
 * two unrelated stories merges nothing. Days of 2033 that no other test publishes on.
 */
@QuarkusTest
class StoryMergeTest {


    @Inject
    StoryCounters counters;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anArticlePublishedBetweenTwoStoriesOfOneHappeningMergesThemAndTheAbsorbedIdAnswersTheSurvivor() {
        String first = day(200);
        String fourth = day(203); // three days later: beyond the two cold days, so a story of its own
        long a1 = article(BLAST_A, BLAST_TITLE_A, "Merge Outlet A", first + "T07:00:00Z");
        long a2 = article(BLAST_B, BLAST_TITLE_B, "Merge Outlet B", first + "T09:30:00Z");
        long b1 = article(BLAST_A, BLAST_TITLE_A, "Merge Outlet C", fourth + "T07:00:00Z");
        long b2 = article(BLAST_C, BLAST_TITLE_C, "Merge Outlet D", fourth + "T10:00:00Z");
        Map<Long, Long> before = storiesOf(counters, first + "T00:00:00Z", fourth + "T23:59:59Z");
        long early = before.get(a1);
        long late = before.get(b1);
        assertEquals(early, before.get(a2));
        assertEquals(late, before.get(b2));
        assertNotEquals(early, late);

        // published on the second day, ingested last: one day from the early story, two from the late one
        long bridge = article(BLAST_A, BLAST_TITLE_A, "Merge Outlet E", day(201) + "T12:00:00Z");
        Map<Long, Long> after = storiesOf(counters, first + "T00:00:00Z", fourth + "T23:59:59Z");
        assertEquals(Map.of(a1, early, a2, early, b1, early, b2, early, bridge, early), after);
        api().get("/stories/{id}", late).then().statusCode(200).body("id", equalTo((int) early))
                .body("articleCount", equalTo(5)).body("outletCount", equalTo(5))
                .body("outlets.articles.flatten().id", contains((int) a1, (int) a2, (int) bridge, (int) b1, (int) b2))
                .body("firstPublishedAt", equalTo(first + "T07:00:00Z")).body("lastPublishedAt", equalTo(fourth + "T10:00:00Z"));

        // a later article like the absorbed story's joins the survivor
        long b3 = article(BLAST_C, BLAST_TITLE_C, "Merge Outlet F", fourth + "T18:00:00Z");
        assertEquals(early, storiesOf(counters, fourth + "T00:00:00Z", fourth + "T23:59:59Z").get(b3));
    }

    @Test
    void anArticleAboutTwoUnrelatedStoriesJoinsOneAndMergesNothing() {
        String day = day(210);
        long blast1 = article(BLAST_A, BLAST_TITLE_A, "Merge Outlet G", day + "T07:00:00Z");
        long blast2 = article(BLAST_B, BLAST_TITLE_B, "Merge Outlet H", day + "T08:00:00Z");
        long match1 = article(FOOTBALL, FOOTBALL_TITLE, "Merge Outlet G", day + "T09:00:00Z");
        long match2 = article(FOOTBALL, FOOTBALL_TITLE, "Merge Outlet H", day + "T10:00:00Z");
        Map<Long, Long> before = storiesOf(counters, day + "T00:00:00Z", day + "T23:59:59Z");
        long blast = before.get(blast1);
        long match = before.get(match1);
        assertNotEquals(blast, match);

        // a round-up of the day: the blast's words first, the match's after them. It scores with both stories; with the
        // default story score (the mean of its best two articles) the match story, whose two articles are alike and
        // later, scores higher: it joins that one, and merges nothing
        long roundUp = article(BLAST_A + "\n" + FOOTBALL, BLAST_TITLE_A, "Merge Outlet I", day + "T20:00:00Z");
        assertEquals(Map.of(blast1, blast, blast2, blast, roundUp, match, match1, match, match2, match),
                storiesOf(counters, day + "T00:00:00Z", day + "T23:59:59Z"));
        api().get("/stories/{id}", match).then().statusCode(200).body("id", equalTo((int) match)).body("articleCount", equalTo(3));
        api().get("/stories/{id}", blast).then().statusCode(200).body("id", equalTo((int) blast)).body("articleCount", equalTo(2));
    }

    @Test
    void theRecountLeavesAStoryWhoseRowAMergeHoldsForALaterRoundInsteadOfWaitingForIt() throws Exception {
        String day = day(220);
        long a = article(BLAST_A, BLAST_TITLE_A, "Merge Outlet J", day + "T07:00:00Z");
        long story = storiesOf(counters, day + "T00:00:00Z", day + "T23:59:59Z").get(a);
        execute("INSERT INTO story_change (story_id) VALUES (" + story + ")");
        try (Connection merge = dataSource.getConnection(); Statement statement = merge.createStatement()) {
            merge.setAutoCommit(false);
            // the lock StoryAssigner.absorb takes on a story it merges away, held until its ingest commits
            statement.executeQuery("SELECT id FROM story WHERE id = " + story + " FOR UPDATE").close();

            // on another thread, so that a recount that waited would fail the test instead of hanging it
            assertEquals(0, assertTimeoutPreemptively(Duration.ofSeconds(30), () -> RequestContexts.run(counters::catchUp)));
            assertEquals(1, count("SELECT count(*) FROM story_change WHERE story_id = " + story));
            merge.rollback();
        }
        assertEquals(1, counters.catchUp());
        assertEquals(0, count("SELECT count(*) FROM story_change WHERE story_id = " + story));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
