package news.parallax.extraction;

import java.util.List;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A text normalised for matching (lower case, Lucene's Arabic normalisation, decimal digits of
 * any script as ASCII) together with the position in the original of every normalised char, so
 * that a match in the normalised text is a span of the original. Characters that normalisation
 * removes (diacritics, tatweel) simply have no normalised counterpart.
 */
final class NormalizedText {

    /** Marks a char normalisation removes (a diacritic, tatweel): it has no normalised counterpart. */
    private static final char REMOVED = '\uFFFF';
    /**
     * Every char as normalised, computed once: normalisation is a function of the char alone, and looking it up in
     * Lucene's normaliser char by char was a seventh of extraction's time.
     */
    private static final char[] NORMALIZED = normalizedChars();

    final String original;
    final String text;
    private final int[] originalIndex;
    /** The words of the whole text, read when first asked for: sentences, places and speakers all read them. */
    private List<Tokens.Token> tokens;

    private NormalizedText(String original, String text, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
    }

    static NormalizedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] index = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = NORMALIZED[original.charAt(i)];
            if (c != REMOVED || original.charAt(i) == REMOVED) { // the noncharacter U+FFFF stands for itself
                index[text.length()] = i;
                text.append(c);
            }
        }
        index[text.length()] = original.length();
        return new NormalizedText(original, text.toString(), index);
    }

    private static char[] normalizedChars() {
        ArabicNormalizer arabic = new ArabicNormalizer();
        char[] table = new char[Character.MAX_VALUE + 1];
        char[] one = new char[1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                table[c] = (char) ('0' + digit);
            } else {
                one[0] = Character.toLowerCase((char) c);
                table[c] = arabic.normalize(one, 1) == 0 ? REMOVED : one[0];
            }
        }
        return table;
    }

    /** The words of the whole text ({@link Tokens#of}), read once. */
    List<Tokens.Token> tokens() {
        if (tokens == null) {
            tokens = Tokens.of(text, 0, text.length());
        }
        return tokens;
    }

    /** Start in the original of the normalised position {@code start}. */
    int originalStart(int start) {
        return originalIndex[start];
    }

    /** End (exclusive) in the original of a normalised range ending at {@code end}. */
    int originalEnd(int end) {
        return end == 0 ? 0 : originalIndex[end - 1] + 1;
    }

    /** The original text of a normalised range. */
    String originalOf(int start, int end) {
        return original.substring(originalStart(start), originalEnd(end));
    }

    /** The original text of a name: a hashtag's words as words ("#الأمم_المتحدة" names الأمم المتحدة). */
    String nameOf(int start, int end) {
        return originalOf(start, end).replace('_', ' ');
    }
}
