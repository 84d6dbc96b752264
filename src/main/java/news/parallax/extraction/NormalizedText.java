package news.parallax.extraction;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * A text normalised for matching (lower case, Lucene's Arabic normalisation, decimal digits of
 * any script as ASCII) together with the position in the original of every normalised char, so
 * that a match in the normalised text is a span of the original. Characters that normalisation
 * removes (diacritics, tatweel) simply have no normalised counterpart.
 */
final class NormalizedText {

    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

    final String original;
    final String text;
    private final int[] originalIndex;

    private NormalizedText(String original, String text, int[] originalIndex) {
        this.original = original;
        this.text = text;
        this.originalIndex = originalIndex;
    }

    static NormalizedText of(String original) {
        StringBuilder text = new StringBuilder(original.length());
        int[] index = new int[original.length() + 1];
        char[] one = new char[1];
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            int digit = Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
            if (digit >= 0) {
                c = (char) ('0' + digit);
            } else {
                one[0] = Character.toLowerCase(c);
                if (ARABIC.normalize(one, 1) == 0) {
                    continue; // a diacritic or tatweel
                }
                c = one[0];
            }
            index[text.length()] = i;
            text.append(c);
        }
        index[text.length()] = original.length();
        return new NormalizedText(original, text.toString(), index);
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
