package news.parallax.event;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.awaitLinking;
import static news.parallax.testing.Fixtures.createArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import news.parallax.story.DayWordCounts;

/**
 * An event's profile weighs its words by their frequency around the event, read from the day counts of the story signatures
 * ({@link DayWordCounts}) plus the signatures not counted yet: the same whether the job has counted them or not.
 * Articles published on 10 March 2041, a day no other test uses.
 */
@QuarkusTest
class EventProfilesTest {

    private static final String DAY = "2041-03-10";

    @Inject
    DayWordCounts dayWordCounts;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void wordsWeighTheSameBeforeAndAfterTheDaysAreCounted() throws Exception {
        long first = article("انطلاق مؤتمر الزعفرانة للمياه", "انطلقت في مدينة الزعفرانة أعمال مؤتمر المياه الإقليمي بمشاركة عشرة وزراء.", "08:00");
        long second = article("وزراء المياه في مؤتمر الزعفرانة", "بحث وزراء المياه في مؤتمر الزعفرانة أزمة الجفاف وتقاسم مياه الأنهار.", "11:00");
        long third = article("ختام مؤتمر الزعفرانة للمياه", "اختتم مؤتمر الزعفرانة للمياه أعماله ببيان يدعو إلى خطة مشتركة لمواجهة الجفاف.", "17:00");
        article("فوز الفريق المحلي في الدوري", "فاز الفريق المحلي على ضيفه بهدفين في مباراة الدوري مساء الأحد.", "19:00");

        Map<Long, Float> uncounted = linkedScores(event());
        assertEquals(0, articlesCountedOn(DAY)); // the job is off in tests: the profile counted the signatures itself

        dayWordCounts.catchUp();
        assertEquals(4, articlesCountedOn(DAY));
        Map<Long, Float> counted = linkedScores(event());

        assertEquals(List.of(first, second, third), List.copyOf(uncounted.keySet()));
        assertEquals(uncounted, counted);
        assertEquals(0, dayWordCounts.catchUp());
    }

    private static long article(String title, String body, String time) {
        return createArticle(body, "title", title, "outlet", "Outlet P", "language", "ar", "publishedAt", DAY + "T" + time + ":00Z");
    }

    private static long event() {
        long id = api().queryParam("force", true).body(Map.of("title", "مؤتمر الزعفرانة للمياه", "startDate", DAY, "kind", "conference"))
                .post("/events").then().statusCode(201).extract().jsonPath().getLong("id");
        awaitLinking(id);
        return id;
    }

    /** The event's automatic links, by article, with their scores. */
    private Map<Long, Float> linkedScores(long eventId) throws Exception {
        Map<Long, Float> scores = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT article_id, score FROM article_event WHERE event_id = ? AND method = 'auto' AND linked")) {
            statement.setLong(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    scores.put(rows.getLong(1), rows.getFloat(2));
                }
            }
        }
        return scores;
    }

    private int articlesCountedOn(String day) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(
                "SELECT coalesce(sum(articles), 0) FROM story_day WHERE day = CAST(? AS date)")) {
            statement.setString(1, day);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
