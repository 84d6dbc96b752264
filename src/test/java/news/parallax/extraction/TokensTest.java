package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A range's words taken from the text's words read once ({@link Tokens#within}) are the words read over the range alone. */
class TokensTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a sentence between two others                 | وصل الوزير. وقال إن المحادثات مثمرة. ثم غادر       | وقال                 | ثم
            a word that runs across a full stop            | وصل الوزير.وقال إن المحادثات مثمرة. ثم غادر        | وقال                 | ثم
            a range that ends inside a word with a dot     | قال مسؤول في U.N.الامم ان الاجتماع تأجل            | قال                  | الامم
            Latin then Arabic with no space at the edge    | شاهد الفيديو Watchالنشطة يتحدثون                   | شاهد                 | النشطة
            the range starts at Arabic after Latin         | شاهد الفيديو Watchالنشطة يتحدثون                   | النشطة               | ''
            the whole text                                 | وقال لافروف: "نرحب بالمبادرة".                     | ''                   | ''
            """)
    void aRangeHasTheWordsReadOverItAlone(String why, String text, String from, String to) {
        NormalizedText normalized = NormalizedText.of(text);
        int start = from.isEmpty() ? 0 : normalized.text.indexOf(NormalizedText.of(from).text);
        int end = to.isEmpty() ? normalized.text.length() : normalized.text.indexOf(NormalizedText.of(to).text, start + 1);
        List<Tokens.Token> alone = Tokens.of(normalized.text, start, end);
        assertEquals(alone, Tokens.within(normalized, start, end), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a full stop before a letter splits the word in the sentence | وصل الوزير.وقال إن المحادثات مثمرة | 11 | وقال,ان,المحادثات,مثمره
            Latin then Arabic are two words                            | شاهد Watchالنشطة                    | 0  | شاهد,watch,النشطه
            accents folded in a key                                    | قال ماكرون في الإليزيه Élysée      | 0  | قال,ماكرون,في,الاليزيه,elysee
            """)
    void keysOfARange(String why, String text, int from, String keys) {
        NormalizedText normalized = NormalizedText.of(text);
        assertEquals(List.of(keys.split(",")), Tokens.keys(Tokens.within(normalized, from, normalized.text.length())), why);
    }
}
