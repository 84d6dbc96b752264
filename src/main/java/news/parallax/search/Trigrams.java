package news.parallax.search;

import java.util.Arrays;

/**
 * The trigrams of a text as PostgreSQL's pg_trgm makes them, to compare one claim with many candidates in the service:
 * pg_trgm's {@code similarity(a, b)} makes the trigrams of both texts on every call (100 to 200 microseconds for an
 * Arabic claim, most of a related-claims request's database time), where the claim's own trigrams are made here once.
 * The definition is pg_trgm's: each run of letters and digits, lower-cased character by character, padded with two spaces
 * before and one after, gives the set of its three-character runs; two texts' similarity is the trigrams they share over the
 * trigrams of either.
 * pg_trgm hashes a multibyte trigram into three bytes, so it can count two different trigrams as one; this does not.
 */
final class Trigrams {

    /**
     * {@link #isWordCharacter} for the Basic Multilingual Plane, looked up once: asking {@link Character} for each character of
     * a hundred candidates was a third of the time of comparing them (a related-claims request at a million articles).
     */
    private static final boolean[] WORD_CHARACTERS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < WORD_CHARACTERS.length; c++) {
            WORD_CHARACTERS[c] = alphanumeric(c);
        }
    }

    private final long[] sorted;

    private Trigrams(long[] sorted) {
        this.sorted = sorted;
    }

    static Trigrams of(String text) {
        // at most one trigram per character and one more per word
        long[] trigrams = new long[2 * text.length()];
        int count = 0;
        long first = ' ';
        long second = ' ';
        boolean inWord = false;
        for (int at = 0; at < text.length(); ) {
            int character = text.codePointAt(at);
            at += Character.charCount(character);
            if (isWordCharacter(character)) {
                if (!inWord) { // "  word ": the padding makes a word's first letters and its end trigrams of their own
                    first = ' ';
                    second = ' ';
                    inWord = true;
                }
                long third = Character.toLowerCase(character);
                trigrams[count++] = first << 42 | second << 21 | third;
                first = second;
                second = third;
            } else if (inWord) {
                trigrams[count++] = first << 42 | second << 21 | ' ';
                inWord = false;
            }
        }
        if (inWord) {
            trigrams[count++] = first << 42 | second << 21 | ' ';
        }
        Arrays.sort(trigrams, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || trigrams[i] != trigrams[unique - 1]) {
                trigrams[unique++] = trigrams[i];
            }
        }
        return new Trigrams(Arrays.copyOf(trigrams, unique));
    }

    /** pg_trgm's {@code similarity}: shared trigrams over all the trigrams of either text (0 when either has none). */
    float similarity(Trigrams other) {
        if (sorted.length == 0 || other.sorted.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < sorted.length && j < other.sorted.length; ) {
            if (sorted[i] == other.sorted[j]) {
                shared++;
                i++;
                j++;
            } else if (sorted[i] < other.sorted[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (float) shared / (float) (sorted.length + other.sorted.length - shared);
    }

    /** pg_trgm's word characters: what the C library calls alphanumeric (letters, their marks and digits of any script). */
    private static boolean isWordCharacter(int codePoint) {
        return codePoint < WORD_CHARACTERS.length ? WORD_CHARACTERS[codePoint] : alphanumeric(codePoint);
    }

    private static boolean alphanumeric(int codePoint) {
        return Character.isAlphabetic(codePoint) || Character.isDigit(codePoint);
    }
}
