package news.parallax.robustness;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.statementsDuring;
import static news.parallax.testing.Fixtures.uniqueUrl;
import static news.parallax.testing.Fixtures.uniqueWord;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The reads of a million-article database cost the same number of SQL statements whatever the
 * size of what they answer: an article with no citations or three, a page of one item or six.
 * Every name is unique to the test (a marker) so other tests' data cannot change the answers.
 */
@QuarkusTest
class StatementsPerReadTest {

    @Inject
    SessionFactory sessionFactory;

    private final String port = "Qarabul" + uniqueWord();

    @Test
    void anArticleCostsTheSameStatementsWithoutCitationsAndWithThree() {
        long bare = article("A quiet day", "The harbour of " + port + " was quiet on 2 March 2034.");
        long cited = article("Harbour reopens", "The harbour of " + port + " reopened on 3 March 2034, Reuters reported. "
                + "The works in " + port + " cost 4 million dollars, according to AFP. "
                + "Ships returned to " + port + " on Friday, the Associated Press reported.");
        long few = statements("/articles/" + bare, r -> r.body("citations.size()", equalTo(0)));
        long many = statements("/articles/" + cited, r -> r.body("citations.size()", equalTo(3)).body("claimCount", equalTo(3)));
        assertEquals(1, few, "one statement: the article with its texts, claim count, publisher and citations");
        assertEquals(few, many, "statements for an article with 0 and with 3 citations");
    }

    @Test
    void pagesOfArticlesClaimsAndSearchCostTheSameStatementsForOneItemAndForSix() {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ids.add(article("Harbour of " + port + " day " + i, "Cranes in " + port + " moved " + (10 + i)
                    + " containers on " + i + " March 2034, Reuters reported."));
        }
        long oneArticle = statements("/articles?q=" + port + "&limit=1", r -> r.body("items.size()", equalTo(1)));
        long sixArticles = statements("/articles?q=" + port + "&limit=6", r -> r.body("items.size()", equalTo(6)));
        assertEquals(oneArticle, sixArticles, "statements for an article page of 1 and of 6");
        // a page whose articles come from six publishers: their outlets are read with the articles, not one by one
        String dock = "Dock" + uniqueWord();
        for (int i = 1; i <= 6; i++) {
            article("Dock of " + dock + " day " + i, "Tugs in " + dock + " towed " + i + " barges, Reuters reported.",
                    "Gazette " + i + " of " + dock);
        }
        long sixOutlets = statements("/articles?q=" + dock + "&limit=6", r -> r.body("items.outlet.id.unique().size()", equalTo(6)));
        assertEquals(oneArticle, sixOutlets, "statements for an article page of one publisher and of six");

        // up to the day after the articles', so that the windows are counted back from there whatever other tests published later
        String search = "/claims/search?publishedTo=2034-03-04T00:00:00Z&q=" + port;
        long oneMatch = statements(search + "&limit=1", r -> r.body("items.size()", equalTo(1)));
        long sixMatches = statements(search + "&limit=6", r -> r.body("items.size()", equalTo(6)));
        assertEquals(oneMatch, sixMatches, "statements for a search page of 1 and of 6");
        // a limit the six matches cannot fill either: relevance goes from two days to any time (six promise too few of its 200
        // candidates for the month), recency reads the month window between them (they promise half of its 101)
        long byRecency = statements(search + "&sort=recency&limit=100", r -> r.body("items.size()", equalTo(6)));
        assertEquals(oneMatch + 1, byRecency, "statements for a search by relevance and by recency");

        long outlet = api().get("/articles/{id}", ids.get(0)).then().extract().jsonPath().getLong("outlet.id");
        long oneClaim = statements("/claims?outlet=" + outlet + "&limit=1", r -> r.body("items.size()", equalTo(1)));
        long sixClaims = statements("/claims?outlet=" + outlet + "&limit=6", r -> r.body("items.size()", equalTo(6)));
        assertEquals(oneClaim, sixClaims, "statements for a claim page of 1 and of 6");
        assertEquals(3, oneClaim, "three statements: the page's ids, its claims with their articles, outlets and speakers, "
                + "their facets");
    }

    @Test
    void relatedClaimsCostTheSameStatementsForOneAndForFive() {
        // dates no other claim states (a claim stating the same date elsewhere is related to it) and a lone claim sharing no
        // word with the others: the five are the only related claims whatever other tests stored
        String crane = "Zelvor" + uniqueWord();
        List<Long> similar = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            similar.add(article("Cranes day " + i, "Cranes in " + port + " lifted the " + crane + " hulls on " + i
                    + " November 2093, Reuters reported."));
        }
        long lone = article("Other harbour", "Fishermen counted " + uniqueWord() + " nets near Velmora on 9 November 2093.");
        long five = statements("/claims/" + firstClaim(similar.get(0)) + "/related",
                r -> r.body("outlets.claims.flatten().size()", equalTo(5)));
        long one = statements("/claims/" + firstClaim(lone) + "/related", r -> r.body("outlets.claims.flatten().size()", equalTo(0)));
        assertEquals(one, five, "statements for related claims of none and of five");
    }

    private long firstClaim(long article) {
        return api().get("/claims?article=" + article).then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    private long statements(String path, Consumer<ValidatableResponse> check) {
        return statementsDuring(sessionFactory, () -> check.accept(api().get(path).then().statusCode(200)));
    }

    private long article(String title, String body) {
        return article(title, body, "Wire of " + port);
    }

    private long article(String title, String body, String outlet) {
        return api().body(Map.of("url", uniqueUrl("statements"), "title", title, "body", body,
                "publishedAt", "2034-03-03T09:00:00Z", "outlet", outlet))
                .post("/articles").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
