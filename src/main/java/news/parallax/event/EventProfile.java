package news.parallax.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import news.parallax.story.StorySignature;
import news.parallax.text.Proclitics;
import news.parallax.text.Stems;
import news.parallax.text.TfIdf;

/**
 * What an event is about, as weighted words: each of its names (title, every alias), its
 * description, and what the articles a person linked to it have in common. An article is
 * compared with it by the words of its title and lead ({@link #topicTerms}, the analysis story
 * discovery uses), so that an article that only mentions the event further down is not taken
 * for coverage of it.
 *
 * <p>Similarity to one part of the profile is the share of its IDF weight found in the article
 * (a binary BM25 with the part as the query: a name is a short query, and a cosine would
 * punish every long lead); the profile's similarity is that of its closest part, because an
 * alias is a whole name of its own ("سكريبال" alone names the Skripal case) and an English
 * title is no evidence against an Arabic article. IDF is counted over the articles published
 * around the event (see {@link EventProfiles}), so that "Libya" weighs little in a week of Libyan
 * news and "سكريبال" much.
 */
record EventProfile(List<Part> parts) {

    /** Words a part of the profile shares with an article, by weight, for the link's reasons. */
    private static final int SHOWN_WORDS = 4;

    /**
     * A name (or the description, or the linked articles' common words), with each word's weight;
     * {@code needed}: the shared words that make it evidence on its own (two, or one for a name of
     * one word such as "سكريبال", but not for "Libya" left of "Paris conference on Libya");
     * {@code placeAndKind}: the name's words of its place and kind, left out of its weights: with them all in
     * the title and lead, the name is there whole ("الهجوم الكيماوي على دوما" is كيماوي, هجوم and دوما); {@code rare}: its
     * words in at most one in {@link #RARE_SHARE} articles around the event, also found in another spelling ({@link #otherSpelling});
     * {@code common}: its words in more than one in {@link #COMMON_SHARE} of at least {@link #COMMON_SAMPLE} articles around the
     * event ({@link #similarity}); {@code phrases}: the stems of each phrase of a synonym family it holds ({@link Synonyms#phrasesIn}),
     * shared only whole; {@code heads}: each of its own words that the next of its own words follows, with that word (["اعصار",
     * "مايكل"] of "الإعصار مايكل", ["معبر", "جابر"] of "معبر جابر نصيب"): the word and the one that says which of its kind.
     */
    record Part(String label, Map<String, Double> weights, double total, int needed, Set<String> placeAndKind, Set<String> rare,
            Set<String> common, List<Set<String>> phrases, List<List<String>> heads) {
    }

    /** A word of a name in at most one in this many articles around the event is rare: a name of its own ("ميكونو"). */
    private static final int RARE_SHARE = 100;
    /**
     * A word of a name in more than one in this many articles around the event is common: "تنظيم" and "الدولة" of "تفجيرات
     * تنظيم الدولة في السويداء" are in any report on the Islamic State, and apart in any text (a sport page's "تنظيم كأس العالم",
     * "الدولية"); "زيارة", "رئيس" and "الوزراء" of "زيارة رئيس الوزراء الإثيوبي إلى أسمرة" in every visit of a head of government.
     */
    static final int COMMON_SHARE = 50;
    /**
     * How many articles around the event must be counted before a word's share says it is common: among fewer, the event's own
     * coverage is much of them and makes its own words look common (the ANT dev set's scorer stores its 1,239 labelled articles
     * alone, at most about 900 around any of its events: there the rule took the embassy's and the massacre's words from "نقل
     * السفارة الأمريكية إلى القدس ومجزرة غزة"). A month of three outlets holds fewer than 2,000 (September 2018's 1,411), and
     * there a function word or "سلام" of a name was read as rare: a thousand is the bound.
     */
    static final int COMMON_SAMPLE = 1000;
    /** The letters an Arabic transliteration may write or leave out for a foreign name's vowels: "ميكونو", "مكونو", "ماكونو". */
    private static final String VOWEL_LETTERS = "اوي";

    /** How close an article is to the profile, through which part and which shared words; {@code enough}: see {@link Part}. */
    record Similarity(double value, String part, List<String> shared, boolean enough) {

        static final Similarity NONE = new Similarity(0, null, List.of(), false);

        String reason() {
            return String.format("similar to %s (%.2f: %s)", part, value, String.join(", ", shared));
        }
    }

    /** The words of an article's title and lead: what it is about, also each word read without a one-letter proclitic. */
    static Set<String> topicTerms(String titleAndText) {
        Set<String> terms = new LinkedHashSet<>();
        StorySignature.of(null, titleAndText, List.of(), List.of()).terms().forEach(term -> terms.addAll(Proclitics.readings(term)));
        return terms;
    }

    /** Whether {@code terms} hold a reading of {@code word}: a name's "لتحرير" is an article's "تحرير", "ليبيا" its "ليبيا". */
    static boolean readIn(String word, Set<String> terms) {
        return Proclitics.readings(word).stream().anyMatch(terms::contains);
    }

    /**
     * The words of one of the event's names, read as an article's are, without those read as one of {@code leftOut} (its place
     * and kind, evidence of their own): "معركة تحرير الحديدة" and "لتحرير الحديدة" name the same happening.
     */
    static Set<String> nameWords(String name, Set<String> leftOut) {
        Set<String> words = new LinkedHashSet<>(Stems.of(name));
        words.removeIf(word -> readIn(word, leftOut));
        return words;
    }

    /**
     * @param names           the event's title and aliases, without the words of its place and kind (evidence of their own)
     * @param description     the event's description, or null
     * @param linkedArticles  the topic terms of articles a person linked to it
     * @param frequencies     in how many of {@code documents} articles around the event each word occurs
     */
    static EventProfile of(List<Set<String>> names, List<String> nameLabels, String description, List<Set<String>> linkedArticles,
            Map<String, Integer> frequencies, int documents) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Set<String> placeAndKind = new LinkedHashSet<>(Stems.of(nameLabels.get(i)));
            int words = placeAndKind.size();
            placeAndKind.removeAll(names.get(i));
            add(parts, "the event's name \"" + nameLabels.get(i) + "\"", names.get(i), Math.min(2, words), placeAndKind, frequencies,
                    documents, Synonyms.phrasesIn(nameLabels.get(i)), heads(nameLabels.get(i), names.get(i)));
        }
        if (description != null) {
            add(parts, "the event's description", Stems.of(description), 2, Set.of(), frequencies, documents, List.of(), List.of());
        }
        if (!linkedArticles.isEmpty()) {
            // words in at least half of the articles linked by hand: what they share, not what each adds
            Map<String, Integer> counts = new HashMap<>();
            linkedArticles.forEach(terms -> terms.forEach(t -> counts.merge(t, 1, Integer::sum)));
            Set<String> common = new LinkedHashSet<>();
            counts.forEach((term, n) -> {
                if (n * 2 >= linkedArticles.size()) {
                    common.add(term);
                }
            });
            add(parts, "the articles linked by hand", common, 2, Set.of(), frequencies, documents, List.of(), List.of());
        }
        return new EventProfile(parts);
    }

    private static void add(List<Part> parts, String label, Set<String> terms, int needed, Set<String> placeAndKind,
            Map<String, Integer> frequencies, int documents, List<Set<String>> phrases, List<List<String>> heads) {
        Map<String, Double> weights = new HashMap<>();
        Set<String> rare = new LinkedHashSet<>();
        Set<String> common = new LinkedHashSet<>();
        for (String term : terms) {
            // an article's "تحرير" and "لتحرير" both read as the name's "لتحرير": it is in as many articles as its readings together
            int frequency = Proclitics.readings(term).stream().mapToInt(reading -> frequencies.getOrDefault(reading, 0)).sum();
            weights.put(term, TfIdf.idf(frequency, documents));
            if (frequency * RARE_SHARE <= documents) {
                rare.add(term);
            } else if (documents >= COMMON_SAMPLE && frequency * COMMON_SHARE > documents) {
                common.add(term);
            }
        }
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 0) {
            parts.add(new Part(label, weights, total, needed, placeAndKind, rare, common, phrases, heads));
        }
    }

    /** Each of a name's own words ({@code own}) that the next of its words follows, when that one is its own word too, with it. */
    private static List<List<String>> heads(String name, Set<String> own) {
        List<String> words = List.copyOf(Stems.of(name));
        List<List<String>> heads = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (own.contains(words.get(i)) && own.contains(words.get(i + 1))) {
                heads.add(List.of(words.get(i), words.get(i + 1)));
            }
        }
        return heads;
    }

    /** The heads of every name ({@link Part}). */
    List<List<String>> heads() {
        return parts.stream().flatMap(part -> part.heads().stream()).toList();
    }

    /**
     * The words of the part's phrases ({@link Part}) that the article has only some of: a phrase's word alone is no part of the
     * name ("وقف" of "وقف إطلاق النار" in "توقف شحنات الوقود").
     */
    private static Set<String> wordsOfPartPhrases(Part part, Set<String> topicTerms) {
        Set<String> apart = new HashSet<>();
        for (Set<String> phrase : part.phrases()) {
            // the whole phrase, its words of the event's kind too ("اطلاق النار" is a shooting, left out of an attack's name words)
            if (!phrase.stream().allMatch(word -> readIn(word, topicTerms))) {
                part.weights().keySet().stream().filter(word -> Proclitics.readings(word).stream().anyMatch(phrase::contains)).forEach(apart::add);
            }
        }
        return apart;
    }

    /** Every word of the profile: the words whose frequencies it needs. */
    static Set<String> words(List<Set<String>> names, String description, List<Set<String>> linkedArticles) {
        Set<String> words = new LinkedHashSet<>();
        names.forEach(name -> name.forEach(word -> words.addAll(Proclitics.readings(word))));
        if (description != null) {
            words.addAll(Stems.of(description));
        }
        linkedArticles.forEach(words::addAll);
        return words;
    }

    /** Whether a word of the profile, in any reading, is one of {@code words}: what the event is about speaks of them. */
    boolean carries(Set<String> words) {
        return parts.stream().anyMatch(part -> part.weights().keySet().stream().anyMatch(word -> readIn(word, words)));
    }

    /**
     * A term that writes a rare name word otherwise, as transliterations of a foreign name do ("مكونو" and "ماكونو" for the
     * name's "ميكونو"): the same first and last letters, and the same letters between once the vowel letters are left out;
     * five letters at least in both (a shorter term is too often a common word: "سنتا", cents, is no "سانتا"). Null when none does.
     */
    static String otherSpelling(String word, Set<String> terms) {
        if (word.length() < 5) {
            return null;
        }
        String skeleton = skeleton(word);
        return terms.stream().filter(term -> term.length() >= 5 && !term.equals(word) && skeleton.equals(skeleton(term)))
                .findFirst().orElse(null);
    }

    /** How long a place's spelling and an article's word must both be for {@link #writesPlaceOtherwise}. */
    static final int PLACE_SPELLING_LETTERS = 6;

    /**
     * Whether {@code word} writes a one-word spelling of a place with a vowel letter more or less, as transliterations of a
     * foreign name do ("تورنتو" for "تورونتو", "مارسيليا" for "مرسيليا"): the shorter is the longer less some of its vowel letters,
     * the others in order. Stricter than {@link #otherSpelling}, which may change a vowel letter: a place is named in any text,
     * where that reads "بوريس" as "باريس" and "توفير" as "تيفور"; six letters at least in both, because shorter Arabic words are
     * too often a place's vowels apart ("اركان" and "اراكان", "عربيين" and "عربين").
     */
    static boolean writesPlaceOtherwise(String spelling, String word) {
        if (spelling.length() < PLACE_SPELLING_LETTERS || word.length() < PLACE_SPELLING_LETTERS || spelling.equals(word)) {
            return false;
        }
        String longer = spelling.length() > word.length() ? spelling : word;
        String shorter = longer == spelling ? word : spelling;
        int at = 0;
        for (int i = 0; i < longer.length(); i++) {
            if (at < shorter.length() && longer.charAt(i) == shorter.charAt(at)) {
                at++;
            } else if (VOWEL_LETTERS.indexOf(longer.charAt(i)) < 0) {
                return false;
            }
        }
        return at == shorter.length();
    }

    private static String skeleton(String word) {
        StringBuilder inner = new StringBuilder();
        word.substring(1, word.length() - 1).chars().filter(c -> VOWEL_LETTERS.indexOf(c) < 0).forEach(inner::appendCodePoint);
        return word.charAt(0) + inner.toString() + word.charAt(word.length() - 1);
    }

    /**
     * The closest part of the profile to an article's topic terms. A part shared only through words that {@code onlyPlaces}
     * says are places is not counted: "انتخابات العراق" shared by an article about an Iraqi singer is the country, evidence
     * of place; "طرد بريطانيا 23 دبلوماسيا روسيا" shared through Britain and Russia is any story between the two. Nor is a part
     * shared only through its common words ({@link Part}), unless the title and lead hold the whole of it. A name
     * whose every word is in the title and lead, its place and kind too, is enough however few its own words: "الانتخابات
     * العراقية" in a lead is that election, "الهجوم الكيماوي في دوما" that attack.
     */
    Similarity similarity(Set<String> topicTerms, Predicate<Set<String>> onlyPlaces) {
        Similarity best = Similarity.NONE;
        for (Part part : parts) {
            double shared = 0;
            List<Map.Entry<String, Double>> found = new ArrayList<>();
            Set<String> asRead = new LinkedHashSet<>(); // the shared words as the article has them: "لبريطانيا" is its "بريطانيا"
            Set<String> apart = wordsOfPartPhrases(part, topicTerms);
            for (Map.Entry<String, Double> word : part.weights().entrySet()) {
                String spelling = part.rare().contains(word.getKey()) ? otherSpelling(word.getKey(), topicTerms) : null;
                if ((readIn(word.getKey(), topicTerms) || spelling != null) && !apart.contains(word.getKey())) {
                    shared += word.getValue();
                    found.add(word);
                    asRead.add(topicTerms.contains(word.getKey()) ? word.getKey() : spelling != null ? spelling : word.getKey().substring(1));
                }
            }
            boolean full = found.size() == part.weights().size() && part.placeAndKind().stream().allMatch(word -> readIn(word, topicTerms));
            boolean whole = full && !part.placeAndKind().isEmpty();
            if (!whole && onlyPlaces.test(asRead)) {
                continue;
            }
            // a name shared only through its common words is that name only when all of it is there, its place and kind too:
            // "تنظيم" and "الدولة" alone are any story of the Islamic State's, "زيارة رئيس الوزراء" any prime minister's visit
            if (!full && !found.isEmpty() && found.stream().allMatch(word -> part.common().contains(word.getKey()))) {
                continue;
            }
            double value = shared / part.total();
            boolean enough = found.size() >= part.needed() || whole;
            if (value > best.value() || value == best.value() && enough && !best.enough()) {
                found.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
                best = new Similarity(value, part.label(), found.stream().limit(SHOWN_WORDS).map(Map.Entry::getKey).toList(), enough);
            }
        }
        return best;
    }
}
