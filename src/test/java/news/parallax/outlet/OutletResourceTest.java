package news.parallax.outlet;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.follow;
import static news.parallax.testing.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
class OutletResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void registryOutletsAreFoundByArabicAndLatinAliases() {
        api().queryParam("name", "الغارديان").get("/outlets")
                .then().statusCode(200).body("items[0].name", equalTo("The Guardian"))
                .body("items[0].domains", hasItem("theguardian.com"));
        // another spelling of the same name, with a hamza form and diacritics that must not matter
        api().queryParam("name", "الجارْديان").get("/outlets")
                .then().statusCode(200).body("items[0].name", equalTo("The Guardian"));
        api().queryParam("name", "reuters").get("/outlets")
                .then().statusCode(200).body("items[0].name", equalTo("Reuters")).body("items[0].kind", equalTo("news_agency"));
        api().queryParam("name", "ريا نوفوستي").get("/outlets")
                .then().statusCode(200).body("items[0].name", equalTo("RIA Novosti")).body("items[0].country", equalTo("RU"));
        api().queryParam("name", "إنترفاكس").get("/outlets")
                .then().statusCode(200).body("items[0].name", equalTo("Interfax"));
    }

    @Test
    void registryHoldsTheOutletsThatMatterForMiddleEastCoverage() {
        List<String> names = new ArrayList<>();
        String next = "/outlets?limit=200";
        while (next != null) {
            JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            next = page.getString("next");
        }
        assertTrue(names.size() >= 40, "registry has " + names.size() + " outlets");
        assertTrue(names.containsAll(List.of("Reuters", "Agence France-Presse", "Associated Press", "Anadolu Agency", "TASS",
                "RIA Novosti", "Interfax", "Sputnik", "Xinhua", "EFE", "Deutsche Presse-Agentur", "The Guardian",
                "The New York Times", "The Washington Post", "Le Monde", "BBC", "BBC Arabic", "CNN", "CNN Arabic", "France 24",
                "Al Jazeera", "Al Arabiya", "Sky News Arabia", "RT", "RT Arabic", "News.ru", "Al-Ahram", "Asharq Al-Awsat",
                "Al-Quds Al-Arabi", "Libya Observer", "Al Wasat")), names.toString());
    }

    @Test
    void domainLookUpFindsTheOwnerOfTheDomainOrItsParent() {
        api().queryParam("domain", "bbc.com").get("/outlets")
                .then().statusCode(200).body("items.name", contains("BBC"));
        api().queryParam("domain", "www.bbc.com").get("/outlets")
                .then().statusCode(200).body("items.name", contains("BBC"));
        // arabic.cnn.com is registered to CNN Arabic, longer than cnn.com
        api().queryParam("domain", "arabic.cnn.com").get("/outlets")
                .then().statusCode(200).body("items.name", contains("CNN Arabic"));
        api().queryParam("domain", "unknown-paper.example").get("/outlets")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void createReadReplaceAndDeleteAnOutlet() {
        String name = unique("Tobruk Courier");
        String domain = "courier-" + System.nanoTime() + ".ly";
        Response created = api().body(Map.of("name", name, "kind", "newspaper", "country", "LY", "language", "ar",
                        "aliases", List.of(Map.of("alias", "بريد طبرق", "language", "ar")), "domains", List.of(domain)))
                .post("/outlets");
        created.then().statusCode(201)
                .header("Location", endsWith("/outlets/" + created.path("id")))
                .body("name", equalTo(name))
                .body("verified", equalTo(true))
                .body("aliases.alias", contains(name, "بريد طبرق"))
                .body("domains", contains(domain));
        long id = created.jsonPath().getLong("id");

        api().get("/outlets/{id}", id).then().statusCode(200).body("country", equalTo("LY")).body("language", equalTo("ar"));
        api().queryParam("name", "بريد طبرق").get("/outlets").then().statusCode(200).body("items[0].id", equalTo((int) id));

        String renamed = unique("Tobruk Evening Courier");
        api().body(Map.of("name", renamed, "kind", "online", "domains", List.of()))
                .put("/outlets/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo(renamed))
                .body("kind", equalTo("online"))
                .body("country", nullValue())
                .body("domains", hasSize(0))
                .body("aliases.alias", contains(name, "بريد طبرق", renamed));
        // the old name still resolves, so articles that use it keep their outlet
        api().queryParam("name", name).get("/outlets").then().statusCode(200).body("items[0].id", equalTo((int) id));

        api().delete("/outlets/{id}", id).then().statusCode(204);
        api().get("/outlets/{id}", id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("There is no outlet with id " + id));
    }

    @Test
    void aliasesAreAddedAndRemovedAndTheirNormalisedFormIsUniquePerOutlet() {
        long id = createOutlet(unique("Benghazi Voice"));
        Response alias = api().body(Map.of("alias", "صوت بنغازي", "language", "ar")).post("/outlets/{id}/aliases", id);
        alias.then().statusCode(201).body("alias", equalTo("صوت بنغازي")).body("language", equalTo("ar"))
                .header("Location", endsWith("/outlets/" + id + "/aliases/" + alias.path("id")));

        // the same alias with tatweel and a diacritic is the same alias
        api().body(Map.of("alias", "صـوت بنغازيّ")).post("/outlets/{id}/aliases", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has an alias"));

        api().delete("/outlets/{id}/aliases/{aliasId}", id, alias.path("id")).then().statusCode(204);
        api().get("/outlets/{id}", id).then().body("aliases.alias", not(hasItem("صوت بنغازي")));
    }

    @Test
    void theAliasThatIsTheCanonicalNameCannotBeRemoved() {
        String name = unique("Misrata Daily");
        long id = createOutlet(name);
        int canonical = api().get("/outlets/{id}", id).path("aliases[0].id");
        api().delete("/outlets/{id}/aliases/{aliasId}", id, canonical)
                .then().statusCode(409).body("detail", containsString("rename the outlet first"));
        api().delete("/outlets/{id}/aliases/{aliasId}", id, 999_999_999L).then().statusCode(404);
    }

    @Test
    void aSecondOutletWithAKnownNameOrDomainIsAConflict() {
        api().body(Map.of("name", "REUTERS", "kind", "news_agency")).post("/outlets")
                .then().statusCode(409).body("detail", containsString("Reuters"));
        api().body(Map.of("name", unique("Copycat"), "kind", "online", "domains", List.of("reuters.com"))).post("/outlets")
                .then().statusCode(409).body("detail", equalTo("Domain reuters.com already belongs to outlet "
                        + api().queryParam("name", "Reuters").get("/outlets").path("items[0].id") + " (Reuters)"));
    }

    @Test
    void listingPagesThroughEveryOutletOnceInNameOrder() {
        String prefix = "Paging " + Long.toString(System.nanoTime(), 36);
        for (String suffix : List.of("C", "A", "E", "B", "D")) {
            createOutlet(prefix + " " + suffix, "collective");
        }
        List<String> seen = new ArrayList<>();
        Response first = api().queryParam("kind", "collective").queryParam("limit", 2).get("/outlets");
        first.then().statusCode(200).body("items", hasSize(2));
        String link = first.header("Link");
        String next = first.path("next");
        assertEquals("<" + next + ">; rel=\"next\"", link);
        seen.addAll(first.jsonPath().getList("items.name"));
        while (next != null) {
            JsonPath page = follow(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.name"));
            next = page.getString("next");
        }
        List<String> ours = seen.stream().filter(n -> n.startsWith(prefix)).toList();
        assertEquals(List.of(prefix + " A", prefix + " B", prefix + " C", prefix + " D", prefix + " E"), ours);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no outlet appears twice");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(null);
        assertEquals(sorted, seen);
    }

    @Test
    void anOutletThatArticlesReferToCannotBeDeleted() throws SQLException {
        long id = createOutlet(unique("Sirte Times"));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO article (url, outlet_id, language, body, clean_text, content_hash)
                        VALUES (?, ?, 'en', 'x', 'x', repeat('a', 64))""")) {
            insert.setString(1, "https://example.org/" + id);
            insert.setLong(2, id);
            insert.executeUpdate();
        }
        api().delete("/outlets/{id}", id).then().statusCode(409)
                .body("detail", equalTo("Outlet " + id + " is still referred to by articles, citations or claims;"
                        + " delete or reassign them first"));
        api().get("/outlets/{id}", id).then().statusCode(200);
    }

    @Test
    void fuzzyNameLookUpRanksTheExactAliasFirst() {
        List<String> names = api().queryParam("name", "BBC").get("/outlets").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
        assertEquals("BBC", names.get(0));
        assertNotEquals(-1, names.indexOf("BBC Arabic"), "trigram-similar names follow: " + names);
    }

    private static long createOutlet(String name) {
        return createOutlet(name, "online");
    }

    private static long createOutlet(String name, String kind) {
        return api().body(Map.of("name", name, "kind", kind)).post("/outlets")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
