package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An alias is found as written, behind one clitic letter (و، ب، ل، ف، ك) or behind "ال"/"لل" on its first word. */
class RegistryTest {

    private static final Registry.Entry LAVROV = new Registry.Entry(1, "Sergey Lavrov", "person");
    private static final Registry.Entry RIYADH = new Registry.Entry(2, "Riyadh", "place");
    private static final Registry.Entry BBC = new Registry.Entry(3, "BBC", "broadcaster");
    private static final Registry REGISTRY = new Registry(Map.of("بي بي سي", BBC),
            Map.of("سيرغي لافروف", LAVROV, "لافروف", LAVROV), Map.of("رياض", RIYADH));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وصل سيرغي لافروف إلى المدينة     | Sergey Lavrov
            وقال لافروف إن الاجتماع مثمر      | Sergey Lavrov
            ولسيرغي لافروف رأي آخر            | Sergey Lavrov
            كلافروف قال الوزير                | Sergey Lavrov
            وكلافروف قال الوزير               | ''
            وصل الوزير إلى المدينة           | ''
            """)
    void speakersBehindAClitic(String text, String expected) {
        List<String> keys = keys(text);
        assertEquals(expected, String.join(",", REGISTRY.speakersMentioned(keys).stream().map(found -> found.entry().name()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وصل إلى رياض الصباح      | Riyadh
            وصل إلى الرياض صباحا      | Riyadh
            وصل للرياض صباحا          | Riyadh
            وصل بالرياض صباحا         | ''
            وصل إلى الرياضة صباحا     | ''
            """)
    void placesBehindTheArticle(String text, String expected) {
        List<String> keys = keys(text);
        assertEquals(expected, String.join(",", REGISTRY.placesWithin(keys).stream().map(found -> found.entry().name()).toList()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            بي بي سي قالت      | BBC
            لبي بي سي قال      | BBC
            وبي بي سي قالت     | BBC
            لبي قال            | ''
            """)
    void outletsAtTheStart(String text, String expected) {
        List<String> keys = keys(text);
        Registry.Found found = REGISTRY.outletAtStart(keys);
        assertEquals(expected, found == null ? "" : found.entry().name());
    }

    private static List<String> keys(String text) {
        String normalized = NormalizedText.of(text).text;
        return Tokens.keys(Tokens.of(normalized, 0, normalized.length()));
    }
}
