package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            قال المتحدث إن الاجتماع انتهى              | ar
            The spokesman said the meeting ended       | en
            قال الوزير لوكالة Reuters                  | ar
            The talks in الرياض ended on Monday        | en
            ـــــ 2018 ...                              | none
            ۇيغۇر تىلى                                  | ar
            Ελληνικά 123                               | none
            """)
    void readsTheScriptOfMostLetters(String text, String language) {
        assertEquals(Optional.ofNullable(language), LanguageGuess.of(text));
    }
}
