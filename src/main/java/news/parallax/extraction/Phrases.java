package news.parallax.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of normalised words (source cues, fillers), found at a position of a text's keys, the longest first; the first
 * word may carry a conjunction و or ف ("ونقلا عن"). Indexed by first word: a text's token starts no phrase far more often
 * than one, and comparing it with every phrase was a tenth of extraction's time.
 */
final class Phrases {

    /** A phrase and its place in the longest-first order, which decides between two that match at one position. */
    private record Ranked(List<String> words, int rank) {
    }

    private final Map<String, List<Ranked>> byFirstWord = new HashMap<>();

    Phrases(List<List<String>> phrases) {
        List<List<String>> longestFirst = new ArrayList<>(phrases);
        longestFirst.sort(Comparator.comparingInt(phrase -> -phrase.size())); // stable: equal lengths keep the files' order
        for (int rank = 0; rank < longestFirst.size(); rank++) {
            List<String> words = longestFirst.get(rank);
            byFirstWord.computeIfAbsent(words.get(0), first -> new ArrayList<>()).add(new Ranked(words, rank));
        }
    }

    /** How many tokens from {@code at} the longest phrase starting there takes, 0 when none does. */
    int lengthAt(List<String> keys, int at) {
        if (at >= keys.size()) { // callers ask past a sentence's last word
            return 0;
        }
        String key = keys.get(at);
        Ranked asWritten = firstMatch(byFirstWord.get(key), keys, at);
        String bare = Lexicon.withoutConjunction(key);
        Ranked withoutConjunction = bare == null ? null : firstMatch(byFirstWord.get(bare), keys, at);
        Ranked found = asWritten == null || withoutConjunction != null && withoutConjunction.rank() < asWritten.rank()
                ? withoutConjunction : asWritten;
        return found == null ? 0 : found.words().size();
    }

    /** The first of these phrases (they share the first word, already matched) whose other words follow at {@code at}. */
    private static Ranked firstMatch(List<Ranked> candidates, List<String> keys, int at) {
        if (candidates == null) {
            return null;
        }
        for (Ranked candidate : candidates) {
            List<String> words = candidate.words();
            if (at + words.size() <= keys.size() && words.subList(1, words.size()).equals(keys.subList(at + 1, at + words.size()))) {
                return candidate;
            }
        }
        return null;
    }
}
