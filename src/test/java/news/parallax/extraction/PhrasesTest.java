package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasesTest {

    private static final Phrases CUES = new Phrases(List.of(List.of("نقلا", "عن"), List.of("بحسب"),
            List.of("نقلا", "عن", "مصادر"), List.of("according", "to")));

    @ParameterizedTest(name = "\"{0}\" at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            نقلا عن مصادر مطلعة        | 0 | 3
            نقلا عن الوكالة           | 0 | 2
            ونقلا عن مصادر           | 0 | 3
            فبحسب الوكالة             | 0 | 1
            وبحسب                     | 0 | 1
            قال نقلا عن الوكالة        | 1 | 2
            قال نقلا عن الوكالة        | 0 | 0
            نقلا                      | 0 | 0
            الوكالة نقلا              | 2 | 0
            وعن الوكالة               | 0 | 0
            according to the agency   | 0 | 2
            """)
    void takesTheLongestPhraseStartingThere(String text, int at, int length) {
        assertEquals(length, CUES.lengthAt(Arrays.asList(text.split(" ")), at));
    }
}
