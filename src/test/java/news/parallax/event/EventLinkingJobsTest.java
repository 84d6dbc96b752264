package news.parallax.event;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.awaitLinking;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static news.parallax.testing.Fixtures.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The background linking job of an event, when a batch's transaction runs out of time. */
@QuarkusTest
@TestProfile(EventLinkingJobsTest.ShortBatchTransactions.class)
class EventLinkingJobsTest {

    /** Batches whose transactions time out after three seconds, which a test can outlast. */
    public static class ShortBatchTransactions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.linking.batch-timeout", "3S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /**
     * A batch that outlives its transaction's timeout (here: its link to an article waits on a row another transaction holds)
     * is rolled back by the transaction manager from another thread; its next statement then failed with "No active transaction
     * for update or delete query" (TransactionRequiredException) and the job ended "failed". It is linked again in halves.
     */
    @Test
    void aBatchThatOutlivesItsTransactionIsLinkedAgainInHalves() throws Exception {
        String town = "Zawiyat" + uniqueWord();
        long held = article("Delegates met in " + town + " at the Summit of " + town + " on June 10, 2036.", "2036-06-10T18:00:00Z");
        long other = article("The Summit of " + town + " ended on June 10, 2036 with a pledge on elections.", "2036-06-10T20:00:00Z");
        long event;
        try (Connection holder = dataSource.getConnection(); Statement hold = holder.createStatement()) {
            holder.setAutoCommit(false);
            // a link to the article takes a key-share lock on its row: the batch waits for this transaction
            hold.execute("SELECT id FROM article WHERE id = " + held + " FOR UPDATE");
            event = api().queryParam("force", true).body(Map.of("title", "Summit of " + town, "startDate", "2036-06-10", "place", town,
                    "kind", "conference")).post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
            awaitBatchWaiting();
            // past the batch's timeout, and released before its halves could time out in turn
            Thread.sleep(4_000);
            holder.rollback();
        }
        awaitLinking(event);

        List<Long> linked = api().get("/events/{id}/articles", event).then().statusCode(200).extract().jsonPath()
                .getList("items.article.id", Long.class);
        assertEquals(List.of(held, other), linked.stream().sorted().toList());
    }

    /** Waits until a statement of the job waits on the held row (fails after 30 s). */
    private void awaitBatchWaiting() throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet waiting = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO article_event%'")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the linking job never waited on the held article");
                }
                Thread.sleep(50);
            }
        }
    }

    private static long article(String body, String publishedAt) {
        return api().body(Map.of("url", uniqueUrl("linking-job"), "body", body, "publishedAt", publishedAt, "outlet", "Outlet J"))
                .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
