package news.parallax.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.parallax.extraction.Found.Citation;
import news.parallax.extraction.Found.Claim;
import news.parallax.extraction.Found.Facet;

/**
 * The extraction pipeline: clean the text, then find citations, claims and facets in the clean
 * text. A pure function of its inputs and the registry snapshot, safe to run in parallel.
 */
public final class Extractor {

    /**
     * Everything found in one text; offsets are UTF-16 indices into {@code cleanText}. Claims, citations and facets are
     * found in the whole clean text, a closing trailer of other articles' leads included (its quotes are on the page).
     * {@code ownTextEnd}: where the article's own text ends, before such a trailer (the length of {@code cleanText} when
     * there is none); what says what the article is about (its story signature, the text and dates event linking reads)
     * reads only the text before it. {@code people}: the curated registry people the own text names, by their registry
     * name (a speaker ingest created is among the participant facets, not here): what an article's story signature
     * names, the same whatever was ingested before it.
     */
    public record Result(String cleanText, String author, int ownTextEnd, List<Citation> citations, List<Claim> claims,
            List<Facet> facets, List<String> people) {

        /** The article's own text: the clean text before a closing trailer of other articles' leads. */
        public String ownText() {
            return cleanText.substring(0, ownTextEnd);
        }

        /** The facets found in the article's own text. */
        public List<Facet> ownFacets() {
            return facets.stream().filter(facet -> facet.start() < ownTextEnd).toList();
        }

        /** Where the own text ends in Unicode code points, as the database counts spans. */
        public int ownTextEndCodePoints() {
            return cleanText.codePointCount(0, ownTextEnd);
        }
    }

    /**
     * A full stop ends a sentence before a space, a quote, the end, or an Arabic letter (pages
     * often drop the space), but not inside a dotted abbreviation ("إن.بي.سي", "إن. تي. في").
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[!?؟](?=[\\s\"”»]|$)"
            // a full stop before a space ends a sentence, but not between letters spelled with spaces ("إن. تي. في")
            + "|\\.(?!(?<=[\\s(\"“«]\\p{L}{1,3}\\.)\\s\\p{L}{1,3}\\.)(?<![\\s(\"“«]\\p{L}{1,3}\\.\\s\\p{L}{1,3}\\.)(?=[\\s\"”»]|$)"
            + "|[.!?؟](?<![\\s(\"“«.]\\p{L}{1,3}\\.)(?=[\\u0600-\\u06FF])|\\n");

    /**
     * A dateline: at the text's opening, up to five words then the outlet or agency in brackets and a dash ("عمان، الأردن (CNN)--").
     * It says where the outlet writes from, not where the story happens.
     */
    private static final Pattern DATELINE = Pattern.compile("^\\s*+(?:[^\\s()]++\\s*+){0,5}+\\([^()\\n]{1,25}\\)\\s*[-–—]+");

    private static final int DATELINE_REACH = 200;

    private Extractor() {
    }

    /**
     * Where the story of a text begins: after its dateline, if it opens with one. The dateline says where the outlet writes
     * from, so neither its places nor its words are the story's (CNN Arabic's "دبي، الإمارات العربية المتحدة (CNN)" opens
     * every story, whatever it is about).
     */
    public static int storyStart(CharSequence text) {
        // possessive and over the opening only: a long text with no bracket must not be tried word split by word split
        Matcher dateline = DATELINE.matcher(text).region(0, Math.min(text.length(), DATELINE_REACH));
        return dateline.find() ? dateline.end() : 0;
    }

    public static Result run(String body, LocalDate published, Registry registry) {
        TextCleaner.Cleaned cleaned = TextCleaner.clean(body);
        NormalizedText text = NormalizedText.of(cleaned.text());
        List<Attributions.Sentence> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text.text);
        for (int start = 0; start < text.text.length(); ) {
            int stop = end.find() ? end.end() : text.text.length();
            sentences.add(new Attributions.Sentence(text, start, stop, registry));
            start = stop;
        }
        ClaimExtractor.Speakers speakers = ClaimExtractor.Speakers.of(sentences);
        List<Citation> citations = CitationExtractor.extract(text, registry, sentences, speakers::knowsRole);
        List<Claim> claims = new ArrayList<>();
        for (Attributions.Sentence sentence : sentences) {
            claims.addAll(ClaimExtractor.inSentence(sentence, registry, citations, speakers));
        }
        claims = Persons.registrable(claims, registry, sentences); // only people become speakers
        List<Tokens.Token> tokens = text.tokens();
        List<String> keys = Tokens.keys(tokens);
        List<Facet> facets = new ArrayList<>(FacetExtractor.extract(text, published));
        facets.addAll(mentions(text, tokens, keys, registry));
        facets.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<String> people = registry.curatedSpeakersMentioned(ownKeys(text, tokens, keys, cleaned.ownTextEnd())).stream()
                .map(found -> found.entry().name()).filter(FacetExtractor::isParticipant).distinct().toList();
        // a span must hold text (the database refuses empty ones); a rule that matched nothing is no finding
        return new Result(cleaned.text(), cleaned.author(), cleaned.ownTextEnd(), citations.stream().filter(c -> c.end() > c.start()).toList(),
                claims.stream().filter(c -> c.end() > c.start()).toList(), facets.stream().filter(f -> f.end() > f.start()).toList(),
                people);
    }

    /** The month a line opens with as a timeline's entry does ("يناير/ كانون الثاني: ..."), or null ({@link FacetExtractor#timelineMonth}). */
    public static Integer timelineMonth(String line) {
        return FacetExtractor.timelineMonth(line);
    }

    /**
     * The curated people a text names, each as the words of its name as the text writes them ("كيم جونغ أون" in "زيارة كيم جونغ
     * أون إلى بكين"): an event's name that holds one speaks of that person, whose name alone is no evidence of the event.
     */
    public static List<String> curatedPeopleNamed(String text, Registry registry) {
        List<String> keys = Tokens.keys(NormalizedText.of(text).tokens());
        return registry.curatedSpeakersMentioned(keys).stream().map(found -> String.join(" ", keys.subList(found.from(), found.to()))).toList();
    }

    /** The keys of the tokens of the article's own text, which starts the clean text and ends at {@code ownTextEnd}. */
    private static List<String> ownKeys(NormalizedText text, List<Tokens.Token> tokens, List<String> keys, int ownTextEnd) {
        int own = tokens.size();
        while (own > 0 && text.originalStart(tokens.get(own - 1).start()) >= ownTextEnd) {
            own--;
        }
        return own == tokens.size() ? keys : keys.subList(0, own);
    }

    /**
     * Places and registry speakers the text names, as place and participant facets; a speaker named "فيها" is nobody, and a
     * place of the dateline is none of the story's (CNN Arabic's "دبي، الإمارات العربية المتحدة (CNN)" over a story in Genoa).
     */
    private static List<Facet> mentions(NormalizedText text, List<Tokens.Token> tokens, List<String> keys, Registry registry) {
        List<Facet> facets = new ArrayList<>();
        int storyStart = storyStart(text.text);
        for (Registry.Found place : registry.placesWithin(keys)) {
            if (tokens.get(place.from()).start() >= storyStart) {
                facets.add(mention(text, tokens, place, "place", "place"));
            }
        }
        Set<Long> checked = null; // the curated speakers the text names, looked up only for a speaker without a full name
        for (Registry.Found speaker : registry.speakersMentioned(keys)) {
            if (!FacetExtractor.isParticipant(speaker.entry().name())) {
                continue;
            }
            if (!fullName(speaker.entry())) {
                if (checked == null) {
                    checked = registry.curatedSpeakersMentioned(keys).stream().map(found -> found.entry().id()).collect(Collectors.toSet());
                }
                if (!checked.contains(speaker.entry().id())) {
                    continue;
                }
            }
            facets.add(mention(text, tokens, speaker, "participant", "participants"));
        }
        return facets;
    }

    /**
     * Whether a speaker's name has two words or more, not all of them common words ({@code ar/common-words.txt}). A name that
     * ingest registered and no person checked is too often a common noun read as a speaker ("العمل", "منطقة", "أمن", "حادث
     * التفجير" from a SaudiNewsNet load): a participant is a checked speaker or a full name.
     */
    private static boolean fullName(Registry.Entry speaker) {
        List<String> words = Persons.words(speaker.name());
        return words.size() > 1 && !words.stream().allMatch(Lexicon.RULES::isCommonWord);
    }

    private static Facet mention(NormalizedText text, List<Tokens.Token> tokens, Registry.Found found, String type, String key) {
        int start = tokens.get(found.from()).start();
        int end = tokens.get(found.to() - 1).end();
        return new Facet(type, key, found.entry().name(), null, text.originalOf(start, end), text.originalStart(start),
                text.originalEnd(end));
    }
}
