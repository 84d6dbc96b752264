package news.parallax.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a normalised text with their positions; keys are comparable with registry aliases. */
final class Tokens {

    /** A word: its key (as {@link news.parallax.text.NameNormalizer} would write it) and [start, end) in the normalised text. */
    record Token(String key, int start, int end) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’][\\p{L}\\p{N}]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokens() {
    }

    static List<Token> of(String normalized, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(normalized).region(from, to);
        while (word.find()) {
            int start = word.start();
            for (int c = start + 1; c < word.end(); c++) {
                if (latinThenArabic(normalized.charAt(c - 1), normalized.charAt(c))) {
                    // "Watchالنشطة": a page that dropped the space; an Arabic clitic before Latin ("لـCNN") stays one word
                    tokens.add(new Token(key(normalized.substring(start, c)), start, c));
                    start = c;
                }
            }
            tokens.add(new Token(key(normalized.substring(start, word.end())), start, word.end()));
        }
        return tokens;
    }

    /**
     * The words of [from, to) of a text: the text's own words ({@link NormalizedText#tokens}) in that range, which are
     * the words {@link #of} reads there unless a word of the text runs across an edge ("word.كلمة" is one word of the
     * text, two of its sentences); then the range is read afresh.
     */
    static List<Token> within(NormalizedText text, int from, int to) {
        List<Token> all = text.tokens();
        int first = firstStartingAt(all, from);
        int last = firstStartingAt(all, to);
        boolean acrossStart = first > 0 && all.get(first - 1).end() > from;
        boolean acrossEnd = last > 0 && all.get(last - 1).end() > to;
        return acrossStart || acrossEnd ? of(text.text, from, to) : List.copyOf(all.subList(first, last));
    }

    /** The index of the first token that starts at {@code position} or later ({@code tokens.size()} when none does). */
    private static int firstStartingAt(List<Token> tokens, int position) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).start() < position) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean latinThenArabic(char before, char at) {
        return before < 0x250 && Character.isLetter(before) && Character.UnicodeBlock.of(at) == Character.UnicodeBlock.ARABIC;
    }

    static List<String> keys(List<Token> tokens) {
        return tokens.stream().map(Token::key).toList();
    }

    /** Latin accents folded (élysée, elysee); the rest is already normalised. */
    private static String key(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && c < 0x250) {
                return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return word;
    }
}
