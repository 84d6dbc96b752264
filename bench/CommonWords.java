import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.NameNormalizer;
import news.parallax.text.WordList;

/**
 * Generates extraction/ar/common-words.txt: Arabic words that are common words, not personal
 * names, judged by how a corpus uses them (SaudiNewsNet, not ANT, so that the ANT development
 * set stays untouched). Everything is counted on text normalised by {@link NameNormalizer}, the
 * normaliser extraction matches with.
 *
 * <ul>
 * <li>A bare word (no ال) seen at least {@code MIN_COUNT} times is common when its noun forms, the
 * definite article (ال، وال، بال، فال، كال، لل + word) and the accusative or pronoun endings (+ا،
 * +ه، +ها، +هم), together occur at least {@code BARE_RATIO} times as often as the word itself:
 * "محامي" has "المحامي" and "محاميه"; "كونتي" and "جونسون" never take ال.</li>
 * <li>A definite word (ال + word) seen at least {@code MIN_COUNT} times is common when its bare
 * word, in any of those forms, occurs at least {@code BARE_RATIO} times as often ("السفارة" and
 * "سفارة"), unless it is named (below): "عمر البشير" and "بشار الأسد" make البشير and الأسد
 * surnames, and "الرميان" or "السيسي" have no bare noun at all.</li>
 * <li>A word seen at least {@code FREQUENT} times is common when less than {@code FREQUENT_NAMED_RATIO}
 * of its occurrences are named: function words, verbs, months, places ("تم"، "بشأن"، "هناك").</li>
 * <li>Either way, a word is named, and so a name whatever its forms, when a given name
 * (ar/given-names.txt less ar/ambiguous-names.txt, and the first word of every registry person's
 * alias) comes right before it, a definite title before a bare word ("الشيخ حمد"), or "بن" after it,
 * in at least {@code NAMED_RATIO} of its occurrences.</li>
 * <li>Lucene's Arabic stop words ({@link ArabicAnalyzer#getDefaultStopSet()}) are added as they are.</li>
 * </ul>
 *
 * <p>Run with bench/common-words.sh [CORPUS_DIR] [OUTPUT] [PROBE_WORD...]: probe words print their counts.
 */
public class CommonWords {

    static final int MIN_COUNT = 20;
    static final double BARE_RATIO = 0.15;
    static final double NAMED_RATIO = 0.10;
    static final int FREQUENT = 500;
    static final double FREQUENT_NAMED_RATIO = 0.02;

    static final Map<String, Integer> count = new HashMap<>();
    static final Map<String, Integer> named = new HashMap<>();
    /** For probe words: which name cue came before them, how often. */
    static final Map<String, Integer> cues = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Set<String> nameCues = new HashSet<>();
        Set<String> nameWords = new TreeSet<>();
        Set<String> titles = new HashSet<>();
        WordList.normalized("extraction/ar/titles.txt").stream().filter(t -> t.startsWith("ال")).forEach(titles::add);
        nameCues.addAll(WordList.normalized("extraction/ar/given-names.txt"));
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = CommonWords.class.getClassLoader().getResourceAsStream("registry/people.json")) {
            for (JsonNode person : json.readTree(in).get("people")) {
                for (JsonNode alias : person.get("aliases")) {
                    String[] words = NameNormalizer.normalize(alias.get("alias").asText()).split(" ");
                    if (words.length > 1) {
                        nameCues.add(words[0]);
                        nameWords.add(words[words.length - 1]);
                    }
                }
            }
        }
        Set<String> probes = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            probes.add(NameNormalizer.normalize(args[i]));
        }
        nameCues.removeAll(WordList.normalized("extraction/ar/ambiguous-names.txt")); // "علي" is "على" once normalised
        Set<String> stop = new TreeSet<>();
        ArabicAnalyzer.getDefaultStopSet().forEach(word -> stop.add(NameNormalizer.normalize(new String((char[]) word))));
        stop.remove("");
        nameCues.removeAll(stop); // "لو"
        List<Path> zips;
        try (Stream<Path> files = Files.list(corpus)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        int articles = 0;
        long tokens = 0;
        for (Path zipFile : zips) {
            try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    for (JsonNode article : json.readTree(zip.readAllBytes())) {
                        JsonNode text = article.has("content") ? article.get("content") : article.get("text");
                        String[] words = NameNormalizer.normalize(text.asText()).split(" ");
                        articles++;
                        tokens += words.length;
                        for (int i = 0; i < words.length; i++) {
                            count.merge(words[i], 1, Integer::sum);
                            // a definite title is followed by a name or by its definite complement ("الأمين العام"), so it names bare words only
                            if (i > 0 && (nameCues.contains(words[i - 1]) || titles.contains(words[i - 1]) && !words[i].startsWith("ال"))
                                    || i + 1 < words.length && words[i + 1].equals("بن")) {
                                named.merge(words[i], 1, Integer::sum);
                                if (probes.contains(words[i])) {
                                    cues.merge(words[i] + " <- " + (i > 0 && nameCues.contains(words[i - 1]) ? words[i - 1] : "(بن)"), 1, Integer::sum);
                                }
                            }
                        }
                    }
                }
            }
        }
        Set<String> common = new TreeSet<>();
        for (Map.Entry<String, Integer> e : count.entrySet()) {
            if (isCommon(e.getKey(), e.getValue())) {
                common.add(e.getKey());
            }
        }
        common.addAll(stop);
        for (int i = 2; i < args.length; i++) {
            String w = NameNormalizer.normalize(args[i]);
            System.out.printf("%s\tcount %d\tnoun forms %d\tnamed %d\tb %d l %d k %d w %d\t%s%n", w, c(w), w.startsWith("ال") ? c(w.substring(2)) : nounForms(w),
                    n(w), c("ب" + w), c("ل" + w), c("ك" + w), c("و" + w), common.contains(w) ? "COMMON" : "name?");
        }
        if (probes.contains("frequent")) {
            count.entrySet().stream().filter(e -> e.getValue() >= FREQUENT / 2 && !e.getKey().startsWith("ال")
                    && e.getKey().chars().allMatch(ch -> ch >= 0x0621 && ch <= 0x064A) && nounForms(e.getKey()) < BARE_RATIO * e.getValue())
                    .sorted((a, b) -> b.getValue() - a.getValue())
                    .forEach(e -> System.out.printf("frequent without noun forms: %s %d named %.3f %s%n", e.getKey(), e.getValue(),
                            n(e.getKey()) / (double) e.getValue(), common.contains(e.getKey()) ? "COMMON" : "name?"));
        }
        System.out.println("registry surnames judged common: " + nameWords.stream().filter(common::contains).toList());
        for (String probe : probes) {
            for (String form : forms(probe)) {
                if (c(form) > 0) {
                    System.out.printf("  %s: %d%n", form, c(form));
                }
            }
        }
        cues.entrySet().stream().filter(e -> e.getValue() >= 5).sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
                .forEach(e -> System.out.printf("  named by %s: %d%n", e.getKey(), e.getValue()));
        List<String> lines = new ArrayList<>();
        lines.add("# Common Arabic words, not personal names: a lone one is no speaker (Persons). GENERATED, do not edit:");
        lines.add("# bench/common-words.sh ../shared/data/saudinewsnet (bench/CommonWords.java; docs/extraction.md explains the rules).");
        lines.add(String.format("# Corpus: %d SaudiNewsNet articles, %d tokens; min count %d, noun-form ratio %.2f, named ratio %.2f,",
                articles, tokens, MIN_COUNT, BARE_RATIO, NAMED_RATIO));
        lines.add(String.format("# frequent from %d with a named ratio under %.2f;", FREQUENT, FREQUENT_NAMED_RATIO));
        lines.add("# plus Lucene's Arabic stop words. Normalised by NameNormalizer, one word a line.");
        lines.addAll(common);
        Files.write(output, lines, StandardCharsets.UTF_8);
        System.out.printf("%d articles, %d tokens, %d words counted; %d common words (%d stop words) written to %s%n", articles, tokens,
                count.size(), common.size(), stop.size(), output);
    }

    static boolean isCommon(String w, int seen) {
        if (seen < MIN_COUNT || w.length() < 2 || !w.chars().allMatch(ch -> ch >= 0x0621 && ch <= 0x064A)) {
            return false;
        }
        if (n(w) >= NAMED_RATIO * seen) {
            return false;
        }
        if (seen >= FREQUENT && n(w) < FREQUENT_NAMED_RATIO * seen) {
            return true;
        }
        if (w.startsWith("ال") && w.length() >= 4) { // "السفارة" has "سفارة"; "الرميان", "السيسي" have no bare noun
            String bare = w.substring(2);
            return c(bare) + forms(bare).stream().filter(form -> !form.contains("ال" + bare)).mapToInt(CommonWords::c).sum() >= BARE_RATIO * seen;
        }
        return nounForms(w) >= BARE_RATIO * seen;
    }

    /** How often the word occurs with ال (after a conjunction or preposition, or as لل) or with an accusative or pronoun ending. */
    static int nounForms(String w) {
        return forms(w).stream().mapToInt(CommonWords::c).sum();
    }

    static List<String> forms(String w) {
        List<String> forms = new ArrayList<>();
        forms.add("لل" + w);
        for (String before : List.of("", "و", "ف", "ب", "ك")) {
            forms.add(before + "ال" + w);
        }
        if (w.length() >= 3) { // "بعدم"، "لمقتل": a noun after a preposition
            forms.add("ب" + w);
            forms.add("ل" + w);
        }
        if (!w.endsWith("ا") && !w.endsWith("ه")) {
            for (String after : List.of("ا", "ه", "ها", "هم")) {
                forms.add(w + after);
            }
        }
        return forms;
    }

    static int c(String w) {
        return count.getOrDefault(w, 0);
    }

    static int n(String w) {
        return named.getOrDefault(w, 0);
    }
}
