package news.parallax.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import news.parallax.client.api.ArticlesApi;
import news.parallax.client.api.EventsApi;
import news.parallax.client.api.OutletsApi;
import news.parallax.client.api.SearchApi;
import news.parallax.client.api.StatsApi;
import news.parallax.client.model.Article;
import news.parallax.client.model.ArticleCreate;
import news.parallax.client.model.ArticlePage;
import news.parallax.client.model.ClaimSearchPage;
import news.parallax.client.model.Comparison;
import news.parallax.client.model.CoverageGrouping;
import news.parallax.client.model.Event;
import news.parallax.client.model.EventCreate;
import news.parallax.client.model.EventKind;
import news.parallax.client.model.FacetComparison;
import news.parallax.client.model.Outlet;
import news.parallax.client.model.OutletCreate;
import news.parallax.client.model.OutletKind;
import news.parallax.stats.StatsRollups;
import news.parallax.testing.Api;

/**
 * A user's workflow through the Java client that openapi-generator builds from openapi.yaml
 * (see pom.xml): if the contract and the service disagree, this stops compiling or fails.
 */
@QuarkusTest
class ClientWorkflowTest {

    @Inject
    StatsRollups rollups;

    static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        if (key != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        }
        return client;
    }

    @Test
    void createAnOutletAndArticlesThenCompareSearchAndPage() throws ApiException {
        ApiClient editor = client(Api.ADMIN_KEY);
        String tag = Long.toString(System.nanoTime(), 36);
        Outlet outlet = new OutletsApi(editor).createOutlet(
                new OutletCreate().name("Client Wire " + tag).kind(OutletKind.NEWS_AGENCY), UUID.randomUUID().toString());
        Event event = new EventsApi(editor).createEvent(new EventCreate().title("Client test conference " + tag)
                .kind(EventKind.CONFERENCE).startDate(LocalDate.of(2031, 3, 4)).place("Paris"), null, true, null);

        List<Long> ids = new ArrayList<>();
        String[] bodies = {
            "The client test conference in Paris agreed that elections will be held on 10 December 2031. Macron said the "
                    + "agreement was historic. Salame said the vote needs a new law " + tag + ".",
            "Delegates in Paris said elections are planned for 10 December 2031, according to Reuters.",
            "Observers in Paris said the elections could slip into 2032."};
        for (int i = 0; i < bodies.length; i++) {
            Article article = new ArticlesApi(editor).createArticle(new ArticleCreate()
                    .url("https://client-" + tag + ".example/" + i).outlet(String.valueOf(outlet.getId()))
                    .publishedAt(OffsetDateTime.parse("2031-03-04T1" + i + ":00:00Z")).body(bodies[i]), UUID.randomUUID().toString());
            assertEquals(outlet.getId(), article.getOutlet().getId());
            new EventsApi(editor).linkEventArticle(event.getId(), article.getId());
            ids.add(article.getId());
        }

        ApiClient reader = client(null);
        Comparison comparison = new EventsApi(reader).compareEvent(event.getId());
        assertEquals(3, comparison.getCoverage().getArticles());
        assertEquals(List.of(outlet.getId()), comparison.getOutlets().stream().map(o -> o.getOutlet().getId()).toList());
        FacetComparison electionDate = comparison.getFacets().stream()
                .filter(f -> f.getValues().stream().anyMatch(v -> "2031-12-10".equals(v.getValue()))).findFirst().orElseThrow();
        assertNotNull(electionDate.getAgreement());

        ClaimSearchPage hits = new SearchApi(reader).searchClaims(tag, null, outlet.getId(), null, null, null, null, null, null, null, 10, null);
        assertEquals(1, hits.getItems().size());
        assertEquals(ids.get(0), hits.getItems().get(0).getClaim().getArticle().getId());

        List<Long> paged = new ArrayList<>();
        String cursor = null;
        do {
            ArticlePage page = new ArticlesApi(reader).listArticles(outlet.getId(), null, null, null, null, null, cursor, 1);
            page.getItems().forEach(a -> paged.add(a.getId()));
            cursor = page.getNext() == null ? null : queryParameter(page.getNext(), "cursor");
        } while (cursor != null);
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), paged); // newest first, each once

        rollups.catchUp(); // the stats rollups are current within a second; the test does not wait for the job
        assertEquals(3L, new StatsApi(reader).coverageStats(CoverageGrouping.OUTLET, null, null, null, outlet.getId(), 10)
                .getBuckets().get(0).getArticles());
    }

    @Test
    void writesWithoutAKeyFailWithTheProblemDocument() {
        ApiException refused = assertThrows(ApiException.class, () -> new OutletsApi(client(null))
                .createOutlet(new OutletCreate().name("No key " + System.nanoTime()).kind(OutletKind.ONLINE), null));
        assertEquals(401, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"status\":401"), refused.getResponseBody());
    }

    private static String queryParameter(String link, String name) {
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
