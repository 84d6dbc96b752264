package news.parallax.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.parallax.extraction.Found.Citation;
import news.parallax.extraction.Found.Claim;
import news.parallax.extraction.Found.Speaker;
import news.parallax.extraction.Tokens.Token;

/**
 * Finds claims sentence by sentence: reported speech ("قال لافروف إن ...", "أكد حفتر أنه ...",
 * "Peskov said ...", "..., Peskov said") with its speaker, direct quotes (“…”, "…", «…») inside
 * it, "وأضاف" / "he added" continuing the previous speaker, and sentences that only attribute
 * information to a source ("بحسب صحيفة ...") as assertions, and the article's own statements
 * (sentences of six words or more) as unattributed assertions. A claim inside a sentence with a
 * citation is reported through that citation's source.
 */
final class ClaimExtractor {

    private static final Pattern ARABIC_VERB = Pattern.compile("(?<![\\p{L}])(?:و|ف)?(قال|قالت|اكد|اكدت|اعلن|اعلنت|صرح|صرحت"
            + "|اضاف|اضافت|اشار|اشارت|اوضح|اوضحت|لافتا|لافته|مشيرا|مشيره|مضيفا|موضحا|مءكدا|مؤكدا|شدد|شددت|تابع|تابعت"
            + "|اعتبر|اعتبرت|حذر|حذرت|ذكر|افاد)(?![\\p{L}])");
    /** What introduces the content: "أن/إن", a colon, or an opening quote ("وقال ملاشينكو “..."). */
    private static final Pattern ARABIC_THAT = Pattern.compile("(?<![\\p{L}])(ان|بان|انه|انها|انهم|اننا)(?![\\p{L}])|:|(?=[“\"«])");
    private static final Pattern ENGLISH_VERB = Pattern.compile(
            "(?<![\\p{L}])(said|says|told|stated|added|announced|noted|stressed|warned|confirmed|insisted)(?![\\p{L}])");
    private static final Pattern LEADING_THAT = Pattern.compile("\\s*(?:ان|بان|that)\\s+");
    private static final Pattern QUOTE = Pattern.compile("[“\"«]([^”\"»]{2,})[”\"»]");

    /** Words between a verb and its complement that are not the speaker. */
    private static final Set<String> NOT_SPEAKER = Set.of("ذلك", "له", "لها", "كذلك", "ايضا", "بدوره", "بدورها", "جهته",
            "جهتها", "he", "she", "they", "it", "also", "later", "then", "further", "the");
    /** Prepositions: skipped before the speaker ("لافتاً إلى أن"), ending the speaker after it ("بيسكوف في أكتوبر"). */
    private static final Set<String> PREPOSITIONS = Set.of("الي", "في", "من", "عن", "مع", "علي", "خلال", "امس", "اليوم",
            "بعد", "قبل", "اثناء", "on", "in", "at", "to", "during", "after", "before");
    private static final Set<String> ROLE_WORDS = Set.of("وزير", "وزيره", "الرئيس", "رئيس", "المتحدث", "الناطق", "قائد", "القائد",
            "الامين", "السفير", "المبعوث", "المشير", "اللواء", "العقيد", "الجنرال", "زعيم", "نائب", "مستشار", "مدير", "الملك",
            "الامير", "الشيخ", "رئيسه", "النائب", "العميد", "الفريق", "الوزير");
    private static final int MAX_SPEAKER_TOKENS = 12;
    /** Shorter lines are headings, captions or fragments rather than statements. */
    private static final int MIN_ASSERTION_WORDS = 6;
    private static final Set<String> NESTED_VERBS = Set.of("تحدث", "طلب", "دعا", "قال", "اكد", "اعلن", "ابلغ", "وعد", "حذر",
            "said", "told", "asked", "promised", "warned");

    private ClaimExtractor() {
    }

    /**
     * The claim of one sentence [start, end) of the normalised text, or null. {@code previous}
     * is the speaker of the claim before, for "وأضاف" and "he added".
     */
    static Claim inSentence(NormalizedText text, int start, int end, Registry registry, List<Citation> citations,
            Speaker previous) {
        String sentence = text.text.substring(start, end);
        List<Citation> inSentence = citations.stream()
                .filter(c -> c.start() >= text.originalStart(start) && c.end() <= text.originalEnd(end)).toList();
        Citation citation = inSentence.isEmpty() ? null : inSentence.get(0);
        Claim speech = arabicSpeech(text, start, sentence, registry, inSentence, previous);
        if (speech == null) {
            speech = englishSpeech(text, start, sentence, registry, inSentence, previous);
        }
        if (speech == null && citation != null) {
            return claim(text, start, end, "assertion", nestedInAssertion(text, start, end, registry), citation); // "بحسب صحيفة ..."
        }
        if (speech == null && Tokens.of(text.text, start, end).size() >= MIN_ASSERTION_WORDS) {
            return claim(text, start, end, "assertion", null, null); // the article's own, unattributed statement
        }
        return speech;
    }

    private static Claim arabicSpeech(NormalizedText text, int start, String sentence, Registry registry,
            List<Citation> citations, Speaker previous) {
        Matcher verb = ARABIC_VERB.matcher(sentence);
        while (verb.find()) {
            Matcher that = ARABIC_THAT.matcher(sentence).region(verb.end(), sentence.length());
            if (!that.find()) {
                continue;
            }
            List<Token> between = Tokens.of(text.text, start + verb.end(), start + that.start());
            if (between.size() > MAX_SPEAKER_TOKENS) {
                continue;
            }
            int contentStart = start + (that.group(1) != null && that.group(1).length() > 3 && !that.group(1).equals("بان")
                    ? that.start() : that.end()); // "أنه واثق": the pronoun belongs to the content
            int subjectStart = text.originalStart(start + verb.start());
            int subjectEnd = text.originalStart(start + that.start());
            Citation subject = citations.stream().filter(c -> c.start() < subjectEnd && c.end() > subjectStart).findFirst().orElse(null);
            if (subject != null) {
                // "وأضافت المصادر أن ...", "المصادر أكدت أن ...": the subject is a source, not a speaker
                return content(text, contentStart, start + sentence.length(), null, subject, registry);
            }
            Speaker speaker = speaker(text, between, registry, previous);
            if (speaker == null) {
                continue;
            }
            Citation after = citations.stream().filter(c -> c.start() >= subjectEnd).findFirst().orElse(null);
            return content(text, contentStart, start + sentence.length(), speaker, after, registry);
        }
        return null;
    }

    private static Claim englishSpeech(NormalizedText text, int start, String sentence, Registry registry,
            List<Citation> citations, Speaker previous) {
        Matcher verb = ENGLISH_VERB.matcher(sentence);
        if (!verb.find()) {
            return null;
        }
        int clauseStart = Math.max(sentence.lastIndexOf(',', verb.start()), sentence.lastIndexOf('،', verb.start())) + 1;
        int subjectStart = text.originalStart(start + clauseStart);
        int subjectEnd = text.originalEnd(start + verb.end());
        Citation source = citations.stream().filter(c -> c.start() < subjectEnd && c.end() > subjectStart).findFirst().orElse(null);
        List<Token> subject = Tokens.of(text.text, start + clauseStart, start + verb.start());
        Speaker speaker = source != null ? null : speaker(text, subject, registry, previous);
        if (speaker == null && source == null) {
            return null;
        }
        Citation after = source != null ? source
                : citations.stream().filter(c -> c.start() >= subjectEnd).findFirst().orElse(null);
        if (clauseStart > 0 && subject.size() <= 6) {
            return content(text, start, start + clauseStart - 1, speaker, after, registry); // "..., Peskov said on Thursday."
        }
        int contentStart = verb.end();
        if (verb.group(1).equals("told")) {
            int that = sentence.indexOf(" that ", verb.end());
            if (that < 0) {
                return null; // "told X" without "that": not a claim we can delimit
            }
            contentStart = that + 6;
        }
        return content(text, start + contentStart, start + sentence.length(), speaker, after, registry);
    }

    /**
     * The claim from [start, end), cut before a trailing attribution, as a quote when the content
     * is one. When a source is cited without a speaker, a speaker the content opens with ("أن
     * السيسي تحدث عن ...") is the one whose words the source reports.
     */
    private static Claim content(NormalizedText text, int start, int end, Speaker speaker, Citation citation, Registry registry) {
        if (speaker == null) {
            speaker = nestedSpeaker(text, start, end, registry);
        }
        int cut = end;
        if (citation != null && text.originalStart(start) < citation.start() && citation.start() < text.originalEnd(end)) {
            while (cut > start && text.originalStart(cut - 1) >= citation.start()) {
                cut--;
            }
        }
        Matcher that = LEADING_THAT.matcher(text.text).region(start, cut);
        if (that.lookingAt()) {
            start = that.end(); // "قال: إن ..." : the complementizer is not the claim
        }
        Matcher quote = QUOTE.matcher(text.text).region(start, cut);
        if (quote.find() && quote.group(1).length() * 2 > cut - start - 4) {
            return claim(text, quote.start(1), quote.end(1), "direct_quote", speaker, citation);
        }
        return claim(text, start, cut, "paraphrase", speaker, citation);
    }

    /** In "أفادت المصادر بأن الرئيس المصري السيسي طلب ...", the speaker after the complementizer. */
    private static Speaker nestedInAssertion(NormalizedText text, int start, int end, Registry registry) {
        Matcher that = ARABIC_THAT.matcher(text.text).region(start, end);
        while (that.find()) {
            Speaker speaker = nestedSpeaker(text, that.end(), end, registry);
            if (speaker != null) {
                return speaker;
            }
        }
        return null;
    }

    /** "السيسي تحدث عن", "الرئيس المصري عبدالفتاح السيسي طلب": a registry speaker followed by a verb of speech. */
    private static Speaker nestedSpeaker(NormalizedText text, int start, int end, Registry registry) {
        List<Token> opening = Tokens.of(text.text, start, end);
        opening = opening.subList(0, Math.min(opening.size(), 7));
        Registry.Found known = registry.speakerWithin(Tokens.keys(opening));
        if (known == null || known.to() >= opening.size() || !NESTED_VERBS.contains(opening.get(known.to()).key())) {
            return null;
        }
        return new Speaker(known.entry().name(), text.originalOf(opening.get(0).start(), opening.get(known.to() - 1).end()), null,
                known.entry());
    }

    private static Claim claim(NormalizedText text, int start, int end, String kind, Speaker speaker, Citation citation) {
        int from = text.originalStart(start);
        int to = text.originalEnd(end);
        String original = text.original;
        while (from < to && (Character.isWhitespace(original.charAt(from)) || "،,:.\"“«".indexOf(original.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(original.charAt(to - 1)) || "،,:;.\"”»".indexOf(original.charAt(to - 1)) >= 0)) {
            to--;
        }
        if (to - from < 3) {
            return null;
        }
        return new Claim(original.substring(from, to), kind, from, to, speaker, citation == null ? null : citation.source());
    }

    /** The speaker a phrase names: a registry speaker in it, else the phrase split into role and name. */
    private static Speaker speaker(NormalizedText text, List<Token> phrase, Registry registry, Speaker previous) {
        List<Token> words = new ArrayList<>();
        for (Token token : phrase) {
            if (PREPOSITIONS.contains(token.key())) {
                if (words.isEmpty()) {
                    continue;
                }
                break;
            }
            if (!NOT_SPEAKER.contains(token.key())) {
                words.add(token);
            }
        }
        if (words.isEmpty()) {
            return previous;
        }
        String asWritten = text.originalOf(words.get(0).start(), words.get(words.size() - 1).end());
        Registry.Found known = registry.speakerWithin(Tokens.keys(words));
        if (known != null) {
            String role = known.from() == 0 ? null : text.originalOf(words.get(0).start(), words.get(known.from() - 1).end());
            return new Speaker(known.entry().name(), asWritten, role, known.entry());
        }
        if (registry.outletWithin(Tokens.keys(words)) != null || words.size() > 6) {
            return null; // an outlet "said": a citation, not a speaker; or a whole clause, not a name
        }
        boolean latin = Character.UnicodeScript.of(text.original.codePointAt(text.originalStart(words.get(0).start())))
                == Character.UnicodeScript.LATIN;
        if (latin && !Character.isUpperCase(text.original.charAt(text.originalStart(words.get(0).start())))) {
            return null; // "officials said" is a collective source, handled as a citation
        }
        int nameFrom = words.size() >= 3 && (latin || ROLE_WORDS.contains(words.get(0).key())) ? words.size() - 2 : 0;
        String name = text.originalOf(words.get(nameFrom).start(), words.get(words.size() - 1).end());
        String role = nameFrom == 0 ? null : text.originalOf(words.get(0).start(), words.get(nameFrom - 1).end());
        return new Speaker(name, asWritten, role, null);
    }
}
