package news.parallax.speaker;

import static news.parallax.testing.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The people registry (registry/people.json) is loaded on start, and extraction resolves its spellings at once. */
@QuarkusTest
class SpeakerRegistryTest {

    @Test
    void aPersonOfThePeopleFileIsASpeakerWithItsRoleAndSpellings() {
        api().queryParam("name", "Anwar Gargash").get("/speakers").then().statusCode(200)
                .body("items[0].name", equalTo("Anwar Gargash"))
                .body("items[0].role", equalTo("UAE Minister of State for Foreign Affairs"))
                .body("items[0].aliases.alias", hasItems("أنور قرقاش", "أنور بن محمد قرقاش", "قرقاش", "Gargash"));
    }

    @Test
    void extractionResolvesAnySpellingOfTheFileToThePerson() {
        // "ترمب" and "ترامب" are two spellings of one name: both resolve to the registered person
        api().body(Map.of("text", "وقال الرئيس الأمريكي دونالد ترمب إن المحادثات كانت جيدة. وقال ترامب إنه سيزور المنطقة قريبا."))
                .post("/extract").then().statusCode(200)
                .body("claims[0].speaker.name", equalTo("Donald Trump"))
                .body("claims[1].speaker.name", equalTo("Donald Trump"));
    }
}
