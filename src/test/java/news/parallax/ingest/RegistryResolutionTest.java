package news.parallax.ingest;

import static news.parallax.testing.Api.api;
import static news.parallax.testing.Fixtures.createArticle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Loading other articles, and whatever they add to the registry, never changes how a name that
 * is in the registry resolves (issue 14): a person's name is preferred over a title that is a
 * speaker too, and re-extracting the first article later gives the same speaker.
 */
@QuarkusTest
class RegistryResolutionTest {

    private static long speakerOf(long article) {
        List<Integer> ids = api().queryParam("article", article).get("/claims").then().statusCode(200).extract().jsonPath()
                .getList("items.speaker.id.findAll { it != null }.unique()");
        assertEquals(1, ids.size(), "speakers of article " + article + ": " + ids);
        return ids.get(0);
    }

    @Test
    void aRegisteredNameResolvesTheSameWhateverIsLoadedAfterIt() {
        // a surname no other test uses: the digits of the clock as Arabic letters
        String surname = "فيرا" + Long.toString(System.nanoTime() % 1_000_000).chars()
                .mapToObj(digit -> String.valueOf("بتثجحخدذرز".charAt(digit - '0'))).reduce("", String::concat);
        String arabic = "ماركو " + surname;
        long person = api().body(Map.of("name", "Marco Ferra", "aliases", List.of(Map.of("alias", arabic, "language", "ar"))))
                .post("/speakers").then().statusCode(201).extract().jsonPath().getLong("id");
        String sentence = "وقال وزير الخارجية الإيطالي " + arabic + " إن المحادثات مثمرة.";
        long first = createArticle(sentence);
        assertEquals(person, speakerOf(first));

        // other articles, and a speaker named after the title (as a client or older rules created)
        api().body(Map.of("name", "وزير الخارجية الإيطالي")).post("/speakers").then().statusCode(201);
        createArticle("وقال وزير الخارجية الإيطالي إن روما تدعم الحوار. وأكد وزير الخارجية أن الاتفاق قريب.");
        createArticle("وقال جون سميث، وزير الخارجية، إن المحادثات صعبة.");
        long later = createArticle(sentence + " وأضاف أن الاجتماع القادم في روما.");

        assertEquals(person, speakerOf(later));
        api().post("/articles/{id}/extraction", first).then().statusCode(200);
        assertEquals(person, speakerOf(first));
    }
}
