package news.parallax.extraction;

import java.util.ArrayList;
import java.util.List;

import news.parallax.api.model.OutletKind;
import news.parallax.extraction.Tokens.Token;

/**
 * Who an Arabic sentence attributes words or information to, read from the word lists of
 * {@link Lexicon}: every speech verb ("وقال"، "وتقول"، "وكان X قد أعلن") and source cue ("بحسب"،
 * "وفق ما أفادت"، "نقلاً عن") with the phrase that names its source, and the outlet a speaker
 * told ("لوكالة فرانس برس"). A source phrase is a person (a name, after a title that becomes the
 * role), an outlet, or a source that is neither: an anonymous one ("مصدر عسكري", a role without a
 * name), a collective one ("مصادر تركية"), an institution ("وزارة الداخلية", "السعودية") or a
 * document ("البيان"). Only a person can become a speaker and only an outlet an outlet.
 */
final class Attributions {

    private static final Lexicon RULES = Lexicon.RULES;
    /** Characters between two words that end a phrase: punctuation, quotes, brackets, line ends. */
    private static final String BREAKS = ",،:;؛.!?؟\"“”«»()[]\n";
    private static final String OPENING_QUOTES = "\"“«(";
    private static final String CLOSING_QUOTES = "\"”»)";
    private static final int MAX_NAME_TOKENS = 4;
    private static final int MAX_SOURCE_TOKENS = 7;
    /** How far after a speaker (or before the verb) the outlet told may stand: "وقال الضابط المسؤول عن القضية ... لوكالة". */
    private static final int MAX_TOLD_DISTANCE = 14;

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

    /** The words of one sentence and what they are, for reading source phrases. */
    static final class Sentence {
        final NormalizedText text;
        /** [start, end) in the normalised text. */
        final int start;
        final int end;
        final List<Token> tokens;
        final List<String> keys;
        private final Registry registry;
        private List<Attribution> attributions;

        Sentence(NormalizedText text, int start, int end, Registry registry) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.tokens = Tokens.of(text.text, start, end);
            this.keys = Tokens.keys(tokens);
            this.registry = registry;
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
                    || Character.isWhitespace(text.text.charAt(mark - 1))) {
                return false; // "... الغذائية".": a stray quote at the end closes nothing the sentence says
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
            if (RULES.isSpeechVerb(key)) {
                if (i > 0 && !breakBefore(i) && complementizerWithPronoun(keys.get(i - 1))) {
                    return null; // "وأكد أنه يرى ميسي في حالة جيدة": the pronoun is the verb's subject, the name after it its object
                }
                Phrase owner = ownerBefore(i);
                if (owner != null) {
                    return new Attribution(i, owner, null, i + 2, null); // "تغريدة ترامب التي قال فيها إن"
                }
                Phrase before = subjectBefore(i);
                if (before == null) {
                    before = antecedent(i);
                }
                // a verb after a conjunction ("وقال") opens a clause of its own; "أوردت" is no "و" + "ردت"
                if (before == null && i > 0 && !((key.charAt(0) == 'و' || key.charAt(0) == 'ف') && RULES.isSpeechVerb(key.substring(1)))) {
                    before = subjectAfterComplementizer(i);
                }
                if (before == null && RULES.isPluralSpeechVerb(key)) {
                    return null; // "وقالوا إن": a plural verb's subject comes before it, and no one speaker goes on
                }
                Phrase source = before != null ? before : read(i + 1);
                String complement = RULES.requiredComplement(key);
                if (complement != null && (source == null || source.who() != Who.PERSON || !followsSubject(source.to(), complement))) {
                    return null; // "عبر تويتر"، "عبر الحدود": a preposition; "وعبر X، ...، عن أسفه" is speech
                }
                if (source == null && i > 2 && key.charAt(0) == 'و' && RULES.isSpeechVerb(key.substring(1))) {
                    // "وقد استقبل X ... أعضاء الكونغرس، وشدد أمامهم على أنه": a second verb of the sentence's subject
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
            int cue = RULES.sourceCueAt(keys, i);
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
            Phrase source = read(from);
            return source == null ? null : attribution(i, source, source.to());
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
         * them; a body; a named outlet. Null when the sentence opens otherwise.
         */
        Phrase openingSubject(int limit) {
            int verb = 0;
            while (verb < 2 && verb < limit && RULES.opensClause(keys.get(verb))) {
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
         * Every person the sentence names after a title ("الرئيس الأمريكي دونالد ترامب"), by a given name and more
         * ("النجم الأرجنتيني، دييغو مارادونا") or by a curated registry name of two words or more ("السياسي المخضرم، مهاتير
         * محمد،"), quoted or not: a lone word of that name later refers to them ("وقال مهاتير"); so does a role with no name
         * that a titled person after a comma renames ("العاهل الأردني، الملك عبدالله الثاني،").
         */
        List<Titled> titledPersons() {
            List<Titled> persons = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                Phrase phrase = RULES.isTitle(keys.get(i)) ? titled(i, tokens.size())
                        : RULES.isProfession(keys.get(i)) ? professional(i, tokens.size())
                        : personalName(i) && (i == 0 || !personalName(i - 1)) ? untitled(i, tokens.size()) : curatedName(i, tokens.size());
                Phrase renamed = phrase != null && phrase.who() == Who.ANONYMOUS ? renamed(phrase, phrase.to()) : null;
                if (renamed != null) {
                    persons.add(new Titled(renamed, phrase)); // "العاهل الأردني، الملك عبدالله الثاني،": both roles are his
                    i = renamed.to() - 1;
                } else if (phrase != null && phrase.who() == Who.PERSON && (phrase.hasRole() || phrase.entry() != null
                        || nameWords(phrase.nameFrom(), phrase.nameTo()) > 1)) {
                    persons.add(new Titled(phrase, null));
                    i = phrase.to() - 1;
                }
            }
            return persons;
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
         * "أكد موفد الملك سلمان بن عبد العزيز، المستشار في الديوان الملكي نزار العلولا، أن": the person named in a role
         * is its genitive ("the king's envoy"); the one between commas, with a role and a name of his own, speaks.
         */
        private Phrase renamed(Phrase source, int at) {
            // a role without a name is renamed too: "أكد السفير السعودي لدى بريطانيا، الأمير محمد بن نواف، أن"
            boolean role = source != null && (source.who() == Who.PERSON ? source.hasRole()
                    : source.who() == Who.ANONYMOUS && RULES.isTitle(keys.get(source.from())));
            if (!role || source.to() != at || at + 1 >= tokens.size() || !onlyCommaBefore(at)) {
                return null;
            }
            if (!RULES.isTitle(keys.get(at))) {
                return namedBetweenCommas(at);
            }
            if (RULES.isTitleWithPronoun(keys.get(at))) {
                return null;
            }
            Phrase second = titled(at, tokens.size());
            int end = second.to();
            return second.who() == Who.PERSON && second.hasRole() && (end == tokens.size() || breakBefore(end) || toldOutletAt(end, tokens.size()))
                    ? second : null;
        }

        /**
         * "وقال رئيس البرلمان، علي لاريجاني، إن"، "نقل ... عن رئيس البرلمان، علي لاريجاني، قوله": a name with no title of
         * its own set off by commas after a role is the person in that role. Only a given name and more ("علي" too: the
         * commas settle it), or a registry name, closed by a comma: "وقال الوزير، الاثنين، إن" has a day there.
         */
        private Phrase namedBetweenCommas(int at) {
            Phrase name = untitled(at, tokens.size());
            return name != null && name.to() < tokens.size() && onlyCommaBefore(name.to())
                    && (name.entry() != null || RULES.isGivenName(keys.get(at)) && nameWords(name.nameFrom(), name.nameTo()) > 1)
                    ? name : null;
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
            if (subject != null && subject.to() == end && breakBefore(end) && !onlyQuotesBefore(end)) {
                return null; // "(CNN)-- أكدت القوات": a dateline before the verb is no subject of it
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
                return subject.hasRole() || subject.entry() != null ? subject : null; // "أن سيارتين صودرتا": two words are not yet a name
            }
            for (int j = subject.to() + 1; j <= end; j++) {
                if (breakBefore(j) && !onlyCommaBefore(j)) {
                    return null;
                }
            }
            // a role set after the name: "مينديز، وكيل أعماله،"، "X، رجل الدين الأعلى في ...، قال"
            return RULES.isTitle(keys.get(subject.to())) || RULES.isProfession(keys.get(subject.to())) ? subject : null;
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
            boolean comma = breakBefore(verb - 1); // "التقرير، الذي نشر الخميس": set off by a comma as often passive; only an outlet
            int from = verb - 2;
            while (from > 0 && from > verb - 2 - MAX_SOURCE_TOKENS && (!breakBefore(from) || onlyQuotesBefore(from))) {
                from--;
            }
            for (int k = from; k < verb - 1; k++) {
                Phrase source = read(k, verb - 1);
                boolean person = source != null && source.who() == Who.PERSON && (source.hasRole() || source.entry() != null
                        || nameWords(source.nameFrom(), source.nameTo()) > 1 && personalName(source.nameFrom()));
                // after a comma a person speaks when what is said follows the verb ("ماكرون، الذي أكد أن"، "ستيفاني ويلسون، التي
                // تقول إنها"); else the clause may be a passive of the noun the person belongs to ("صورة نجم الفريق X، التي نشرت")
                if (source != null && source.to() == verb - 1 && (source.who() == Who.OUTLET
                        || person && (!comma || saysRightAfter(verb + 1)) || !comma && source.who() != Who.PERSON)) {
                    return source;
                }
            }
            return null;
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
            for (int from = end - 1; from >= 0 && from >= end - MAX_NAME_TOKENS - 2; from--) {
                Phrase person = read(from, end);
                if (person != null && person.to() == end && person.who() == Who.PERSON && (person.entry() != null || person.hasRole()
                        || nameWords(person.nameFrom(), person.nameTo()) > 1 && personalName(person.nameFrom()))) { // not "لجمهور الزمالك"
                    return person;
                }
                if (breakBefore(from) && !onlyCommaBefore(from)) {
                    return null;
                }
            }
            return null;
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

        /** Whether the word {@code complement} follows a subject ending at {@code at}, at once or after a phrase set off by commas. */
        private boolean followsSubject(int at, String complement) {
            if (at < tokens.size() && !breakBefore(at)) {
                return keys.get(at).equals(complement);
            }
            for (int k = at + 1; at < tokens.size() && onlyCommaBefore(at) && k < tokens.size() && k <= at + MAX_SOURCE_TOKENS; k++) {
                if (breakBefore(k)) {
                    return onlyCommaBefore(k) && keys.get(k).equals(complement);
                }
            }
            return false;
        }

        /** "وكان القدرة (قد) أعلن", "وكانت عهد قالت": the subject between كان and the verb. */
        private Phrase subjectBefore(int verb) {
            int end = verb > 0 && keys.get(verb - 1).equals("قد") ? verb - 1 : verb;
            for (int k = end - 1; k >= 0 && k >= end - MAX_SOURCE_TOKENS - MAX_NAME_TOKENS; k--) { // a role and a name
                String key = keys.get(k);
                if (RULES.isPastAuxiliary(key)) {
                    if (k + 1 == end) {
                        return null;
                    }
                    Phrase subject = read(k + 1, end);
                    if (subject != null && subject.to() < end && subject.who() == Who.PERSON && subject.hasName() && !subject.hasRole()
                            && (RULES.isTitle(keys.get(subject.to())) || RULES.isProfession(keys.get(subject.to())))
                            && titled(subject.to(), end).to() == end) {
                        return subject; // "وكان منصور العتيبي سفير الكويت لدى الأمم المتحدة قد قال": a role after the name
                    }
                    return subject != null && subject.to() == end ? subject : null;
                }
                if (breakBefore(k + 1) && !onlyCommaBefore(k + 1) && !onlyQuotesBefore(k + 1) && !quotesAndCommaBefore(k + 1)) {
                    return null; // commas may set off the name: "وكان نائب رئيس شرطة دبي، ضاحي خلفان، قد قال"; quotes a name
                }
            }
            return null;
        }

        Phrase read(int from) {
            return read(from, tokens.size());
        }

        /** The source phrase that starts at {@code from} (after fillers such as "بدوره"، "الاثنين"), within [from, limit). */
        private Phrase read(int from, int limit) {
            int i = from;
            for (int filler; i < limit && (filler = RULES.fillerAt(keys, i)) > 0; ) {
                i += filler;
            }
            if (i < limit && quoteBefore(i) && registry.outletAtStart(keys.subList(i, Math.min(limit, i + 8))) != null) {
                return outlet(i); // "وذكرت "وول ستريت جورنال" أن": a registry outlet in quotes
            }
            if (i >= limit || breakBefore(i)) {
                return null;
            }
            String key = afterPreposition(keys.get(i));
            if (outletCueAt(i, limit)
                    || registry.outletAtStart(keys.subList(i, Math.min(limit, i + 8))) != null) {
                Phrase outlet = outlet(i);
                if (outlet != null) {
                    return outlet;
                }
            }
            if (RULES.isDocument(key)) {
                return source(Who.DOCUMENT, i, limit);
            }
            if (RULES.isCollective(key) || i + 1 < limit && !breakBefore(i + 1) && constructPlural(key) && keys.get(i + 1).startsWith("ال")) {
                return source(Who.COLLECTIVE, i, limit); // "مؤيدو الاتفاق"، "ممثلو الادعاء": a plural in construct is a group
            }
            if (RULES.isTitle(key)) {
                return titled(i, limit);
            }
            Phrase professional = RULES.isProfession(key) ? professional(i, limit) : null;
            if (professional != null) {
                return professional; // "الصحافي كريس والاس"; "الصحافي القتيل" is read on as before
            }
            if (RULES.isAnonymous(key)) {
                return source(Who.ANONYMOUS, i, limit);
            }
            if (RULES.isBody(key) || i + 1 < limit && RULES.isBody(key, keys.get(i + 1))) {
                return source(Who.INSTITUTION, i, limit);
            }
            if (definite(key) ? definitePlural(key) && registry.speakerBySurname(key) == null : indefinitePlural(key)) {
                // "المحتجون"، "الموقعون على الرسالة"، "مصرفيون"، "محللين": a plural is a group, no surname
                return source(Who.COLLECTIVE, i, limit);
            }
            if (definite(key) && (key.endsWith("ي") || key.endsWith("يه")) && isNisba(key) && i + 2 < limit && !breakBefore(i + 1)) {
                // "وقال الأميركي مارشال بيلينغسلي، الذي ...": a nationality before a name of two words or more is its role (one
                // person's: "تدعو الفرنسيين لمهاجمة ..." is a plural and its object)
                Phrase named = untitled(i + 1, limit);
                if (named != null && nameWords(named.nameFrom(), named.nameTo()) > 1) {
                    return new Phrase(Who.PERSON, i, named.to(), named.nameFrom(), named.nameTo(), named.entry(), null);
                }
            }
            return untitled(i, limit);
        }

        /** An outlet named by a registry alias or by a cue and a name ("قناة الجزيرة"), not only described ("الصحيفة"). */
        private static boolean namedOutlet(Phrase phrase) {
            return phrase != null && phrase.who() == Who.OUTLET && (phrase.entry() != null || phrase.hasName());
        }

        /** "للمتحدث" read as "المتحدث", "لوزارة" as "وزارة", when the rest is a word of the lists. */
        private String afterPreposition(String key) {
            String rest = key.startsWith("لل") ? Lexicon.withArticle(key) : key.length() > 3 && key.charAt(0) == 'ل' ? key.substring(1) : key;
            return RULES.headsSource(rest) ? rest : key;
        }

        /** The outlet named at token {@code at} by a cue word or registry alias, or null. */
        private Phrase outletOrNull(int at) {
            String key = keys.get(at);
            return outletCueAt(at, tokens.size()) || registry.outletAtStart(keys.subList(at, Math.min(tokens.size(), at + 8))) != null ? outlet(at) : null;
        }

        /** An outlet named at token {@code at}: by a registry alias, or by a cue word and a name ("موقع "نيوز أطلس""). */
        private Phrase outlet(int at) {
            Phrase outlet = outletPhrase(at);
            if (outlet == null || outlet.entry() != null || outlet.who() != Who.OUTLET) {
                return outlet;
            }
            for (int k = outlet.from(); k < outlet.to(); k++) {
                if (RULES.isInstitutionName(keys.get(k))) {
                    // "وكالة الفضاء الأوروبية"، "وكالة ستاندرد آند بورز للتقييم": an agency that is no news agency
                    return new Phrase(Who.INSTITUTION, outlet.from(), outlet.to(), outlet.from(), outlet.to(), null, null);
                }
            }
            return outlet;
        }

        private Phrase outletPhrase(int at) {
            int limit = tokens.size();
            String key = keys.get(at);
            if (key.equals("ل") && at + 1 < limit) {
                Phrase named = outletPhrase(at + 1); // "لـ"فرانس برس"": told, the preposition apart
                return named == null ? null : new Phrase(named.who(), at, named.to(), named.nameFrom(), named.nameTo(), named.entry(), named.outletKind());
            }
            OutletKind twoWordCue = at + 1 < limit && !breakBefore(at + 1) ? RULES.outletCue(key + " " + keys.get(at + 1)) : null;
            OutletKind cue = twoWordCue != null ? twoWordCue : RULES.outletCue(key);
            int nameFrom = at + (twoWordCue != null ? 2 : cue != null ? 1 : 0);
            if (cue != null && !definite(key) && nameFrom > at && nameFrom + 1 < limit && !breakBefore(nameFrom)
                    && !definite(keys.get(nameFrom)) && RULES.outletCue(keys.get(nameFrom)) != null) {
                Phrase named = outletPhrase(nameFrom); // "موقع صحيفة هآريتس": the paper's website, named after the second cue
                return named == null ? null : new Phrase(named.who(), at, named.to(), named.nameFrom(), named.nameTo(), named.entry(), named.outletKind());
            }
            // "التلفزيون السوري": a registry alias that starts with its definite cue
            int aliasFrom = cue != null && definite(key) && registry.outletAtStart(keys.subList(at, Math.min(limit, at + 8))) != null ? at : nameFrom;
            if (aliasFrom < limit && (aliasFrom == at || !breakBefore(aliasFrom) || quoteBefore(aliasFrom))) {
                Registry.Found known = registry.outletAtStart(keys.subList(aliasFrom, Math.min(limit, aliasFrom + 8)));
                if (known != null) {
                    int nameTo = aliasFrom + known.to();
                    OutletKind kind = cue != null ? cue : OutletKind.fromValue(known.entry().kind());
                    return new Phrase(Who.OUTLET, at, outletEnd(nameTo, limit), aliasFrom, nameTo, known.entry(), kind);
                }
            }
            if (cue == null) {
                return null;
            }
            // a quote after a definite cue is what it says ("وقال التلفزيون "سمع دوي انفجار""), a name only after an indefinite one
            if (nameFrom < limit && quoteBefore(nameFrom) && !definite(key)) {
                int nameTo = quotedNameEnd(nameFrom, limit);
                return new Phrase(Who.OUTLET, at, outletEnd(nameTo, limit), nameFrom, nameTo, null, cue);
            }
            if (RULES.namesOnlyInQuotes(key)) {
                return null; // "برنامج الأغذية العالمي": unquoted, no outlet's name
            }
            if (definite(key) || key.startsWith("لل")) {
                // "الصحيفة", "التلفزيون الرسمي السوري", "الخدمة الصحفية لوزارة الدفاع": named by what came before, or by what follows
                int to = source(Who.OUTLET, twoWordCue != null ? at + 1 : at, limit).to();
                return new Phrase(Who.OUTLET, at, to, nameFrom, nameFrom, null, cue);
            }
            boolean namedAfter = nameFrom + 1 < limit && !breakBefore(nameFrom + 1) && keys.get(nameFrom + 1).startsWith("ال")
                    && !isNisba(keys.get(nameFrom + 1)); // "صحيفة جديدة الأفق": a name of two words
            if (nameFrom < limit && !breakBefore(nameFrom) && (RULES.isCommonWord(keys.get(nameFrom)) || commonNisba(nameFrom)) && !namedAfter
                    && !definite(keys.get(nameFrom)) && (isNisba(keys.get(nameFrom)) || keys.get(nameFrom).endsWith("ه"))) {
                // "صحيفة إسرائيلية"، "صحيفة تابعة للحزب الحاكم"، "موقع إخباري لحركة ...": an outlet nobody names, a collective source
                // ("صحيفة الجمهورية المحلية" is named: an adjective after the cue is indefinite)
                return source(Who.COLLECTIVE, at, limit);
            }
            int nameTo = nameFrom;
            while (nameTo < limit && nameTo - nameFrom < MAX_NAME_TOKENS && !breakBefore(nameTo)
                    && (outletWord(keys.get(nameTo)) || nameTo > nameFrom && spelledLetters(nameFrom, nameTo + 1))
                    && !(nameTo > nameFrom && isNisba(keys.get(nameTo)) && keys.get(nameTo).startsWith("ال"))) {
                nameTo++; // "موقع ليبيا الحدث" (the adjective "الإخباري" after it is not part of the name)
            }
            if (nameTo > nameFrom && keys.get(nameFrom).startsWith("ال")) {
                nameTo = adjectives(nameTo, limit); // "وكالة الأنباء السورية": a description is named with its adjectives
                for (int k = nameFrom + 1; k < nameTo; k++) {
                    if (RULES.isOutletEpithet(keys.get(k))) {
                        nameTo = k; // "صحيفة الوطن الموالية للحكومة": the paper is "الوطن"
                        break;
                    }
                }
                if (RULES.describesOutlet(keys.get(nameFrom)) && nameTo < limit && quoteBefore(nameTo) && !definite(key)) {
                    // "وكالة الأنباء الروسية (سبوتنيك)"، "موقع الأخبار السويدي "فريا تيدر"": described, then named in quotes
                    int quotedTo = quotedNameEnd(nameTo, limit);
                    if (closedBefore(quotedTo) && keys.subList(nameTo, quotedTo).stream().allMatch(this::outletWord)) {
                        Registry.Found known = registry.outletAtStart(keys.subList(nameTo, quotedTo));
                        Registry.Entry entry = known != null && known.to() == quotedTo - nameTo ? known.entry() : null;
                        return new Phrase(Who.OUTLET, at, outletEnd(quotedTo, limit), nameTo, quotedTo, entry, cue);
                    }
                }
            }
            return nameTo == nameFrom ? null : new Phrase(Who.OUTLET, at, outletEnd(nameTo, limit), nameFrom, nameTo, null, cue);
        }

        /**
         * A profession and the person named after it ("محامي الدفاع محمد اورانغزيب"، "شرطي المرور حسن محمد"): only when a
         * given name or a registry name starts the name, or the name is evidently one, since a profession is as often a plain
         * noun ("الصحافي القتيل").
         */
        private Phrase professional(int at, int limit) {
            Phrase phrase = titled(at, limit);
            if (phrase.who() != Who.PERSON) {
                return null;
            }
            int from = phrase.nameFrom();
            int to = phrase.nameTo();
            // or a name of two words that what is said follows at once ("مالك النادي هيروشي ميكيتاني: ...") or that commas
            // set off ("الصحفي الإسباني، إدواردو إندا، ضمن برنامج")
            // or a name of two words followed by the outlet told ("المهاجم الأرجنتيني غونزالو إغوايين لقناة ...")
            boolean evident = to - from > 1 && (opensContent(from, to) || onlyCommaBefore(from) && to < tokens.size() && onlyCommaBefore(to)
                    || to < limit && toldOutletAt(to, limit));
            return phrase.entry() != null || personalName(from) || evident ? phrase : null;
        }

        /** A given name that starts a name at token {@code at}: no name that is also a function word ("علي"). */
        boolean personalName(int at) {
            return at < tokens.size() && RULES.isGivenName(keys.get(at)) && !RULES.isAmbiguousName(keys.get(at));
        }

        /** A title, the rest of the role ("وزير الخارجية التركي"، "الناطق باسم وزارة الصحة في غزة") and the name after it, if any. */
        private Phrase titled(int at, int limit) {
            // "قال أمير حاتمي، وزير الدفاع": a curated name whose first word is also an indefinite title is the name; "وزير
            // الخارجية", a title and its genitive that the registry wrongly holds as a name, is not, nor "الملك X" (a title)
            Phrase named = keys.get(at).startsWith("ال") || at + 1 < limit && keys.get(at + 1).startsWith("ال") ? null : curatedName(at, limit);
            if (named != null) {
                return named;
            }
            int i = at + 1;
            boolean construct = !definite(keys.get(at)) && !RULES.isTitleWithPronoun(keys.get(at));
            if (RULES.isCorrespondent(keys.get(at)) && at + 1 < limit && !breakBefore(at + 1)) {
                // "مراسل وكالة فرانس برس إلى أن": the agency reports, no person named "برس"; "مراسل بي بي سي، هارون رشيد" names one
                Phrase outlet = outletOrNull(at + 1);
                int after = outlet == null ? limit : outlet.to();
                // after a comma a word that is no name goes on the sentence ("مراسلة لفرانس برس، في المحكمة أن"), as a participle does
                if (outlet != null && outlet.who() == Who.OUTLET && after <= limit && (after == limit || breakBefore(after) && !onlyCommaBefore(after)
                        || onlyCommaBefore(after) && RULES.isNotName(keys.get(after)) || RULES.isParticiple(keys.get(after))
                        || RULES.isComplementizer(keys.get(after)) || RULES.isComplement(keys.get(after)) || RULES.fillerAt(keys, after) > 0)) {
                    return outlet;
                }
                if (outlet != null && outlet.who() == Who.OUTLET) {
                    // "مراسلة فرانس 24 في بيروت ليلى عودة": the outlet's name, whole, is the role's; its words are no name
                    i = after;
                    construct = false;
                }
            }
            int reopened = -1;
            boolean spokesmanOf = false; // after باسم, in a chain of indefinite nouns that a definite one closes
            while (i < limit) {
                if (breakBefore(i) && i != reopened) {
                    int after = afterBrackets(i, limit);
                    if (after < 0) {
                        break;
                    }
                    i = reopened = after; // "المتحدث باسم مهمة قوات (ناتو) في أفغانستان مارتن أودونل": an acronym in brackets
                    continue;
                }
                String key = keys.get(i);
                if (RULES.isGivenName(key) || RULES.isComplementizer(key) || RULES.isRelative(key) || toldHere(i, limit)) {
                    // "ألكسندر" starts the name, though it starts like a word with "ال"; "قال موظف إنه أصيب": what is said starts;
                    // "قائد في التحالف الذي يدعم الرئيس X": a relative clause ends the role, and who is named in it does not speak
                    break;
                } else if (RULES.isTitle(key)) {
                    // titles in a row: "نائب رئيس شرطة دبي" goes on in construct; after "الميجر جنرال" a name comes
                    construct = !definite(key) && !definite(keys.get(i - 1));
                    i++;
                } else if ((key.equals("في") || key.equals("لدي") || key.equals("عن") && i + 1 < limit && definite(keys.get(i + 1)))
                        && i + 1 < limit && !breakBefore(i + 1) && qualifies(keys.get(i + 1))) {
                    i += 2; // "في غزة", "لدى بريطانيا", "المسؤولة عن الصحة العامة"
                } else if (prepositional(key) && key.startsWith("بال") && !RULES.isNotName(key)) {
                    construct = false;
                    i++; // "السفيرة الأميركية بالأمم المتحدة"
                } else if (key.equals("الي")) {
                    // "الموفد الروسي إلى سوريا" (before the words with "ال": "إلى" is one); "وأشار أمير الكويت إلى أن": the verb's complement
                    if (i + 1 >= limit || breakBefore(i + 1) || RULES.stateAt(keys, i + 1) == 0) {
                        break;
                    }
                    i += 1 + RULES.stateAt(keys, i + 1);
                } else if (key.startsWith("ال") || key.startsWith("وال") || key.startsWith("لل") || key.equals("باسم") || key.length() > 3 && key.charAt(0) == 'ل'
                        && (RULES.isBody(key.substring(1)) || RULES.isTitle(key.substring(1)))) {
                    // "رئيس المكتب السياسي لحركة حماس": after ل and an indefinite body its name follows
                    construct = key.charAt(0) == 'ل' && !key.startsWith("لل") && RULES.isBody(key.substring(1)) && !definite(key.substring(1));
                    spokesmanOf = key.equals("باسم");
                    i++;
                } else if (key.length() > 3 && key.charAt(0) == 'ل' && i + 1 < limit && keys.get(i + 1).startsWith("ال")
                        && !breakBefore(i + 1)) {
                    i += 2; // "وزير الدولة لشؤون الإعلام"
                } else if (RULES.isRoleAdverb(key)) {
                    i++; // "رئيس الوزراء المنتخب حديثا، مهاتير محمد": the name follows the adverb
                } else if (construct && RULES.stateAt(keys, i) > 0) {
                    i += RULES.stateAt(keys, i); // "رئيسة وزراء نيوزيلندا": a state after a construct completes the role
                    construct = false;
                } else if (construct || spokesmanOf) {
                    // "رئيس فريق الإنقاذ", "نائب رئيس شرطة دبي"; after باسم a chain of indefinite nouns ("باسم مهمة قوات ...",
                    // "باسم إدارة إنفاذ قوانين الهجرة"); "وزير خارجية قطر"، "رئيس وزراء إسبانيا": an indefinite genitive is
                    // itself in construct with a state after it
                    spokesmanOf = spokesmanOf && RULES.isCommonWord(key);
                    construct = RULES.headsSource(key) || spokesmanOf
                            || !definite(key) && i + 1 < limit && !breakBefore(i + 1) && RULES.stateAt(keys, i + 1) > 0;
                    i++;
                } else {
                    break;
                }
            }
            boolean separated = i < limit && breakBefore(i) && !onlyCommaBefore(i); // a comma may stand before the name
            if (!separated && i + 1 < limit && !breakBefore(i + 1) && isNisba(keys.get(i)) && keys.get(i).startsWith("ال") && personalName(i + 1)) {
                i++; // "رئيس النادي الباريسي، القطري ناصر الخليفي": the nationality before a given name is the role's
            }
            if (!separated) {
                i = foreignNameStart(i, limit);
            }
            int nameFrom = i;
            int nameTo = i;
            while (!separated && nameTo < limit && nameWords(nameFrom, nameTo) < MAX_NAME_TOKENS && (nameTo == nameFrom || !breakBefore(nameTo))
                    && (nameable(keys.get(nameTo)) || lastNameWord(nameFrom, nameTo, limit) || afterLink(nameFrom, nameTo)
                            || firstNameWord(nameFrom, nameTo, limit))
                    && continuesName(nameFrom, nameTo)
                    && !toldOutletAt(nameTo, limit)) {
                nameTo++;
            }
            nameTo = registeredNameEnd(nameFrom, beforeObject(nameFrom, nameTo), limit);
            if (nameTo == nameFrom && !separated && nameFrom < limit) {
                // "المرشد الأعلى الإيراني علي خامنئي": after a title, a registry name whose first word is also a function word
                Registry.Found first = registry.speakerWithin(keys.subList(nameFrom, Math.min(limit, nameFrom + MAX_NAME_TOKENS)));
                nameTo = first != null && first.from() == 0 ? nameFrom + first.to() : nameTo;
            }
            if (nameTo > nameFrom && onlyCommaBefore(nameFrom) && !(nameTo == limit || breakBefore(nameTo) || RULES.isNotName(keys.get(nameTo))
                    || opensContent(nameFrom, nameTo) || toldOutletAt(nameTo, limit))) {
                nameTo = nameFrom; // "مرسوم صادر عن الرئيس التركي، تقرر زيادة ...": a name set off by a comma ends clearly
            }
            Registry.Found known = nameTo == nameFrom ? null : registry.speakerWithin(keys.subList(nameFrom, nameTo));
            known = known != null && surnameOfAnother(known, nameFrom) ? null : known;
            if (startsKnownName(known) && nameFrom + known.to() < nameTo && RULES.isCommonWord(keys.get(nameFrom + known.to()))) {
                nameTo = nameFrom + known.to(); // "نظيره الإيراني جواد ظريف قرار المملكة": a common word after a registry name is the verb's object
            }
            if (!separated && known == null && nameTo < limit && !breakBefore(nameTo) && RULES.isTitle(keys.get(nameTo))
                    && nameWords(nameFrom, nameTo) <= 2 && !personalName(nameFrom)) {
                // "قائد اللواء الأول حرس حدود العميد هيكل حنتف": words before a second title belong to the role; a given name
                // starts a name whose apposition the second title is ("العميد حسين دهقان وزير الدفاع السابق مستشار المرشد علي خامنئي")
                Phrase ranked = titled(nameTo, limit);
                if (ranked.who() == Who.PERSON) {
                    return new Phrase(Who.PERSON, at, ranked.to(), ranked.nameFrom(), ranked.nameTo(), ranked.entry(), null);
                }
            }
            if (nameTo == nameFrom || verbalNoun(keys.get(nameFrom)) && !startsKnownName(known)) {
                int end = roleEnd(at, i);
                return new Phrase(Who.ANONYMOUS, at, end, end, end, null, null); // a role without a name ("ناطق باسم المغني تأكيد النبأ")
            }
            return new Phrase(Who.PERSON, at, nameTo, nameFrom, nameTo, known == null ? null : known.entry(), null);
        }

        /**
         * "المتحدثة باسم الإدارة داني بينيت": a registry person's surname alone, after a given name that none of their aliases
         * starts with ("نفتالي بينيت"), names someone else of that surname; "دونالد جون ترامب" is still Donald Trump.
         */
        private boolean surnameOfAnother(Registry.Found known, int nameFrom) {
            int surname = nameFrom + known.from();
            if (known.from() == 0 || known.to() - known.from() != 1 || keys.get(surname - 1).startsWith("ال")) {
                return false;
            }
            Registry.Found firstAndLast = registry.speakerWithin(List.of(keys.get(nameFrom), keys.get(surname)));
            return firstAndLast == null || firstAndLast.from() != 0 || firstAndLast.entry().id() != known.entry().id();
        }

        /**
         * Where a role with no name after it ends: after an adjective of relation ("وزير الخارجية الإيراني") a definite
         * noun is the verb's object ("الدول الأوروبية"), unless it too is an adjective ("الأمريكي السابق").
         */
        private int roleEnd(int at, int to) {
            for (int k = at + 2; k < to; k++) {
                String key = keys.get(k);
                if (isNisba(keys.get(k - 1)) && keys.get(k - 1).startsWith("ال") && key.startsWith("ال") && !isNisba(key)
                        && !RULES.isRoleAdjective(key)) {
                    return k;
                }
            }
            return to;
        }

        /**
         * "حارس باريس سان جرمان ألفونس أريولا": where a name starts when the words of a role run on into it (a club, a
         * place): at a foreign given name within four words, which no Arabic name chain has as a father's name. The name
         * starts at {@code at} when it is a given name or a registry name itself.
         */
        private int foreignNameStart(int at, int limit) {
            if (at >= limit || personalName(at) || registry.speakerWithin(keys.subList(at, Math.min(limit, at + MAX_NAME_TOKENS))) != null) {
                return at;
            }
            for (int k = at + 1; k < limit && k <= at + 4 && !breakBefore(k) && nameable(keys.get(k - 1)); k++) {
                if (RULES.isForeignGivenName(keys.get(k)) && !RULES.linksName(keys.get(k - 1)) && k + 1 < limit && !breakBefore(k + 1)
                        && nameable(keys.get(k + 1))) {
                    return k;
                }
            }
            return at;
        }

        /** "(ناتو)" inside a role: the token after the closing bracket when token {@code at} opens one word or two in brackets, else -1. */
        private int afterBrackets(int at, int limit) {
            if (!gap(at).strip().equals("(")) {
                return -1;
            }
            for (int k = at + 1; k < limit && k <= at + 2; k++) {
                if (breakBefore(k)) {
                    return gap(k).strip().equals(")") ? k : -1;
                }
            }
            return -1;
        }

        /** "مون جاي إن": where a registry name that starts at {@code from} ends, when it goes on past {@code to} (here at a function word). */
        private int registeredNameEnd(int from, int to, int limit) {
            Registry.Found known = to == from ? null : registry.speakerWithin(keys.subList(from, Math.min(limit, from + MAX_NAME_TOKENS)));
            return known != null && known.from() == 0 && from + known.to() > to ? from + known.to() : to;
        }

        /** A registry name starts the words: "ترامب" has the shape of a verbal noun (تفاعل) but names a person. */
        private static boolean startsKnownName(Registry.Found known) {
            return known != null && known.from() == 0;
        }

        /** A name without a title: up to four words before a clear end, else one ("ونفى بومبيو اطلاعه"). */
        private Phrase untitled(int at, int limit) {
            int to = at;
            boolean ambiguousFirst = RULES.isAmbiguousName(keys.get(at)) && at + 1 < limit && !breakBefore(at + 1)
                    && (personalName(at + 1) || rareWord(keys.get(at + 1)) && nameable(keys.get(at + 1)));
            while (to < limit && nameWords(at, to) < MAX_NAME_TOKENS && (to == at || !breakBefore(to))
                    && (nameable(keys.get(to)) || lastNameWord(at, to, limit) || afterLink(at, to) || to == at && ambiguousFirst)
                    && continuesName(at, to) && !toldOutletAt(to, limit)) {
                to++;
            }
            if (ambiguousFirst && to - at > 1 && !(to == limit || breakBefore(to) || RULES.isComplementizer(keys.get(to)) || toldOutletAt(to, limit))) {
                return null; // "أكد على حسن سير العمل": "علي" starts a name only when the name ends clearly ("وقال علي حسن: ...")
            }
            to = registeredNameEnd(at, to, limit);
            Registry.Found known = to == at ? null : registry.speakerWithin(keys.subList(at, to));
            if (to == at || verbalNoun(keys.get(at)) && !startsKnownName(known)) {
                return null; // "أعلن انطلاق ...": the verb's object, not its subject
            }
            for (int k = at + 1; k < to - 1; k++) {
                if (keys.get(k).startsWith("ال") && !RULES.linksName(keys.get(k - 1))
                        && !(k == to - 2 && rareWord(keys.get(to - 1)) && clearEndAfter(to - 1))) { // "القرة داغي": one surname
                    to = k; // "عناصر التحقيق الأولى": a definite word inside is a genitive, not a name; a surname ends one
                }
            }
            known = known != null && known.to() <= to - at ? known : registry.speakerWithin(keys.subList(at, to));
            if (startsKnownName(known)) {
                return new Phrase(Who.PERSON, at, at + known.to(), at, at + known.to(), known.entry(), null);
            }
            to = beforeObject(at, to);
            if (carriesPronoun(keys.get(at))) {
                return null; // "طاقته الاستيعابية": a noun with a pronoun is no name
            }
            if (keys.get(at).startsWith("ال") && !RULES.isGivenName(keys.get(at))) {
                to = at + 1; // "أكد المعيوف قيام الهيئة": a name with "ال" is a surname of one word ("ألكسندر" is a given name)
            }
            String first = keys.get(at);
            // a rare word in ا right before a colon is a name ("وتابع مارادونا: ..."), not one of the shape فاعلا ("وقال ساخرا:")
            boolean namedBeforeColon = to - at == 1 && to < tokens.size() && !RULES.isCommonWord(first) && !accusative(first)
                    && gap(to).strip().startsWith(":");
            if (first.endsWith("ا") && (to - at == 1 || accusative(first)) && !personalName(at) && !namedBeforeColon || prepositional(first)
                    || first.startsWith("لل")) {
                return null; // "جزءا", "بالاحتمال", "للسياسات": an accusative or a prepositional phrase, not a name ("يوليا" is one)
            }
            return new Phrase(Who.PERSON, at, to, at, to, null, null);
        }

        /**
         * A source that is not a person or outlet: its head word and what qualifies it ("مصدر في
         * الإدارة الأمريكية"، "وزارة الصحة في غزة"، "منظمة "أنقذوا الأطفال" الخيرية"). A state is its name alone.
         */
        private Phrase source(Who who, int at, int limit) {
            int state = RULES.stateAt(keys, at);
            if (state > 0) {
                int to = adjectives(at + state, limit); // "الولايات المتحدة الأمريكية"
                return new Phrase(who, at, to, at, to, null, null);
            }
            int i = at + 1;
            if (i < limit && quoteBefore(i) && !definite(keys.get(at))) { // "البيان "...": a definite head is complete, the quote is content
                while (i < limit && i - at < MAX_SOURCE_TOKENS && !closingQuoteBefore(i + 1 == limit ? i : i + 1)) {
                    i++;
                }
                i = Math.min(limit, i + 1);
                // منظمة "أنقذوا الأطفال" الخيرية: named by what is quoted
                return new Phrase(who, at, adjectives(i, limit), at + 1, i, null, null);
            }
            boolean definite = definite(keys.get(at));
            boolean adjectives = false; // after an indefinite adjective ("مسؤول إعلامي") a definite noun is no longer part of it
            while (i < limit && i - at < MAX_SOURCE_TOKENS && !breakBefore(i)) {
                String key = keys.get(i);
                if (i == at + 1 && (key.equals("علي") || key.equals("من")) && keys.get(at).endsWith("ون") && i + 1 < limit
                        && !breakBefore(i + 1) && keys.get(i + 1).startsWith("ال") && !RULES.isNotName(keys.get(i + 1))) {
                    i += 2; // "الموقعون على الرسالة"، "الناجون من الحادث": a plural participle and its complement
                    i = adjectives(i, limit);
                    break;
                }
                if (i == at + 1 && (key.equals("علي") || key.equals("من")) && definite(keys.get(at)) && keys.get(at).endsWith("ون")
                        && i + 3 < limit && !breakBefore(i + 1) && nameable(keys.get(i + 1)) && !breakBefore(i + 2) && !breakBefore(i + 3)
                        && nameable(keys.get(i + 2)) && keys.get(i + 3).startsWith("ال") && !RULES.isNotName(keys.get(i + 3))) {
                    i += 4; // "الناجون من حادث إطلاق النار": an indefinite noun and its genitive chain
                    break;
                }
                if ((key.equals("من") || key.equals("علي") || key.equals("عن")) && i - 1 > at && i + 1 < limit && !breakBefore(i + 1)
                        && keys.get(i - 1).length() > 3 && keys.get(i - 1).charAt(0) == 'م' && !definite(keys.get(i - 1))
                        && keys.get(i + 1).startsWith("ال") && !RULES.isNotName(keys.get(i + 1))) {
                    // "مصادر مقربة من الحكومة"، "شخص مطلع على الترتيبات"، "مجموعات مدافعة عن الحقوق المدنية": an indefinite
                    // participle and its complement
                    i = adjectives(i + 2, limit);
                    break;
                }
                if (RULES.isNotName(key) && !key.equals("في") || RULES.isSpeechVerb(key) || RULES.isParticiple(key) || pluralVerb(key)
                        || toldHere(i, limit) || i == at + 1 && RULES.isReportNoun(keys.get(at)) && outletOfNounAt(i)) {
                    // "وأشار تقرير لوكالة رويترز إلى أن": the report ends before the outlet, which is then cited as the one told
                    break; // "باحثون درسوا الحالة": a verb in ـوا starts a clause of its own; "مسؤول لقناة الجزيرة إن": told
                }
                boolean byAn = i + 2 < limit && keys.get(i + 1).equals("عن") && !breakBefore(i + 1);
                if (who == Who.DOCUMENT && RULES.isIssuedBy(key) && (byAn || i + 1 < limit && !breakBefore(i + 1) && hasPronounSuffix(key))) {
                    // "بيان صادر عن وزير الخارجية الأمريكي مايك بومبيو"، "بيان أصدرته وزارة الخارجية"
                    Phrase issuer = read(byAn ? i + 2 : i + 1, limit);
                    if (issuer != null) {
                        i = issuer.to();
                        break;
                    }
                }
                if (key.equals("في") && i + 1 < limit && !breakBefore(i + 1) && qualifies(keys.get(i + 1))) {
                    i += 2;
                    String place = keys.get(i - 1);
                    if (i < limit && !breakBefore(i) && !definite(place) && !isNisba(place) && RULES.stateAt(keys, i - 1) == 0
                            && nameable(keys.get(i)) && !isNisba(keys.get(i)) && (RULES.isBody(place) || keys.get(i).startsWith("ال"))) {
                        // "مسؤول في إدارة ترامب"، "مصدر طبي في مدينة الموصل": an indefinite noun after في takes its genitive (a body
                        // any, another a definite one); a state takes none
                        i++;
                    }
                    // "مصدر في الإدارة الأمريكية": after the place only its adjectives, no new genitive ("المزاعم")
                    while (i < limit && !breakBefore(i) && isNisba(keys.get(i)) && keys.get(i).startsWith("ال")) {
                        i++;
                    }
                    break;
                } else if (key.startsWith("وال") && i - 1 > at && !definite(keys.get(at)) && keys.get(i - 1).startsWith("ال")
                        && i + 1 < limit && !breakBefore(i + 1) && (keys.get(i + 1).startsWith("لل") || keys.get(i + 1).startsWith("ال"))) {
                    i++; // "منظمة الأغذية والزراعة للأمم المتحدة": two genitives joined by و inside one name
                } else if (key.startsWith("وال") && keys.get(i - 1).startsWith("لل")) {
                    i++; // "القيادة العامة للجيش والقوات المسلحة": a second genitive of the same ل
                } else if (isNisba(key) && key.startsWith("ال") == definite || isLatin(key) || key.equals("باسم")
                        || keys.get(i - 1).equals("باسم") || key.startsWith("ال") && !adjectives && !(i == at + 1 && withNun(keys.get(at)))
                                // "الشرطة الفيدرالية الألمانية المداهمات": a definite adjective ends the construct, the noun after it is the
                                // verb's object, but for the adjectives that go on one ("حركة الشباب الإسلامية المتشددة")
                                && !(i - 1 > at && keys.get(i - 1).startsWith("ال") && isNisba(keys.get(i - 1)) && !isNisba(key)
                                        && !RULES.isRoleAdjective(key))
                        || key.startsWith("لل")
                        || i == at + 1 && !definite && qualifies(key) && !soundPluralWithNun(keys.get(at)) // "دبلوماسيون أفقا": no genitive after ون
                        || who == Who.INSTITUTION && !definite && i > at + 1 && foreignWord(keys.get(i - 1)) && foreignWord(key)) {
                    // "منظمة هيومن رايتس ووتش": a name in foreign words, none of them an Arabic common word, goes on word by word
                    adjectives |= !key.startsWith("ال") && isNisba(key) || isLatin(key); // "الصحافيين", "الداخلية" are nouns of the genitive
                    // after a name in Latin letters only adjectives follow ("Rights Watch النشطة في ..." ends at Watch)
                    definite |= key.startsWith("ال") && !adjectives; // "نقابة الصحافيين الفلسطينيين": the genitive makes it definite
                    i++;
                } else if (i - 2 > at && keys.get(i - 2).equals("باسم") && RULES.isBody(keys.get(i - 1))
                        && (RULES.stateAt(keys, i) > 0 || nameable(key) && !isNisba(key) && !key.startsWith("ال"))) {
                    // "متحدث باسم حكومة كينيا"، "... حكومة سريلانكا": an indefinite body after باسم takes the state or name after it
                    i += Math.max(1, RULES.stateAt(keys, i));
                    break;
                } else if (key.length() > 3 && key.charAt(0) == 'ل' && !outletCueAt(i, limit) && (RULES.isBody(key.substring(1))
                        || i + 1 < limit && keys.get(i + 1).startsWith("ال") && !breakBefore(i + 1))) {
                    // "لوكالة ..." is the outlet the source told, not part of it
                    i += RULES.isBody(key.substring(1)) ? 1 : 2; // "لوزارة الدفاع", "المرصد السوري لحقوق الإنسان"
                    adjectives = false; // "موقع إخباري لحركة الشباب": the body takes its genitive after an adjective too
                } else {
                    break;
                }
            }
            return new Phrase(who, at, i, at, i, null, null);
        }

        /**
         * "إصلاحي" (of "إصلاح"), "تلفزيونية": an adjective of relation made from a common word, and no name of several
         * words or with a number after it ("عربي 21").
         */
        private boolean commonNisba(int at) {
            String key = keys.get(at);
            String base = key.endsWith("يه") ? key.substring(0, key.length() - 2) : key.substring(0, key.length() - 1);
            boolean more = at + 1 < tokens.size() && !breakBefore(at + 1) && (keys.get(at + 1).chars().allMatch(Character::isDigit)
                    || registry.outletAtStart(keys.subList(at, Math.min(tokens.size(), at + 8))) != null);
            return isNisba(key) && !key.startsWith("ال") && base.length() > 2 && RULES.isCommonWord(base) && !more;
        }

        /** A word of a foreign name written in Arabic letters: no common word, no word with "ال", and nameable ("هيومن"، "رايتس"). */
        private boolean foreignWord(String key) {
            return !key.startsWith("ال") && !RULES.isCommonWord(key) && nameable(key);
        }

        /** A word that can qualify a source: a place, a body, a name ("في أفغانستان", "في الإدارة"), not a document ("في بيانهما") or time. */
        private boolean qualifies(String key) {
            return !RULES.isNotName(key) && !RULES.isDocument(key) && !RULES.isDocument(withoutPronoun(key)) && !RULES.isSpeechVerb(key) && RULES.fillerAt(List.of(key), 0) == 0;
        }

        /** Where an outlet named up to {@code from} ends: its adjectives and a closing word ("وكالة الأناضول التركية للأنباء"). */
        private int outletEnd(int from, int limit) {
            int to = adjectives(from, limit);
            return to < limit && !breakBefore(to) && RULES.isOutletTail(keys.get(to)) ? to + 1 : to;
        }

        /** {@code from} plus the adjectives right after it ("البريطانية", "الرسمي السوري"). */
        private int adjectives(int from, int limit) {
            while (from < limit && (!breakBefore(from) || onlyQuotesBefore(from))) {
                // "شبه الرسمية": a qualified adjective
                int at = RULES.modifiesAdjective(keys.get(from)) && from + 1 < limit && !breakBefore(from + 1) ? from + 1 : from;
                if (!isNisba(keys.get(at)) || !keys.get(at).startsWith("ال") || RULES.isNotName(keys.get(at))) { // "التي" is no adjective
                    break;
                }
                from = at + 1;
            }
            return from;
        }

        /**
         * Where a name in [from, to) ends before the verb's object: "ونفى بومبيو اطلاعه على"، and a
         * construct with a pronoun, "مايك بومبيو حلفاء بلاده".
         */
        private int beforeObject(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                // "أبو ارتيمة"، "جهاد شوامرة" end in ة (ه once normalised), no pronoun
                // (a feminine common noun is no name's word: "هوغو لوريس مباراة سهلة")
                // "محاميه سيفاراسا راسياه: ...": nor is a rare word, rare without its ه too, right before a clear end
                boolean lastRare = k == to - 1 && rareWord(keys.get(k)) && rareWord(withoutPronoun(keys.get(k))) && clearEndAfter(k);
                if (hasPronounSuffix(keys.get(k)) && !RULES.linksName(keys.get(k - 1)) && !(taMarbuta(k) && rareWord(keys.get(k))) && !lastRare) {
                    return k - 1 > from + 1 ? k - 1 : k;
                }
            }
            return to;
        }

        /** No common word, nor one with a preposition or conjunction before a common word ("بعودة"، "بأغنية"; "بنسودة" is a name). */
        private boolean rareWord(String key) {
            return !RULES.isCommonWord(key) && !("بلكفو".indexOf(key.charAt(0)) >= 0 && RULES.isCommonWord(key.substring(1)));
        }

        /** The word at token {@code k} is written with a final ة, which normalising makes ه like a pronoun. */
        private boolean taMarbuta(int k) {
            String written = text.originalOf(tokens.get(k).start(), tokens.get(k).end()).strip();
            return !written.isEmpty() && written.charAt(written.length() - 1) == 'ة';
        }

        /**
         * Whether token {@code at} goes on the name that starts at {@code from}: not after a surname
         * with "ال" ("حيدر العبادي حرق ..."), not an accusative ("فائزا"، "مرارا" after two words)
         * or a long verbal noun ("دونالد ترامب انسحاب"; "ترامب" has the shape of a short one).
         */
        private boolean continuesName(int from, int at) {
            if (at == from || RULES.linksName(keys.get(at - 1))) {
                return true; // after "أبو"، "بن"، "آل" the word is a name's part, whatever its shape ("أبو ارتيمة"، "آل الشيخ")
            }
            String key = keys.get(at);
            String previous = keys.get(at - 1);
            boolean afterSurname = previous.startsWith("ال") && !previous.equals("الله") && !RULES.isGivenName(previous) // "عطا الله خوجاني"، "ألكسندر لافرنتييف"
                    && !(at - 2 >= from && RULES.linksName(keys.get(at - 2))) && !RULES.linksName(key)
                    && !RULES.linksName(previous); // "عبدالله آل الشيخ": آل is written ال once normalised
            // "فائزا"، "مرارا" after two words is an accusative, "كارمن ماريا مشادا إنه" a name's last word before a clear end
            // "سامي ناصر المستشفى"، "سامي ناصر إغلاق": after two words of a name a definite common word or a verbal noun
            // إفعال that is a common word is the verb's object, no surname ("أسماء" and "إكرام" are names only first)
            boolean object = nameWords(from, at) >= 2 && RULES.isCommonWord(key) && (key.startsWith("ال") || ifal(key))
                    || key.startsWith("ال") && key.length() > 7 && verbalNoun(key.substring(2)); // "محسود الاعتراف"
            boolean role = nameWords(from, at) >= 2 && RULES.isProfession(key); // "ألكسندر بارا-بروغيير محامي ...": its apposition
            // "علي القرة داغي، ...": a rare word right before a clear end is the second word of a surname with "ال"
            boolean compoundSurname = afterSurname && nameWords(from, at) == 2 && rareWord(key) && nameable(key) && clearEndAfter(at);
            // "كما نشر راشد صورة لسفير ...": a common noun written with ة is the verb's object ("أسامة" is a given name)
            boolean feminineNoun = !key.startsWith("ال") && RULES.isCommonWord(key) && !RULES.isGivenName(key) && taMarbuta(at);
            // "أشاد جون سميث بجهود ...": after two words of a name, ب and a common word is the verb's complement; so it is after
            // one word that is no given name ("وطالب يلدرم بعقد قمة"), where a surname could start with ب ("جون بيرد"), unless
            // the word starts with با as names written from Latin do ("القاضي غرانت باول")
            boolean complement = (nameWords(from, at) >= 2 || !RULES.isGivenName(keys.get(from)) && key.charAt(1) != 'ا') && RULES.isCommonWordBehind("ب", key);
            return (!afterSurname || compoundSurname) && !object && !role && !feminineNoun && !complement && !accusative(key) && !(key.length() > 5 && verbalNoun(key))
                    && !(at - from >= 2 && key.endsWith("ا") && !clearEndAfter(at));
        }

        /** Whether the word at {@code at} is the last before a clear end: punctuation, a complementizer, a name end, the sentence's end. */
        private boolean clearEndAfter(int at) {
            int next = at + 1;
            return next >= tokens.size() || breakBefore(next) || RULES.isComplementizer(keys.get(next)) || RULES.endsName(keys.get(next));
        }

        /** The words of a name in [from, to), not counting the words that join its parts ("محمد بن نواف بن عبد العزيز" is 4). */
        private int nameWords(int from, int to) {
            int words = to - from;
            for (int k = from; k < to; k++) {
                words -= RULES.linksName(keys.get(k)) ? 1 : 0;
            }
            return words;
        }

        /** A word can be part of a name: not a function word, verb, cue or head of another kind of source. */
        private boolean nameable(String key) {
            return key.length() > 1 && !RULES.isNotName(key) && !RULES.isNotName(withoutPronoun(key))
                    && !("بلك".indexOf(key.charAt(0)) >= 0 && (verbalNoun(key.substring(1)) || ifal(key.substring(1)))) // "باستياء"، "باتخاذ"
                    && RULES.sourceCueAt(List.of(key), 0) == 0 && !prepositional(key) && !key.startsWith("لل")
                    && !(key.length() > 3 && key.charAt(0) == 'ل' && RULES.headsSource(key.substring(1))) // "صورة لسفير ميانمار"
                    && !(key.charAt(0) == 'ل' && registry.outletAtStart(List.of(key)) != null) && !RULES.isSpeechVerb(key) && !RULES.isParticiple(key) && !RULES.headsSource(key)
                    && RULES.outletCue(key) == null && !RULES.endsName(key) && !key.chars().allMatch(Character::isDigit)
                    && RULES.fillerAt(List.of(key), 0) == 0
                    && !RULES.isConjoinedTitle(key); // "مع العاهل الأردني وأمير الكويت": a second person's title, no name
        }

        /** "محسن علي لفرانس برس": a name that is also a function word ends the name at {@code at}, right before a clear end. */
        private boolean lastNameWord(int from, int at, int limit) {
            if (at == from || !RULES.isAmbiguousName(keys.get(at))) {
                return false;
            }
            if (RULES.linksName(keys.get(at - 1))) {
                return true; // "بن علي يلديريم"
            }
            int next = at + 1;
            return next >= limit || breakBefore(next) && !quoteBefore(next) || toldOutletAt(next, limit);
        }

        /**
         * "رئيس المجلس علي العبوس": after a title, a name that is also a function word starts the name when a
         * surname with "ال" that is no common word follows ("الوزير على الفور" is no name); "رئيس الوزراء، شاهد خاقان
         * عباسي": so does the head of an anonymous source before a word that is neither definite nor common.
         */
        private boolean firstNameWord(int from, int at, int limit) {
            if (at != from || at + 1 >= limit || breakBefore(at + 1)) {
                return false;
            }
            String next = keys.get(at + 1);
            boolean rareNext = !RULES.isCommonWord(next) && nameable(next);
            return RULES.isAmbiguousName(keys.get(at)) && next.startsWith("ال") && rareNext
                    || RULES.isAnonymous(keys.get(at)) && !next.startsWith("ال") && rareNext;
        }

        /** A word right after a name link inside a name ("آل الشيخ"، "أبو الغيط"): part of it even when it is a title or a particle. */
        private boolean afterLink(int from, int at) {
            return at > from && RULES.linksName(keys.get(at - 1));
        }

        /** "لفرانس برس"، "لوكالة ...": the outlet a speaker told starts at {@code at}, and so no name goes on there. */
        private boolean toldOutletAt(int at, int limit) {
            String key = keys.get(at);
            if (key.equals("ل") && at + 1 < limit) { // "لـ"فرانس برس"": the preposition written apart with a tatweel
                return outletAt(at + 1, limit);
            }
            return key.length() > 2 && key.charAt(0) == 'ل' && !key.startsWith("ال") && outletAt(at, limit);
        }

        /**
         * "قال مسؤول لقناة الجزيرة إن": the outlet at {@code at} is the one told, no genitive of the role before it, when what is
         * said, a filler or a break without a name after it follows the outlet ("... لوكالة الأناضول، الاثنين، إن"; not "المدير
         * العام لقناة الجزيرة ياسر ...").
         */
        private boolean toldHere(int at, int limit) {
            if (!toldOutletAt(at, limit)) {
                return false;
            }
            Phrase outlet = outlet(at);
            if (outlet == null || outlet.who() != Who.OUTLET) {
                return false;
            }
            int end = outlet.to();
            if (end >= limit || breakBefore(end) && !onlyCommaBefore(end)) {
                return true;
            }
            String next = keys.get(end);
            return RULES.isComplementizer(next) || RULES.fillerAt(keys, end) > 0 || onlyCommaBefore(end) && RULES.isNotName(next);
        }

        /** A curated registry name of two words or more starting at token {@code at} ("مهاتير محمد"), or null. */
        private Phrase curatedName(int at, int limit) {
            Registry.Found known = registry.curatedNameAt(keys.subList(0, limit), at);
            return known == null ? null : new Phrase(Who.PERSON, at, known.to(), at, known.to(), known.entry(), null);
        }

        /**
         * A named outlet after ل right after a noun, with no break between ("تقرير لوكالة رويترز"، "سؤال لقناة الجزيرة"), or
         * its genitive, named by a cue word ("افتتاحية صحيفة "فايننشال تايمز""، "تقرير وكالة الأناضول").
         */
        private boolean outletOfNounAt(int at) {
            return at < tokens.size() && !breakBefore(at) && (toldOutletAt(at, tokens.size()) || outletCueAt(at, tokens.size()))
                    && namedOutlet(outlet(at));
        }

        /** An outlet cue or a registry outlet starts at token {@code at}. */
        private boolean outletAt(int at, int limit) {
            return outletCueAt(at, limit) || registry.outletAtStart(keys.subList(at, Math.min(limit, at + 8))) != null;
        }

        /** An outlet cue of one word or two ("وكالة"، "لمركز أخبار") at token {@code at}. */
        private boolean outletCueAt(int at, int limit) {
            return RULES.outletCue(keys.get(at)) != null
                    || at + 1 < limit && !breakBefore(at + 1) && RULES.outletCue(keys.get(at) + " " + keys.get(at + 1)) != null;
        }

        /** Tokens [from, to) are Latin letters spelled in Arabic ("إي أس بي إن"), where "إن" is the letter, no complementizer. */
        private boolean spelledLetters(int from, int to) {
            return keys.subList(from, to).stream().allMatch(RULES::isSpelledLetter);
        }

        /** A word can be part of an outlet's name, places included ("موقع ليبيا الحدث"), not "التابعة" after it. */
        private boolean outletWord(String key) {
            return !RULES.isNotName(key) && !RULES.isSpeechVerb(key) && !RULES.isParticiple(key) && !RULES.endsName(key)
                    && !RULES.isOutletEpithet(key);
        }

        /** Where a name quoted from token {@code from} ends: at the closing quote, or after {@link #MAX_NAME_TOKENS} tokens. */
        private int quotedNameEnd(int from, int limit) {
            int to = from + 1;
            while (to < limit && to - from < MAX_NAME_TOKENS && !closingQuoteBefore(to)) {
                to++;
            }
            return to;
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
        private boolean datelineEnd(int i) {
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
        private boolean quoteBefore(int i) {
            String gap = i > 0 ? gap(i).strip() : "";
            return gap.length() == 1 && OPENING_QUOTES.indexOf(gap.charAt(0)) >= 0;
        }

        private boolean closingQuoteBefore(int i) {
            return gap(i).chars().anyMatch(c -> CLOSING_QUOTES.indexOf(c) >= 0);
        }

        /** A closing quote right after token {@code i - 1}, also after the sentence's last token ("... (سبوتنيك)."). */
        private boolean closedBefore(int i) {
            if (i < tokens.size()) {
                return closingQuoteBefore(i);
            }
            String rest = text.text.substring(tokens.get(i - 1).end()).strip();
            return !rest.isEmpty() && CLOSING_QUOTES.indexOf(rest.charAt(0)) >= 0;
        }

        /** Only quotation marks stand before token {@code i} ("شبكة "ميديا ست" الإيطالية"). */
        private boolean onlyQuotesBefore(int i) {
            String gap = gap(i).strip();
            return !gap.isEmpty() && gap.chars().allMatch(c -> OPENING_QUOTES.indexOf(c) >= 0 || CLOSING_QUOTES.indexOf(c) >= 0);
        }

        /** A closing quote and a comma: "وكانت صحيفة "وول ستريت جورنال"، أوردت". */
        private boolean quotesAndCommaBefore(int i) {
            String gap = gap(i).strip();
            return gap.length() > 1 && gap.chars().allMatch(c -> c == ',' || c == '،' || CLOSING_QUOTES.indexOf(c) >= 0 || Character.isWhitespace(c));
        }

        /**
         * A second outlet or body joined to one just read: "وكالة "أسوشيتد برس" وقناة "سكاي نيوز""، "برنامج
         * واجه الأمة الذي تبثه شبكة (سي.بي.إس)"; null when none follows.
         */
        Phrase conjoined(Phrase outlet) {
            int at = outlet.to();
            if (outlet.who() != Who.OUTLET && outlet.who() != Who.INSTITUTION || at >= tokens.size() || breakBefore(at) && !onlyQuotesBefore(at)) {
                return null;
            }
            String key = keys.get(at);
            if (outlet.who() == Who.INSTITUTION) { // "أعلنت سرايا القدس وكتائب عز الدين القسام": a second body
                return RULES.isConjoinedBody(key)
                        ? source(Who.INSTITUTION, at, tokens.size()) : null;
            }
            // "و"إن بي سي نيوز"": a registry outlet in quotes after a lone و
            boolean quotedKnown = key.equals("و") && at + 1 < tokens.size() && quoteBefore(at + 1)
                    && registry.outletAtStart(keys.subList(at + 1, Math.min(tokens.size(), at + 9))) != null;
            int from = key.length() > 3 && key.charAt(0) == 'و' && RULES.outletCue(key) != null ? at
                    : quotedKnown ? at + 1
                    : RULES.isRelative(key) && at + 2 < tokens.size() && RULES.outletCue(keys.get(at + 2)) != null ? at + 2 : -1;
            Phrase second = from < 0 ? null : outlet(from);
            return second != null && second.who() == Who.OUTLET && second.hasName() ? second : null;
        }

        /** Only a comma stands before token {@code i}, or a comma and the sign of a hashtag ("الرئيس الفلسطيني، #محمود_عباس،"). */
        private boolean onlyCommaBefore(int i) {
            String gap = gap(i).strip();
            gap = gap.endsWith("#") ? gap.substring(0, gap.length() - 1).strip() : gap;
            return gap.equals(",") || gap.equals("،");
        }

        /** A verb that opens a clause: first in the sentence or after punctuation, or with a conjunction ("وقال", "كما أكد"). */
        private boolean opensClause(int verb) {
            String key = keys.get(verb);
            boolean conjunction = (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && RULES.isSpeechVerb(key.substring(1));
            return verb == 0 || breakBefore(verb) || conjunction || RULES.opensClause(keys.get(verb - 1)) || afterOpeningFiller(verb);
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

        private String gap(int i) {
            return text.text.substring(tokens.get(i - 1).end(), tokens.get(i).start());
        }
    }

    private Attributions() {
    }

    /** Definite: "الصحيفة", also after a conjunction ("والصحيفة"). */
    private static boolean definite(String key) {
        return key.startsWith("ال") || key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && key.startsWith("ال", 1);
    }

    /**
     * A masculine sound plural in construct, of the participle shape مفعلو ("مؤيدو"، "ممثلو"، "منتقدو"),
     * before a definite genitive; names of that shape ("ماريو"، "مورينيو"، "موسكو") are left out.
     */
    private static boolean constructPlural(String key) {
        return key.length() >= 5 && key.charAt(0) == 'م' && key.charAt(1) != 'ا' && key.endsWith("و") && "يكا".indexOf(key.charAt(key.length() - 2)) < 0;
    }

    /**
     * "المحتجون"، "الناجون": a definite sound plural, which names a group; "القانون" ends so but is one thing. A
     * participle's plural starts with "الم"; another is a plural when its oblique form ("الناجين") is a common word.
     */
    private static boolean definitePlural(String key) {
        String word = key.startsWith("ال") ? key : key.substring(1);
        return word.length() >= 7 && word.endsWith("ون")
                && (word.startsWith("الم") || RULES.isCommonWord(word.substring(0, word.length() - 2) + "ين"));
    }

    /**
     * "مصرفيون"، "محللين"، "متظاهرون": an indefinite sound plural, a nisba's ("...يون") or one whose ين form is a common word,
     * with the article or without;
     * "ماكرون" and "جونسون" are neither.
     */
    private static boolean indefinitePlural(String key) {
        if (key.length() < 6 || !key.endsWith("ون") && !key.endsWith("ين") || key.startsWith("لل") || RULES.endsName(key)) {
            return false; // "وأضاف للصحفيين": told the press, no source
        }
        String stem = key.substring(0, key.length() - 2);
        // "متظاهرون": the plural is common with the article only ("المتظاهرين")
        return stem.endsWith("ي") || RULES.isCommonWord(stem + "ين") || RULES.isCommonWord("ال" + stem + "ين");
    }

    /** "المتظاهرون الحكومة": a sound plural that keeps its ن, definite or not, takes no genitive (the noun after it is an object). */
    private static boolean withNun(String key) {
        return key.length() > 5 && (key.endsWith("ون") || key.endsWith("ين"));
    }

    /** "دبلوماسيون"، "مسؤولين": a sound plural that keeps its ن, so it is no construct and takes no genitive noun. */
    private static boolean soundPluralWithNun(String key) {
        return key.length() > 5 && (key.endsWith("ون") || key.endsWith("ين")) && !key.startsWith("ال");
    }

    /** An adjective of relation: "العسكري"، "التركية"، "سعوديون". */
    static boolean isNisba(String key) {
        return key.length() > 3 && (key.endsWith("ي") || key.endsWith("يه") || key.endsWith("يون") || key.endsWith("يين"));
    }

    /** The word without an attached pronoun ("خلاله" -> "خلال", "عليها" -> "علي", "بيانهما" -> "بيان"), or the word itself. */
    private static String withoutPronoun(String key) {
        int n = key.length();
        return n > 5 && key.endsWith("هما") ? key.substring(0, n - 3) : n > 4 && (key.endsWith("ها") || key.endsWith("هم")) ? key.substring(0, n - 2) : n > 3 && key.endsWith("ه") ? key.substring(0, n - 1) : key;
    }

    /** "طاقته"، "حكومتها": a feminine noun (ة written ت) with a pronoun; names end in ة, never in ته. */
    private static boolean carriesPronoun(String key) {
        return key.length() > 4 && (key.endsWith("ته") || key.endsWith("تها") || key.endsWith("تهم"));
    }

    /** "أنه"، "إنها"، "بأنهم": a complementizer that carries the subject of its clause as a pronoun. */
    private static boolean complementizerWithPronoun(String key) {
        return RULES.isComplementizer(key) && (key.endsWith("ه") || key.endsWith("ها") || key.endsWith("هم"));
    }

    /** "اطلاعه", "موقفها": a noun with a possessive pronoun; "عبد الله" keeps its ه. */
    private static boolean hasPronounSuffix(String key) {
        return key.length() > 4 && !key.startsWith("ال") && (key.endsWith("ه") && !key.endsWith("الله") || key.endsWith("ها"));
    }

    /** "بالاحتمال"، "كالعادة": a preposition glued to a definite noun; "كالين" (Kalin) is too short to be one. */
    private static boolean prepositional(String key) {
        return key.length() > 5 && (key.startsWith("بال") || key.startsWith("كال"));
    }

    /** An indefinite accusative of the patterns فاعلا and مفعلا ("فائزا"، "معلقا"): a circumstance, never part of a name. */
    private static boolean accusative(String key) {
        return key.length() == 5 && key.endsWith("ا") && (key.charAt(1) == 'ا' && key.charAt(0) != 'ا' && key.charAt(2) != 'ا'
                && key.charAt(3) != 'ا' && key.charAt(3) != 'ي' || key.charAt(0) == 'م' && key.indexOf('ا') == 4);
    }

    /**
     * A verbal noun of the derived patterns افتعال، انفعال، استفعال، تفعيل، تفاعل ("انطلاق"، "اجتماع"،
     * "استمرار"، "تعيين"، "تبادل"): after a speech verb it is the verb's object.
     */
    private static boolean verbalNoun(String key) {
        int n = key.length();
        return n >= 6 && key.startsWith("است") && key.charAt(n - 2) == 'ا'
                || n == 6 && key.charAt(0) == 'ا' && (key.charAt(2) == 'ت' || key.charAt(1) == 'ن') && key.charAt(4) == 'ا'
                        && "اوي".indexOf(key.charAt(3)) < 0 // "انطوان" is a name
                || n == 5 && key.charAt(0) == 'ت' && "وي".indexOf(key.charAt(1)) < 0 && key.charAt(3) == 'ي'
                || n == 5 && key.charAt(0) == 'ت' && key.charAt(2) == 'ا' && key.charAt(1) != 'ا' && key.charAt(4) != 'ي'; // "تشافي" is a name
    }

    /** The verbal noun pattern إفعال ("إغلاق"، "إطلاق"، "إعلان"), normalised: ا, two letters, ا, a letter. */
    private static boolean ifal(String key) {
        return key.length() == 5 && key.charAt(0) == 'ا' && key.charAt(3) == 'ا' && key.charAt(1) != 'ا' && key.charAt(2) != 'ا';
    }

    /** "درسوا"، "قالوا": a past verb of the masculine plural, which no name or noun of a source phrase has the shape of. */
    private static boolean pluralVerb(String key) {
        return key.length() > 3 && key.endsWith("وا");
    }

    private static boolean isLatin(String key) {
        return !key.isEmpty() && Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }
}
