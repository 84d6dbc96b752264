package news.parallax.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.parallax.extraction.Attributions.Phrase;
import news.parallax.extraction.Attributions.Who;
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

    private static final Lexicon RULES = Lexicon.RULES;
    /** What introduces the content: "أن/إن", a colon, or an opening quote ("وقال ملاشينكو “..."). */
    private static final Pattern ARABIC_THAT = Pattern.compile("(?<![\\p{L}])(ان|بان|انه|انها|انهم|اننا)(?![\\p{L}])|:|(?=[“\"«])");
    private static final Matches.OfWords ENGLISH_VERB = new Matches.OfWords(RULES.speechVerbs("en"));
    private static final Pattern LEADING_THAT = Pattern.compile("\\s*(?:ان|بان|that)\\s+");
    private static final Pattern QUOTE = Pattern.compile("[“\"«]([^”\"»]{2,})[”\"»]");

    /** Shorter lines are headings, captions or fragments rather than statements. */
    private static final int MIN_ASSERTION_WORDS = 6;

    private ClaimExtractor() {
    }

    /**
     * The people an article has quoted so far, so that a later "وأضاف", a surname ("القدرة") or a
     * role ("وزير الخارجية الأمريكي") refers to the person already named, not to a new speaker.
     */
    static final class Speakers {
        /** Stands for a name part that several people of the article share. */
        private static final Speaker SEVERAL = new Speaker("", "", null, null);
        Speaker previous;
        /** The person the sentence before is about when it quotes nobody ("التقى الوزير X نظيره ..."), else null. */
        Speaker narrated;
        private final Map<String, Speaker> byRole = new HashMap<>();
        private final Map<String, Speaker> bySurname = new HashMap<>();
        private final Map<String, Speaker> byNamePart = new HashMap<>();
        /**
         * Every person met with a role, and every unnamed source met with an indefinite one ("مسؤول أمريكي", no person), by
         * where the role starts in the text: the role's words without a conjunction or an article, and the person.
         */
        private final NavigableMap<Integer, RoleOf> introduced = new TreeMap<>();

        private record RoleOf(List<String> role, Speaker speaker) {
        }

        /** The person a phrase names, the one met before when it is a surname or a role of theirs. */
        Speaker person(Attributions.Sentence sentence, Phrase phrase) {
            List<Token> tokens = sentence.tokens;
            NormalizedText text = sentence.text;
            // "والزعيم الكوري الشمالي كيم جونغ أون": the role without its conjunction
            int conjunction = RULES.isConjoinedTitle(sentence.keys.get(phrase.from())) ? 1 : 0;
            // "وفقا لسامي ناصر": the preposition of a cue, written on the name's first word, is no part of the name
            int lam = phrase.hasRole() || phrase.entry() != null || !lamOnGivenName(sentence.keys.get(phrase.nameFrom())) ? 0 : 1;
            String asWritten = text.originalOf(tokens.get(phrase.from()).start() + conjunction + lam, tokens.get(phrase.to() - 1).end());
            String role = phrase.hasRole()
                    ? text.originalOf(tokens.get(phrase.from()).start() + conjunction, tokens.get(phrase.nameFrom() - 1).end()) : null;
            Speaker named = surnameBeforeObject(sentence, phrase);
            if (named != null) {
                Token word = tokens.get(phrase.nameFrom());
                return new Speaker(named.name(), text.originalOf(word.start(), word.end()), named.role(), named.entry());
            }
            String surname = sentence.keys.get(phrase.nameTo() - 1);
            // one word: the surname, else the one person of the article with that name ("وأضاف طارق" after "طارق طرقان")
            Speaker known = phrase.entry() == null && phrase.nameTo() - phrase.nameFrom() == 1
                    ? bySurname.getOrDefault(surname, byNamePart.get(surname)) : null;
            known = known == SEVERAL ? null : known;
            Speaker speaker = phrase.entry() != null ? new Speaker(phrase.entry().name(), asWritten, role, phrase.entry())
                    : known != null ? new Speaker(known.name(), asWritten, role != null ? role : known.role(), known.entry())
                    : new Speaker(text.nameOf(tokens.get(phrase.nameFrom()).start() + lam, tokens.get(phrase.nameTo() - 1).end()),
                            asWritten, role, null);
            if (phrase.nameTo() - phrase.nameFrom() > 1) {
                bySurname.put(surname, speaker);
                sentence.keys.subList(phrase.nameFrom(), phrase.nameTo()).stream().filter(namePart -> !RULES.linksName(namePart))
                        .forEach(namePart -> byNamePart.merge(namePart, speaker, (one, other) -> one.name().equals(other.name()) ? one : SEVERAL));
            }
            if (role != null) {
                byRole.put(String.join(" ", sentence.keys.subList(phrase.from(), phrase.nameFrom())).substring(conjunction), speaker);
                introduce(sentence, phrase.from(), phrase.nameFrom(), conjunction, speaker);
            }
            return speaker;
        }

        /**
         * "وينفي مسلم الاتهامات" after "صالح مسلم": two words of no role, the surname of one person of the article (not a
         * given name) and a definite word of nobody's name, are that person and the verb's object; so are two surnames of
         * two people of the article ("كما ذكّر كوشنر ترامب بأن" after "جاريد كوشنر" and "دونالد ترامب"). "وقال عباس كمال"
         * after "محمود عباس" is someone else.
         */
        private Speaker surnameBeforeObject(Attributions.Sentence sentence, Phrase phrase) {
            if (phrase.entry() != null || phrase.hasRole() || phrase.nameTo() - phrase.nameFrom() != 2 || sentence.personalName(phrase.nameFrom())) {
                return null;
            }
            Speaker known = bySurname.get(sentence.keys.get(phrase.nameFrom()));
            if (known == null || known == SEVERAL) {
                return null;
            }
            String second = sentence.keys.get(phrase.nameFrom() + 1);
            Speaker object = bySurname.get(second);
            boolean anotherPerson = object != null && object != SEVERAL && !object.name().equals(known.name());
            return second.startsWith("ال") && !byNamePart.containsKey(second) || anotherPerson ? known : null;
        }

        /** Remembers a role phrase set after a person's name as theirs. */
        void role(Attributions.Sentence sentence, Phrase role, Speaker speaker) {
            byRole.putIfAbsent(String.join(" ", sentence.keys.subList(role.from(), role.to())), speaker);
            introduce(sentence, role.from(), role.to(), 0, speaker);
        }

        private void introduce(Attributions.Sentence sentence, int from, int to, int conjunction, Speaker speaker) {
            List<String> role = new ArrayList<>(sentence.keys.subList(from, to));
            role.set(0, role.get(0).substring(conjunction));
            introduced.put(sentence.tokens.get(from).start(), new RoleOf(role.stream().map(Speakers::withoutArticle).toList(), speaker));
        }

        private static String withoutArticle(String key) {
            return key.startsWith("ال") && key.length() > 3 ? key.substring(2) : key;
        }

        /** "لسامي": a given name with the preposition ل on it ("لينا" is a given name of its own). */
        private static boolean lamOnGivenName(String key) {
            String bare = SourcePhrases.afterLam(key);
            return bare != null && !RULES.isGivenName(key) && RULES.isGivenName(bare);
        }

        /** The speakers of an article, knowing already every person it names after a title, so that the title alone refers to them. */
        static Speakers of(List<Attributions.Sentence> sentences) {
            Speakers speakers = new Speakers();
            for (Attributions.Sentence sentence : sentences) {
                for (Attributions.Titled titled : sentence.titledPersons()) {
                    Speaker person = speakers.person(sentence, titled.person());
                    if (titled.renamedRole() != null) {
                        speakers.role(sentence, titled.renamedRole(), person);
                    }
                }
                for (Attributions.Attribution attribution : sentence.attributions()) {
                    if (attribution.apposition() != null) { // "X، المتحدث باسم الحكومة، قال": the role is X's from then on
                        speakers.role(sentence, attribution.apposition(), speakers.person(sentence, attribution.source()));
                    }
                    Phrase source = attribution.source();
                    if (source != null && source.who() == Who.ANONYMOUS && !sentence.keys.get(source.from()).startsWith("ال")) {
                        // "قال مسؤول أمريكي ... وأضاف المسؤول الأمريكي": the later role refers to that nobody, not to a person before
                        speakers.introduce(sentence, source.from(), source.to(), 0, null);
                    }
                }
            }
            return speakers;
        }

        /** Whether a role phrase ("وزير الخارجية الأمريكي") is that of a person the article names. */
        boolean knowsRole(Attributions.Sentence sentence, Phrase phrase) {
            return withRole(sentence, phrase) != null;
        }

        /**
         * Whether a phrase read as a person is a name: words without a title ("بومبيو"، "جون
         * سميث") only when the article names that person elsewhere ("مايك بومبيو") or the verb's
         * complement follows at once ("وأكد ميسي أنه"، "وقال جون سميث: ..."، "ودعا X إلى"، "X، رئيس
         * ..."), since after a verb they are as often its object ("أكد وصول"، "رفض تعليقات جونسون").
         */
        boolean isName(Attributions.Sentence sentence, Phrase phrase) {
            String first = sentence.keys.get(phrase.from());
            // "وقال كريس والاس": a given name and another word name a person the registry does not know
            // "وأعلنت ديزني أنها"، "وقالت فيتش إن": one unknown foreign word after a feminine verb and before reported speech is as
            // often a company, an agency or a state as a woman, who is named so when the registry or the article knows her
            // ("وقالت سميث" after "جين سميث"); a common word is as often her given name ("وقالت عهد إنها"), and quoted at once
            // ("وتابعت زينات قائلة "..."") she is a person
            boolean feminineSubject = phrase.nameTo() - phrase.nameFrom() == 1 && !sentence.personalName(phrase.nameFrom())
                    && !RULES.isCommonWord(first)
                    && phrase.from() > 0 && RULES.isFeminineSpeechVerb(sentence.keys.get(phrase.from() - 1))
                    && phrase.to() < sentence.keys.size() && RULES.isComplementizer(sentence.keys.get(phrase.to()));
            // two words or more written from another language, none a common word, are a name as a given name and a word are
            // ("وقال كاريل أوستيروم للصحافيين إن"، "... يوم الأحد إن"): no verbal noun or common object looks like them
            return phrase.entry() != null || phrase.hasRole() || byNamePart.containsKey(first)
                    || (sentence.personalName(phrase.nameFrom()) || sentence.foreignWords(phrase.nameFrom(), phrase.nameTo()))
                            && phrase.nameTo() - phrase.nameFrom() >= 2
                    || !feminineSubject && (!first.startsWith("ال") || sentence.registeredSurname(phrase.from()))
                            && sentence.opensContent(phrase.from(), phrase.to());
        }

        /** The person named before with exactly this role, or null ("وزير الخارجية الأمريكي" after "..., مايك بومبيو"). */
        Speaker withRole(Attributions.Sentence sentence, Phrase phrase) {
            String role = String.join(" ", sentence.keys.subList(phrase.from(), phrase.to()));
            Speaker exact = byRole.get(role);
            if (exact != null || role.isEmpty()) {
                return exact;
            }
            List<String> words = sentence.keys.subList(phrase.from(), phrase.to());
            Collection<Speaker> ofCountry = peopleWithRole(known -> ofCountry(known, words));
            if (ofCountry.size() == 1) {
                return ofCountry.iterator().next();
            }
            // a longer role of one person only, less its complement or its adjective: "المتحدث" after "سوغا، المتحدث باسم
            // الحكومة", "السفير الإيراني" after "السفير الإيراني في بريطانيا", "وزير الخارجية" after "وزير الخارجية اللبناني،
            // جبران باسيل" when no other person of the article has a role that starts so
            Collection<Speaker> longer = peopleWithRole(known -> {
                String rest = known.startsWith(role + " ") ? known.substring(role.length() + 1) : "";
                String next = rest.split(" ")[0];
                // "وزير خارجية قطر" after "وزير خارجية قطر الشيخ X": an honorific between the role and the name
                return !rest.isEmpty() && (RULES.isComplementOfRole(next) || next.startsWith("ال") && next.length() > 4
                        && (next.endsWith("ي") || next.endsWith("يه")) || rest.equals(next) && RULES.isTitle(next));
            });
            if (!longer.isEmpty()) {
                return longer.size() == 1 ? longer.iterator().next() : null;
            }
            Speaker before = introducedBefore(sentence, phrase);
            return before != null ? before : roleBeforeObject(sentence, phrase);
        }

        /** The people of the article whose role matches, one per name (the last role read of each): two or more leave it open. */
        private Collection<Speaker> peopleWithRole(Predicate<String> matches) {
            Map<String, Speaker> people = new LinkedHashMap<>();
            byRole.forEach((role, speaker) -> {
                if (matches.test(role)) {
                    people.put(speaker.name(), speaker);
                }
            });
            return people.values();
        }

        /**
         * "وأشار أمير الكويت" after "أمير البلاد الشيخ X": a role of a state is the role the article gave someone with a word
         * for the country in its place (an honorific after it or not).
         */
        private static boolean ofCountry(String known, List<String> words) {
            List<String> role = List.of(known.split(" "));
            boolean honorific = role.size() == words.size() + 1 && RULES.isTitle(role.get(words.size()));
            boolean same = role.size() == words.size() || honorific;
            boolean country = false;
            for (int k = 0; k < words.size() && same; k++) {
                boolean standsFor = RULES.isCountryWord(role.get(k)) && RULES.stateAt(words, k) == 1;
                country |= standsFor;
                same = standsFor || role.get(k).equals(words.get(k));
            }
            return same && country;
        }

        /**
         * "ووصف حاخام الحائط العمل بأنه" after "حاخام الحائط، X،": the role of a person the article names with the verb's object
         * read into it, a definite noun that qualifies no role ("وزير الخارجية الأمريكي" is another person's role).
         */
        private Speaker roleBeforeObject(Attributions.Sentence sentence, Phrase phrase) {
            List<String> words = sentence.keys.subList(phrase.from(), phrase.to());
            String object = words.get(words.size() - 1);
            if (words.size() < 3 || !object.startsWith("ال") || ArabicWordShapes.isNisba(object) || RULES.isRoleAdjective(object)
                    || RULES.isComplementOfRole(object)) {
                return null;
            }
            return byRole.get(String.join(" ", words.subList(0, words.size() - 1)));
        }

        /**
         * The nearest person before the phrase who was introduced with a role of its head word and every word it adds
         * ("وقال الوزير"، "الوزير الروسي" after "وزير الخارجية الروسي سيرغي لافروف"), or of any head when it fits any office
         * and adds a word ("المسؤول القطري السابق"): a definite head refers back to them; an indefinite one ("وزير") is
         * someone else, a role no person had refers to nobody, and one an unnamed source had since ("قال مسؤول أمريكي")
         * refers to that source.
         */
        private Speaker introducedBefore(Attributions.Sentence sentence, Phrase phrase) {
            List<String> words = sentence.keys.subList(phrase.from(), phrase.to());
            if (!words.get(0).startsWith("ال")) {
                return null;
            }
            String head = withoutArticle(words.get(0));
            List<String> added = words.subList(1, words.size()).stream().map(Speakers::withoutArticle).toList();
            boolean anyHead = RULES.isGenericRole(head) && !added.isEmpty();
            for (RoleOf known : introduced.headMap(sentence.tokens.get(phrase.from()).start(), false).descendingMap().values()) {
                if ((anyHead || known.role().get(0).equals(head)) && known.role().containsAll(added)) {
                    return known.speaker();
                }
            }
            return null;
        }
    }

    /**
     * The claims of one sentence: one per attribution of an Arabic sentence, from where its source
     * phrase ends to the next attribution; else reported speech in English; else an assertion. A
     * sentence that quotes nobody tells whom a verb without a subject right after it is about.
     */
    static List<Claim> inSentence(Attributions.Sentence sentence, Registry registry, List<Citation> citations, Speakers speakers) {
        List<Claim> claims = claimsOf(sentence, registry, citations, speakers);
        speakers.narrated = null;
        if (sentence.attributions().isEmpty()) {
            Phrase subject = sentence.openingSubject(sentence.tokens.size());
            speakers.narrated = subject != null && subject.who() == Who.PERSON ? speakers.person(sentence, subject) : null;
        }
        return claims;
    }

    private static List<Claim> claimsOf(Attributions.Sentence sentence, Registry registry, List<Citation> citations, Speakers speakers) {
        NormalizedText text = sentence.text;
        int start = sentence.start;
        int end = sentence.end;
        List<Citation> inSentence = citations.stream()
                .filter(c -> c.start() >= text.originalStart(start) && c.end() <= text.originalEnd(end)).toList();
        List<Claim> claims = arabicSpeech(sentence, registry, inSentence, speakers);
        if (!claims.isEmpty()) {
            return claims;
        }
        Claim speech = englishSpeech(text, start, text.text.substring(start, end), registry, inSentence, speakers.previous);
        if (speech == null && !inSentence.isEmpty()) {
            speech = claim(text, start, end, "assertion", nestedInAssertion(text, start, end, registry), inSentence.get(0)); // "بحسب صحيفة ..."
        } else if (speech == null && sentence.tokens.size() >= MIN_ASSERTION_WORDS) {
            speech = claim(text, start, end, "assertion", null, null); // the article's own, unattributed statement
        }
        if (speech != null && speech.speaker() != null) {
            speakers.previous = speech.speaker();
        }
        return speech == null ? List.of() : List.of(speech);
    }

    /** An attribution with the speaker and citation it resolves to. */
    private record Attributed(Attributions.Attribution attribution, Speaker speaker, Citation cited, Speaker also) {
    }

    private static List<Claim> arabicSpeech(Attributions.Sentence sentence, Registry registry, List<Citation> citations,
            Speakers speakers) {
        List<Attributed> attributed = new ArrayList<>();
        for (Attributions.Attribution attribution : sentence.attributions()) {
            Phrase source = attribution.source();
            Speaker speaker = null;
            Citation cited = null;
            if (source == null) {
                // "وأضاف أن ...": the speaker goes on; "التقى الوزير X نظيره ... . وقال إن ..." (or "ولكنه قال"): the sentence
                // before tells who
                boolean opens = attribution.trigger() == 0 || attribution.trigger() == 1 && RULES.carriesSubject(sentence.keys.get(0));
                speaker = opens && speakers.narrated != null ? speakers.narrated : speakers.previous;
            } else if (source.who() == Who.PERSON) {
                // "وكانت عهد قالت": a word between كان and the verb is its subject, a name
                boolean subjectFirst = source.to() <= attribution.trigger();
                // "على لسان يوليا": after a source cue a given name alone is its source, never a verb's object (and Persons
                // reads it as the one full name the article writes with it)
                boolean cued = !RULES.isSpeechVerb(sentence.keys.get(attribution.trigger())) && sentence.personalName(source.nameFrom());
                // "وقال حداد لوكالة ..."، "خلال برنامج ...": a word that spoke to an outlet is a name
                speaker = subjectFirst || cued || attribution.toldTo() != null || speakers.isName(sentence, source)
                        ? speakers.person(sentence, source) : null;
                if (speaker != null && attribution.apposition() != null) {
                    speakers.role(sentence, attribution.apposition(), speaker); // "سوغا المتحدث باسم الحكومة": later "المتحدث" is Suga
                }
            } else {
                speaker = source.who() == Who.ANONYMOUS ? speakers.withRole(sentence, source) : null;
                cited = speaker != null ? null : citationOf(sentence, citations, source);
            }
            if (attribution.toldTo() != null) {
                cited = citationOf(sentence, citations, attribution.toldTo());
            }
            Speaker also = attribution.also() != null && speakers.isName(sentence, attribution.also())
                    ? speakers.person(sentence, attribution.also()) : null;
            if (speaker != null || cited != null || also != null) {
                attributed.add(new Attributed(attribution, speaker, cited, also));
                speakers.previous = speaker == null ? speakers.previous : speaker;
            }
        }
        List<Token> tokens = sentence.tokens;
        List<Claim> claims = new ArrayList<>();
        int previousEnd = sentence.start;
        for (int k = 0; k < attributed.size(); k++) {
            Attributions.Attribution attribution = attributed.get(k).attribution();
            int from = attribution.contentFrom();
            while (from < tokens.size() && RULES.fillerAt(sentence.keys, from) > 0) {
                from++;
            }
            int contentStart = from < tokens.size() ? tokens.get(from).start() : sentence.end;
            int contentEnd = k + 1 < attributed.size() ? tokens.get(attributed.get(k + 1).attribution().trigger()).start() : sentence.end;
            if (contentEnd - contentStart < 3) {
                // "..., بحسب مدير الدرك": what the source says comes before it
                contentStart = previousEnd;
                contentEnd = tokens.get(attribution.trigger()).start();
            }
            Speaker speaker = attributed.get(k).speaker();
            Citation cited = attributed.get(k).cited();
            if (speaker != null && cited == null) {
                int subjectEnd = sentence.text.originalStart(contentStart);
                // "وصرح لافروف: "..."، حسبما نقلت وكالة ريا نوفوستي": the speaker's words as the agency reported them
                cited = citations.stream().filter(c -> c.start() >= subjectEnd).findFirst().orElse(null);
            }
            Claim claim = contentEnd - contentStart < 3 ? null : content(sentence.text, contentStart, contentEnd, speaker, cited, registry);
            Phrase cuedPerson = attribution.source();
            if (claim == null && speaker != null && !claims.isEmpty()
                    && !RULES.isSpeechVerb(sentence.keys.get(attribution.trigger()))
                    && (cuedPerson.hasRole() || cuedPerson.entry() != null || sentence.personalName(cuedPerson.nameFrom()))) {
                // "وأقر التحالف بأنه ...، بحسب ما قال المتحدث باسمه X": a source cue that closes the sentence after another
                // attribution names who said what that one reports, when it names a person by a title or a given name
                Claim reported = claims.get(claims.size() - 1);
                claim = new Claim(reported.text(), reported.kind(), reported.start(), reported.end(), speaker,
                        attributed.get(k).cited() == null ? null : attributed.get(k).cited().source());
            }
            if (claim != null && speaker == null && claim.kind().equals("paraphrase")
                    && !RULES.isSpeechVerb(sentence.keys.get(attribution.trigger()))) {
                // "بحسب صحيفة ... فإن ...": information attributed to a source, not its words
                claim = new Claim(claim.text(), "assertion", claim.start(), claim.end(), null, claim.citedSource());
            }
            Speaker also = attributed.get(k).also();
            if (claim == null && also != null && !claims.isEmpty() && !RULES.isSpeechVerb(sentence.keys.get(attribution.trigger()))) {
                // "وأعرب X عن ...، وفقا لبيان المتحدث Y": the author of the statement a closing cue names reports what came before
                Claim reported = claims.get(claims.size() - 1);
                claims.add(new Claim(reported.text(), reported.kind(), reported.start(), reported.end(), also, cited == null ? null : cited.source()));
            }
            if (claim != null) {
                claims.add(claim);
                if (also != null) {
                    claims.add(new Claim(claim.text(), claim.kind(), claim.start(), claim.end(), also, null));
                }
            }
            previousEnd = contentEnd;
        }
        return claims;
    }

    /** The citation CitationExtractor made of a source phrase of the sentence. */
    private static Citation citationOf(Attributions.Sentence sentence, List<Citation> citations, Phrase phrase) {
        int from = sentence.text.originalStart(sentence.tokens.get(phrase.from()).start());
        int to = sentence.text.originalEnd(sentence.tokens.get(phrase.to() - 1).end());
        return citations.stream().filter(c -> c.start() <= from && c.end() >= to).findFirst().orElse(null);
    }

    /**
     * English reported speech: "Lavrov said ...", "..., Peskov said on Thursday.", "Lavrov told
     * Reuters that ..." (Reuters cited, Lavrov speaking), "John Smith, a spokesman for the company,
     * said ..." (the name before the appositive), "said in a statement that ..." (what is said
     * starts after the fillers and "that"), and "According to John Smith, ...".
     */
    private static Claim englishSpeech(NormalizedText text, int start, String sentence, Registry registry,
            List<Citation> citations, Speaker previous) {
        List<MatchResult> verbs = ENGLISH_VERB.in(sentence);
        if (verbs.isEmpty()) {
            return accordingTo(text, start, sentence, registry, citations);
        }
        MatchResult verb = verbs.get(0);
        int clauseStart = Math.max(sentence.lastIndexOf(',', verb.start()), sentence.lastIndexOf('،', verb.start())) + 1;
        int subjectTo = verb.start();
        if (clauseStart > 0 && sentence.substring(clauseStart, verb.start()).isBlank()) {
            // "John Smith, a spokesman for the company, said": the subject is the name before the appositive
            int comma = clauseStart - 1;
            int before = sentence.lastIndexOf(',', comma - 1);
            String appositive = before < 0 ? "" : sentence.substring(before + 1, comma).strip();
            if (before > 0 && (appositive.startsWith("a ") || appositive.startsWith("an ") || appositive.startsWith("the "))) {
                clauseStart = sentence.lastIndexOf(',', before - 1) + 1;
                subjectTo = before;
            }
        }
        int subjectStart = text.originalStart(start + clauseStart);
        int subjectEnd = text.originalEnd(start + subjectTo);
        int verbStart = text.originalStart(start + verb.start());
        // a source in the subject speaks through the verb ("Interfax reported", "a spokesman for X said"); "told X" cites X
        Citation source = citations.stream().filter(c -> c.start() < subjectEnd && c.end() > subjectStart).findFirst().orElse(null);
        List<Token> subject = Tokens.of(text.text, start + clauseStart, start + subjectTo);
        Speaker speaker = source != null ? null : speaker(text, subject, registry, previous);
        if (speaker == null && source == null) {
            return null;
        }
        Citation after = source != null ? source
                : citations.stream().filter(c -> c.start() >= verbStart).findFirst().orElse(null);
        if (clauseStart > 0 && subject.size() <= 6 && sentence.substring(verb.end()).strip().length() < 20) {
            return content(text, start, start + clauseStart - 1, speaker, after, registry); // "..., Peskov said on Thursday."
        }
        int contentStart = verb.end();
        if (verb.group(1).equals("told") || verb.group(1).equals("tells")) {
            int that = sentence.indexOf(" that ", verb.end());
            if (that < 0) {
                return null; // "told X" without "that": not a claim we can delimit
            }
            contentStart = that + 6;
        } else {
            contentStart = afterFillers(text, start, sentence, contentStart);
            int that = sentence.indexOf(" that ", contentStart);
            if (after != null && after != source && that >= 0 && after.start() >= verbStart && after.end() <= text.originalStart(start + that)) {
                contentStart = that + 6; // "said in an interview with CNN that ...": the outlet spoken to comes before what is said
            }
        }
        return content(text, start + contentStart, start + sentence.length(), speaker, after, registry);
    }

    /** After the verb, the fillers ("in a statement", "on monday") and "that" that come before what is said. */
    private static int afterFillers(NormalizedText text, int start, String sentence, int from) {
        List<Token> after = Tokens.of(text.text, start + from, start + sentence.length());
        List<String> keys = Tokens.keys(after);
        int i = 0;
        for (int filler; i < keys.size() && (filler = RULES.afterSpeechAt(keys, i)) > 0; ) {
            i += filler;
        }
        if (i < keys.size() && keys.get(i).equals("that")) {
            i++;
        }
        return i == 0 || i >= after.size() ? from : after.get(i).start() - start;
    }

    /** "According to John Smith, the army withdrew." and "..., according to John Smith.": a named person as the source. */
    private static Claim accordingTo(NormalizedText text, int start, String sentence, Registry registry, List<Citation> citations) {
        int cue = sentence.indexOf("according to ");
        if (cue < 0) {
            return null;
        }
        int nameFrom = cue + "according to ".length();
        int comma = sentence.indexOf(',', nameFrom);
        int nameTo = comma < 0 ? sentence.stripTrailing().length() : comma;
        while (nameTo > nameFrom && ".!?".indexOf(sentence.charAt(nameTo - 1)) >= 0) {
            nameTo--; // "..., according to John Smith."
        }
        int from = text.originalStart(start + cue);
        int to = text.originalEnd(start + nameTo);
        if (nameTo <= nameFrom || citations.stream().anyMatch(c -> c.start() < to && c.end() > from)) {
            return null; // an outlet or source CitationExtractor already took
        }
        List<Token> name = Tokens.of(text.text, start + nameFrom, start + nameTo);
        Speaker speaker = name.size() >= 2 && name.size() <= 4 ? speaker(text, name, registry, null) : null;
        if (speaker == null) {
            return null;
        }
        boolean leading = sentence.substring(0, cue).isBlank();
        return leading ? content(text, start + nameTo + 1, start + sentence.length(), speaker, null, registry)
                : content(text, start, start + Math.max(0, sentence.lastIndexOf(',', cue)), speaker, null, registry);
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
        if (known == null || known.to() >= opening.size() || !RULES.isSpeechVerb(opening.get(known.to()).key())) {
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
            if (RULES.isNotName(token.key())) {
                if (words.isEmpty()) {
                    continue; // "he", "then": skipped before the speaker
                }
                break; // "Peskov on Thursday": ends it
            }
            words.add(token);
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
        int nameFrom = words.size() >= 3 && (latin || RULES.isTitle(words.get(0).key())) ? words.size() - 2 : 0;
        String name = text.originalOf(words.get(nameFrom).start(), words.get(words.size() - 1).end());
        String role = nameFrom == 0 ? null : text.originalOf(words.get(0).start(), words.get(nameFrom - 1).end());
        return new Speaker(name, asWritten, role, null);
    }
}
