package news.parallax.ingest;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import news.parallax.event.LinkingService;
import news.parallax.event.LinkingService.LinkableArticle;

/**
 * A page that closes with the leads of the publisher's other articles: ingest stores where the article's own text ends;
 * event linking reads only the text and dates before it, attribution and the article as answered read everything.
 */
@QuarkusTest
class OwnTextTest {

    private static final String OWN = """
            الرباط، المغرب (CNN)-- افتتح ميناء جديد للصيد في مدينة الحسيمة يوم 12 أغسطس 2018، بحضور مسؤولين محليين وممثلين عن الصيادين.
            وقال مدير الميناء إن المشروع سيوفر مئات فرص العمل لأبناء المنطقة خلال العامين المقبلين.""";
    private static final String TRAILER = """
            قال وزير الخارجية الأمريكي، مايك بومبيو، الثلاثاء، إن بلاده لن تتراجع عن العقوبات المفروضة على إيران قبل أن تغير سياستها.
            لقي 12 شخصا مصرعهم في انفجار سيارة مفخخة بسوق شعبي في مدينة الموصل شمال العراق يوم 14 أغسطس 2018، بحسب مصادر أمنية.
            كشف فريق من علماء الآثار عن مقبرة تعود إلى أكثر من ثلاثة آلاف عام قرب مدينة الأقصر جنوب مصر، وفقا لبيان رسمي صدر الأربعاء.""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LinkingService linking;

    @Test
    void linkingReadsTheOwnTextAndAttributionTheWholeText() throws SQLException {
        long id = api().body(Map.of("url", uniqueUrl("own-text"), "title", "ميناء جديد في الحسيمة", "publishedAt", "2018-08-15T10:00:00Z",
                "body", OWN + "\n" + TRAILER)).post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");

        JsonPath article = api().get("/articles/{id}", id).then().statusCode(200).extract().jsonPath();
        assertEquals(OWN + "\n" + TRAILER, article.getString("cleanText")); // the answer is as before: the whole clean text
        assertEquals(OWN.codePointCount(0, OWN.length()), ownTextEnd(id));
        LinkableArticle linkable = linking.linkableArticles(List.of(id)).get(0);
        assertEquals(OWN, linkable.ownText());
        assertEquals(List.of("2018-08-12"), linkable.dates());
        // the trailer's quote is still the article's claim, with its speaker
        assertEquals(List.of("Mike Pompeo"), api().queryParam("article", id).get("/claims").then().statusCode(200).extract().jsonPath()
                .getList("items.speaker.name").stream().filter(name -> name != null).toList());

        // a row stored before the marker was kept reads as its whole clean text, until it is extracted again
        execute("UPDATE article SET own_text_end = NULL WHERE id = " + id);
        assertEquals(OWN + "\n" + TRAILER, linking.linkableArticles(List.of(id)).get(0).ownText());
        api().post("/articles/{id}/extraction", id).then().statusCode(200);
        assertEquals(OWN.codePointCount(0, OWN.length()), ownTextEnd(id));
        assertEquals(OWN, linking.linkableArticles(List.of(id)).get(0).ownText());
    }

    private Integer ownTextEnd(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT own_text_end FROM article WHERE id = " + id)) {
            row.next();
            return (Integer) row.getObject(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
