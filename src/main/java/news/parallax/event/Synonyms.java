package news.parallax.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import news.parallax.text.NameNormalizer;
import news.parallax.text.Proclitics;
import news.parallax.text.Stems;
import news.parallax.text.WordList;

/**
 * Words and phrases that name the same thing ({@code linking/synonyms.txt}): an event's name that holds one of them is also read
 * with each of the others, as further names of the event, weighed by their own frequencies: "قرار مجلس الأمن بهدنة في سوريا"
 * is also "قرار مجلس الأمن بوقف إطلاق النار في سوريا", as the reactions to the resolution say it.
 */
final class Synonyms {

    /** Each family, each member as its normalised words. */
    private static final List<List<List<String>>> FAMILIES = WordList.lines("linking/synonyms.txt").stream()
            .map(line -> Arrays.stream(line.split(",")).map(NameNormalizer::normalize).filter(member -> !member.isEmpty())
                    .map(member -> List.of(member.split(" "))).toList())
            .toList();

    private static final String ARTICLE = "ال";

    private Synonyms() {
    }

    /** The names and, after them, each name with a member of a family it holds written as each other member (normalised). */
    static List<String> withVariants(List<String> names) {
        Set<String> all = new LinkedHashSet<>(names);
        for (String name : names) {
            List<String> words = List.of(NameNormalizer.normalize(name).split(" "));
            for (List<List<String>> family : FAMILIES) {
                for (List<String> member : family) {
                    for (int at = 0; at + member.size() <= words.size(); at++) {
                        String proclitic = occurrenceAt(words, member, at);
                        if (proclitic != null) {
                            for (List<String> other : family) {
                                if (other != member) {
                                    all.add(replaced(words, at, member.size(), proclitic, other));
                                }
                            }
                        }
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /**
     * The stems of each phrase of several words of a family that the (normalised) name holds ("وقف", "اطلاق", "نار" of "وقف إطلاق
     * النار"): its words name the thing only together; one alone is any stop ("توقف شحنات الوقود") or any fire.
     */
    static List<Set<String>> phrasesIn(String name) {
        List<String> words = List.of(NameNormalizer.normalize(name).split(" "));
        List<Set<String>> phrases = new ArrayList<>();
        for (List<List<String>> family : FAMILIES) {
            for (List<String> member : family) {
                for (int at = 0; member.size() > 1 && at + member.size() <= words.size(); at++) {
                    if (occurrenceAt(words, member, at) != null) {
                        phrases.add(Set.copyOf(Stems.of(String.join(" ", member))));
                    }
                }
            }
        }
        return phrases;
    }

    /** {@code words} with the {@code length} words from {@code at} written as {@code other}, after the same proclitic. */
    private static String replaced(List<String> words, int at, int length, String proclitic, List<String> other) {
        List<String> variant = new ArrayList<>(words.subList(0, at));
        variant.add(proclitic + other.get(0));
        variant.addAll(other.subList(1, other.size()));
        variant.addAll(words.subList(at + length, words.size()));
        return String.join(" ", variant);
    }

    /**
     * Whether {@code member} is written in {@code words} from word {@code at}: the proclitic its first word carries there ("" for
     * none), or null when it is not.
     */
    private static String occurrenceAt(List<String> words, List<String> member, int at) {
        String proclitic = procliticBefore(words.get(at), member.get(0));
        return proclitic != null && words.subList(at + 1, at + member.size()).equals(member.subList(1, member.size())) ? proclitic : null;
    }

    /**
     * The one-letter proclitic a name's word carries before {@code first} ("ب" of "بهدنه"), "" when it is {@code first} itself or
     * with the article ("الهدنه"), null when it is another word.
     */
    private static String procliticBefore(String word, String first) {
        for (String reading : Proclitics.readings(word)) {
            String bare = reading.startsWith(ARTICLE) && !first.startsWith(ARTICLE) ? reading.substring(ARTICLE.length()) : reading;
            if (bare.equals(first)) {
                return word.substring(0, word.length() - reading.length());
            }
        }
        return null;
    }
}
