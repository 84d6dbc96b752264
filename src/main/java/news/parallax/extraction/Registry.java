package news.parallax.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names extraction resolves against: outlet and speaker aliases, normalised, plus known
 * places. Read once by {@link RegistryCache}; only the entries ingest creates are added to it
 * afterwards, so extraction is a function of the text and of the registry as it is at that moment.
 */
public final class Registry {

    /** A registry entry that an alias names. */
    public record Entry(long id, String name, String kind) {
    }

    /** A name found in a token sequence: the entry, and tokens [from, to) that name it. */
    record Found(Entry entry, int from, int to) {
    }

    private static final int LONGEST_ALIAS_TOKENS = 8;
    /** The one-letter clitics read off an alias's first word: و، ب، ل، ف، ك. */
    private static final String CLITICS = "وبلفك";

    /**
     * Names by normalised alias, and the first words of those aliases: most tokens of a text start
     * no name, and are passed over without building the phrases that start with them.
     */
    private static final class Aliases {
        final Map<String, Entry> byAlias = new ConcurrentHashMap<>();
        final Set<String> firstWords = ConcurrentHashMap.newKeySet();
        /**
         * Every token an alias may start with: a first word as written, behind a clitic letter, or behind "ال" or "لل" (the
         * readings of {@link #lookUp}), so that a token is tested with one look-up instead of three and two substrings.
         */
        private final Set<String> startingTokens = ConcurrentHashMap.newKeySet();
        /** The last word of every alias of two words or more, and its entry ({@link #AMBIGUOUS} when two entries share it). */
        final Map<String, Entry> byLastWord = new ConcurrentHashMap<>();

        Aliases(Map<String, Entry> aliases) {
            aliases.forEach(this::putIfAbsent);
        }

        /**
         * Whether an alias may start with this token, as written or without a clitic letter or "ال" ({@link #lookUp}): most
         * tokens start none, and are passed over with this one test instead of one per length of phrase tried.
         */
        boolean mayStartAlias(String token) {
            return startingTokens.contains(token);
        }

        /** Whether an alias starts with this word (false for null: no such reading). */
        boolean startsAlias(String word) {
            return word != null && firstWords.contains(word);
        }

        /** The tokens that {@link #withoutClitic} or {@link #withoutArticle} read as {@code first}, and {@code first} itself. */
        private void addStartingTokens(String first) {
            startingTokens.add(first);
            if (first.isEmpty()) {
                return;
            }
            for (char clitic : CLITICS.toCharArray()) {
                startingTokens.add(clitic + first);
            }
            if (first.length() > 2) {
                startingTokens.add("ال" + first);
                startingTokens.add("لل" + first);
            }
        }

        void putIfAbsent(String alias, Entry entry) {
            int space = alias.indexOf(' ');
            String first = space < 0 ? alias : alias.substring(0, space);
            if (firstWords.add(first)) {
                addStartingTokens(first);
            }
            if (byAlias.putIfAbsent(alias, entry) == null && space > 0) {
                byLastWord.merge(alias.substring(alias.lastIndexOf(' ') + 1), entry,
                        (known, other) -> known.id() == other.id() ? known : AMBIGUOUS);
            }
        }
    }

    /** Stands for a last word that several entries share. */
    private static final Entry AMBIGUOUS = new Entry(-1, "", "");

    private final Aliases outlets;
    private final Aliases speakers;
    /**
     * The speakers a person has checked (verified), as read: never grown by {@link #add}, so what a text names
     * among them does not depend on what was ingested before it (story signatures, docs/stories.md).
     */
    private final Aliases curatedSpeakers;
    private final Aliases places;

    /** A registry whose every speaker is curated (the shipped registries, and tests). */
    public Registry(Map<String, Entry> outletsByAlias, Map<String, Entry> speakersByAlias, Map<String, Entry> placesByName) {
        this(outletsByAlias, speakersByAlias, speakersByAlias, placesByName);
    }

    /** {@code curatedSpeakersByAlias}: the aliases of the verified speakers among {@code speakersByAlias}. */
    public Registry(Map<String, Entry> outletsByAlias, Map<String, Entry> speakersByAlias, Map<String, Entry> curatedSpeakersByAlias,
            Map<String, Entry> placesByName) {
        this.outlets = new Aliases(outletsByAlias);
        this.speakers = new Aliases(speakersByAlias);
        this.curatedSpeakers = new Aliases(curatedSpeakersByAlias);
        this.places = new Aliases(placesByName);
    }

    /**
     * Adds the aliases of entries created since the registry was read (known aliases keep their
     * entry); safe while other threads look names up, and costs nothing per entry already known.
     */
    void add(Map<String, Entry> moreOutlets, Map<String, Entry> moreSpeakers) {
        moreOutlets.forEach(outlets::putIfAbsent);
        moreSpeakers.forEach(speakers::putIfAbsent);
    }

    /** The outlet with exactly this normalised alias, if any. */
    public Entry outletNamed(String normalizedAlias) {
        return outlets.byAlias.get(normalizedAlias);
    }

    public static Registry empty() {
        return new Registry(Map.of(), Map.of(), Map.of());
    }

    /** The longest outlet alias that starts the tokens (a clitic و/ل/ب/ف/ك on the first token is allowed). */
    Found outletAtStart(List<String> tokens) {
        if (tokens.isEmpty() || !outlets.mayStartAlias(tokens.get(0))) {
            return null;
        }
        for (int to = Math.min(tokens.size(), LONGEST_ALIAS_TOKENS); to > 0; to--) {
            Entry entry = lookUp(outlets, tokens, 0, to);
            if (entry != null) {
                return new Found(entry, 0, to);
            }
        }
        return null;
    }

    /** The longest outlet alias anywhere in the tokens. */
    Found outletWithin(List<String> tokens) {
        return longestWithin(outlets, tokens);
    }

    /**
     * The most specific speaker alias anywhere in the tokens: one that does not start with a title
     * over one that does, then the longest, then the first. "وزير الخارجية الإيطالي أنجيلينو ألفانو"
     * is Angelino Alfano even when a speaker is called "وزير الخارجية" (created through the API,
     * or by older rules): what else is in the registry never changes how a registered name resolves.
     */
    Found speakerWithin(List<String> tokens) {
        Found best = null;
        boolean bestTitled = false;
        for (int from = 0; from < tokens.size(); from++) {
            if (!speakers.mayStartAlias(tokens.get(from))) {
                continue;
            }
            for (int to = Math.min(tokens.size(), from + LONGEST_ALIAS_TOKENS); to > from; to--) {
                Entry entry = lookUp(speakers, tokens, from, to);
                if (entry != null) {
                    boolean titled = Lexicon.RULES.isTitle(tokens.get(from));
                    if (best == null || bestTitled && !titled || bestTitled == titled && to - from > best.to() - best.from()) {
                        best = new Found(entry, from, to);
                        bestTitled = titled;
                    }
                    break;
                }
            }
        }
        return best;
    }

    /**
     * The registry person a lone surname names ("لافروف" for "سيرغي لافروف"), or null when no
     * alias of two words or more ends with it, or when several people's do.
     */
    Entry speakerBySurname(String key) {
        Entry entry = speakers.byLastWord.get(key);
        return entry == AMBIGUOUS ? null : entry;
    }

    /** Whether an alias of two words or more, of one registry person or several, ends with this word. */
    boolean isSurname(String key) {
        return speakers.byLastWord.containsKey(key);
    }

    /** Every place named in the tokens. */
    List<Found> placesWithin(List<String> tokens) {
        return allWithin(places, tokens);
    }

    /** Every registry speaker named in the tokens. */
    List<Found> speakersMentioned(List<String> tokens) {
        return allWithin(speakers, tokens);
    }

    /** Every curated speaker named in the tokens, whatever ingest has added to the registry. */
    List<Found> curatedSpeakersMentioned(List<String> tokens) {
        return allWithin(curatedSpeakers, tokens);
    }

    /** The curated speaker an alias of two words or more starting at token {@code from} names, the longest, or null. */
    Found curatedNameAt(List<String> tokens, int from) {
        if (!curatedSpeakers.mayStartAlias(tokens.get(from))) {
            return null;
        }
        for (int to = Math.min(tokens.size(), from + 4); to > from + 1; to--) {
            Entry entry = lookUp(curatedSpeakers, tokens, from, to);
            if (entry != null) {
                return new Found(entry, from, to);
            }
        }
        return null;
    }

    private static List<Found> allWithin(Aliases names, List<String> tokens) {
        List<Found> found = new java.util.ArrayList<>();
        for (int from = 0; from < tokens.size(); from++) {
            if (!names.mayStartAlias(tokens.get(from))) {
                continue;
            }
            for (int to = Math.min(tokens.size(), from + 4); to > from; to--) {
                Entry entry = lookUp(names, tokens, from, to);
                if (entry != null) {
                    found.add(new Found(entry, from, to));
                    from = to - 1;
                    break;
                }
            }
        }
        return found;
    }

    private static Found longestWithin(Aliases names, List<String> tokens) {
        Found best = null;
        for (int from = 0; from < tokens.size(); from++) {
            if (!names.mayStartAlias(tokens.get(from))) {
                continue;
            }
            for (int to = Math.min(tokens.size(), from + LONGEST_ALIAS_TOKENS); to > from; to--) {
                if (best != null && to - from <= best.to() - best.from()) {
                    break;
                }
                Entry entry = lookUp(names, tokens, from, to);
                if (entry != null) {
                    best = new Found(entry, from, to);
                }
            }
        }
        return best;
    }

    /** Tokens [from, to) as an alias, also with one Arabic clitic letter or "ال" taken off the first token. */
    private static Entry lookUp(Aliases names, List<String> tokens, int from, int to) {
        String first = tokens.get(from);
        // a clitic is read off a short word only when more words of the alias follow: "لبي بي سي", never "لبي" alone
        boolean clitic = (first.length() > 3 || to - from > 1) && names.startsAlias(withoutClitic(first));
        boolean article = names.startsAlias(withoutArticle(first));
        if (!clitic && !article && !names.firstWords.contains(first)) {
            return null;
        }
        String rest = to - from == 1 ? "" : " " + String.join(" ", tokens.subList(from + 1, to));
        Entry entry = names.byAlias.get(first + rest);
        if (entry == null && clitic) {
            entry = names.byAlias.get(first.substring(1) + rest);
        }
        if (entry == null && article) {
            entry = names.byAlias.get(first.substring(2) + rest);
        }
        return entry;
    }

    /** The word without a one-letter clitic (و، ب، ل، ف، ك), or null when it has none. */
    private static String withoutClitic(String word) {
        return word.length() > 1 && CLITICS.indexOf(word.charAt(0)) >= 0 ? word.substring(1) : null;
    }

    /** The word of five letters or more without "ال" or "لل", or null. */
    private static String withoutArticle(String word) {
        return word.length() > 4 && (word.startsWith("ال") || word.startsWith("لل")) ? word.substring(2) : null;
    }

    /** Builds a by-alias map, the first entry winning when two share an alias. */
    public static Map<String, Entry> byAlias(List<Map.Entry<String, Entry>> aliases) {
        Map<String, Entry> map = new HashMap<>();
        for (Map.Entry<String, Entry> alias : aliases) {
            map.putIfAbsent(alias.getKey(), alias.getValue());
        }
        return map;
    }
}
