package news.parallax.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import news.parallax.text.Proclitics;
import news.parallax.text.Stems;
import news.parallax.text.WordList;

/**
 * What a headline says happened: the kinds of happening its words name ({@code story/happenings.tsv}) and whether it calls
 * what it reports a new one ({@code story/new-words.txt}). Read from a signature's {@code title:} stems, so that the
 * signatures stored before a restart read the same. Two reports that share a place, people and a toll may still report two
 * happenings ("a volcano erupts" days after "the quake's toll passes 1,300"), which only the headline says.
 *
 * @param kinds a bit per kind of happening the title names, in the file's order
 * @param saysNew whether the title calls it new, another or a repeat
 */
record Headline(int kinds, boolean saysNew) {

    private record Kind(boolean sudden, Set<String> stems) {
    }

    private static final List<Kind> KINDS = WordList.lines("story/happenings.tsv").stream().map(line -> line.split("\t")).map(columns -> {
        Set<String> stems = new HashSet<>();
        for (String word : columns[2].split(",")) {
            stems.addAll(Stems.of(word));
        }
        return new Kind("sudden".equals(columns[1].strip()), Set.copyOf(stems));
    }).toList();

    /** The kinds that are over in a moment (a quake, a bombing), a bit each. */
    private static final int SUDDEN = suddenKinds();

    private static final Set<String> NEW_WORDS = Set.copyOf(WordList.lines("story/new-words.txt").stream()
            .flatMap(word -> Stems.of(word).stream()).toList());

    /** The headline of a signature's features (its {@code title:} stems; a title word is also read without a proclitic). */
    static Headline of(String[] features) {
        List<String> words = new ArrayList<>();
        for (String feature : features) {
            if (feature.startsWith(StorySignature.TITLE)) {
                words.addAll(Proclitics.readings(feature.substring(StorySignature.TITLE.length())));
            }
        }
        int kinds = 0;
        for (int kind = 0; kind < KINDS.size(); kind++) {
            if (words.stream().anyMatch(KINDS.get(kind).stems()::contains)) {
                kinds |= 1 << kind;
            }
        }
        return new Headline(kinds, words.stream().anyMatch(NEW_WORDS::contains));
    }

    boolean namesSudden() {
        return (kinds & SUDDEN) != 0;
    }

    /** Whether this headline names one of the kinds in {@code others} (bits as in {@link #kinds}). */
    boolean namesOneOf(int others) {
        return (kinds & others) != 0;
    }

    /** The kinds of happening the file lists; a bit each, so at most 31. */
    static int kindCount() {
        return KINDS.size();
    }

    private static int suddenKinds() {
        if (KINDS.size() > Integer.SIZE - 1) {
            throw new IllegalStateException("story/happenings.tsv lists more than 31 kinds");
        }
        int sudden = 0;
        for (int kind = 0; kind < KINDS.size(); kind++) {
            if (KINDS.get(kind).sudden()) {
                sudden |= 1 << kind;
            }
        }
        return sudden;
    }
}
