package news.parallax.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A pattern's matches tried only where one can start. {@link Matcher#find()} tries a pattern at every position of a text;
 * a pattern that opens with a look-behind or an alternation of many words then costs a scan of the whole text per
 * pattern (JFR: a fifth of extraction for the date patterns, a tenth for the word lists of citations), for a few matches.
 */
final class Matches {

    private Matches() {
    }

    /**
     * The matches {@link Matcher#find()} would return, one after the other, but tried only at {@code starts} (ascending),
     * which must hold every position where a match can start: each try is then the one {@code find()} makes at that
     * position (the look-behind still sees the text before it), so the matches are the same.
     */
    static List<MatchResult> tryingOnly(Pattern pattern, String text, int[] starts) {
        List<MatchResult> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int at : starts) {
            if (at >= next && matcher.region(at, text.length()).lookingAt()) {
                found.add(matcher.toMatchResult());
                next = matcher.end(); // as find(), go on after the match
            }
        }
        return found;
    }

    /**
     * The whole words (or phrases) of a word list in a text: the matches of {@code (?<![\p{L}])(word|word ...)(?![\p{L}])},
     * the first listed word that fits winning, tried only where a listed word starts after no letter.
     */
    static final class OfWords {
        private final List<String> words;
        private final Pattern pattern;
        /** The first chars of the listed words: a match starts only where one of them does. */
        private final String initials;

        OfWords(List<String> words) {
            this.words = List.copyOf(words);
            this.pattern = Pattern.compile("(?<![\\p{L}])(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
            this.initials = words.stream().map(word -> word.substring(0, 1)).distinct().collect(Collectors.joining());
        }

        /** Every match, as {@link Matcher#find()} gives them one after the other; group 1 is the word. */
        List<MatchResult> in(String text) {
            IntStream.Builder starts = IntStream.builder();
            for (int at = 0; at < text.length(); at++) {
                if (initials.indexOf(text.charAt(at)) >= 0 && (at == 0 || !Character.isLetter(text.charAt(at - 1))) && listedWordAt(text, at)) {
                    starts.add(at);
                }
            }
            return tryingOnly(pattern, text, starts.build().toArray());
        }

        private boolean listedWordAt(String text, int at) {
            for (String word : words) {
                if (text.startsWith(word, at)) {
                    return true;
                }
            }
            return false;
        }
    }
}
