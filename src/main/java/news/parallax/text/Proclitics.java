package news.parallax.text;

import java.util.Set;

/**
 * One-letter Arabic proclitics written onto the next word ("بسوريا", "لتحرير", {@code linking/proclitics.txt}): Lucene's light
 * stemmer removes them only together with the article, so a word is also read without one.
 */
public final class Proclitics {

    private static final Set<String> LETTERS = WordList.normalized("linking/proclitics.txt");

    /** The shortest stem left once a proclitic is read off: "بين" is not "ين". */
    private static final int SHORTEST_STEM = 3;

    private Proclitics() {
    }

    /** A word as it is read: itself, and without a one-letter proclitic written on ("لتحرير" is also "تحرير"). */
    public static Set<String> readings(String word) {
        return word.length() > SHORTEST_STEM && LETTERS.contains(word.substring(0, 1)) ? Set.of(word, word.substring(1)) : Set.of(word);
    }
}
