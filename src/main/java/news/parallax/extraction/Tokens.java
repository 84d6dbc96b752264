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
            tokens.add(new Token(key(word.group()), word.start(), word.end()));
        }
        return tokens;
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
