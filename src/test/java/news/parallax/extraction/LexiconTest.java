package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word lists read with a conjunction: the word as it is, or after one و or ف. */
class LexiconTest {

    private static final Lexicon RULES = Lexicon.RULES;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            speech verb | قال    | true
            speech verb | وقال   | true
            speech verb | فقال   | true
            speech verb | ووقال  | false
            speech verb | وقالت  | true
            speech verb | بقال   | false
            title       | والرئيس | true
            title       | فالوزير | true
            title       | الرئيس  | true
            complementizer | وان  | true
            complementizer | فان  | true
            complementizer | كان  | false
            """)
    void aListedWordIsReadAlsoAfterAConjunction(String list, String word, boolean listed) {
        String key = NormalizedText.of(word).text;
        boolean found = switch (list) {
            case "speech verb" -> RULES.isSpeechVerb(key);
            case "title" -> RULES.isTitle(key);
            case "complementizer" -> RULES.isComplementizer(key);
            default -> throw new IllegalArgumentException(list);
        };
        assertEquals(listed, found, list + " " + word);
    }
}
