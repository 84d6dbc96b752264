package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word list's matches tried only where a listed word starts are the ones {@link Matcher#find()} gives over the text. */
class MatchesTest {

    private static final List<String> WORDS = List.of("according to", "told", "said", "اكدت", "قالت", "ذكرت");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English cues in a sentence                  | The minister told Reuters, according to the agency, that he said no. | told@13,according to@27,said@60
            no word inside a longer word                | He retold it and unsaid it; toldx is no word.                       | ''
            a word at the text's start and end          | said the minister, who then told                                    | said@0,told@28
            after a digit or a bracket, not a letter    | 2told (said)                                                        | told@1,said@7
            Arabic verbs after a conjunction are inside a word | وقالت الوزارة إن الصحيفة ذكرت أن المصادر اكدت            | ذكرت@25,اكدت@41
            the first listed word that fits wins        | according to told                                                    | according to@0,told@13
            """)
    void theMatchesAreFindsMatches(String why, String text, String expected) {
        assertEquals(expected, describe(new Matches.OfWords(WORDS).in(text)), why);
        Matcher find = Pattern.compile("(?<![\\p{L}])(" + String.join("|", WORDS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])")
                .matcher(text);
        List<java.util.regex.MatchResult> found = new ArrayList<>();
        while (find.find()) {
            found.add(find.toMatchResult());
        }
        assertEquals(describe(found), describe(new Matches.OfWords(WORDS).in(text)), why);
    }

    private static String describe(List<java.util.regex.MatchResult> matches) {
        return String.join(",", matches.stream().map(match -> match.group(1) + "@" + match.start()).toList());
    }
}
