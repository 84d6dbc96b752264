package news.parallax.speaker;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Api.follow;
import static news.parallax.testing.Fixtures.createArticle;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class SpeakerResourceTest {

    @Test
    void aMisspeltOrDifferentlySpelledNameFindsTheSpeaker() {
        Response created = api().body(Map.of("name", "Khalifa Haftar", "role", "Commander of the Libyan National Army",
                "aliases", List.of(Map.of("alias", "خليفة حفتر", "language", "ar")))).post("/speakers");
        created.then().statusCode(201).header("Location", endsWith("/speakers/" + created.path("id")))
                .body("aliases.alias", contains("Khalifa Haftar", "خليفة حفتر"));
        int id = created.path("id");

        api().queryParam("name", "Hafter").get("/speakers").then().statusCode(200).body("items.id", hasItem(id));
        api().queryParam("name", "khalifa haftar").get("/speakers").then().statusCode(200).body("items[0].name", equalTo("Khalifa Haftar"));
        // ta marbuta written as ha, as many Arabic pages do
        api().queryParam("name", "خليفه حفتر").get("/speakers").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void replacingKeepsEveryEarlierNameAsAnAlias() {
        long id = api().body(Map.of("name", "Sergei Lavrov " + System.nanoTime())).post("/speakers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String oldName = api().get("/speakers/{id}", id).path("name");
        String newName = "Sergey Lavrov " + System.nanoTime();
        api().body(Map.of("name", newName, "role", "Russian foreign minister", "affiliation", "Russian Ministry of Foreign Affairs"))
                .put("/speakers/{id}", id)
                .then().statusCode(200).body("name", equalTo(newName)).body("role", equalTo("Russian foreign minister"))
                .body("aliases.alias", contains(oldName, newName));
    }

    @Test
    void deletingASpeakerKeepsTheirClaimsWithoutASpeaker() {
        String name = "Dmitry Peskov " + System.nanoTime();
        long article = createArticle("Peskov said the visit was not being prepared.");
        long claim = api().body(Map.of("span", Map.of("start", 0, "end", 11), "kind", "paraphrase", "speaker", name))
                .post("/articles/{id}/claims", article).then().statusCode(201)
                .body("speaker.name", equalTo(name)).extract().jsonPath().getLong("id");
        long speaker = api().get("/claims/{id}", claim).jsonPath().getLong("speaker.id");

        api().delete("/speakers/{id}", speaker).then().statusCode(204);
        api().get("/speakers/{id}", speaker).then().statusCode(404);
        api().get("/claims/{id}", claim).then().statusCode(200).body("speaker", nullValue());
    }

    @Test
    void speakersArePagedInNameOrder() {
        String prefix = "Zz Paging Speaker " + Long.toString(System.nanoTime(), 36);
        for (String suffix : List.of("B", "A", "C")) {
            api().body(Map.of("name", prefix + " " + suffix)).post("/speakers").then().statusCode(201);
        }
        List<String> names = new java.util.ArrayList<>();
        String next = "/speakers?limit=2";
        while (next != null) {
            var page = follow(next).then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            next = page.getString("next");
        }
        org.junit.jupiter.api.Assertions.assertEquals(List.of(prefix + " A", prefix + " B", prefix + " C"),
                names.stream().filter(n -> n.startsWith(prefix)).toList());
    }
}
