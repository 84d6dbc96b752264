package news.parallax.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.MatchResult;

import news.parallax.api.model.OutletKind;
import news.parallax.extraction.Attributions.Phrase;
import news.parallax.extraction.Attributions.Who;
import news.parallax.extraction.Found.Citation;
import news.parallax.extraction.Found.Mention;
import news.parallax.extraction.Found.Resolution;
import news.parallax.extraction.Found.Source;
import news.parallax.extraction.Tokens.Token;
import news.parallax.text.NameNormalizer;

/**
 * Finds where a text attributes information to an outlet or another source. Arabic sentences are
 * read by {@link Attributions}: the source of every speech verb and cue that is not a person
 * ("ذكرت صحيفة ..."، "وفق ما أفادت الشرطة"، "بحسب مصادر") and the outlet a speaker told ("لوكالة
 * فرانس برس"). English cues ("according to", "told", "reported by"...) are followed by a source
 * phrase; a source right before a reporting verb ("Interfax reported", "المصادر الدبلوماسية أكدت")
 * is cited too. An outlet resolves through the registry or is kept as a named outlet ("صحيفة
 * News.ru"); any other source is a mention ("مصادر دبلوماسية"، "وزارة الداخلية"، "البيان"); "the
 * newspaper" refers back to the last newspaper named. Word lists come from {@link Lexicon}.
 */
final class CitationExtractor {

    private static final Lexicon RULES = Lexicon.RULES;
    private static final Matches.OfWords ENGLISH_CUE = new Matches.OfWords(RULES.sourceCues("en"));
    /** A source before one of these verbs is cited: "Interfax reported", "المصادر الدبلوماسية أكدت". */
    private static final Matches.OfWords REPORTED = new Matches.OfWords(RULES.reportingVerbs());

    private static final String PHRASE_END = "،,:;؛\n()[]";

    private CitationExtractor() {
    }

    /**
     * The citations of a text; {@code isPersonsRole} tells a role that names a person of the article
     * ("وزير الخارجية الأمريكي"), which is a speaker, not an anonymous source.
     */
    static List<Citation> extract(NormalizedText text, Registry registry, List<Attributions.Sentence> sentences,
            BiPredicate<Attributions.Sentence, Phrase> isPersonsRole) {
        List<Citation> citations = new ArrayList<>();
        Map<OutletKind, Source> lastByKind = new EnumMap<>(OutletKind.class);
        for (Attributions.Sentence sentence : sentences) {
            for (Attributions.Attribution attribution : sentence.attributions()) {
                Phrase source = attribution.source();
                boolean personsRole = source != null && source.who() == Who.ANONYMOUS && isPersonsRole.test(sentence, source);
                if (source != null && source.who() != Who.PERSON && !personsRole) {
                    cited(sentence, source, attribution.trigger(), lastByKind).ifPresent(citations::add);
                    Phrase second = sentence.conjoined(source); // "وكالة "أسوشيتد برس" وقناة "سكاي نيوز""
                    if (second != null) {
                        cited(sentence, second, second.from(), lastByKind).ifPresent(citations::add);
                    }
                }
                if (attribution.toldTo() != null) {
                    cited(sentence, attribution.toldTo(), attribution.toldTo().from(), lastByKind).ifPresent(citations::add);
                    Phrase second = sentence.conjoined(attribution.toldTo()); // "برنامج ... الذي تبثه شبكة (سي.بي.إس)"
                    if (second != null) {
                        cited(sentence, second, second.from(), lastByKind).ifPresent(citations::add);
                    }
                }
            }
        }
        for (MatchResult cue : ENGLISH_CUE.in(text.text)) {
            sourceAfter(text, registry, cue.start(), cue.end(1), lastByKind)
                    .filter(citation -> citations.stream().noneMatch(c -> overlaps(c, citation))).ifPresent(citations::add);
        }
        for (MatchResult reported : REPORTED.in(text.text)) {
            Citation citation = outletBefore(text, registry, reported.start(), reported.group(1));
            if (citation != null && citations.stream().noneMatch(c -> overlaps(c, citation))) {
                citations.add(citation);
            }
        }
        citations.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return citations;
    }

    /** Every word after the outlet's cue word is an adjective of relation with "ال" ("الوكالة السعودية"), no genitive. */
    private static boolean adjectivesOnly(List<Token> tokens, Phrase phrase) {
        return tokens.subList(phrase.from() + 1, phrase.to()).stream()
                .allMatch(t -> t.key().startsWith("ال") && ArabicWordShapes.isNisba(t.key()));
    }

    /** The citation of a source phrase that a verb or cue at token {@code cue} introduces; remembers outlets for "الصحيفة". */
    private static Optional<Citation> cited(Attributions.Sentence sentence, Phrase phrase, int cue, Map<OutletKind, Source> lastByKind) {
        NormalizedText text = sentence.text;
        List<Token> tokens = sentence.tokens;
        int from = tokens.get(phrase.from()).start();
        String head = tokens.get(phrase.from()).key();
        if (head.charAt(0) == 'ل' && (cue == phrase.from() || !head.startsWith("لل") && RULES.headsSource(head.substring(1)))) {
            from++; // "لإذاعة إسرائيل": told to "إذاعة إسرائيل"; "وفقا لبيان": the statement, without its preposition
        } else if (head.length() > 3 && head.charAt(0) == 'و' && (phrase.who() == Who.OUTLET && RULES.outletCue(head.substring(1)) != null
                || phrase.who() == Who.INSTITUTION && RULES.isConjoinedBody(head) || head.startsWith("وال") && !RULES.isTitle(head))) {
            from++; // "وقناة "سكاي نيوز""، "وكتائب ..."، "والمحتجون يقولون": the source without its conjunction
        }
        String asWritten = balancedQuotes(text.originalOf(from, tokens.get(phrase.to() - 1).end()), text.original,
                text.originalStart(from), text.originalEnd(tokens.get(phrase.to() - 1).end()));
        Source source;
        if (phrase.who() == Who.OUTLET) {
            if (phrase.entry() != null) {
                source = new Source(phrase.entry().name(), OutletKind.fromValue(phrase.entry().kind()), Resolution.REGISTRY,
                        phrase.entry(), null);
            } else if (phrase.hasName()) {
                source = new Source(text.nameOf(tokens.get(phrase.nameFrom()).start(), tokens.get(phrase.nameTo() - 1).end()),
                        phrase.outletKind(), Resolution.NAMED, null, null);
            } else if (lastByKind.containsKey(phrase.outletKind())) {
                source = lastByKind.get(phrase.outletKind()); // "الصحيفة": the newspaper named before
            } else if (phrase.to() - phrase.from() > 1 && (phrase.outletKind() == OutletKind.BROADCASTER || adjectivesOnly(tokens, phrase))) {
                // "التلفزيون الرسمي السوري", "الوكالة السعودية": one outlet, described by its country
                source = new Source(asWritten, phrase.outletKind(), Resolution.NAMED, null, null);
            } else if (phrase.to() - phrase.from() > 1) {
                // "الموقع الرسمي للجيش اليمني", "الخدمة الصحفية لوزارة الدفاع": an institution's own channel
                source = new Source(asWritten, OutletKind.GOVERNMENT, Resolution.COLLECTIVE, null, Mention.INSTITUTION);
            } else {
                return Optional.empty();
            }
            lastByKind.put(phrase.outletKind(), source); // "صحيفة News.ru" makes News.ru "the newspaper"
            lastByKind.put(source.kind(), source);
        } else {
            Mention mention = Mention.valueOf(phrase.who().name());
            OutletKind kind = mention == Mention.INSTITUTION ? OutletKind.GOVERNMENT : OutletKind.COLLECTIVE;
            boolean bare = phrase.to() - phrase.from() == 1 && tokens.get(phrase.from()).key().startsWith("ال");
            Source last = lastByKind.get(kind);
            boolean anaphor = phrase.to() - phrase.from() == 1 && RULES.isSourceAnaphor(head);
            if (anaphor && (last == null || last.mention() != Mention.ANONYMOUS && last.mention() != Mention.COLLECTIVE)) {
                return Optional.empty(); // "بحسب ما ذكر مدير المرصد ...، وفقا للمصدر": a person, already the speaker
            }
            String name = phrase.hasName() && phrase.nameFrom() > phrase.from() // a quoted name: منظمة "أنقذوا الأطفال"
                    ? text.nameOf(tokens.get(phrase.nameFrom()).start(), tokens.get(phrase.nameTo() - 1).end())
                    : text.nameOf(from, tokens.get(phrase.to() - 1).end());
            // "المصادر" after "مصادر دبلوماسية": the same sources; "الموقعون" after "الباحثون" is another group (the last
            // source's name is normalised only for a bare collective word)
            source = anaphor ? last
                    : bare && mention == Mention.COLLECTIVE && last != null && last.mention() == mention
                    && NameNormalizer.normalize(last.name()).startsWith(tokens.get(phrase.from()).key().substring(2)) ? last
                    : new Source(name, kind, Resolution.COLLECTIVE, null, mention);
            lastByKind.put(kind, source);
        }
        Token first = tokens.get(Math.min(cue, phrase.from())); // "وكانت صحيفة ماركا ذكرت": the source before its verb
        Token cueEnd = tokens.get(Math.max(cue, phrase.from() - 1)); // "حسبما نقلت", "وفق ما أفادت"
        Token last = tokens.get(Math.max(cue, phrase.to() - 1));
        return Optional.of(new Citation(source, asWritten, text.originalOf(first.start(), cueEnd.end()), text.originalStart(first.start()),
                text.originalEnd(last.end()), confidence(source)));
    }

    /**
     * The source as written with the quote its name opened closed ("موقع "أنصار الله""), or the quote it closed opened
     * (""سكاي نيوز" البريطانية"): the phrase starts and ends at a word, and a source written with half its quotes is no form
     * the article has.
     */
    private static String balancedQuotes(String written, String original, int start, int end) {
        boolean oddQuotes = written.chars().filter(c -> c == '"').count() % 2 == 1;
        if (oddQuotes && start > 0 && original.charAt(start - 1) == '"' && written.indexOf('"') > 0) {
            return '"' + written;
        }
        if (end >= original.length()) {
            return written;
        }
        char next = original.charAt(end);
        boolean open = next == '"' && written.chars().filter(c -> c == '"').count() % 2 == 1
                || next == '”' && written.lastIndexOf('“') > written.lastIndexOf('”')
                || next == '»' && written.lastIndexOf('«') > written.lastIndexOf('»');
        return open ? written + next : written;
    }

    /** The citation a cue introduces; remembers its source for later "the newspaper". */
    private static Optional<Citation> sourceAfter(NormalizedText text, Registry registry, int cueStart, int cueEnd,
            Map<OutletKind, Source> lastByKind) {
        int phraseEnd = cueEnd;
        while (phraseEnd < text.text.length() && !endsPhrase(text.text, phraseEnd)) {
            phraseEnd++;
        }
        List<Token> tokens = Tokens.of(text.text, cueEnd, phraseEnd);
        if (tokens.isEmpty() || RULES.isNotName(tokens.get(0).key()) && !tokens.get(0).key().equals("the")) {
            return Optional.empty();
        }
        int end = 1;
        while (end < tokens.size() && end < SourcePhrases.MAX_SOURCE_TOKENS && !RULES.isNotName(tokens.get(end).key())) {
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
        OutletKind head = RULES.headKind(phrase.get(0).key());
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
        if (before.isEmpty() || !text.text.substring(before.get(before.size() - 1).end(), verbStart).isBlank()) {
            return null; // "(CNN) -- أعلنت": a dateline or a clause ("في السعودية، قالت") is no subject of the verb
        }
        // "an AFP correspondent reported": the outlet before the correspondent reports
        int outletEnd = before.size() > 1 && RULES.isCorrespondent(before.get(before.size() - 1).key()) ? before.size() - 1 : before.size();
        for (int from = Math.max(0, outletEnd - 5); from < outletEnd; from++) {
            List<Token> candidate = before.subList(from, outletEnd);
            Registry.Found found = registry.outletAtStart(Tokens.keys(candidate));
            if (found != null && found.to() == candidate.size()) {
                Source source = new Source(found.entry().name(), OutletKind.fromValue(found.entry().kind()), Resolution.REGISTRY,
                        found.entry(), null);
                Token first = candidate.get(0);
                Token last = candidate.get(candidate.size() - 1);
                return new Citation(source, text.originalOf(first.start(), last.end()), verb, text.originalStart(first.start()),
                        text.originalEnd(verbStart + verb.length()), 0.9f);
            }
        }
        for (int from = Math.max(0, before.size() - SourcePhrases.MAX_SOURCE_TOKENS); from < before.size(); from++) {
            String key = before.get(from).key();
            if (from < before.size() - 3 && !(RULES.isAnonymous(key) && isLatin(key))) {
                continue; // only "a spokesman for the Turkish presidency said" stands this far from its verb
            }
            OutletKind head = RULES.headKind(key);
            boolean collective = head == OutletKind.COLLECTIVE;
            if (collective || head == OutletKind.GOVERNMENT && from == before.size() - 1) {
                // "المصادر الدبلوماسية أكدت"; "the Russian Defence Ministry's press service said"
                // an Arabic body before its verb is its head word alone ("إسرائيل قالت"); English looks back to "the ... service"
                int first = collective || !isLatin(key) ? from : Math.max(0, from - 4);
                while (first < from && (before.get(first).key().equals("the") || clauseBetween(text, before.get(first), before.get(from)))) {
                    first++; // "The plant will reopen, the company said": the source starts after the comma
                }
                int end = from + 1;
                while (end < before.size() && !RULES.isNotName(before.get(end).key())) {
                    end++; // "التقارير التي أفادت": the relative clause is not part of the source
                }
                if (RULES.isAnonymous(key) && isLatin(key)) {
                    end = before.size(); // "a spokesman for the Turkish presidency": the whole phrase before the verb
                }
                Token last = before.get(end - 1);
                Mention mention = RULES.isAnonymous(key) ? Mention.ANONYMOUS : collective ? Mention.COLLECTIVE : Mention.INSTITUTION;
                Source source = new Source(text.originalOf(before.get(first).start(), last.end()), head, Resolution.COLLECTIVE, null,
                        mention);
                return new Citation(source, source.name(), text.originalOf(verbStart, verbStart + verb.length()),
                        text.originalStart(before.get(first).start()), text.originalEnd(verbStart + verb.length()), 0.8f);
            }
        }
        return null;
    }

    /** Whether a comma, colon or bracket stands between two tokens, so they are in different phrases. */
    private static boolean clauseBetween(NormalizedText text, Token first, Token last) {
        return text.text.substring(first.end(), last.start()).chars().anyMatch(c -> PHRASE_END.indexOf(c) >= 0);
    }

    /** A source and how many tokens of the phrase name it. */
    private record Resolved(Source source, int tokens) {
    }

    private static Resolved resolve(NormalizedText text, Registry registry, List<Token> phrase, Map<OutletKind, Source> lastByKind) {
        List<String> keys = Tokens.keys(phrase);
        OutletKind head = RULES.headKind(keys.get(0));
        int skip = 0;
        Registry.Found found = registry.outletAtStart(keys);
        if (found == null && head != null && keys.size() > 1) {
            skip = 1;
            found = registry.outletAtStart(keys.subList(1, keys.size()));
        }
        if (found != null) {
            Source source = new Source(found.entry().name(), OutletKind.fromValue(found.entry().kind()), Resolution.REGISTRY, found.entry(),
                    null);
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
            Source source = new Source(text.originalOf(phrase.get(0).start(), phrase.get(used - 1).end()), head, Resolution.COLLECTIVE,
                    null, head == OutletKind.COLLECTIVE ? Mention.COLLECTIVE : Mention.INSTITUTION);
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
                Resolution.NAMED, null, null);
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

    private static boolean isLatin(String key) {
        return Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.LATIN;
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
