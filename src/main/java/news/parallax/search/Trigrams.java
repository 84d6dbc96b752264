package news.parallax.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * The trigrams of a text as PostgreSQL's pg_trgm makes them, to compare one claim with many candidates in the service:
 * pg_trgm's {@code similarity(a, b)} makes the trigrams of both texts on every call (100 to 200 microseconds for an
 * Arabic claim, most of a related-claims request's database time), where the claim's own trigrams are made here once.
 * The definition is pg_trgm's: each run of letters and digits, lower-cased, padded with two spaces before and one after,
 * gives the set of its three-character runs; two texts' similarity is the trigrams they share over the trigrams of either.
 * pg_trgm hashes a multibyte trigram into three bytes, so it can count two different trigrams as one; this does not.
 */
final class Trigrams {

    private final long[] sorted;

    private Trigrams(long[] sorted) {
        this.sorted = sorted;
    }

    static Trigrams of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long[] trigrams = new long[lower.length() * 2 + 8];
        int count = 0;
        int at = 0;
        while (at < lower.length()) {
            int end = at;
            while (end < lower.length() && isWordCharacter(lower.codePointAt(end))) {
                end += Character.charCount(lower.codePointAt(end));
            }
            if (end == at) {
                at += Character.charCount(lower.codePointAt(at));
                continue;
            }
            // "  word ": the padding makes a word's first letters and its end trigrams of their own
            int first = ' ';
            int second = ' ';
            for (int i = at; i <= end; ) {
                int third = i < end ? lower.codePointAt(i) : ' ';
                if (count == trigrams.length) {
                    trigrams = Arrays.copyOf(trigrams, count * 2);
                }
                trigrams[count++] = ((long) first << 42) | ((long) second << 21) | third;
                first = second;
                second = third;
                i += i < end ? Character.charCount(third) : 1;
            }
            at = end;
        }
        long[] distinct = Arrays.copyOf(trigrams, count);
        Arrays.sort(distinct);
        int unique = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (unique == 0 || distinct[i] != distinct[unique - 1]) {
                distinct[unique++] = distinct[i];
            }
        }
        return new Trigrams(Arrays.copyOf(distinct, unique));
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
        return Character.isAlphabetic(codePoint) || Character.isDigit(codePoint);
    }
}
