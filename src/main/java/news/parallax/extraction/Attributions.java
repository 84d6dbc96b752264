package news.parallax.extraction;

import static news.parallax.extraction.ArabicWordShapes.complementizerWithPronoun;
import static news.parallax.extraction.ArabicWordShapes.definite;
import static news.parallax.extraction.ArabicWordShapes.hasPronounSuffix;
import static news.parallax.extraction.ArabicWordShapes.isNisba;
import static news.parallax.extraction.ArabicWordShapes.prepositional;
import static news.parallax.extraction.ArabicWordShapes.withoutPronoun;

import java.util.ArrayList;
import java.util.List;

import news.parallax.api.model.OutletKind;

/**
 * Who an Arabic sentence attributes words or information to, read from the word lists of
 * {@link Lexicon}: every speech verb ("وقال"، "وتقول"، "وكان X قد أعلن") and source cue ("بحسب"،
 * "وفق ما أفادت"، "نقلاً عن") with the phrase that names its source, and the outlet a speaker
 * told ("لوكالة فرانس برس"). A source phrase is a person (a name, after a title that becomes the
 * role), an outlet, or a source that is neither: an anonymous one ("مصدر عسكري", a role without a
 * name), a collective one ("مصادر تركية"), an institution ("وزارة الداخلية", "السعودية") or a
 * document ("البيان"). Only a person can become a speaker and only an outlet an outlet.
 *
 * <p>Read in three layers, each a class: {@link SentenceWords} (the words and the punctuation between them),
 * {@link SourcePhrases} (the phrase that names a source, from a token on) and {@link Sentence} (the verbs and cues
 * that introduce it); {@link ArabicWordShapes} holds the predicates on one word's shape that all three use.
 */
final class Attributions {

    /** How far after a speaker (or before the verb) the outlet told may stand: "وقال الضابط المسؤول عن القضية ... لوكالة". */
    private static final int MAX_TOLD_DISTANCE = 14;
    /** How many words an apposition between a person and a relative clause may have ("X، نجم الفريق، الذي قال"). */
    private static final int MAX_APPOSITION_TOKENS = 4;

    /** How many words a dateline may have: a city, a country and the outlet ("أتلانتا، الولايات المتحدة الأمريكية (CNN)--"). */
    private static final int MAX_DATELINE_TOKENS = 8;
    /** The longest adverbial phrase set off by a comma before a sentence's verb ("ومنذ عودته من القمة الأخيرة في بروكسل،"). */
    private static final int MAX_ADVERBIAL_TOKENS = 8;

    enum Who { PERSON, OUTLET, ANONYMOUS, COLLECTIVE, INSTITUTION, DOCUMENT }

    /**
     * A source phrase, tokens [from, to) of the sentence. Its name is [nameFrom, nameTo): for a
     * person the part after the role, for a named outlet the part after its cue word ("وكالة");
     * for an outlet that only says "الصحيفة" the name is empty (nameFrom == nameTo).
     */
    record Phrase(Who who, int from, int to, int nameFrom, int nameTo, Registry.Entry entry, OutletKind outletKind) {
        boolean hasName() {
            return nameTo > nameFrom;
        }

        boolean hasRole() {
            return nameFrom > from;
        }
    }

    /** A person named with a title or a given name, and the role with no name before them that they rename, or null. */
    record Titled(Phrase person, Phrase renamedRole) {
    }

    /**
     * A verb or cue at token {@code trigger}, its source (null: the previous speaker goes on,
     * "وأضاف أن"), the outlet it was told to (or null), the token where its content starts, and
     * a second subject coordinated with the first ("دعا الاتحاد الأوروبي والأمين العام ..."), or null.
     */
    record Attribution(int trigger, Phrase source, Phrase toldTo, int contentFrom, Phrase also, Phrase apposition) {
        Attribution(int trigger, Phrase source, Phrase toldTo, int contentFrom, Phrase also) {
            this(trigger, source, toldTo, contentFrom, also, null);
        }
    }

    /**
     * One sentence's attributions: its speech verbs and source cues, the subject of each (after the verb, before it, a
     * relative's antecedent, the sentence's opening), the outlet told and where the content starts. Reading a phrase
     * is {@link SourcePhrases}'s, the marks between words {@link SentenceWords}'s.
     */
    static final class Sentence extends SourcePhrases {
        private List<Attribution> attributions;

        Sentence(NormalizedText text, int start, int end, Registry registry) {
            super(text, start, end, registry);
        }

        /** Every attribution of the sentence, in order (read once, used by citations and claims). */
        List<Attribution> attributions() {
            if (attributions == null) {
                attributions = findAll();
            }
            return attributions;
        }

        private List<Attribution> findAll() {
            List<Attribution> found = new ArrayList<>();
            boolean[] quoted = new boolean[tokens.size()];
            boolean inside = opensInsideQuote();
            for (int i = 0; i < tokens.size(); i++) {
                String gap = i == 0 ? text.text.substring(start, tokens.get(0).start()) : gap(i);
                for (int c = 0; c < gap.length(); c++) {
                    char mark = gap.charAt(c);
                    inside = mark == '"' ? !inside : OPENING_QUOTES.indexOf(mark) > 0 || CLOSING_QUOTES.indexOf(mark) <= 0 && inside;
                }
                quoted[i] = inside;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (quoted[i]) {
                    continue; // a verb inside a quotation is the speaker's own words, not the article's attribution
                }
                Attribution attribution = found.isEmpty() && RULES.isParticiple(keys.get(i)) ? participleAt(i) : attributionAt(i);
                if (attribution != null) {
                    found.add(attribution);
                    i = Math.max(i, attribution.contentFrom() - 1);
                }
            }
            return found;
        }

        /**
         * "اسأل البيت الأبيض"، وفق ما ذكرت وكالة ...": the sentence starts inside a quotation that a full stop cut, when its first
         * straight quote closes one (after a word, before a space or punctuation) and words follow it.
         */
        private boolean opensInsideQuote() {
            int mark = text.text.indexOf('"', start);
            if (mark <= start || tokens.isEmpty() || mark >= tokens.get(tokens.size() - 1).start()
                    || Character.isWhitespace(text.text.charAt(mark - 1)) || text.text.charAt(mark - 1) == ':') {
                // "... الغذائية".": a stray quote at the end closes nothing the sentence says; 'وقال X:" إنه ...': after a colon
                // a quote opens, though a space follows it
                return false;
            }
            return mark + 1 == text.text.length() || !Character.isLetterOrDigit(text.text.charAt(mark + 1));
        }

        private Attribution attributionAt(int i) {
            String key = keys.get(i);
            if (Character.UnicodeScript.of(key.codePointAt(0)) != Character.UnicodeScript.ARABIC) {
                return null; // English is read by ClaimExtractor and CitationExtractor, subject first
            }
            if (RULES.isBroadcastVerb(key)) {
                Phrase outlet = read(i + 1); // "وبثت قناة الجزيرة مقطعا"، "مشاهد عرضتها قناة ..."
                if (!namedOutlet(outlet)) {
                    return null;
                }
                int from = outlet.to();
                Phrase learnedFrom = RULES.learnsFrom(key) && from + 1 < tokens.size() && keys.get(from).equals("من") && !breakBefore(from)
                        ? read(from + 1) : null; // "علمت وكالة فرانس برس من مصدر مقرب أن": the source it learned from, relayed
                return learnedFrom != null ? new Attribution(i, learnedFrom, outlet, learnedFrom.to(), null)
                        : new Attribution(i, outlet, null, outlet.to(), null);
            }
            if (RULES.isReportNoun(key) && outletOfNounAt(i + 1)) {
                Phrase outlet = outlet(i + 1); // "بعد تقرير لصحيفة ...، أفاد"، "وردا على سؤال لوكالة ...، أكدت البعثة"
                return new Attribution(i, outlet, null, outlet.to(), null);
            }
            // "كما ورد في تقرير": a cue of two words or more that starts with what reads as a speech verb ("و" + "رد") is the cue
            int cue = RULES.sourceCueAt(keys, i);
            if (RULES.isSpeechVerb(key) && cue < 2) {
                if (i > 0 && !breakBefore(i) && RULES.negatesSpeech(keys.get(i - 1), key)) {
                    return null; // "ولم يعلق X على الاتهامات": a negated verb says nothing
                }
                if (i > 0 && !breakBefore(i) && complementizerWithPronoun(keys.get(i - 1))) {
                    // "وأكد أنه يرى ميسي في حالة جيدة": the pronoun is the verb's subject, the name after it its object; after
                    // "لكن" the pronoun is the sentence's opening subject going on ("ولم يشر X إلى الأغنية، ولكنه قال")
                    Phrase opening = RULES.continuesSubject(keys.get(i - 1)) ? openingSubject(i) : null;
                    return opening == null ? null : attribution(i, opening, i + 1);
                }
                Phrase owner = ownerBefore(i);
                if (owner != null) {
                    return new Attribution(i, owner, null, i + 2, null); // "تغريدة ترامب التي قال فيها إن"
                }
                Phrase before = subjectBefore(i);
                if (before == null) {
                    before = antecedent(i);
                }
                if (before == null) {
                    before = indefiniteSourceBefore(i);
                }
                // a verb after a conjunction ("وقال") opens a clause of its own; "أوردت" is no "و" + "ردت"
                if (before == null && i > 0 && !((key.charAt(0) == 'و' || key.charAt(0) == 'ف') && RULES.isSpeechVerb(key.substring(1)))) {
                    before = subjectAfterComplementizer(i);
                }
                if (before == null && RULES.isPluralSpeechVerb(key)) {
                    return null; // "وقالوا إن": a plural verb's subject comes before it, and no one speaker goes on
                }
                Phrase source = before != null ? before : read(i + 1);
                if (source == null && before == null && i + 2 < tokens.size() && prepositionWithPronoun(keys.get(i + 1)) && !breakBefore(i + 1)
                        && !breakBefore(i + 2) && !keys.get(i + 1).startsWith("في")) {
                    source = read(i + 2); // "ورد عليه نظيره X بأن"، "وقال له الوزير X إن": the subject after the one spoken to
                }
                if (source == null && before == null && i > 0 && RULES.isRelative(keys.get(i - 1)) && i + 2 < tokens.size() && keys.get(i + 1).startsWith("في")
                        && prepositionWithPronoun(keys.get(i + 1)) && !breakBefore(i + 2)) {
                    source = read(i + 2); // "في الوقت الذي أكد فيه الوزير X أن": the subject after the pronoun of a time or place
                }
                String complement = RULES.requiredComplement(key);
                if (complement != null && (source == null || source.who() != Who.PERSON || !followsSubject(source, complement))) {
                    return null; // "عبر تويتر"، "عبر الحدود": a preposition; "وعبر X، ...، عن أسفه" is speech
                }
                if (source == null && i > 2 && (key.charAt(0) == 'و' && RULES.isSpeechVerb(key.substring(1)) || RULES.continuesSubject(keys.get(i - 1)))) {
                    // "وقد استقبل X ... أعضاء الكونغرس، وشدد أمامهم على أنه"، "وحاول X تهدئة الغضب، حين قال": a second verb of
                    // the sentence's subject
                    source = before = openingSubject(i);
                }
                int objectsTo = source == null ? 0 : Math.min(tokens.size(), source.to() + 10);
                // past an apposition or a date set off by commas ("وقد أثار الرئيس، دونالد ترامب، في أكتوبر غضب إيران"), and
                // inside a name that ran on into the object ("ويعتبر جون سميث أول رئيس ...")
                for (int k = source == null ? 0 : source.from() + 1; k < objectsTo && (!breakBefore(k) || onlyCommaBefore(k))
                        && !RULES.isComplementizer(keys.get(k)); k++) {
                    if (RULES.notSaid(key, keys.get(k)) && !namedOutlet(source)) {
                        // "وأضاف اللاعب X نجم الفريق الهدف الثاني": a goal, no words; what an outlet published it reports
                        // ("ونشرت صحيفة الغارديان صورا ...")
                        return null;
                    }
                }
                Phrase relayed = relayed(i, source);
                if (relayed != null) {
                    // "ونقلت الوكالة عن المتحدث X قوله": X speaks, the outlet that relays him is cited
                    Phrase relay = source != null && source.who() == Who.OUTLET ? source : null;
                    return new Attribution(i, relayed, relay, relayed.to(), null);
                }
                if (before == null && source != null && source.who() == Who.PERSON && source.entry() == null && !source.hasRole()
                        && !opensClause(i) && !(saysRightAfter(source.to()) && (!RULES.isComplementizer(keys.get(source.to())) || RULES.says(key))
                                && !hasPronounSuffix(keys.get(source.from())))) {
                    // "أن الحكومة أعلنت موافقتها": mid-clause, the word after the verb is its object; not when what is said
                    // follows the name at once ("وبشأن الأزمة قال شكري: ...")
                    return null;
                }
                int next = source == null || before != null ? i + 1 : source.to();
                if (RULES.takesObjectFirst(key) && next < tokens.size() && keys.get(next).startsWith("ب") && prepositional(keys.get(next))) {
                    return null; // "وكانت X اتهمت "بالإهمال"": with no object before ب, she was accused
                }
                return attribution(i, source, next);
            }
            if (cue == 0) {
                return null;
            }
            int from = i + cue;
            if (from + 1 < tokens.size() && (keys.get(from).equals("ما") || keys.get(from).equals("لما"))
                    && (RULES.isSpeechVerb(keys.get(from + 1)) || keys.get(from + 1).endsWith("ه")
                            && RULES.isSpeechVerb(keys.get(from + 1).substring(0, keys.get(from + 1).length() - 1)))) {
                // after "ما" a verb with its pronoun ("بحسب ما أعلنه"), which out of context could be a noun ("إضافة")
                from += 2; // "وفق ما أفادت الشرطة", "وفقا لما ذكرته"
                if (from < tokens.size() && prepositionWithPronoun(keys.get(from))) {
                    from++; // "بحسب ما أفادت به وزارة الخارجية"، "وفق ما أعلنت عنه المديرية"
                }
                from += RULES.fillerAt(keys, from); // "وفقا لما نقلته على لسانه وكالة ..."
            } else if (from < tokens.size() && RULES.isSpeechVerb(keys.get(from))) {
                from++; // "حسبما نقلت"
            }
            // "وفقا للطبيب X": after a cue, a profession with the preposition and its article is a role, as a title is
            Phrase source = from < tokens.size() && keys.get(from).startsWith("لل") && RULES.isProfession(Lexicon.withArticle(keys.get(from)))
                    ? professional(from, tokens.size()) : read(from);
            if (source == null) {
                return null;
            }
            Phrase author = authorOf(source);
            return author == null ? attribution(i, source, source.to()) : new Attribution(i, source, null, author.to(), author);
        }

        /**
         * "وفقا لبيان المتحدث باسم الرئاسة X"، "وفقا لبيان محاميه X": the person a title and a name right after a document's
         * head name, whose statement it is and who speaks in it with the document cited; else null.
         */
        private Phrase authorOf(Phrase document) {
            int at = document.from() + 1;
            if (document.who() != Who.DOCUMENT || at >= tokens.size() || breakBefore(at) || !RULES.isTitle(keys.get(at))) {
                return null;
            }
            Phrase person = titled(at, tokens.size());
            return person.who() == Who.PERSON && person.hasName() ? person : null;
        }

        /**
         * "وزار الوزير سامي ناصر المستشفى، مؤكدا أن ...": a participle of speech after a verb that is none speaks with
         * that verb's subject.
         */
        private Attribution participleAt(int participle) {
            if (participle == 0 || !onlyCommaBefore(participle) || participle + 1 >= tokens.size()) {
                return null;
            }
            Phrase subject = openingSubject(participle);
            return subject == null ? null : new Attribution(participle, subject, null, participle + 1, null);
        }

        /**
         * The subject of the verb that opens the sentence, within [0, limit) ("وزار الوزير X المستشفى"، "وقد استقبل كارلوس
         * دي كوسيو المدير العام ..."): a person with a role or a registry name, or of two words or more with a role after
         * them; a body; a named outlet. The verb may follow a dateline. Null when the sentence opens otherwise.
         */
        Phrase openingSubject(int limit) {
            int verb = afterOpeningAdverbial(afterDateline(limit), limit);
            for (int opener = 0; opener < 2 && verb < limit && RULES.opensClause(keys.get(verb)); opener++) {
                verb++; // "وقد استقبل"، "كما زار"
            }
            for (int at = verb; at <= verb + 1 && at < limit; at++) {
                Phrase subject = read(at, limit);
                if (subject != null && subject.to() < limit && datelineEnd(subject.to())) {
                    continue; // "(CNN) -- طرحت ...، قائلة": a dateline is no subject
                }
                // at the sentence's first word only a title or a registry name: "وسلم العلولا" is the verb and its subject
                if (subject != null && (subject.who() == Who.PERSON ? subject.hasRole() || subject.entry() != null && subject.from() > verb
                        || subject.from() > verb && subject.nameTo() - subject.nameFrom() > 1 && opensContent(subject.from(), subject.to())
                        : subject.who() == Who.INSTITUTION || subject.who() == Who.OUTLET && subject.hasName())) {
                    return subject;
                }
            }
            return null;
        }

        /**
         * "وفي وقت لاحق، استقبل ..."، "ومنذ عودته من القمة، بدا ...": the verb after an adverbial phrase that a preposition
         * opens at {@code at} and the sentence's first comma closes, within a few words; {@code at} when there is none.
         */
        private int afterOpeningAdverbial(int at, int limit) {
            if (at >= limit || !RULES.opensAdverbial(keys.get(at))) {
                return at;
            }
            for (int k = at + 1; k < limit && k <= at + MAX_ADVERBIAL_TOKENS; k++) {
                if (breakBefore(k)) {
                    return onlyCommaBefore(k) ? k : at;
                }
            }
            return at;
        }

        /**
         * The first token after a dateline that opens the sentence ("بيروت، لبنان (CNN)— هاجم X ...، قائلا"), within the
         * first words; 0 when there is none.
         */
        private int afterDateline(int limit) {
            int last = Math.min(limit - 1, MAX_DATELINE_TOKENS);
            if (last < 1 || text.text.substring(start, tokens.get(last).start()).indexOf(')') < 0) {
                return 0; // most sentences: no bracket closes among their first words, so there is no gap to look at
            }
            for (int i = 1; i <= last; i++) {
                if (datelineEnd(i)) {
                    return i;
                }
            }
            return 0;
        }

        /** The attribution with the outlet told, if one follows ("لوكالة رويترز", "لإذاعة إسرائيل"), and where content starts. */
        private Attribution attribution(int trigger, Phrase source, int next) {
            Phrase renamed = renamed(source, next);
            if (renamed != null) {
                source = renamed;
                next = renamed.to();
            }
            Phrase apposition = apposition(source, next);
            if (apposition != null) {
                next = apposition.to(); // "وقال فايز كاكار وزير الصحة لوكالة ..."، "عميد الجامعة، حسن غونين، لمحطة ..."
            }
            Phrase toldTo = null;
            boolean qualifying = false; // "مسؤول في السفارة في بكين لوكالة ..."، "مصدر من القوات الموالية لدمشق لوكالة ..."
            // "وقال قائد في التحالف الذي يدعم الرئيس X لرويترز": the relative clause that ended the role stands before the outlet told
            boolean relative = source != null && source.who() == Who.ANONYMOUS && next < tokens.size() && RULES.isRelative(keys.get(next));
            for (int i = next; i < tokens.size() && i < next + 6; i++) {
                String key = keys.get(i);
                // "لفرانس برس": an alias of two words; "لمركز أخبار": a cue of two; "تقرير وكالة الأناضول": the report's outlet
                if (toldOutletAt(i, tokens.size()) || i == next && source != null && source.who() == Who.DOCUMENT
                        && RULES.isReportNoun(keys.get(next - 1)) && outletOfNounAt(i)) {
                    toldTo = outlet(i);
                    break;
                }
                if (key.length() > 3 && key.charAt(0) == 'ل' && !key.startsWith("لل") && RULES.isCollective(key.substring(1))
                        && !breakBefore(i) && i + 1 < tokens.size() && !breakBefore(i + 1)) {
                    toldTo = source(Who.COLLECTIVE, i, tokens.size()); // "لوسائل إعلام صينية": told a collective source
                    break;
                }
                if (RULES.isInterviewWord(key) && (!breakBefore(i) || i == next && onlyCommaBefore(i)) && i + 1 < tokens.size()) {
                    Phrase outlet = outletOrNull(i + 1); // "في مقابلة مع قناة ..."، "خلال برنامج "60 دقيقة""، "الأسد، في مقابلة"
                    if (outlet != null && (keys.get(i).equals("مع") || RULES.outletCue(keys.get(i + 1)) != null)) {
                        toldTo = outlet;
                        break;
                    }
                    qualifying = key.equals("في"); // "مسؤول في السفارة الأمريكية في بكين لوكالة ..."
                    continue;
                }
                if (i > next && RULES.isInterviewWord(keys.get(i - 1)) && isNisba(key) && !definite(key) && !breakBefore(i)) {
                    continue; // "في مقابلة تلفزيونية مع ..."
                }
                if (i > next && keys.get(i - 1).equals("من") && source != null && (source.who() == Who.COLLECTIVE || source.who() == Who.ANONYMOUS)
                        && !breakBefore(i) && registry.outletAtStart(keys.subList(i, Math.min(tokens.size(), i + 8))) != null) {
                    toldTo = outlet(i); // "وقال شهود من رويترز": the outlet its witnesses or reporters work for
                    break;
                }
                if (source != null && source.who() != Who.OUTLET && !breakBefore(i) && (key.equals("في") || key.equals("من")
                        || qualifying && qualifies(key) && !RULES.isComplementizer(key))) {
                    qualifying = true; // a place or body that qualifies the source, before the outlet it told
                    continue;
                }
                if (RULES.fillerAt(keys, i) == 0 && !(relative && !breakBefore(i))) {
                    break;
                }
            }
            // an outlet told is evidence that the words before it are a name, so none further on after a lone word that a word
            // without ال follows: it is as often a common noun or a name read short ("وقال الشاهد أليكس شاكر لشبكة ..."، "وقال ألدو
            // كاوتيرسيو، ..."), unlike "وقال الضابط المسؤول عن القضية ... لوكالة ..."
            boolean shortName = source != null && source.who() == Who.PERSON && !source.hasRole() && source.nameTo() - source.nameFrom() == 1
                    && source.to() < tokens.size() && !breakBefore(source.to())
                    && (!definite(keys.get(source.to())) || RULES.isForeignGivenName(keys.get(source.to())));
            if (toldTo == null && RULES.isSpeechVerb(keys.get(trigger)) && !shortName) {
                toldTo = toldBeforeContent(next);
            }
            int contentFrom = toldTo != null ? toldTo.to() : next;
            if (toldTo == null && RULES.isSpeechVerb(keys.get(trigger))) {
                toldTo = interviewBefore(trigger); // what is said still starts after the verb
            }
            Phrase also = null;
            if (source != null && toldTo == null && next == source.to() && next < tokens.size() && !breakBefore(next)
                    && RULES.isConjoinedTitle(keys.get(next))) { // not "وزير": its و is no conjunction
                // "دعا الاتحاد الأوروبي والأمين العام للأمم المتحدة أنطونيو غوتيريش إلى"، "أعلن X ورجل الدين مقتدى الصدر"
                also = read(next);
                contentFrom = also != null && also.who() == Who.PERSON ? also.to() : contentFrom;
                also = also != null && also.who() == Who.PERSON ? also : null;
            }
            return new Attribution(trigger, source, toldTo, contentFrom, also, apposition);
        }

        /**
         * "وقال الضابط المسؤول عن القضية بمركز الشرطة المحلي لوكالة فرانس برس "..."": an outlet told ("لوكالة ..."، "مع
         * قناة ..." after an interview word) further on than the source's own words, before what is said starts (no
         * complementizer, colon or other verb before it) and with what is said after it; null when there is none.
         */
        private Phrase toldBeforeContent(int from) {
            for (int i = from; i < tokens.size() && i < from + MAX_TOLD_DISTANCE; i++) {
                String key = keys.get(i);
                if (speechOrItsContent(key) || i > 0 && gap(i).indexOf(':') >= 0) {
                    return null;
                }
                boolean interview = i + 1 < tokens.size() && interviewWith(i);
                if (interview || toldOutletAt(i, tokens.size())) {
                    Phrase outlet = interview ? outletOrNull(i + 1) : outlet(i);
                    // "لبرنامج تليفزيوني وناشط بيئي": an adjective after the cue is no outlet's name
                    boolean named = outlet != null && (outlet.entry() != null
                            || outlet.hasName() && !(isNisba(keys.get(outlet.nameFrom())) && !definite(keys.get(outlet.nameFrom()))));
                    return named && outlet.who() == Who.OUTLET && contentAfter(outlet.to()) ? outlet : null;
                }
            }
            return null;
        }

        /** What is said follows token {@code at} within a few words: a complementizer, a colon or an opening quote. */
        private boolean contentAfter(int at) {
            for (int i = at; i < tokens.size() && i < at + MAX_TOLD_DISTANCE; i++) {
                String gap = gap(i);
                if (RULES.isComplementizer(keys.get(i)) || gap.indexOf(':') >= 0 || gap.chars().anyMatch(c -> OPENING_QUOTES.indexOf(c) >= 0)) {
                    return true;
                }
                if (RULES.isSpeechVerb(keys.get(i))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "وفي مقابلة مع قناة "فرانس 24"، الجمعة، قال ماكرون": the outlet of an interview named before the verb, with no other
         * verb, complementizer or participle between them; null when there is none.
         */
        private Phrase interviewBefore(int verb) {
            for (int k = Math.max(1, verb - MAX_TOLD_DISTANCE); k + 1 < verb; k++) {
                if (!interviewWith(k)) {
                    continue;
                }
                Phrase outlet = outletOrNull(k + 1);
                if (outlet == null || outlet.who() != Who.OUTLET || !(outlet.hasName() || outlet.entry() != null) || outlet.to() > verb) {
                    return null;
                }
                for (int j = outlet.to(); j < verb; j++) {
                    if (speechOrItsContent(keys.get(j))) {
                        return null;
                    }
                }
                return outlet;
            }
            return null;
        }

        /** "مقابلة مع" at token {@code at}: "مع" after an interview word, before the outlet interviewed. */
        private boolean interviewWith(int at) {
            return at > 0 && keys.get(at).equals("مع") && RULES.isInterviewWord(keys.get(at - 1));
        }

        /** A speech verb, a participle of one or a complementizer: another verb of speech, or what is said, starts there. */
        private static boolean speechOrItsContent(String key) {
            return RULES.isSpeechVerb(key) || RULES.isComplementizer(key) || RULES.isParticiple(key);
        }

        /**
         * A role set right after a person's name, with a comma or without ("سوغا، المتحدث باسم
         * الحكومة،"، "فايز كاكار وزير صحة ولاية بلوشستان"): a title and its complements with no name
         * after them. Without a comma a definite role follows only a name of two words or more
         * (after one word "وصول اللاعب" is a genitive).
         */
        private Phrase apposition(Phrase source, int at) {
            if (source == null || source.who() != Who.PERSON || !source.hasName() || source.to() != at || at >= tokens.size()
                    || !RULES.isTitle(keys.get(at)) && !RULES.isProfession(keys.get(at)) || RULES.isTitleWithPronoun(keys.get(at))
                    || RULES.isConjoinedTitle(keys.get(at))) {
                // "X، زميله السابق": a role with a pronoun after a name is someone else, the verb's object; "X والرئيس العراقي Y"
                // a second person
                return null;
            }
            boolean comma = onlyCommaBefore(at);
            if (!comma && (breakBefore(at) || definite(keys.get(at)) && source.nameTo() - source.nameFrom() < 2 && source.entry() == null)) {
                return null;
            }
            Phrase role = titled(at, tokens.size());
            int to = role.to();
            if (role.who() == Who.ANONYMOUS && to < tokens.size() && !breakBefore(to) && RULES.isBody(keys.get(to))) {
                to = source(Who.INSTITUTION, to, tokens.size()).to(); // "أحد عناصر قوات الأمن الخاصة لوكالة ...": the body goes on the role
            }
            // after a name, what titled() would read as a second name completes the role ("وزير صحة ولاية بلوشستان")
            return to > at ? new Phrase(Who.ANONYMOUS, at, to, to, to, null, null) : null;
        }

        /**
         * After a verb that relays ("نقلت الوكالة عن ..."، "ونقل عن ..."), the source it relays: the
         * phrase after عن, when it is a person or a role; null otherwise.
         */
        private Phrase relayed(int verb, Phrase source) {
            if (!RULES.relays(keys.get(verb))) {
                return null;
            }
            int at = source == null || source.to() <= verb ? verb + 1 : source.to();
            if (source != null && source.who() == Who.OUTLET && at + 1 < tokens.size() && !keys.get(at).equals("عن")
                    && !breakBefore(at) && !breakBefore(at + 1) && keys.get(at + 1).equals("عن")) {
                at++; // "ونقل موقع التلفزيون الرسمي التهم عن وكالة ...": an outlet relays what it names first from another
            } else if (source != null && at + 2 < tokens.size() && onlyCommaBefore(at)) {
                for (int k = at + 1; k <= at + 2 && k + 1 < tokens.size(); k++) {
                    if (keys.get(k).equals("عن") && onlyCommaBefore(k)) {
                        at = k; // "نقلت صحيفة "مكة"، الثلاثاء، عن مصادر مطلعة": a day or a date set off by commas
                        break;
                    }
                }
            }
            if (at + 1 >= tokens.size() || !keys.get(at).equals("عن")) {
                return null;
            }
            return read(at + 1); // a person, a role, a group ("عن شهود") or a body
        }

        /**
         * "ذكرت أن خورخي مينديز، وكيل أعماله، أكد ..."، "غير أن الوزير X قال": a person named right after
         * a complementizer, optionally followed by a role between commas, is the subject of the verb.
         */
        private Phrase subjectAfterComplementizer(int verb) {
            int end = verb > 0 && keys.get(verb - 1).equals("قد") ? verb - 1 : verb;
            end = end > 1 && RULES.isPastAuxiliary(keys.get(end - 1)) ? end - 1 : end; // "يذكر أن ترامب كان قد قال"
            for (int k = end - 1; k >= 0 && k >= end - MAX_SOURCE_TOKENS - 4; k--) {
                if (RULES.isComplementizer(keys.get(k))) {
                    boolean reported = keys.subList(0, k).stream().anyMatch(RULES::isSpeechVerb);
                    return subjectFrom(k + 1, end, !reported);
                }
                if (breakBefore(k) && !onlyCommaBefore(k) && !onlyQuotesBefore(k)) { // quotes may set off a name: "لكن صحيفة "ديلي ميل" أكدت"
                    return null;
                }
            }
            int first = end > 1 && RULES.opensClause(keys.get(0)) ? 1 : 0; // "لكن خبراء قالوا"
            return end - MAX_SOURCE_TOKENS - 4 <= first ? subjectFrom(first, end, true) : null; // the sentence opens with its subject
        }

        /**
         * The person named from {@code from} who is the subject of the verb at {@code end}, or null; with
         * {@code anySource} also a body, group or outlet, unless the clause is what someone is reported to say.
         */
        private Phrase subjectFrom(int from, int end, boolean anySource) {
            Phrase subject = from < end ? read(from, end) : null;
            Phrase renamed = subject != null && subject.to() < end ? renamed(subject, subject.to()) : null;
            if (renamed != null && renamed.to() <= end) {
                subject = renamed; // "ذكرت الصحيفة أن مدربه الفرنسي، X، تحدث": the name between commas renames the role
            }
            if (subject != null && subject.to() == end && breakBefore(end) && !onlyQuotesBefore(end)
                    && !(onlyCommaBefore(end) && namedPerson(subject))) {
                // "(CNN)-- أكدت القوات": a dateline before the verb is no subject of it; a named person and a comma are ("أن
                // السيناتور X، قال")
                return null;
            }
            if (anySource && subject != null && subject.who() != Who.PERSON && subject.to() == end) {
                // "يشار إلى أن إسرائيل قالت"، "أن الشرطة أعلنت"; not "قال إن القانون يقول": that is the speaker's words
                return subject;
            }
            // one word is a name only when the registry knows it ("يذكر أن ترامب كان قد قال")
            if (subject == null || subject.who() != Who.PERSON
                    || !subject.hasRole() && subject.entry() == null && subject.nameTo() - subject.nameFrom() < 2) {
                return null;
            }
            if (subject.to() == end) {
                // "أن سيارتين صودرتا": two words are not yet a name; a given name and a word are ("ذكرت الصحيفة أن سامي ناصر أبلغ")
                return namedPerson(subject) ? subject : null;
            }
            for (int j = subject.to() + 1; j <= end; j++) {
                if (breakBefore(j) && !onlyCommaBefore(j)) {
                    return null;
                }
            }
            // a role set after the name: "مينديز، وكيل أعماله،"، "X، رجل الدين الأعلى في ...، قال"; a clause on the name set off
            // by commas: "أفادت الوكالة بأن الوزير X، الذي يزور المنطقة، قال"
            String after = keys.get(subject.to());
            return RULES.isTitle(after) || RULES.isProfession(after)
                    || RULES.isRelative(after) && onlyCommaBefore(subject.to()) && onlyCommaBefore(end) && namedPerson(subject) ? subject : null;
        }

        /**
         * "قناة أي بي سي التي نقلت عن ..."، "هافانا التي تتهم الولايات المتحدة ...": the source named right before a relative
         * pronoun is the subject of its verb (a person only with a role or a registry name); the noun after the verb is its
         * object, unless the verb carries the pronoun ("التقرير الذي نشرته الصحيفة") or one follows it ("قال فيه الوزير").
         */
        private Phrase antecedent(int verb) {
            if (verb < 2 || !RULES.isRelative(keys.get(verb - 1)) || subjectAfterRelative(verb)) {
                return null;
            }
            int relative = verb - 1;
            if (Lexicon.withoutConjunction(keys.get(relative)) != null) {
                // "X، التي تعرف باسم Y، والتي قالت إن": a second clause on the noun of the first relative pronoun, when what is
                // said follows its verb ("الأموال التي دفعها X، والتي أعلن محاميه أنها": the verb has a subject of its own)
                if (!saysRightAfter(verb + 1)) {
                    return null;
                }
                do {
                    relative--;
                } while (relative > 0 && !RULES.isRelative(keys.get(relative)) && !(breakBefore(relative + 1) && !onlyCommaBefore(relative + 1)));
                if (relative < 2 || !RULES.isRelative(keys.get(relative))) {
                    return null;
                }
            }
            boolean comma = breakBefore(relative); // "التقرير، الذي نشر الخميس": set off by a comma as often passive; only an outlet
            int from = relative - 1;
            while (from > 0 && from > relative - 1 - MAX_SOURCE_TOKENS && (!breakBefore(from) || onlyQuotesBefore(from))) {
                from--;
            }
            for (int k = from; k < relative; k++) {
                Phrase source = read(k, relative);
                // after a comma a person speaks when what is said follows the verb ("ماكرون، الذي أكد أن"، "ستيفاني ويلسون، التي
                // تقول إنها"); else the clause may be a passive of the noun the person belongs to ("صورة نجم الفريق X، التي نشرت")
                if (source != null && source.to() == relative && (source.who() == Who.OUTLET
                        || namedPerson(source) && (!comma || saysRightAfter(verb + 1)) || !comma && source.who() != Who.PERSON)) {
                    return source;
                }
            }
            return comma && saysRightAfter(verb + 1) && relative - from <= MAX_APPOSITION_TOKENS ? personBeforeApposition(from) : null;
        }

        /**
         * "الحارس X، نجم الفريق، الذي قال:": the person set off by a comma before the apposition that starts at token {@code
         * apposition}, or null.
         */
        private Phrase personBeforeApposition(int apposition) {
            if (apposition < 2 || !onlyCommaBefore(apposition)) {
                return null;
            }
            int from = apposition - 1;
            while (from > 0 && from > apposition - 1 - MAX_SOURCE_TOKENS && !breakBefore(from)) {
                from--;
            }
            for (int k = from; k < apposition; k++) {
                Phrase source = read(k, apposition);
                if (source != null && source.to() == apposition && namedPerson(source)) {
                    return source;
                }
            }
            return null;
        }

        /** A person with a role, a registry name or a given name and another word. */
        private boolean namedPerson(Phrase source) {
            return source.who() == Who.PERSON && (source.hasRole() || source.entry() != null
                    || nameWords(source.nameFrom(), source.nameTo()) > 1 && personalName(source.nameFrom()));
        }

        /** After "التي"/"الذي": a verb with an object pronoun ("نشرته") or a preposition with a pronoun after it ("قال فيه"). */
        private boolean subjectAfterRelative(int verb) {
            String key = keys.get(verb);
            String next = verb + 1 < tokens.size() ? keys.get(verb + 1) : "";
            return !withoutPronoun(key).equals(key) && RULES.isSpeechVerb(withoutPronoun(key)) || prepositionWithPronoun(next);
        }

        /** "به"، "عنه"، "فيها": a preposition with a pronoun, which names nobody; "إنه" is a complementizer. */
        private static boolean prepositionWithPronoun(String key) {
            return (key.endsWith("ه") || key.endsWith("ها")) && RULES.isNotPerson(key) && !RULES.isComplementizer(key);
        }

        /**
         * "تغريدة ترامب التي قال فيها إن ..."، "تصريحات لوزير الخارجية الروسي، سيرغي لافروف قال فيها: ...": a verb with
         * "فيه/فيها" and what is said right after speaks with the person named right before it (or before التي/الذي),
         * the one whose tweet, statement or speech it is.
         */
        private Phrase ownerBefore(int verb) {
            if (verb + 2 >= tokens.size() || !prepositionWithPronoun(keys.get(verb + 1)) || !keys.get(verb + 1).startsWith("في")
                    || !saysRightAfter(verb + 2)) {
                return null;
            }
            int end = verb > 0 && RULES.isRelative(keys.get(verb - 1)) ? verb - 1 : verb;
            Phrase owner = personBefore(end);
            int occasion = owner == null ? occasionBefore(end) : -1;
            return occasion >= 0 ? makerOf(occasion) : owner;
        }

        /** The person named right before token {@code end} ("تغريدة ترامب التي"), or null. */
        private Phrase personBefore(int end) {
            for (int from = end - 1; from >= 0 && from >= end - MAX_NAME_TOKENS - 2; from--) {
                Phrase person = read(from, end);
                if (person != null && person.to() == end && namedPerson(person)) { // not "لجمهور الزمالك"
                    return person;
                }
                if (breakBefore(from) && !onlyCommaBefore(from)) {
                    return null;
                }
            }
            return null;
        }

        /**
         * Where the occasion of speech ends by {@code end} starts ("بيانا"، "مؤتمرا صحفيا"، "كلمة متلفزة"): the word before, or
         * the one before an indefinite adjective (accusative, feminine or of relation) that describes it; -1 when none.
         */
        private int occasionBefore(int end) {
            if (end < 1) {
                return -1;
            }
            String described = keys.get(end - 1);
            for (int at = end - 1; at >= 0 && at >= end - 2; at--) {
                if (RULES.isSpeechOccasion(keys.get(at)) && (at == end - 1 || !breakBefore(end - 1) && !definite(described)
                        && (described.endsWith("ا") || described.endsWith("ه") || isNisba(described)))) {
                    return at;
                }
                if (breakBefore(at)) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * Who made the occasion of speech at {@code occasion}: the subject of the verb that opens the clause, right before it
         * ("وأصدر وزير الخارجية X بيانا قال فيه"), or before that verb ("لكن منصور عقد مؤتمرا صحفيا قال فيه"); else null.
         */
        private Phrase makerOf(int occasion) {
            Phrase subject = openingSubject(occasion);
            if (subject != null) {
                return subject.to() == occasion ? subject : null;
            }
            int at = afterDateline(occasion);
            for (int opener = 0; opener < 2 && at < occasion && RULES.opensClause(keys.get(at)); opener++) {
                at++;
            }
            Phrase first = at < occasion - 1 ? read(at, occasion - 1) : null;
            return first != null && first.who() == Who.PERSON && first.to() == occasion - 1 ? first : null;
        }

        /** What is said starts at token {@code at} without a gap: a complementizer, or after a colon or an opening quote. */
        private boolean saysRightAfter(int at) {
            if (at >= tokens.size()) {
                return false;
            }
            String between = gap(at).strip();
            return between.isEmpty() ? RULES.isComplementizer(keys.get(at))
                    : between.indexOf(':') >= 0 || between.equals("“") || between.equals("«"); // '"' may as well close a quote
        }

        /**
         * Whether the word {@code complement} follows the subject, at once, after the comma that closes a name set off by commas
         * ("وعبر النجم الإسباني، رافائيل نادال، عن شكره"), or after a phrase set off by commas; a role after the name's
         * comma may run on to the complement with no comma closing it ("عبرت X، المتحدثة باسم الوزارة عن ترحيبها").
         */
        private boolean followsSubject(Phrase subject, String complement) {
            int at = subject.to();
            if (at < tokens.size() && !breakBefore(at)) {
                return keys.get(at).equals(complement);
            }
            if (at < tokens.size() && keys.get(at).equals(complement) && onlyCommaBefore(at) && subject.hasName() && subject.nameFrom() > 0
                    && onlyCommaBefore(subject.nameFrom())) {
                return true;
            }
            for (int k = at + 1; at < tokens.size() && onlyCommaBefore(at) && k < tokens.size() && k <= at + MAX_SOURCE_TOKENS; k++) {
                if (breakBefore(k)) {
                    return onlyCommaBefore(k) && keys.get(k).equals(complement);
                }
                if (keys.get(k).equals(complement) && subject.who() == Who.PERSON && subject.hasName() && RULES.isTitle(keys.get(at))) {
                    return true;
                }
            }
            return false;
        }

        /** "وكان كين، 24 عاما، قد صرح": tokens [from, end) are a person's age set off by commas, a number and its unit. */
        private boolean ageBetweenCommas(int from, int end) {
            return end == from + 2 && onlyCommaBefore(from) && onlyCommaBefore(end) && keys.get(from).chars().allMatch(Character::isDigit)
                    && RULES.isAgeUnit(keys.get(from + 1)) && !breakBefore(from + 1);
        }

        /** "وكان القدرة (قد) أعلن", "وكانت عهد قالت", "لكن مينغ قال": the subject between كان or لكن and the verb. */
        private Phrase subjectBefore(int verb) {
            int end = verb > 0 && keys.get(verb - 1).equals("قد") ? verb - 1 : verb;
            for (int k = end - 1; k >= 0 && k >= end - MAX_SOURCE_TOKENS - MAX_NAME_TOKENS; k--) { // a role and a name
                String key = keys.get(k);
                if (auxiliaryAt(k) || RULES.putsSubjectFirst(key)) {
                    if (k + 1 == end) {
                        return null;
                    }
                    Phrase subject = read(k + 1, end);
                    if (subject != null && subject.to() == end && subject.who() == Who.PERSON && !subject.hasRole() && subject.entry() == null
                            && subject.nameTo() - subject.nameFrom() == 1 && conjoinedSpeechVerb(verb)) {
                        return null; // "وكان يصرخ ويردد أنه": one word before a verb with its conjunction is the auxiliary's own verb
                    }
                    if (subject != null && subject.to() < end && subject.who() == Who.PERSON && subject.hasName() && !subject.hasRole()
                            && (RULES.isTitle(keys.get(subject.to())) || RULES.isProfession(keys.get(subject.to())))
                            && titled(subject.to(), end).to() == end) {
                        return subject; // "وكان منصور العتيبي سفير الكويت لدى الأمم المتحدة قد قال": a role after the name
                    }
                    // after لكن a person, or a body when what it says follows: "لكن إسرائيل تشكك في ..." is a stance, nothing said
                    boolean speaks = auxiliaryAt(k) || subject != null && subject.who() == Who.PERSON || saysRightAfter(verb + 1);
                    boolean whole = subject != null && (subject.to() == end || subject.who() == Who.PERSON && ageBetweenCommas(subject.to(), end));
                    return whole && speaks ? subject : null;
                }
                if (breakBefore(k + 1) && !onlyCommaBefore(k + 1) && !onlyQuotesBefore(k + 1) && !quotesAndCommaBefore(k + 1)) {
                    return null; // commas may set off the name: "وكان نائب رئيس شرطة دبي، ضاحي خلفان، قد قال"; quotes a name
                }
            }
            return null;
        }

        /** "وكان"، "وظل": an auxiliary whose subject comes before the verb; not "ظل" after "في", the noun ("وفي ظل الأزمة"). */
        private boolean auxiliaryAt(int k) {
            return RULES.isPastAuxiliary(keys.get(k)) && !(k > 0 && !breakBefore(k) && RULES.opensAdverbial(keys.get(k - 1)));
        }

        /**
         * "تقريرا منسوبا إلى مصادر مجهولة أكدت أن": an anonymous or collective source with no article, right before a verb with
         * no conjunction and what is said after it, is the verb's subject (the verb describes it); not after a complementizer,
         * inside what someone else says.
         */
        private Phrase indefiniteSourceBefore(int verb) {
            if (verb == 0 || breakBefore(verb) || opensClause(verb) || !saysRightAfter(verb + 1)) {
                return null;
            }
            for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
                String key = keys.get(k);
                if ((RULES.isCollective(key) || RULES.isAnonymous(key)) && !definite(key)) {
                    if (k > 0 && RULES.isComplementizer(keys.get(k - 1))) {
                        return null; // "وأوضح المتحدث X، أن خبراء يقولون إن": inside what X says, which stays his
                    }
                    Phrase source = read(k, verb);
                    return source != null && source.to() == verb && (source.who() == Who.COLLECTIVE || source.who() == Who.ANONYMOUS)
                            ? source : null;
                }
                if (k < verb && breakBefore(k)) {
                    return null;
                }
            }
            return null;
        }

        /** A verb that opens a clause: first in the sentence or after punctuation, or with a conjunction ("وقال", "كما أكد"). */
        private boolean opensClause(int verb) {
            return verb == 0 || breakBefore(verb) || conjoinedSpeechVerb(verb) || RULES.opensClause(keys.get(verb - 1)) || afterOpeningFiller(verb);
        }

        /** "وقال"، "فأكد": a speech verb with its conjunction ("وصف" and "وعد" are verbs of their own). */
        private boolean conjoinedSpeechVerb(int verb) {
            String key = keys.get(verb);
            return (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && RULES.isSpeechVerb(key.substring(1));
        }

        /** "وفي وقت سابق قال ..."، "من جهته قال": only a filler stands between the sentence's start (or punctuation) and the verb. */
        private boolean afterOpeningFiller(int verb) {
            for (int from = verb - 1; from >= 0 && from >= verb - 4; from--) {
                if ((from == 0 || breakBefore(from)) && RULES.fillerAt(keys, from) == verb - from) {
                    return true;
                }
            }
            return false;
        }
    }

    private Attributions() {
    }
}
