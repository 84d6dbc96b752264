package news.parallax.extraction;

import static news.parallax.extraction.ArabicWordShapes.definite;
import static news.parallax.extraction.ArabicWordShapes.pluralVerb;
import static news.parallax.extraction.ArabicWordShapes.withoutPronoun;

import java.util.List;

import news.parallax.extraction.Tokens.Token;

/**
 * The words of one sentence and the marks between them: what the gap before a token holds (a comma, a quote, a line
 * end), and where what a speaker says starts. The lowest layer of {@link Attributions.Sentence}: it knows no source
 * phrase and no speech verb.
 */
abstract class SentenceWords {

    static final Lexicon RULES = Lexicon.RULES;
    /** Characters between two words that end a phrase: punctuation, quotes, brackets, line ends. */
    private static final String BREAKS = ",،:;؛.!?؟\"“”«»()[]\n";
    static final String OPENING_QUOTES = "\"“«(";
    static final String CLOSING_QUOTES = "\"”»)";

    final NormalizedText text;
    /** [start, end) in the normalised text. */
    final int start;
    final int end;
    final List<Token> tokens;
    final List<String> keys;
    final Registry registry;

    SentenceWords(NormalizedText text, int start, int end, Registry registry) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.tokens = Tokens.within(text, start, end);
        this.keys = Tokens.keys(tokens);
        this.registry = registry;
    }

    /** A given name that starts a name at token {@code at}: no name that is also a function word ("علي"). */
    boolean personalName(int at) {
        return at < tokens.size() && RULES.isGivenName(keys.get(at)) && !RULES.isAmbiguousName(keys.get(at));
    }

    /** The words of a name in [from, to), not counting the words that join its parts ("محمد بن نواف بن عبد العزيز" is 4). */
    int nameWords(int from, int to) {
        int words = to - from;
        for (int k = from; k < to; k++) {
            words -= RULES.linksName(keys.get(k)) ? 1 : 0;
        }
        return words;
    }

    /**
     * Whether what the speaker named by tokens [from, i) says starts at token {@code i}: a
     * complementizer ("أن"، "إن"), a verb's complement ("إلى"، "عن"، "على")، "في بيان", a colon
     * or quote (or both: "وقال ساويرس: "..."), a participle of speech ("قائلا"), or a role after the name.
     */
    boolean opensContent(int from, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        int nameWords = i - from;
        for (int filler; i + 1 < tokens.size() && !breakBefore(i) && (filler = RULES.fillerAt(keys, i)) > 0; ) {
            i += filler; // "وقال لافروف الاثنين إن"
        }
        if (i >= tokens.size()) {
            return false; // fillers close the sentence ("... بخطوات من جانبها."): nothing is said after them
        }
        String gap = gap(i).strip();
        boolean said = i + 1 < tokens.size() && keys.get(i).equals("في") && (RULES.isDocument(keys.get(i + 1))
                || RULES.isDocument(withoutPronoun(keys.get(i + 1))) // "وقال لافروف في بيان"، "في مقابلة"، "في خطابه أمام"
                || RULES.isInterviewWord(keys.get(i + 1)));
        // a role set after the name: "جون سميث، رئيس ..."، "جيني جونز ممثلة حزب ..."، "توم هاولز، من المؤسسة"
        // without a comma an indefinite role ("ممثلة حزب"، "أحد الضباط"), or a definite one after a name of two
        // words or more ("سايمون ويزمان الباحث في معهد"): after one word "وصول اللاعب" is a genitive
        boolean appositive = (onlyCommaBefore(i) || gap.isEmpty() && (!definite(keys.get(i)) || nameWords > 1))
                && (RULES.isTitle(keys.get(i)) || RULES.isProfession(keys.get(i)) // "سانديب شاستري أستاذ العلوم السياسية"
                        || nameWords > 1 && RULES.isAnonymous(keys.get(i))) // "مصطفى رحومة مسؤول الملف الديني في ..."
                && !RULES.isTitleWithPronoun(keys.get(i)) || onlyCommaBefore(i) && keys.get(i).equals("من")
                // "أدان باسم التميمي، والد عهد، ...": a relation in construct set off by commas after a name of two words
                || nameWords > 1 && onlyCommaBefore(i) && RULES.isRelation(keys.get(i)) && i + 2 < tokens.size() && !breakBefore(i + 1)
                        && onlyCommaBefore(i + 2)
                || nameWords > 1 && !RULES.isCommonWord(keys.get(from)) && !definite(keys.get(from)) && appositionBeforeContent(i)
                || gap.isEmpty() && RULES.opensDescription(keys.get(i)) && descriptionBeforeContent(i);
        boolean colonOrQuote = gap.indexOf(':') >= 0 && gap.chars().allMatch(c -> c == ':' || Character.isWhitespace(c)
                || OPENING_QUOTES.indexOf(c) >= 0);
        // "وتابعت زينات قائلة": a participle of speech right after the name
        // "وقال كيم يونغ أون، إن": a comma may stand before the complementizer
        return (RULES.isComplementizer(keys.get(i)) || RULES.isComplement(keys.get(i)) || RULES.isParticiple(keys.get(i)) || said)
                && gap.isEmpty() || RULES.isComplementizer(keys.get(i)) && onlyCommaBefore(i) && nameWords > 1
                || colonOrQuote || quoteBefore(i) || appositive;
    }

    /**
     * "وقالت مونيكا مالك، كبيرة الاقتصاديين في بنك ...، إن": a phrase set off by commas after the name, with no verb of
     * its own, and what is said right after it (a complementizer or a complement after the second comma, or a colon).
     */
    private boolean appositionBeforeContent(int i) {
        if (!onlyCommaBefore(i) || RULES.fillerAt(keys, i) > 0) {
            return false; // "أكد فريقا ريال مدريد وسانتوس، الجمعة، أن": a day between commas is no apposition
        }
        return clauseBeforeContent(i + 1, i + 12, false);
    }

    /**
     * "راشيل لوبلان وهي شاهدة عيان للقناة، أنها"، "مودو وهو بائع من السنغال، فإن": a clause that describes the name, with
     * no verb of speech in it, and what is said right after it (a complementizer, after a comma or not, or a colon).
     */
    private boolean descriptionBeforeContent(int i) {
        return clauseBeforeContent(i + 2, i + 16, true);
    }

    /**
     * Whether tokens {@code first} to {@code last} hold a clause with no verb of speech of its own that ends in what is
     * said: a complementizer or a complement after a comma, or a colon; with {@code bare}, also a complementizer
     * with nothing before it ("وهي شاهدة عيان أن").
     */
    private boolean clauseBeforeContent(int first, int last, boolean bare) {
        for (int j = first; j < tokens.size() && j <= last; j++) {
            if (RULES.isSpeechVerb(keys.get(j - 1)) || RULES.isParticiple(keys.get(j - 1)) || pluralVerb(keys.get(j - 1))) {
                return false;
            }
            if (!breakBefore(j)) {
                if (bare && RULES.isComplementizer(keys.get(j))) {
                    return true;
                }
                continue;
            }
            if (onlyCommaBefore(j)) {
                return RULES.isComplementizer(keys.get(j)) || RULES.isComplement(keys.get(j));
            }
            return gap(j).indexOf(':') >= 0 || openingQuoteEnds(j);
        }
        return false;
    }

    /** A surname with "ال" that ends exactly one registry person's name ("العواد" for "عواد العواد"). */
    boolean registeredSurname(int i) {
        return registry.speakerBySurname(keys.get(i)) != null;
    }

    /** Whether punctuation, a quote or a line end separates token {@code i} from the one before. */
    boolean breakBefore(int i) {
        return i > 0 && gap(i).chars().anyMatch(c -> BREAKS.indexOf(c) >= 0);
    }

    /** ") --" before token {@code i}: the end of a dateline ("(CNN) -- ..."). */
    boolean datelineEnd(int i) {
        String gap = gap(i).strip();
        return gap.length() > 1 && gap.charAt(0) == ')' && gap.substring(1).strip().chars().allMatch(c -> c == '-' || c == '—' || c == '–');
    }

    /**
     * The gap before token {@code i} ends in an opening quote after a clause, a comma or nothing ("وهو سائح بولندي "نحن
     * ..."", "القنصل العام، "أردنا ..."): a quotation starts there. A bracket does not: it opens an aside.
     */
    private boolean openingQuoteEnds(int i) {
        String gap = gap(i).strip();
        return !gap.isEmpty() && "\"“«".indexOf(gap.charAt(gap.length() - 1)) >= 0
                && gap.chars().limit(gap.length() - 1).allMatch(c -> c == ',' || c == '،' || Character.isWhitespace(c));
    }

    /** Only an opening quote or bracket stands before token {@code i} ("وكالة "فرانس برس"", "قناة (إن.تي.في)"). */
    boolean quoteBefore(int i) {
        String gap = i > 0 ? gap(i).strip() : "";
        return gap.length() == 1 && OPENING_QUOTES.indexOf(gap.charAt(0)) >= 0;
    }

    boolean closingQuoteBefore(int i) {
        return gap(i).chars().anyMatch(c -> CLOSING_QUOTES.indexOf(c) >= 0);
    }

    /** A closing quote right after token {@code i - 1}, also after the sentence's last token ("... (سبوتنيك)."). */
    boolean closedBefore(int i) {
        if (i < tokens.size()) {
            return closingQuoteBefore(i);
        }
        String rest = text.text.substring(tokens.get(i - 1).end()).strip();
        return !rest.isEmpty() && CLOSING_QUOTES.indexOf(rest.charAt(0)) >= 0;
    }

    /** Only quotation marks stand before token {@code i} ("شبكة "ميديا ست" الإيطالية"). */
    boolean onlyQuotesBefore(int i) {
        String gap = gap(i).strip();
        return !gap.isEmpty() && gap.chars().allMatch(c -> OPENING_QUOTES.indexOf(c) >= 0 || CLOSING_QUOTES.indexOf(c) >= 0);
    }

    /** A closing quote and a comma: "وكانت صحيفة "وول ستريت جورنال"، أوردت". */
    boolean quotesAndCommaBefore(int i) {
        String gap = gap(i).strip();
        return gap.length() > 1 && gap.chars().allMatch(c -> c == ',' || c == '،' || CLOSING_QUOTES.indexOf(c) >= 0 || Character.isWhitespace(c));
    }

    /** Only a comma stands before token {@code i}, or a comma and the sign of a hashtag ("الرئيس الفلسطيني، #محمود_عباس،"). */
    boolean onlyCommaBefore(int i) {
        String gap = gap(i).strip();
        gap = gap.endsWith("#") ? gap.substring(0, gap.length() - 1).strip() : gap;
        return gap.equals(",") || gap.equals("،");
    }

    String gap(int i) {
        return text.text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
    }
}
