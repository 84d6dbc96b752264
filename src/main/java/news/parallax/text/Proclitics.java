package news.parallax.text;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * A word as it may be written: itself and with each one-letter proclitic on ("أبها", "بأبها"). A short word's stem with a
     * proclitic is no longer the word's ("بأبها" stems to "باب"), so {@link #readings} cannot read it back.
     */
    public static List<String> written(String word) {
        List<String> forms = new ArrayList<>(List.of(word));
        LETTERS.forEach(letter -> forms.add(letter + word));
        return forms;
    }

    /** A word as it is read: itself, and without a one-letter proclitic written on ("لتحرير" is also "تحرير"). */
    public static Set<String> readings(String word) {
        return word.length() > SHORTEST_STEM && LETTERS.contains(word.substring(0, 1)) ? Set.of(word, word.substring(1)) : Set.of(word);
    }
}
