package news.parallax.extraction;

import static news.parallax.extraction.ArabicWordShapes.accusative;
import static news.parallax.extraction.ArabicWordShapes.carriesPronoun;
import static news.parallax.extraction.ArabicWordShapes.constructPlural;
import static news.parallax.extraction.ArabicWordShapes.definite;
import static news.parallax.extraction.ArabicWordShapes.definitePlural;
import static news.parallax.extraction.ArabicWordShapes.hasPronounSuffix;
import static news.parallax.extraction.ArabicWordShapes.ifal;
import static news.parallax.extraction.ArabicWordShapes.indefinitePlural;
import static news.parallax.extraction.ArabicWordShapes.isLatin;
import static news.parallax.extraction.ArabicWordShapes.isNisba;
import static news.parallax.extraction.ArabicWordShapes.pluralVerb;
import static news.parallax.extraction.ArabicWordShapes.prepositional;
import static news.parallax.extraction.ArabicWordShapes.soundPluralWithNun;
import static news.parallax.extraction.ArabicWordShapes.verbalNoun;
import static news.parallax.extraction.ArabicWordShapes.withNun;
import static news.parallax.extraction.ArabicWordShapes.withoutPronoun;

import java.util.ArrayList;
import java.util.List;

import news.parallax.api.model.OutletKind;
import news.parallax.extraction.Attributions.Phrase;
import news.parallax.extraction.Attributions.Titled;
import news.parallax.extraction.Attributions.Who;

/**
 * Reading the source phrase that starts at a token: a person (a title or a given name, the role and the name), an outlet
 * (a cue word and the name after it, a registry alias), or a source that is neither (anonymous, collective, an
 * institution, a document). The middle layer of {@link Attributions.Sentence}: it knows where names and roles end, not
 * which verb or cue introduces them.
 */
abstract class SourcePhrases extends SentenceWords {

    static final int MAX_NAME_TOKENS = 4;
    /** The endings of a dual, a sound plural, a nisba or a construct plural, a feminine ة (ه once normalised), an accusative. */
    private static final List<String> INFLECTIONS = List.of("ان", "ين", "ون", "ات", "ي", "ه", "ا");
    /** The most words a source phrase (a role, a body, an outlet's name) spans; the citation extractor reads as many. */
    static final int MAX_SOURCE_TOKENS = 7;

    SourcePhrases(NormalizedText text, int start, int end, Registry registry) {
        super(text, start, end, registry);
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

    /**
     * "أكد موفد الملك سلمان بن عبد العزيز، المستشار في الديوان الملكي نزار العلولا، أن": the person named in a role
     * is its genitive ("the king's envoy"); the one between commas, with a role and a name of his own, speaks.
     */
    Phrase renamed(Phrase source, int at) {
        // a role without a name is renamed too: "أكد السفير السعودي لدى بريطانيا، الأمير محمد بن نواف، أن"
        boolean role = source != null && (source.who() == Who.PERSON ? source.hasRole()
                : source.who() == Who.ANONYMOUS && RULES.isTitle(keys.get(source.from())));
        if (!role || source.to() != at || at + 1 >= tokens.size()) {
            return null;
        }
        if (!onlyCommaBefore(at)) {
            // "رئيس المجلس الأعلى لأبناء محافظة صعدة، X،": a role that the words read stopped short of runs on to the comma; a
            // person read there is still the role when no given name starts the name ("شيخ قبيلة بني مالك في مدينة تعز، X،")
            boolean cutShort = source.who() == Who.ANONYMOUS || source.entry() == null && !personalName(source.nameFrom());
            at = cutShort && !breakBefore(at) ? roleRunsToComma(at) : -1;
            if (at < 0 || at + 1 >= tokens.size()) {
                return null;
            }
        }
        if (!RULES.isTitle(keys.get(at))) {
            Phrase name = namedBetweenCommas(afterOrigin(at));
            // at the sentence's end no content follows to show the words are a name: the role they rename does
            return name == null || name.to() < tokens.size() ? name
                    : new Phrase(Who.PERSON, source.from(), name.to(), name.nameFrom(), name.nameTo(), name.entry(), null);
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
     * "رئيس الوزراء الفرنسي السابق، الكاتالوني الأصل، مانويل فالس إن": a nationality set off by commas between a role and the
     * name that renames it (a definite nisba, with a role's adjective or another nisba after it) is said of the person; the
     * token after its comma, else {@code at}.
     */
    private int afterOrigin(int at) {
        if (!definite(keys.get(at)) || !isNisba(keys.get(at))) {
            return at;
        }
        int end = at + 1;
        while (end < tokens.size() && end <= at + 2 && !breakBefore(end) && definite(keys.get(end))
                && (isNisba(keys.get(end)) || RULES.isRoleAdjective(keys.get(end)))) {
            end++;
        }
        return end + 1 < tokens.size() && onlyCommaBefore(end) ? end : at;
    }

    /**
     * "وقال رئيس البرلمان، علي لاريجاني، إن"، "نقل ... عن رئيس البرلمان، علي لاريجاني، قوله": a name with no title of
     * its own set off by commas after a role is the person in that role. Only a given name and more ("علي" too: the
     * commas settle it), or a registry name, closed by a comma: "وقال الوزير، الاثنين، إن" has a day there.
     */
    private Phrase namedBetweenCommas(int at) {
        Phrase name = untitled(at, tokens.size());
        if (name == null) {
            return null;
        }
        boolean twoWords = nameWords(name.nameFrom(), name.nameTo()) > 1;
        // or a name of two words or more that ends the sentence ("..."، بحسب مساعد وزير الخزانة ...، دانيال غليزر.") or
        // before what is said: a colon ("وقال مدير الكرة بالنادي، تكسيكي بغيريستين: "..."") or a complementizer ("...، كيمو
        // لاهدافيرتا إن")
        if (name.to() >= tokens.size()) {
            return twoWords ? name : null;
        }
        boolean closed = onlyCommaBefore(name.to()) || twoWords && (gap(name.to()).strip().startsWith(":")
                || !breakBefore(name.to()) && RULES.isComplementizer(keys.get(name.to())));
        // a given name or a link that starts a name ("أبو ولاء الولائي"، "عبد الخالق بشر")
        boolean nameStart = RULES.isGivenName(keys.get(at)) || RULES.linksName(keys.get(at));
        return closed && (name.entry() != null || nameWords(name.nameFrom(), name.nameTo()) > 1
                && (nameStart || !onlyCommaBefore(name.to()))) ? name : null;
    }

    /**
     * The comma that a role cut short at token {@code at} runs on to, or -1: within nine words of a genitive or a place
     * ("لأبناء محافظة صعدة"، "في مدينة تعز"، "ما يعرف بكتائب "..." التابعة للحشد"), a body's name in quotes among them, and
     * nothing that ends a role: a verb of speech, a complementizer, a relative, a word with a pronoun ("خلال لقائه نظيره،
     * X،": X is the other one), a given name (someone the role belongs to) or a function word that is no role's complement.
     */
    private int roleRunsToComma(int at) {
        boolean quoted = false;
        for (int k = at; k < tokens.size() && k <= at + MAX_SOURCE_TOKENS + 2; k++) {
            if (k > at && breakBefore(k) && !onlyQuotesBefore(k)) {
                return onlyCommaBefore(k) ? k : -1;
            }
            quoted ^= k > at && onlyQuotesBefore(k); // a body's name in quotes may hold a given name ("كتائب "سيد الشهداء"")
            String key = keys.get(k);
            boolean functionWord = RULES.isNotName(key) && !RULES.isComplementOfRole(key)
                    && !(k + 1 < tokens.size() && RULES.isSoCalled(key + " " + keys.get(k + 1)));
            if (functionWord || hasPronounSuffix(key) && !taMarbuta(k) || carriesPronoun(key) || personalName(k) && !quoted || RULES.isSpeechVerb(key)
                    || RULES.isComplementizer(key) || RULES.isRelative(key) || RULES.isParticiple(key)) {
                return -1;
            }
        }
        return -1;
    }

    Phrase read(int from) {
        return read(from, tokens.size());
    }

    /** The source phrase that starts at {@code from} (after fillers such as "بدوره"، "الاثنين"), within [from, limit). */
    Phrase read(int from, int limit) {
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
        if (RULES.isQuantifier(key) && i + 1 < limit && !breakBefore(i + 1)) {
            Phrase counted = read(i + 1, limit); // "بعض وسائل الإعلام الكويتية"، "معظم المحللين": the group is what is counted
            if (counted != null && counted.who() == Who.COLLECTIVE) {
                return new Phrase(Who.COLLECTIVE, i, counted.to(), i, counted.to(), null, null);
            }
        }
        if (RULES.isCollective(key) || i + 1 < limit && !breakBefore(i + 1) && constructPlural(key) && keys.get(i + 1).startsWith("ال")) {
            return source(Who.COLLECTIVE, i, limit); // "مؤيدو الاتفاق"، "ممثلو الادعاء": a plural in construct is a group
        }
        Phrase namedAs = RULES.isAnonymous(key) || RULES.isProfession(key) || RULES.isTitle(key) ? namedAs(i, limit) : null;
        if (namedAs != null) {
            return namedAs;
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

    /**
     * "شاهد عيان يدعى X"، "محامية أميركية تدعى X": the person named after "يدعى" within or right after the role that starts at
     * {@code from} (read on, the role may take "يدعى" in as an adjective), the role theirs; null when there is none.
     */
    private Phrase namedAs(int from, int limit) {
        for (int at = from + 1; at + 1 < limit && at <= from + MAX_SOURCE_TOKENS && !breakBefore(at); at++) {
            if (RULES.isNamedAs(keys.get(at))) {
                Phrase person = at <= source(Who.ANONYMOUS, from, limit).to() && !breakBefore(at + 1) ? untitled(at + 1, limit) : null;
                return person == null ? null : new Phrase(Who.PERSON, from, person.to(), person.nameFrom(), person.nameTo(), person.entry(), null);
            }
        }
        return null;
    }

    /** An outlet named by a registry alias or by a cue and a name ("قناة الجزيرة"), not only described ("الصحيفة"). */
    static boolean namedOutlet(Phrase phrase) {
        return phrase != null && phrase.who() == Who.OUTLET && (phrase.entry() != null || phrase.hasName());
    }

    /** "للمتحدث" read as "المتحدث", "لوزارة" as "وزارة", when the rest is a word of the lists. */
    private String afterPreposition(String key) {
        String rest = key.startsWith("لل") ? Lexicon.withArticle(key) : key.length() > 3 && key.charAt(0) == 'ل' ? key.substring(1) : key;
        return RULES.headsSource(rest) ? rest : key;
    }

    /** The outlet named at token {@code at} by a cue word or registry alias, or null. */
    Phrase outletOrNull(int at) {
        String key = keys.get(at);
        return outletCueAt(at, tokens.size()) || registry.outletAtStart(keys.subList(at, Math.min(tokens.size(), at + 8))) != null ? outlet(at) : null;
    }

    /** An outlet named at token {@code at}: by a registry alias, or by a cue word and a name ("موقع "نيوز أطلس""). */
    Phrase outlet(int at) {
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
    Phrase professional(int at, int limit) {
        Phrase phrase = titled(at, limit);
        if (phrase.who() != Who.PERSON) {
            return null;
        }
        int from = phrase.nameFrom();
        int to = phrase.nameTo();
        // or a name of two words that what is said follows at once ("مالك النادي هيروشي ميكيتاني: ...") or that commas
        // set off ("الصحفي الإسباني، إدواردو إندا، ضمن برنامج")
        // or a name of two words followed by the outlet told ("المهاجم الأرجنتيني غونزالو إغوايين لقناة ...")
        // or a name of two words or more, none of them a common word or one with "ال", after a definite word ("الفارس لودغر
        // بيرباوم المتوج بأربع ميداليات"): a name written from another language, whatever follows it; after an indefinite one
        // it is the genitive ("مهاجم فريق لوس أنجليس غالاكسي" names the club)
        boolean evident = to - from > 1 && (opensContent(from, to) || onlyCommaBefore(from) && to < tokens.size() && onlyCommaBefore(to)
                || to < limit && toldOutletAt(to, limit) || definite(keys.get(from - 1)) && foreignWords(from, to));
        return phrase.entry() != null || personalName(from) || evident ? phrase : null;
    }

    /** A title, the rest of the role ("وزير الخارجية التركي"، "الناطق باسم وزارة الصحة في غزة") and the name after it, if any. */
    Phrase titled(int at, int limit) {
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
                int after = Math.max(afterBrackets(i, limit), afterQuotedBodyName(i, limit));
                if (after < 0) {
                    break;
                }
                // "المتحدث باسم مهمة قوات (ناتو) في أفغانستان مارتن أودونل": an acronym in brackets; "نائب رئيس حركة "فتح"
                // الفلسطينية محمود العالول": a body's name in quotes
                i = reopened = after;
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
            } else if ((key.equals("في") || key.equals("لدي") || key.equals("عن") && i + 1 < limit
                            && (definite(keys.get(i + 1)) || indefiniteBody(keys.get(i + 1))))
                    && i + 1 < limit && !breakBefore(i + 1) && qualifies(keys.get(i + 1))) {
                i += 2; // "في غزة", "لدى بريطانيا", "المسؤولة عن الصحة العامة"، "النائب عن حزب العمال"
                i += indefiniteBody(keys.get(i - 1)) ? bodyName(i, limit) : 0;
            } else if (indefiniteBody(afterBa(key))) {
                i++; // "قائد فريق البحث بجامعة إسيكس"
                i += bodyName(i, limit);
            } else if (prepositional(key) && key.startsWith("بال") && !RULES.isNotName(key)) {
                construct = false;
                i++; // "السفيرة الأميركية بالأمم المتحدة"
            } else if (key.equals("الي")) {
                // "الموفد الروسي إلى سوريا" (before the words with "ال": "إلى" is one); "وأشار أمير الكويت إلى أن": the verb's complement
                if (i + 1 >= limit || breakBefore(i + 1) || RULES.stateAt(keys, i + 1) == 0) {
                    break;
                }
                i += 1 + RULES.stateAt(keys, i + 1);
            } else if (!key.equals("باسم") && withoutPronoun(key).equals("باسم")) {
                construct = false; // "المتحدث باسمه تركي المالكي": the body is the pronoun's, and the name follows
                spokesmanOf = false;
                i++;
            } else if (i == at + 1 && definite(keys.get(at)) && key.startsWith("لل") && RULES.isTitle(Lexicon.withArticle(key))
                    && i + 1 < limit && !breakBefore(i + 1) && personalName(i + 1)) {
                break; // "وقال الرئيس للوزير X إن": the title after ل and its name are the person told, no speaker
            } else if (i > at + 1 && key.length() > 3 && key.charAt(0) == 'و' && RULES.isCommonWord(key.substring(1)) && !RULES.isGivenName(key)
                    && i + 1 < limit && !breakBefore(i + 1) && definite(keys.get(i + 1))) {
                // "وزيرة المرأة وشؤون الأسرة X"، "محلل قطاع التشييد ومواد البناء X": a second field of the office, joined by و
                // (its genitive was read as the name, and the registry kept "الأسرة" and "البناء" as people)
                i += 2;
            } else if (key.startsWith("ال") || key.startsWith("وال") || key.startsWith("لل") || key.equals("باسم") || key.length() > 3 && key.charAt(0) == 'ل'
                    && (RULES.isBody(key.substring(1)) || RULES.isTitle(key.substring(1)))) {
                // "رئيس المكتب السياسي لحركة حماس": after ل and an indefinite body its name follows
                construct = key.charAt(0) == 'ل' && !key.startsWith("لل") && RULES.isBody(key.substring(1)) && !definite(key.substring(1));
                spokesmanOf = key.equals("باسم");
                i++;
            } else if (key.length() > 3 && key.charAt(0) == 'ل' && i + 1 < limit && keys.get(i + 1).startsWith("ال")
                    && !breakBefore(i + 1)) {
                i += 2; // "وزير الدولة لشؤون الإعلام"
            } else if (construct && RULES.isTitle(keys.get(i - 1)) && !definite(key) && RULES.isRoleAdjective("ال" + key)) {
                i++; // "أمين عام وزارة الصحة X"، "مدير عام الشركة": an indefinite title's adjective, the construct goes on
            } else if (RULES.isRoleAdverb(key) && !(i + 1 < limit && RULES.isNotName(keys.get(i + 1)))) {
                // "رئيس الوزراء المنتخب حديثا، مهاتير محمد"، "الفريق أول ركن X": the name follows the adverb or the rank's
                // qualifier ("وقال الوزير أول أمس إن" has a time there)
                i++;
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
        // a comma may stand before the name, and the quote that closes a body's name in the role ("شركة "النور" سارة جونز")
        boolean separated = i < limit && breakBefore(i) && !onlyCommaBefore(i) && i != reopened;
        if (!separated && i + 1 < limit && !breakBefore(i + 1) && isNisba(keys.get(i)) && keys.get(i).startsWith("ال") && personalName(i + 1)) {
            i++; // "رئيس النادي الباريسي، القطري ناصر الخليفي": the nationality before a given name is the role's
        } else if (!separated && i + 2 < limit && onlyCommaBefore(i) && onlyCommaBefore(i + 1) && isNisba(keys.get(i)) && keys.get(i).startsWith("ال")
                && !RULES.isNotName(keys.get(i + 1))) {
            i++; // "أسطورة التنس، الإسباني، رافائيل نادال، عن": the nationality set off by commas too
        }
        if (!separated) {
            i = foreignNameStart(i, limit);
        }
        int nameFrom = i;
        int nameTo = i;
        while (!separated && nameTo < limit && nameWords(nameFrom, nameTo) < MAX_NAME_TOKENS && (nameTo == nameFrom || !breakBefore(nameTo))
                && (nameable(keys.get(nameTo)) || lastNameWord(nameFrom, nameTo, limit) || afterLink(nameFrom, nameTo)
                        || firstNameWord(nameFrom, nameTo, limit) || particleInName(nameFrom, nameTo, limit))
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
        if (!separated && known == null && nameTo > nameFrom && nameTo + 1 < limit && onlyCommaBefore(nameTo) && !personalName(nameFrom)
                && nameWords(nameFrom, nameTo) <= 2) {
            // "لاعب أياكس أمستردام، نصير مزراوي، إنه": the words before the comma name the club (or place) of the role, and
            // the name of two words set off by commas after it is the person's
            Phrase apposed = untitled(nameTo, limit);
            if (apposed != null && nameWords(apposed.from(), apposed.to()) > 1 && apposed.to() < limit && onlyCommaBefore(apposed.to())) {
                return new Phrase(Who.PERSON, at, apposed.to(), apposed.nameFrom(), apposed.nameTo(), apposed.entry(), null);
            }
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
        Phrase afterRelative = nameTo == nameFrom && !separated ? namedAfterRelative(at, i, limit) : null;
        if (afterRelative != null) {
            return afterRelative;
        }
        if (nameTo == nameFrom || verbalNoun(keys.get(nameFrom)) && !startsKnownName(known)) {
            int end = roleEnd(at, i);
            return new Phrase(Who.ANONYMOUS, at, end, end, end, null, null); // a role without a name ("ناطق باسم المغني تأكيد النبأ")
        }
        return new Phrase(Who.PERSON, at, nameTo, nameFrom, nameTo, known == null ? null : known.entry(), null);
    }

    /**
     * "المتحدث باسم الوزارة التي يسيطر عليها الحوثيون، X، ...": a role [at, relative) that a relative clause ends, and the
     * name set off by commas right after the clause (within a source's length): the person, the clause part of the role;
     * else null. A name with no comma after it may be the clause's own object ("الذي يدعم الرئيس X").
     */
    private Phrase namedAfterRelative(int at, int relative, int limit) {
        if (relative >= limit || !RULES.isRelative(keys.get(relative))) {
            return null;
        }
        for (int k = relative + 1; k < limit && k <= relative + MAX_SOURCE_TOKENS; k++) {
            if (breakBefore(k)) {
                Phrase name = onlyCommaBefore(k) ? untitled(k, limit) : null;
                boolean named = name != null && (name.entry() != null || nameWords(k, name.to()) > 1); // commas set two words off
                return named && name.to() < limit && onlyCommaBefore(name.to())
                        ? new Phrase(Who.PERSON, at, name.to(), k, name.to(), name.entry(), null) : null;
            }
        }
        return null;
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
        String last = keys.get(to - 1);
        if (to - at > 1 && to < tokens.size() && !breakBefore(to) && RULES.stateAt(keys, to) > 0 && definite(last) && !isNisba(last)
                && !RULES.isTitle(last) && !RULES.isRoleAdjective(last)) {
            return to - 1; // "اتهم الرئيس الجارة كولومبيا": the noun before a state is the verb's object, in apposition to it
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

    /**
     * How many tokens from {@code at} name the indefinite body a role ends with ("في جامعة كامبريدج"، "بجامعة إسيكس"، "في
     * معهد واشنطن"): a state, or one word that is no personal name; the body's name is the role's, no person's. 0 when none.
     */
    private int bodyName(int at, int limit) {
        if (at >= limit || breakBefore(at) || personalName(at)) {
            return 0;
        }
        String key = keys.get(at);
        int state = RULES.stateAt(keys, at);
        return state > 0 ? state : nameable(key) && !isNisba(key) && !definite(key) ? 1 : 0;
    }

    /**
     * "حركة "فتح" الفلسطينية" inside a role: the token after the closing quote when token {@code at} opens a quoted name
     * right after an indefinite body, else -1. A quote after a definite word is what is said ("قال رئيس الحركة "لن نتراجع"").
     */
    private int afterQuotedBodyName(int at, int limit) {
        String body = keys.get(at - 1); // "لشركة "النور""، "بجامعة "..."": after the preposition that ties it to the role
        if (!quoteBefore(at) || !(indefiniteBody(body) || indefiniteBody(afterBa(body)) || indefiniteBody(afterLam(body)))) {
            return -1;
        }
        int end = quotedNameEnd(at, limit);
        return end < limit && closingQuoteBefore(end) ? end : -1;
    }

    /** A body named without the article ("جامعة", "حركة"): what a name of its own may follow. False for null. */
    private static boolean indefiniteBody(String key) {
        return key != null && RULES.isBody(key) && !definite(key);
    }

    /** The noun after a proclitic ب ("بجامعة" -> "جامعة"), or null when the word does not start with one. */
    private static String afterBa(String key) {
        return key.length() > 3 && key.charAt(0) == 'ب' ? key.substring(1) : null;
    }

    /** The noun after a proclitic ل ("لشركة" -> "شركة"), or null when the word does not start with one (or with لل). */
    static String afterLam(String key) {
        return key.length() > 3 && key.charAt(0) == 'ل' && key.charAt(1) != 'ل' ? key.substring(1) : null;
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
                && (personalName(at + 1) || rareWord(keys.get(at + 1)) && nameable(keys.get(at + 1)) || notAfterAla(at + 1));
        while (to < limit && nameWords(at, to) < MAX_NAME_TOKENS && (to == at || !breakBefore(to))
                && (nameable(keys.get(to)) || lastNameWord(at, to, limit) || afterLink(at, to) || to == at && ambiguousFirst
                        || particleInName(at, to, limit))
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
            if (keys.get(k).startsWith("ال") && !RULES.linksName(keys.get(k - 1)) && !RULES.linksName(keys.get(k)) // "آل" is "ال" once normalised
                    && !RULES.endsCompoundName(keys.get(k)) // "بهي الدين حسن"
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
    Phrase source(Who who, int at, int limit) {
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
                i += 1 + Math.max(1, RULES.stateAt(keys, i + 1)); // "مسؤول في الولايات المتحدة": a state of two words is one place
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
                            && !(i == at + 1 && definite && objectAfterDefiniteHead(who, key))
                            // "الشرطة الفيدرالية الألمانية المداهمات": a definite adjective ends the construct, the noun after it is the
                            // verb's object, but for the adjectives that go on one ("حركة الشباب الإسلامية المتشددة")
                            && !(i - 1 > at && keys.get(i - 1).startsWith("ال") && isNisba(keys.get(i - 1)) && !isNisba(key)
                                    && !RULES.isRoleAdjective(key))
                    || key.startsWith("لل")
                    // "دبلوماسيون أفقا": no genitive after ون; "دبلوماسي طالبا عدم نشر اسمه": a circumstance, none either
                    || i == at + 1 && !definite && qualifies(key) && !soundPluralWithNun(keys.get(at)) && !circumstance(i)
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
            } else if (key.startsWith("بال") && i + 1 < limit && !breakBefore(i + 1)
                    && RULES.stateAt(List.of(key.substring(1), keys.get(i + 1)), 0) == 2) {
                i += 2; // "بعثة إسرائيل بالأمم المتحدة": the body's seat, a state or organisation of two words after ب
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
        if (i < limit && RULES.linksName(keys.get(i - 1)) && !breakBefore(i)) {
            i++; // "ناشطون من آل الرشيد": a word that links a name ("آل"، "بن") never ends one
        }
        return new Phrase(who, at, i, at, i, null, null);
    }

    /**
     * "ودعا البيان الحكومة إلى": a definite head is in construct with nothing, so a definite noun right after an anonymous
     * source or a document is the verb's object, unless it is an adjective ("المصدر الأمني"، "المصدر المطلع"، "البيان
     * الأخير"، "البيان الصادر"). A noun of the shape of a participle (الم…) is let through: "المصدر المجتمع الدولي" stays whole.
     */
    private static boolean objectAfterDefiniteHead(Who who, String key) {
        return (who == Who.ANONYMOUS || who == Who.DOCUMENT) && !isNisba(key) && !key.startsWith("الم") && !RULES.isRoleAdjective(key)
                && !RULES.isIssuedBy(key);
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
    boolean qualifies(String key) {
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
            if (hasPronounSuffix(keys.get(k)) && !RULES.linksName(keys.get(k - 1)) && !(taMarbuta(k) && (rareWord(keys.get(k)) || surnameAfterGivenName(from, k))) && !lastRare) {
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
        if (at == from) {
            return !circumstance(at);
        }
        if (RULES.linksName(keys.get(at - 1)) || particleInName(from, at - 1, tokens.size())) {
            // after "أبو"، "بن"، "آل" the word is a name's part, whatever its shape ("أبو ارتيمة"، "آل الشيخ"); so it is after a
            // foreign name's particle ("نيمار دا سيلفا")
            return true;
        }
        String key = keys.get(at);
        String previous = keys.get(at - 1);
        boolean afterSurname = previous.startsWith("ال") && !RULES.endsCompoundName(previous) && !RULES.isGivenName(previous) // "عطا الله خوجاني"، "ألكسندر لافرنتييف"
                && !(at - 2 >= from && RULES.linksName(keys.get(at - 2))) && !RULES.linksName(key)
                && !RULES.linksName(previous); // "عبدالله آل الشيخ": آل is written ال once normalised
        // "فائزا"، "مرارا" after two words is an accusative, "كارمن ماريا مشادا إنه" a name's last word before a clear end
        // "سامي ناصر المستشفى"، "سامي ناصر إغلاق": after two words of a name a definite common word or a verbal noun
        // إفعال that is a common word is the verb's object, no surname ("أسماء" and "إكرام" are names only first)
        boolean object = nameWords(from, at) >= 2 && RULES.isCommonWord(key) && (key.startsWith("ال") || ifal(key))
                || key.startsWith("ال") && key.length() > 7 && verbalNoun(key.substring(2)); // "محسود الاعتراف"
        // "ألكسندر بارا-بروغيير محامي ..."، "غودين مدافع أتلتيكو": its apposition, after two words or a surname alone
        boolean role = (nameWords(from, at) >= 2 || !RULES.isGivenName(keys.get(from))) && RULES.isProfession(key);
        // "ودعا السيناتور ريتشارد بلومينثال زعماء العالم إلى": after two words of a name, a common word that a definite common
        // word completes is the verb's object in construct, no surname
        boolean constructObject = nameWords(from, at) >= 2 && RULES.isCommonWord(key) && !RULES.isGivenName(key) && completedByDefiniteNoun(at);
        // "علي القرة داغي، ...": a rare word right before a clear end is the second word of a surname with "ال"
        boolean compoundSurname = afterSurname && nameWords(from, at) == 2 && rareWord(key) && nameable(key) && clearEndAfter(at);
        boolean lineage = afterSurname && lineageEndsClearly(from, at);
        // "كما نشر راشد صورة لسفير ...": a common noun written with ة is the verb's object ("أسامة" is a given name)
        boolean feminineNoun = !key.startsWith("ال") && RULES.isCommonWord(key) && !RULES.isGivenName(key) && taMarbuta(at)
                && !surnameAfterGivenName(from, at);
        // "أشاد جون سميث بجهود ...": after two words of a name, ب and a common word is the verb's complement; so it is after
        // one word that is no given name ("وطالب يلدرم بعقد قمة"), where a surname could start with ب ("جون بيرد"), unless
        // the word starts with با as names written from Latin do ("القاضي غرانت باول"); after a given name too when a definite
        // common word completes it ("اتهام السير مارتن بسوء التصرف"), which is no role set after a surname
        boolean complement = (nameWords(from, at) >= 2 || !RULES.isGivenName(keys.get(from)) && key.charAt(1) != 'ا'
                || completedByDefiniteNoun(at)) && RULES.isCommonWordBehind("ب", key);
        return (!afterSurname || compoundSurname || lineage) && (!object || lineage) && !role && !constructObject && !feminineNoun && !complement
                && !accusative(key) && !accusativeOfCommonWord(key) && !(key.length() > 5 && verbalNoun(key))
                && !(at - from >= 2 && key.endsWith("ا") && !clearEndAfter(at));
    }

    /**
     * "وقال أيمن عودة إن"، "بيتر سلامة، نائب المدير ..."، "صوفي سلامة الباحثة في ...": a common noun written with ة right after
     * a given name is the surname when the name clearly ends after it (what is said, a break) or the person's role follows in
     * apposition; nothing else stands there between a subject and its words ("كما نشر راشد صورة لسفير" goes on with the
     * verb's object, "وأكد محمد صلاح أهمية أن" has two words of a name before it).
     */
    private boolean surnameAfterGivenName(int from, int at) {
        if (at != from + 1 || !personalName(from) || !taMarbuta(at)) {
            return false;
        }
        int next = at + 1;
        return clearEndAfter(at) || RULES.isTitle(keys.get(next)) || RULES.isProfession(keys.get(next));
    }

    /**
     * "وقال أحد الدبلوماسيين طالبا عدم نشر اسمه إن"، "مفضلا عدم ذكر اسمه": an accusative before a common word, a word that
     * is no name or a clear end is the circumstance of the speech, no name ("باولا غارسيا" is one).
     */
    private boolean circumstance(int at) {
        String key = keys.get(at);
        return (accusative(key) || accusativeOfCommonWord(key)) && !RULES.isGivenName(key)
                && (clearEndAfter(at) || RULES.isCommonWord(keys.get(at + 1)) || !nameable(keys.get(at + 1)));
    }

    /**
     * "اعتبره رئيس الاتحاد بسيطا إلا أنه"، "وقال الوزير هاتفيا"، "رسميا": a common adjective or adverb with the indefinite
     * accusative ا is the verb's predicate or the speech's circumstance, no name's word; not a given name ("صوفيا"، "ماريا")
     * or a place ("روسيا").
     */
    private boolean accusativeOfCommonWord(String key) {
        if (key.length() < 5 || !key.endsWith("ا") || definite(key)) {
            return false;
        }
        String stem = key.substring(0, key.length() - 1);
        return RULES.isCommonWord(stem) && !RULES.isGivenName(stem) && !RULES.isGivenName(key) && registry.placesWithin(List.of(key)).isEmpty();
    }

    /**
     * The words of tokens [from, to) are all {@link #foreignWord}s, none a common word behind a preposition ("بمساعدة مهربي
     * البشر") or after the first joined by و, and no place: a name written from another language ("مهاجم وست بروم وكارديف
     * وستوكي" lists clubs).
     */
    boolean foreignWords(int from, int to) {
        for (int k = from; k < to; k++) {
            String key = keys.get(k);
            // "ساوثجيت سعيدا بعودة ...": after the first word an accusative whose stem is a given name ("سعيد", happy) is the
            // speaker's state; first it is a given name itself ("ريما جودت")
            boolean accusativeOfName = k > from && key.endsWith("ا") && RULES.isGivenName(key.substring(0, key.length() - 1));
            if (!foreignWord(key) || !rareWord(key) || inflectedCommonWord(key) || accusativeOfName || k > from && key.charAt(0) == 'و'
                    || !key.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
                return false;
            }
        }
        return registry.placesWithin(keys.subList(from, to)).isEmpty();
    }

    /**
     * "شخصان مطلعان"، "مراسلات متخصصات"، "مهربي"، "سعيدا": a common word with the ending of a dual, a plural, a nisba (or a
     * construct plural) or an accusative, which the list of common words may not hold as it is.
     */
    private static boolean inflectedCommonWord(String key) {
        for (String ending : INFLECTIONS) {
            if (key.length() > ending.length() + 2 && key.endsWith(ending) && RULES.isCommonWord(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "كاريل فان أوستيروم"، "نيمار دا سيلفا": a foreign name's particle at {@code at} is the name's word after a word of it and
     * before a {@link #foreignWord} ("فإن الحكومة" is "فان" and a definite noun).
     */
    private boolean particleInName(int from, int at, int limit) {
        return at > from && at + 1 < limit && RULES.isNameParticle(keys.get(at)) && !breakBefore(at + 1) && foreignWord(keys.get(at + 1));
    }

    /** The word after token {@code at} is a definite common word, no title, in the same phrase ("بسوء التصرف"). */
    private boolean completedByDefiniteNoun(int at) {
        int next = at + 1;
        return next < tokens.size() && !breakBefore(next) && definite(keys.get(next)) && RULES.isCommonWord(keys.get(next))
                && !RULES.isTitle(keys.get(next));
    }

    /**
     * "صباح الخالد الحمد الصباح إن": a Gulf name chains the father's and grandfather's names, each with "ال", up to
     * the family's, which may be a common word ("الصباح"); so the definite words from {@code at} on are the name's
     * when they run, none common but the last, to a clear end or a word with ب, the verb's complement ("ببرقية"); a
     * common one ends no name of fewer than four words ("سالم الخالد القرار." is the verb's object).
     */
    private boolean lineageEndsClearly(int from, int at) {
        for (int k = at; k < tokens.size() && (k == at || !breakBefore(k)); k++) {
            String key = keys.get(k);
            if (!key.startsWith("ال") || !nameable(key)) {
                return false;
            }
            boolean rare = rareWord(key);
            String next = k + 1 < tokens.size() && !breakBefore(k + 1) ? keys.get(k + 1) : "";
            boolean complementAfter = next.length() > 3 && next.charAt(0) == 'ب' && !RULES.isGivenName(next) && !RULES.isGivenName(next.substring(1));
            if (clearEndAfter(k) || complementAfter) {
                return rare || nameWords(from, k) >= 3;
            }
            if (!rare) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word at {@code at} is the last before a clear end: punctuation, a complementizer, a name end, the sentence's end. */
    private boolean clearEndAfter(int at) {
        int next = at + 1;
        return next >= tokens.size() || breakBefore(next) || RULES.isComplementizer(keys.get(next)) || RULES.endsName(keys.get(next));
    }

    /** A word can be part of a name: not a function word, verb, cue or head of another kind of source. */
    private boolean nameable(String key) {
        return key.length() > 1 && !RULES.isNotName(key) && !RULES.isNotName(withoutPronoun(key))
                && !("بلك".indexOf(key.charAt(0)) >= 0 && (verbalNoun(key.substring(1)) || ifal(key.substring(1))
                        || verbalNoun(withoutPronoun(key.substring(1))) || ifal(withoutPronoun(key.substring(1)))
                        || pluralOrFemininePronoun(key) && RULES.isCommonWord(withoutPronoun(key.substring(1)))))
                // "باستياء"، "باتخاذ"، "باغتصابها"; "بكونهما"، "بموقفها": a preposition, a common noun and a pronoun
                && RULES.sourceCueAt(List.of(key), 0) == 0 && !prepositional(key) && !key.startsWith("لل")
                && !(key.length() > 3 && key.charAt(0) == 'ل' && RULES.headsSource(key.substring(1))) // "صورة لسفير ميانمار"
                && !(key.charAt(0) == 'ل' && registry.outletAtStart(List.of(key)) != null) && !RULES.isSpeechVerb(key) && !RULES.isParticiple(key) && !RULES.headsSource(key)
                && RULES.outletCue(key) == null && !RULES.endsName(key) && !key.chars().allMatch(Character::isDigit)
                && RULES.fillerAt(List.of(key), 0) == 0
                && !RULES.isConjoinedTitle(key) // "مع العاهل الأردني وأمير الكويت": a second person's title, no name
                // "ردت الوزيرة برسالة إلكترونية"، "بجامعة إسيكس": a document or body after ب is the means or the place, no name
                && !(afterBa(key) != null && (RULES.isDocument(afterBa(key)) || RULES.isBody(afterBa(key))));
    }

    /** Ends in the pronoun ها، هم or هما, which no ة normalised to ه can be ("بشدة" keeps its ة, "بكونهما" has a pronoun). */
    private static boolean pluralOrFemininePronoun(String key) {
        return key.length() > 5 && (key.endsWith("ها") || key.endsWith("هم") || key.endsWith("هما"));
    }

    /**
     * "محسن علي لفرانس برس": a name that is also a function word ends the name at {@code at}, right before a clear end; after
     * a given name it is inside the name before a surname with "ال" that is no common word ("محمد علي الحوثي") and ends it
     * before a word no "على" is followed by ("كشف الوزير محمد أحمد علي عن"; "أكد محمد على أن" keeps the verb's complement),
     * and before a rare word or a given name that ends clearly ("وأكد المدعي العام أحمد علي ضاهر أن"; "أكد محمد على ضرورة أن"
     * has a common word there).
     */
    private boolean lastNameWord(int from, int at, int limit) {
        if (at == from || !RULES.isAmbiguousName(keys.get(at))) {
            return false;
        }
        if (RULES.linksName(keys.get(at - 1))) {
            return true; // "بن علي يلديريم"
        }
        int next = at + 1;
        if (next >= limit || breakBefore(next) && !quoteBefore(next) || toldOutletAt(next, limit)) {
            return true;
        }
        String after = keys.get(next);
        return personalName(at - 1) && !breakBefore(next)
                && (after.startsWith("ال") && rareWord(after) && nameable(after) || notAfterAla(next)
                        || (rareWord(after) && nameable(after) || personalName(next)) && clearEndAfter(next));
    }

    /** "في"، "عن"، "خلال": a word that ends a name and never follows the preposition "على", which "علي" also spells. */
    private boolean notAfterAla(int at) {
        return RULES.endsName(keys.get(at)) && !RULES.isComplementizer(keys.get(at));
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
        boolean rareNext = !RULES.isCommonWord(next) && nameable(next) && !circumstance(at + 1);
        return RULES.isAmbiguousName(keys.get(at)) && next.startsWith("ال") && rareNext
                || RULES.isAnonymous(keys.get(at)) && !next.startsWith("ال") && rareNext;
    }

    /** A word right after a name link inside a name ("آل الشيخ"، "أبو الغيط"): part of it even when it is a title or a particle. */
    private boolean afterLink(int from, int at) {
        return at > from && RULES.linksName(keys.get(at - 1));
    }

    /** "لفرانس برس"، "لوكالة ...": the outlet a speaker told starts at {@code at}, and so no name goes on there. */
    boolean toldOutletAt(int at, int limit) {
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
    boolean outletOfNounAt(int at) {
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
}
