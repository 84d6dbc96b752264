package news.parallax.ingest;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.awaitReextraction;
import static news.parallax.testing.Fixtures.createArticle;
import static news.parallax.testing.Fixtures.createSpeaker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import news.parallax.testing.OwnDatabase;

/**
 * {@code POST /admin/reextraction}: the whole corpus re-extracted in the background, one job at a
 * time, resumable. On a database of its own: a job re-extracts every article there is, and would
 * change the articles of the tests that share the default one (the demo corpus's among them).
 */
@QuarkusTest
@TestProfile(OwnDatabase.class)
class ReextractionJobTest {

    private static final String BODY = "قال وزير الخارجية إن المؤتمر سيعقد في باريس. وأضاف أن الانتخابات ستجرى في ديسمبر.";

    @Inject
    EntityManager entityManager;

    @Test
    void aJobCoversEveryArticleStoredWhenItWasRequested() {
        createArticle(BODY);
        long newest = number("SELECT max(id) FROM article");
        long stored = number("SELECT count(*) FROM article");
        JsonPath job = api().post("/admin/reextraction").then().statusCode(202).extract().jsonPath();
        assertEquals(newest, job.getLong("lastArticleId"));
        assertEquals(stored, job.getLong("total"));
        JsonPath done = awaitDone(job.getLong("id"));
        assertEquals(stored, done.getLong("examined"));
        assertEquals(stored, done.getLong("reextracted") + done.getLong("skipped"));
        assertNotNull(done.getString("finishedAt"));
    }

    @Test
    void aJobHeldByAnotherInstanceIsAnsweredAndResumedAfterItsLastBatchWhenItsLeaseRunsOut() throws InterruptedException {
        long first = createArticle(BODY);
        long second = createArticle(BODY);
        int claims = api().get("/articles/{id}", first).then().statusCode(200).extract().path("claimCount");
        assertEquals(2, claims);
        execute("DELETE FROM claim WHERE article_id IN (" + first + ", " + second + ")"); // undone only by re-extraction
        long stored = number("SELECT count(*) FROM article WHERE id <= " + second);
        long job = number("INSERT INTO reextraction (state, last_article_id, total, done_through, examined, claimed_by, lease_until,"
                + " started_at) VALUES ('running', " + second + ", " + stored + ", " + (first - 1) + ", " + (stored - 2)
                + ", 'another-instance', clock_timestamp() + interval '1 hour', clock_timestamp()) RETURNING id");

        JsonPath active = api().post("/admin/reextraction").then().statusCode(200).extract().jsonPath();
        assertEquals(job, active.getLong("id"));
        assertEquals("running", active.getString("state"));
        Thread.sleep(1500); // two polls: the other instance's lease holds
        assertEquals(0, (int) api().get("/articles/{id}", first).then().extract().path("claimCount"));

        execute("UPDATE reextraction SET lease_until = clock_timestamp() - interval '1 second' WHERE id = " + job);
        JsonPath done = awaitDone(job);
        assertEquals(stored, done.getLong("examined"));
        assertEquals(2, done.getLong("reextracted"));
        assertEquals(claims, (int) api().get("/articles/{id}", first).then().extract().path("claimCount"));
        assertEquals(claims, (int) api().get("/articles/{id}", second).then().extract().path("claimCount"));
    }

    @Test
    void aFinishedJobRemovesTheSpeakersExtractionCreatedThatNoClaimUsesAnyMore() {
        long article = createArticle("وقال جون سميث، رئيس الشركة، إن المصنع جاهز. وقال مصدر أمني إن الهدنة صامدة.");
        long person = number("SELECT speaker_id FROM claim WHERE article_id = " + article + " AND speaker_id IS NOT NULL");
        // what older rules registered: a word that is no one, with claims pointing at it
        long junk = number("INSERT INTO speaker (name, creation_key) VALUES ('منه', 'name:منه-" + article + "') RETURNING id");
        execute("INSERT INTO speaker_alias (speaker_id, alias, normalized) VALUES (" + junk + ", 'منه', 'منه')");
        execute("UPDATE claim SET speaker_id = " + junk + " WHERE article_id = " + article + " AND speaker_id IS NULL");
        long curated = createSpeaker("متحدث بلا تصريحات " + article); // through the API: never removed, quoted or not
        // created by extraction, then verified by a person, or merged into another (its row is the redirect)
        long verified = number("INSERT INTO speaker (name, creation_key, verified) VALUES ('سامي فريد', 'name:سامي فريد-" + article
                + "', true) RETURNING id");
        long merged = number("INSERT INTO speaker (name, creation_key) VALUES ('فريد سامي', 'name:فريد سامي-" + article
                + "') RETURNING id");
        api().body(Map.of("into", curated)).post("/speakers/{id}/merge", merged).then().statusCode(200);

        JsonPath done = awaitDone(api().post("/admin/reextraction").then().statusCode(202).extract().jsonPath().getLong("id"));

        assertEquals(0, number("SELECT count(*) FROM speaker WHERE id = " + junk));
        assertEquals(0, number("SELECT count(*) FROM claim WHERE speaker_id = " + junk));
        assertEquals(1, number("SELECT count(*) FROM speaker WHERE id = " + person));
        assertEquals(1, number("SELECT count(*) FROM speaker WHERE id = " + curated));
        assertEquals(1, number("SELECT count(*) FROM speaker WHERE id = " + verified));
        assertEquals(1, number("SELECT count(*) FROM speaker WHERE id = " + merged + " AND merged_into = " + curated));
        assertEquals(List.of("جون سميث"), api().queryParam("article", article).get("/claims").jsonPath()
                .getList("items.speaker.name.findAll { it != null }"));
        assertTrue(done.getLong("removedSpeakers") >= 1, "removedSpeakers " + done.getLong("removedSpeakers"));
        api().get("/speakers/{id}", junk).then().statusCode(404);
    }

    private static JsonPath awaitDone(long job) {
        JsonPath latest = awaitReextraction();
        assertEquals(job, latest.getLong("id"));
        assertEquals("done", latest.getString("state"));
        return latest;
    }

    private long number(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private void execute(String sql) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(sql).executeUpdate());
    }
}
