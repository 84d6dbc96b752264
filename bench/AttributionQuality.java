import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.api.model.OutletKind;
import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.extraction.ShippedRegistry;

/**
 * Attribution quality on real articles nobody wrote rules for: feeds the {@code text} of every
 * article of the ANT attribution development set (labels/attribution-dev.json, articles read in
 * place from the ant-YYYYMM.zip files, never copied into the repository) through the same
 * {@link Extractor} that {@code POST /extract} runs, with the registry the service ships, and
 * scores cited outlets, other sources and speakers as the labels' README prescribes.
 *
 * <p>The 60 articles are split once and for all: per outlet, the six docnos with the smallest
 * SHA-256 are the tune half, the other six the held-out half. Rules are tuned on the tune half
 * only; {@code --errors} prints the mistakes of the tune half and never those of the held-out one, and
 * {@code --tune-only} leaves the held-out half out altogether (its line then reads zero), for runs
 * made while rules are being written.
 *
 * <p>An extra tune set labelled the same way outside the repository (its labels name docnos only;
 * the texts stay in the zips) is scored with {@code --all-tune}, every article tune, and
 * {@code --corpus=DIR}, the folder of the ant-YYYYMM.zip files (by default the labels' grandparent).
 *
 * <p>Run with bench/attribution-quality.sh.
 */
public class AttributionQuality {

    private static final Set<OutletKind> MEDIA = Set.of(OutletKind.NEWSPAPER, OutletKind.NEWS_AGENCY, OutletKind.BROADCASTER,
            OutletKind.ONLINE);
    private static final int TUNE_PER_OUTLET = 6;
    private static final List<String> LISTS = List.of("outlets", "other", "speakers");

    public static void main(String[] args) throws Exception {
        Path labelsFile = Path.of(args[0]);
        Path corpus = labelsFile.getParent().getParent();
        boolean errors = false;
        boolean allTune = false;
        boolean tuneOnly = false;
        for (String arg : List.of(args).subList(1, args.length)) {
            if (arg.equals("--errors")) {
                errors = true;
            } else if (arg.equals("--tune-only")) {
                tuneOnly = true;
            } else if (arg.equals("--all-tune")) {
                allTune = true;
            } else if (arg.startsWith("--corpus=")) {
                corpus = Path.of(arg.substring("--corpus=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        JsonNode labels = new ObjectMapper().readTree(labelsFile.toFile());
        Map<String, JsonNode> articles = new TreeMap<>();
        labels.properties().forEach(e -> {
            if (!e.getKey().startsWith("_")) {
                articles.put(e.getKey(), e.getValue());
            }
        });
        Set<String> tune = allTune ? new TreeSet<>(articles.keySet()) : tuneHalf(articles);
        Map<String, String> texts = texts(corpus, articles.keySet());

        Map<String, Tally> byHalf = new LinkedHashMap<>();
        List.of("tune", "held-out", "all").forEach(half -> byHalf.put(half, new Tally()));
        Map<String, Tally> byOutlet = new TreeMap<>();
        Tally silent = new Tally();
        StringBuilder mistakes = new StringBuilder();
        for (Map.Entry<String, JsonNode> article : articles.entrySet()) {
            String docno = article.getKey();
            JsonNode label = article.getValue();
            String half = tune.contains(docno) ? "tune" : "held-out";
            if (tuneOnly && !tune.contains(docno)) {
                continue; // not even extracted: nothing of the held-out half is shown while rules are written
            }
            Extractor.Result result = Extractor.run(texts.get(docno), published(docno), ShippedRegistry.get());
            Tally one = score(label, extracted(result), tune.contains(docno) && errors ? mistakes : null, docno);
            byHalf.get(half).add(one);
            byHalf.get("all").add(one);
            byOutlet.computeIfAbsent(label.get("outlet").asText() + " " + half, o -> new Tally()).add(one);
            if (!label.get("has_attribution").asBoolean()) {
                silent.add(one);
            }
        }
        if (allTune) {
            System.out.printf("split: --all-tune, every article of %s is tune (%d articles)%n", labelsFile.getFileName(), tune.size());
        } else {
            System.out.printf("split: tune = the %d docnos per outlet with the smallest SHA-256 (%d articles), held-out = the rest (%d)%n",
                    TUNE_PER_OUTLET, tune.size(), articles.size() - tune.size());
        }
        System.out.printf("%-18s %-30s %-30s %-30s%n", "", "cited outlets", "other sources", "speakers");
        System.out.printf("%-18s %-30s %-30s %-30s%n", "", "P     R     ok/fp/req", "P     R     ok/fp/req", "P     R     ok/fp/req");
        boolean oneHalf = tuneOnly || allTune;
        byHalf.forEach((half, tally) -> System.out.println(oneHalf && !half.equals("tune") ? String.format("%-18s (not run)", half)
                : tally.line(half)));
        System.out.println("per outlet:");
        byOutlet.forEach((outlet, tally) -> System.out.println(tally.line("  " + outlet)));
        System.out.printf("false positives in the articles without attribution: outlets %d, other %d, speakers %d%n",
                silent.get("outlets").falsePositives, silent.get("other").falsePositives, silent.get("speakers").falsePositives);
        if (errors) {
            System.out.print("\nmistakes on the tune half:\n" + mistakes);
        }
    }

    /** Per outlet, the {@link #TUNE_PER_OUTLET} docnos with the smallest SHA-256 of the docno. */
    private static Set<String> tuneHalf(Map<String, JsonNode> articles) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Map<String, List<String>> byOutlet = new TreeMap<>();
        articles.forEach((docno, label) -> byOutlet.computeIfAbsent(label.get("outlet").asText(), o -> new ArrayList<>()).add(docno));
        Map<String, String> hash = new HashMap<>();
        for (String docno : articles.keySet()) {
            hash.put(docno, HexFormat.of().formatHex(sha.digest(docno.getBytes(StandardCharsets.UTF_8))));
        }
        Set<String> tune = new TreeSet<>();
        for (List<String> docnos : byOutlet.values()) {
            docnos.stream().sorted(Comparator.comparing(hash::get)).limit(TUNE_PER_OUTLET).forEach(tune::add);
        }
        return tune;
    }

    /** The {@code text} of each labelled article, from ant-YYYYMM.zip beside the labels folder. */
    private static Map<String, String> texts(Path corpus, Set<String> docnos) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> texts = new HashMap<>();
        Set<String> months = new TreeSet<>();
        docnos.forEach(d -> months.add(d.substring(d.length() - 8, d.length() - 2)));
        for (String month : months) {
            try (InputStream in = Files.newInputStream(corpus.resolve("ant-" + month + ".zip"));
                    ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    for (JsonNode article : json.readTree(zip.readAllBytes())) {
                        if (docnos.contains(article.get("docno").asText())) {
                            texts.put(article.get("docno").asText(), article.get("text").asText());
                        }
                    }
                }
            }
        }
        if (!texts.keySet().equals(docnos)) {
            throw new IllegalStateException("articles not found in " + corpus);
        }
        return texts;
    }

    private static LocalDate published(String docno) {
        String day = docno.substring(docno.length() - 8);
        return LocalDate.of(Integer.parseInt(day.substring(0, 4)), Integer.parseInt(day.substring(4, 6)),
                Integer.parseInt(day.substring(6)));
    }

    /** One extracted item: every string the API reports for it (canonical name, text as written). */
    private record Item(Set<String> strings) {
        static Item of(String... strings) {
            Set<String> normalized = new LinkedHashSet<>();
            for (String s : strings) {
                if (s != null && !normalize(s).isEmpty()) {
                    normalized.add(normalize(s));
                }
            }
            return new Item(normalized);
        }
    }

    /** The three lists the labels score, from what extraction reports; a source is one item with all its texts. */
    private static Map<String, Set<Item>> extracted(Extractor.Result result) {
        Map<String, Set<Item>> items = new HashMap<>();
        LISTS.forEach(list -> items.put(list, new LinkedHashSet<>()));
        Map<Found.Source, List<String>> sources = new LinkedHashMap<>();
        for (Found.Citation citation : result.citations()) {
            sources.computeIfAbsent(citation.source(), s -> new ArrayList<>(List.of(s.name()))).add(citation.sourceText());
        }
        for (Found.Claim claim : result.claims()) {
            if (claim.speaker() != null) {
                items.get("speakers").add(Item.of(claim.speaker().name(), claim.speaker().asWritten(), nameAsWritten(claim.speaker())));
            }
            if (claim.citedSource() != null) {
                sources.computeIfAbsent(claim.citedSource(), s -> new ArrayList<>(List.of(s.name())));
            }
        }
        sources.forEach((source, texts) -> items.get(MEDIA.contains(source.kind()) ? "outlets" : "other")
                .add(Item.of(texts.toArray(String[]::new))));
        return items;
    }

    /**
     * The speaker's name as the text writes it: what is written less the role the API reports apart ("المتحدث باسم
     * الجيش، سامي ناصر" less "المتحدث باسم الجيش" is "سامي ناصر"). Without it a registry person written after a title
     * would only be matched by the registry's canonical spelling, which blind labels need not list: a right answer
     * scored as a false positive and a miss (the README matches any string the extractor reports for the item).
     */
    private static String nameAsWritten(Found.Speaker speaker) {
        String role = speaker.role();
        if (role == null || !speaker.asWritten().startsWith(role)) {
            return null;
        }
        return speaker.asWritten().substring(role.length()).replaceFirst("^[\\s،,:]+", "");
    }

    /** Scores one article; appends its mistakes to {@code mistakes} when given. */
    private static Tally score(JsonNode label, Map<String, Set<Item>> extracted, StringBuilder mistakes, String docno) {
        Tally tally = new Tally();
        boolean attributed = label.get("has_attribution").asBoolean();
        Map<String, JsonNode> labelled = Map.of("outlets", label.get("cited_outlets"), "other", label.get("cited_other"),
                "speakers", label.get("speakers"));
        for (String list : LISTS) {
            Counts counts = tally.get(list);
            List<JsonNode> items = new ArrayList<>();
            labelled.get(list).forEach(items::add);
            Set<JsonNode> matched = new HashSet<>();
            for (Item item : extracted.get(list)) {
                JsonNode match = attributed ? matching(items, item) : null;
                if (match == null && attributed && list.equals("speakers")) {
                    JsonNode body = matching(iterable(label.get("speaking_bodies")), item);
                    if (body != null) {
                        continue; // a speaking body reported as a speaker is not an error
                    }
                }
                if (match == null) {
                    counts.falsePositives++;
                    if (mistakes != null) {
                        mistakes.append(String.format("%s %s FP %s%n", docno, list, item.strings()));
                    }
                } else {
                    matched.add(match);
                }
            }
            for (JsonNode item : items) {
                if (!item.path("optional").asBoolean()) {
                    counts.required++;
                    if (matched.contains(item)) {
                        counts.correct++;
                    } else if (mistakes != null) {
                        mistakes.append(String.format("%s %s MISS %s %s%n", docno, list, item.get("name").asText(), item.get("surface")));
                    }
                }
            }
        }
        return tally;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        if (array != null) {
            array.forEach(list::add);
        }
        return list;
    }

    /**
     * The labelled item whose name, surface forms or aliases include one of the item's strings; a required item before
     * an optional one, as the README classifies (an item matching both is correct, and the required one is found).
     */
    private static JsonNode matching(List<JsonNode> labelled, Item item) {
        List<JsonNode> requiredFirst = new ArrayList<>(labelled);
        requiredFirst.sort(Comparator.comparing(candidate -> candidate.path("optional").asBoolean()));
        for (JsonNode candidate : requiredFirst) {
            Set<String> forms = new HashSet<>();
            forms.add(normalize(candidate.get("name").asText()));
            iterable(candidate.get("surface")).forEach(s -> forms.add(normalize(s.asText())));
            iterable(candidate.get("aliases")).forEach(s -> forms.add(normalize(s.asText())));
            if (item.strings().stream().anyMatch(forms::contains)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The README's normalisation, literally: diacritics and tatweel removed, alef forms to ا,
     * ة to ه, ى to ي, Latin lower-cased, spaces trimmed and collapsed; punctuation kept.
     */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640') {
                continue;
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString().strip().replaceAll("\\s+", " ");
    }

    private static final class Counts {
        int correct;
        int falsePositives;
        int required;

        void add(Counts other) {
            correct += other.correct;
            falsePositives += other.falsePositives;
            required += other.required;
        }

        @Override
        public String toString() {
            double p = correct + falsePositives == 0 ? 1 : (double) correct / (correct + falsePositives);
            double r = required == 0 ? 1 : (double) correct / required;
            return String.format("%.2f  %.2f  %d/%d/%d", p, r, correct, falsePositives, required);
        }
    }

    private static final class Tally {
        final Map<String, Counts> lists = new HashMap<>();

        Counts get(String list) {
            return lists.computeIfAbsent(list, l -> new Counts());
        }

        void add(Tally other) {
            other.lists.forEach((list, counts) -> get(list).add(counts));
        }

        String line(String title) {
            return String.format("%-18s %-30s %-30s %-30s", title, get("outlets"), get("other"), get("speakers"));
        }
    }
}
