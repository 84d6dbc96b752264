package news.parallax.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.parallax.api.model.OutletKind;
import news.parallax.extraction.Found.Citation;
import news.parallax.extraction.Found.Resolution;
import news.parallax.extraction.Found.Source;
import news.parallax.extraction.Tokens.Token;

/**
 * Finds where a text attributes information to an outlet or source: a cue ("بحسب", "حسبما
 * نقلت", "وفقاً لـ", "according to", "told", "reported by"...) followed by a source phrase, or an
 * outlet followed by "reported". The phrase is resolved through the registry, or kept as a named
 * outlet ("صحيفة News.ru") or a collective source ("المصادر الدبلوماسية"); "the newspaper" refers
 * back to the last newspaper named. Patterns are written in normalised form (see {@link NormalizedText}).
 */
final class CitationExtractor {

    /** Cues of attribution; what follows is a source only when it has a head noun ("صحيفة") or is a known outlet. */
    private static final Pattern CUE = Pattern.compile("(?<![\\p{L}])(?:و|ف)?("
            + "حسبما (?:نقلت|نقل|افادت|افاد|ذكرت|ذكر|اوردت|اورد|قالت|قال|اعلنت|اعلن|نشرت|نشر)|حسب ما (?:نقلت|ذكرت|افادت|اوردت)"
            + "|كما (?:تذكر|يذكر|ذكرت|ذكر|افادت|افاد|نقلت|نقل|اوردت|قالت|اعلنت|نشرت)"
            + "|بحسب|حسب|وفقا ل|وفقا|وفق|طبقا ل|نقلا عن|استنادا الي|نسبه الي"
            + "|ذكرت|افادت|نقلت|اوردت|قالت|كشفت|اعلنت|نشرت|تقول|تذكر|اضافت|اكدت|اشارت|اوضحت|رات|اعتبرت"
            + "|according to|cited by|quoted by|reported by|citing|told)(?![\\p{L}])");


    /** A source before one of these verbs is cited: "Interfax reported", "المصادر الدبلوماسية أكدت". */
    private static final Pattern REPORTED = Pattern.compile("(?<![\\p{L}])(reported|reports|wrote|said|says|quoted"
            + "|اكدت|قالت|ذكرت|افادت|اضافت|اوضحت|اشارت|نقلت|كشفت|اعلنت)(?![\\p{L}])");

    private static final Map<String, OutletKind> HEADS = Map.ofEntries(
            Map.entry("صحيفه", OutletKind.NEWSPAPER), Map.entry("الصحيفه", OutletKind.NEWSPAPER),
            Map.entry("جريده", OutletKind.NEWSPAPER), Map.entry("الجريده", OutletKind.NEWSPAPER),
            Map.entry("مجله", OutletKind.NEWSPAPER), Map.entry("المجله", OutletKind.NEWSPAPER),
            Map.entry("وكاله", OutletKind.NEWS_AGENCY), Map.entry("الوكاله", OutletKind.NEWS_AGENCY),
            Map.entry("موقع", OutletKind.ONLINE), Map.entry("الموقع", OutletKind.ONLINE),
            Map.entry("قناه", OutletKind.BROADCASTER), Map.entry("القناه", OutletKind.BROADCASTER),
            Map.entry("شبكه", OutletKind.BROADCASTER), Map.entry("الشبكه", OutletKind.BROADCASTER),
            Map.entry("اذاعه", OutletKind.BROADCASTER), Map.entry("تلفزيون", OutletKind.BROADCASTER),
            Map.entry("الخدمه", OutletKind.GOVERNMENT), Map.entry("المكتب", OutletKind.GOVERNMENT),
            Map.entry("الرئاسه", OutletKind.GOVERNMENT), Map.entry("وزاره", OutletKind.GOVERNMENT),
            Map.entry("مصادر", OutletKind.COLLECTIVE), Map.entry("المصادر", OutletKind.COLLECTIVE),
            Map.entry("مصدر", OutletKind.COLLECTIVE), Map.entry("المصدر", OutletKind.COLLECTIVE),
            Map.entry("وسائل", OutletKind.COLLECTIVE), Map.entry("اوساط", OutletKind.COLLECTIVE),
            Map.entry("مسؤولون", OutletKind.COLLECTIVE), Map.entry("دبلوماسيون", OutletKind.COLLECTIVE),
            Map.entry("newspaper", OutletKind.NEWSPAPER), Map.entry("paper", OutletKind.NEWSPAPER),
            Map.entry("daily", OutletKind.NEWSPAPER), Map.entry("agency", OutletKind.NEWS_AGENCY),
            Map.entry("website", OutletKind.ONLINE), Map.entry("channel", OutletKind.BROADCASTER),
            Map.entry("broadcaster", OutletKind.BROADCASTER), Map.entry("ministry", OutletKind.GOVERNMENT),
            Map.entry("sources", OutletKind.COLLECTIVE), Map.entry("source", OutletKind.COLLECTIVE),
            Map.entry("officials", OutletKind.COLLECTIVE), Map.entry("diplomats", OutletKind.COLLECTIVE),
            Map.entry("media", OutletKind.COLLECTIVE), Map.entry("service", OutletKind.GOVERNMENT),
            Map.entry("office", OutletKind.GOVERNMENT));

    /** Words that end a source phrase. */
    private static final Set<String> STOPS = Set.of("ان", "بان", "انه", "انها", "في", "عن", "الي", "حول", "الذي", "التي",
            "فيما", "قبل", "بعد", "خلال", "امس", "اليوم", "مساء", "صباح", "علي", "مع", "من", "اثر",
            "that", "on", "in", "at", "which", "who", "and", "about", "after", "before", "as", "said", "says", "reported", "the");

    private static final int MAX_SOURCE_TOKENS = 7;
    private static final String PHRASE_END = "،,:;؛\n()[]";

    private CitationExtractor() {
    }

    static List<Citation> extract(NormalizedText text, Registry registry) {
        List<Citation> citations = new ArrayList<>();
        Map<OutletKind, Source> lastByKind = new EnumMap<>(OutletKind.class);
        Matcher cue = CUE.matcher(text.text);
        while (cue.find()) {
            sourceAfter(text, registry, cue.start(), cue.end(1), lastByKind).ifPresent(citations::add);
        }
        Matcher reported = REPORTED.matcher(text.text);
        while (reported.find()) {
            Citation citation = outletBefore(text, registry, reported.start(), reported.group(1));
            if (citation != null && citations.stream().noneMatch(c -> overlaps(c, citation))) {
                citations.add(citation);
            }
        }
        citations.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return citations;
    }

    /** The citation a cue introduces; remembers its source for later "the newspaper". */
    private static Optional<Citation> sourceAfter(NormalizedText text, Registry registry, int cueStart, int cueEnd,
            Map<OutletKind, Source> lastByKind) {
        int phraseEnd = cueEnd;
        while (phraseEnd < text.text.length() && !endsPhrase(text.text, phraseEnd)) {
            phraseEnd++;
        }
        List<Token> tokens = Tokens.of(text.text, cueEnd, phraseEnd);
        if (tokens.isEmpty() || STOPS.contains(tokens.get(0).key()) && !tokens.get(0).key().equals("the")) {
            return Optional.empty();
        }
        int end = 1;
        while (end < tokens.size() && end < MAX_SOURCE_TOKENS && !STOPS.contains(tokens.get(end).key())) {
            end++;
        }
        List<Token> phrase = new ArrayList<>(tokens.subList(0, end));
        if (!phrase.isEmpty() && phrase.get(0).key().equals("the")) {
            phrase.remove(0);
        }
        if (phrase.isEmpty()) {
            return Optional.empty();
        }
        Resolved resolved = resolve(text, registry, phrase, lastByKind);
        if (resolved == null) {
            return Optional.empty();
        }
        Source source = resolved.source();
        lastByKind.put(source.kind(), source);
        OutletKind head = HEADS.get(phrase.get(0).key());
        if (head != null) {
            lastByKind.put(head, source); // "صحيفة News.ru" makes News.ru "the newspaper"
        }
        Token last = phrase.get(resolved.tokens() - 1);
        int start = text.originalStart(cueStart);
        return Optional.of(new Citation(source, text.originalOf(phrase.get(0).start(), last.end()),
                text.originalOf(cueStart, cueEnd).strip(), start, text.originalEnd(last.end()), confidence(source)));
    }

    /** "Interfax reported": a registry outlet, or a collective source ("المصادر الدبلوماسية"), right before the verb. */
    private static Citation outletBefore(NormalizedText text, Registry registry, int verbStart, String verb) {
        List<Token> before = Tokens.of(text.text, Math.max(0, verbStart - 60), verbStart);
        for (int from = Math.max(0, before.size() - 5); from < before.size(); from++) {
            List<Token> candidate = before.subList(from, before.size());
            Registry.Found found = registry.outletAtStart(Tokens.keys(candidate));
            if (found != null && found.to() == candidate.size()) {
                Source source = new Source(found.entry().name(), OutletKind.fromValue(found.entry().kind()), Resolution.REGISTRY,
                        found.entry());
                Token first = candidate.get(0);
                Token last = candidate.get(candidate.size() - 1);
                return new Citation(source, text.originalOf(first.start(), last.end()), verb, text.originalStart(first.start()),
                        text.originalEnd(verbStart + verb.length()), 0.9f);
            }
        }
        for (int from = Math.max(0, before.size() - 3); from < before.size(); from++) {
            OutletKind head = HEADS.get(before.get(from).key());
            boolean collective = head == OutletKind.COLLECTIVE;
            if (collective || head == OutletKind.GOVERNMENT && from == before.size() - 1) {
                // "المصادر الدبلوماسية أكدت"; "the Russian Defence Ministry's press service said"
                int first = collective ? from : Math.max(0, from - 4);
                while (first < from && before.get(first).key().equals("the")) {
                    first++;
                }
                Token last = before.get(before.size() - 1);
                Source source = new Source(text.originalOf(before.get(first).start(), last.end()), head,
                        collective ? Resolution.COLLECTIVE : Resolution.NAMED, null);
                return new Citation(source, source.name(), text.originalOf(verbStart, verbStart + verb.length()),
                        text.originalStart(before.get(first).start()), text.originalEnd(verbStart + verb.length()), 0.8f);
            }
        }
        return null;
    }

    /** A source and how many tokens of the phrase name it. */
    private record Resolved(Source source, int tokens) {
    }

    private static Resolved resolve(NormalizedText text, Registry registry, List<Token> phrase, Map<OutletKind, Source> lastByKind) {
        List<String> keys = Tokens.keys(phrase);
        OutletKind head = HEADS.get(keys.get(0));
        int skip = 0;
        Registry.Found found = registry.outletAtStart(keys);
        if (found == null && head != null && keys.size() > 1) {
            skip = 1;
            found = registry.outletAtStart(keys.subList(1, keys.size()));
        }
        if (found != null) {
            Source source = new Source(found.entry().name(), OutletKind.fromValue(found.entry().kind()), Resolution.REGISTRY, found.entry());
            return new Resolved(source, withAdjectives(keys, skip + found.to()));
        }
        if (head == null) {
            return null; // no head noun and no known outlet: not a citation ("according to plan")
        }
        if (head == OutletKind.COLLECTIVE && keys.size() == 1 && keys.get(0).startsWith("ال") && lastByKind.containsKey(head)) {
            return new Resolved(lastByKind.get(head), 1); // "المصادر" after "مصادر دبلوماسية": the same sources
        }
        if (head == OutletKind.COLLECTIVE || head == OutletKind.GOVERNMENT) {
            int used = Math.min(phrase.size(), head == OutletKind.GOVERNMENT ? 4 : 3);
            Source source = new Source(text.originalOf(phrase.get(0).start(), phrase.get(used - 1).end()), head,
                    head == OutletKind.COLLECTIVE ? Resolution.COLLECTIVE : Resolution.NAMED, null);
            return new Resolved(source, used);
        }
        int nameEnd = 1;
        while (nameEnd < keys.size() && nameEnd <= 3 && !isNisba(keys.get(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == 1 || keys.get(0).startsWith("ال")) {
            // "الصحيفة الروسية", "the newspaper": the last outlet of that kind named before
            Source previous = lastByKind.get(head);
            return previous == null ? null : new Resolved(previous, withAdjectives(keys, 1));
        }
        Source source = new Source(text.originalOf(phrase.get(1).start(), phrase.get(nameEnd - 1).end()), head,
                Resolution.NAMED, null);
        return new Resolved(source, withAdjectives(keys, nameEnd));
    }

    /** {@code used} plus the nisba adjectives right after it ("البريطانية", "الروسية"). */
    private static int withAdjectives(List<String> keys, int used) {
        while (used < keys.size() && isNisba(keys.get(used))) {
            used++;
        }
        return used;
    }

    /** Commas, colons and brackets end a source phrase; a full stop only when it ends a sentence ("News.ru" goes on). */
    private static boolean endsPhrase(String text, int at) {
        char c = text.charAt(at);
        return PHRASE_END.indexOf(c) >= 0 || c == '.' && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    private static boolean isNisba(String word) {
        return word.startsWith("ال") && (word.endsWith("يه") || word.endsWith("ي")) && word.length() > 4;
    }

    private static float confidence(Source source) {
        return switch (source.resolution()) {
            case REGISTRY -> 0.95f;
            case COLLECTIVE -> 0.85f;
            case NAMED -> 0.75f;
        };
    }

    private static boolean overlaps(Citation a, Citation b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
