package news.parallax.extraction;

import static news.parallax.extraction.ArabicWordShapes.definite;
import static news.parallax.extraction.ArabicWordShapes.hasPronounSuffix;
import static news.parallax.extraction.ArabicWordShapes.isNisba;
import static news.parallax.extraction.ArabicWordShapes.withoutPronoun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.parallax.api.model.OutletKind;
import news.parallax.extraction.Found.Claim;
import news.parallax.extraction.Found.Mention;
import news.parallax.extraction.Found.Resolution;
import news.parallax.extraction.Found.Source;
import news.parallax.extraction.Found.Speaker;
import news.parallax.text.NameNormalizer;

/**
 * The last check before a claim's speaker leaves extraction: whatever ingest registers as a
 * speaker is matched against every later article, so only a person's name may become one (issue
 * 14). A name the registry does not know is read word by word against the word lists: a lone
 * surname that ends exactly one registry person's name is that person ("لافروف"); a role, a group,
 * a body or a document read as a name becomes the typed mention the claim is reported through
 * ("المتحدث" anonymous, "علماء" collective, "الشرطة" institution, "البيان" document); a phrase
 * with a word that names nobody ("منه"، "أكثر") is no speaker, and a lone given name ("محمد") or a
 * name made only of common words ("السفارة"، "عدم"، "موجة غضب": {@code ar/common-words.txt}, generated
 * from corpus statistics) is the mention of its role when it has one. A common word that a
 * registry person's name ends with, or that is part of another speaker's name in the same article,
 * is still a name ("صلاح" after "محمد صلاح").
 */
final class Persons {

    private static final Lexicon RULES = Lexicon.RULES;
    private static final Verdict NOBODY = new Verdict(null, null);

    /** What a speaker turned out to be: a person (the same or a registry one), a mention, or neither. */
    private record Verdict(Speaker speaker, Source mention) {
    }

    private Persons() {
    }

    /** The claims with only people as speakers; the others reported through a mention, when they are one. */
    static List<Claim> registrable(List<Claim> claims, Registry registry, List<Attributions.Sentence> sentences) {
        Map<Speaker, Verdict> verdicts = new HashMap<>();
        Set<String> nameParts = new HashSet<>(); // the words of the article's names of two words or more
        for (Claim claim : claims) {
            if (claim.speaker() != null && claim.speaker().entry() == null) {
                List<String> words = words(claim.speaker());
                // not a phrase with a conjoined common word ("مدربه فالفيردي وبقية نجوم الفريق"): the name is cut there, and its
                // words vouch for no lone word (the registry kept "نجوم" and "العائلة" of "ابنه وبقية العائلة" as people)
                if (words.size() > 1 && !commonWords(words, registry) && conjoinedCommonWord(words) < 0) {
                    nameParts.addAll(words);
                }
            }
        }
        List<Claim> checked = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            Speaker speaker = claim.speaker();
            Verdict verdict = speaker == null || speaker.entry() != null ? null
                    : verdicts.computeIfAbsent(speaker, s -> verdict(s, registry, nameParts, sentences));
            if (verdict == null || verdict.speaker() == speaker) {
                checked.add(claim);
            } else {
                checked.add(new Claim(claim.text(), claim.kind(), claim.start(), claim.end(), verdict.speaker(),
                        claim.citedSource() != null ? claim.citedSource() : verdict.mention()));
            }
        }
        return checked;
    }

    /** {@code nameParts}: the words of the article's other speakers' names of two words or more. */
    private static Verdict verdict(Speaker speaker, Registry registry, Set<String> nameParts, List<Attributions.Sentence> sentences) {
        List<String> words = words(speaker);
        String name = String.join(" ", words);
        if (words.isEmpty() || namesNobody(words)) {
            return NOBODY;
        }
        Mention kind = kindOf(words);
        if (kind != null) {
            return new Verdict(null, mention(speaker.asWritten(), kind));
        }
        Speaker withoutPlace = withoutTheRolesPlace(speaker);
        if (withoutPlace == null) { // "رئيس بلدية تريب": the office of a place, no name
            return new Verdict(null, mention(speaker.asWritten(), Mention.ANONYMOUS));
        }
        if (withoutPlace != speaker) {
            return verdict(withoutPlace, registry, nameParts, sentences);
        }
        int conjoined = conjoinedCommonWord(words);
        String[] written = speaker.name().split(" ");
        if (conjoined == 0 && words.size() == 1) { // "وأصدر": a clause joined by و, no name
            return speaker.role() == null ? NOBODY : new Verdict(null, mention(speaker.role(), Mention.ANONYMOUS));
        }
        if (conjoined >= 0 && written.length == words.size()) {
            // "أحمد مظهر والمقيم في لندن": the name ends before و; "واليساري غوستابو بيترو": it starts after و and its
            // adjective ("ومضمون الخطبة" then leaves common words alone, no name)
            List<String> kept = conjoined == 0 ? List.of(written).subList(1, written.length) : List.of(written).subList(0, conjoined);
            return verdict(new Speaker(String.join(" ", kept), speaker.asWritten(), speaker.role(), null), registry, nameParts, sentences);
        }
        int second = secondPerson(words);
        if (second > 0 && written.length == words.size()) { // "أحمد سالم وكريم ناصر": two people named; the first speaks here
            return verdict(new Speaker(String.join(" ", List.of(written).subList(0, second)), speaker.asWritten(), speaker.role(), null),
                    registry, nameParts, sentences);
        }
        if (clauseBeforeName(words)) { // "انتقد ظهور جوزيف بلاتر": the name is the object of what the words before it say
            return speaker.role() == null ? NOBODY : new Verdict(null, mention(speaker.role(), Mention.ANONYMOUS));
        }
        Speaker named = withoutLeadingCommonWords(speaker, words, registry);
        if (named == null) { // "مراسلة فرانس24 بقطاع غزة أفادت": a place after a role or a preposition, no name
            return speaker.role() == null ? NOBODY : new Verdict(null, mention(speaker.asWritten(), Mention.ANONYMOUS));
        }
        if (named != speaker) {
            return verdict(named, registry, nameParts, sentences);
        }
        if (words.size() == 1) {
            Registry.Entry person = registry.speakerBySurname(name);
            if (person != null) {
                return new Verdict(new Speaker(person.name(), speaker.asWritten(), speaker.role(), person), null);
            }
        }
        if (RULES.isGivenName(name)) {
            String full = fullName(name, sentences);
            if (full != null) {
                return new Verdict(new Speaker(full, speaker.asWritten(), speaker.role(), null), null); // "يوليا" after "يوليا سكريبال"
            }
            return speaker.role() == null ? NOBODY : new Verdict(null, mention(speaker.asWritten(), Mention.ANONYMOUS));
        }
        // a lone common word is still a name when another name of the article has it ("صلاح" after "محمد صلاح") or the
        // article writes it as a name
        // after a title a given name starts a name, whatever its words also mean ("الوزيرة ليلى حداد": nocturnal, blacksmith);
        // without one, a given name and one bare noun do ("وكانت ليلى حداد قالت"), not a definite noun, a pronoun's or an accusative
        boolean titledName = words.size() > 1 && RULES.isGivenName(words.get(0)) && (speaker.role() != null || words.size() == 2
                && !RULES.isAmbiguousName(words.get(0)) && !definite(words.get(1)) && !hasPronounSuffix(words.get(1)) && !words.get(1).endsWith("ا"));
        boolean common = commonWords(words, registry) || commonWordsWithPronouns(words, speaker.name(), registry)
                || words.size() == 1 && inflectedCommonWord(name, speaker.name(), registry);
        if (common && !titledName && !(words.size() == 1 && (nameParts.contains(name) || namedInArticle(name, sentences)))) {
            // "السفارة"، "المتحدث العسكري مقتل": the role is all there is
            return speaker.role() == null ? NOBODY : new Verdict(null, mention(speaker.role(), Mention.ANONYMOUS));
        }
        return new Verdict(speaker, null);
    }

    /**
     * A word that names nobody ("منه"، "أكثر", a number, a place's kind alone); not "علي" ("محسن علي") nor a foreign name's
     * particle inside the name ("كاريل فان أوستيروم": "فان" is also "فإن").
     */
    private static boolean namesNobody(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean particle = i > 0 && i < words.size() - 1 && RULES.isNameParticle(word);
            // a place's kind alone ("وتعد محافظة الجفرة منطقة بعيدة" named "منطقة") is no personal name; nor is a word that joins
            // a name's parts ("بن" of a name cut short, which the registry then gave the claims of every "X بن Y")
            if (RULES.isNotPerson(word) && !RULES.isAmbiguousName(word) && !particle
                    || words.size() == 1 && (RULES.isPlaceNoun(word) || RULES.linksName(word)) || Character.isDigit(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name without the place its role is the office of: a role that ends in an indefinite noun of a place's kind
     * ({@code ar/place-nouns.txt}: "رئيس بلدية"، "حاكم ولاية") takes the place's name right after it, whether or not the
     * gazetteer knows the place ("رئيس بلدية جنوى ماركو بوتشي" is Marco Bucci; "حاكم ولاية كيرالا الهندية" names nobody). The speaker
     * itself when its role ends otherwise or a given name follows; null when the place is all the name there is.
     */
    private static Speaker withoutTheRolesPlace(Speaker speaker) {
        if (speaker.role() == null) {
            return speaker;
        }
        String[] role = NameNormalizer.normalize(speaker.role()).split(" ");
        String[] written = speaker.name().split(" ");
        if (!RULES.isPlaceNoun(role[role.length - 1]) || RULES.isGivenName(NameNormalizer.normalize(written[0]))) {
            return speaker;
        }
        // the place's adjectives go with it ("ولاية كيرالا الهندية", "بلدية نيس الفرنسية"): a definite word, or a common word that
        // is no given name
        int name = 1;
        while (name < written.length && placeAdjective(NameNormalizer.normalize(written[name]))) {
            name++;
        }
        return name == written.length ? null : new Speaker(String.join(" ", List.of(written).subList(name, written.length)), speaker.asWritten(),
                speaker.role() + " " + String.join(" ", List.of(written).subList(0, name)), null);
    }

    private static boolean placeAdjective(String word) {
        return word.startsWith("ال") || commonWord(word) && !RULES.isGivenName(word);
    }

    /**
     * The name without the words read into it before the name proper: a common word behind a one-letter preposition
     * ("بفوز"، "لمنتخب") and a place ("لمنتخب إنجلترا غاري لينيكر" of "القائد السابق لمنتخب إنجلترا غاري لينيكر" is
     * Gary Lineker). A bare common word is left: many given names are one ("جهاد"، "سيد"). The speaker itself when nothing
     * is left out or it is places alone; null when nothing else is left after a role ("الناطق باسم الوزارة في قطاع غزة") or a
     * preposition (no name is "بقطاع غزة").
     */
    private static Speaker withoutLeadingCommonWords(Speaker speaker, List<String> words, Registry registry) {
        String[] written = speaker.name().split(" ");
        int first = 0;
        while (first < words.size() && (RULES.isCommonWordBehind("بلك", words.get(first))
                || !registry.placesWithin(words.subList(first, first + 1)).isEmpty())) {
            first++;
        }
        if (first == words.size() && (speaker.role() != null || words.stream().anyMatch(word -> RULES.isCommonWordBehind("بلك", word)))) {
            return null;
        }

        if (first == 0 || first == words.size() || written.length != words.size()) {
            return speaker;
        }
        return new Speaker(String.join(" ", List.of(written).subList(first, written.length)), speaker.asWritten(), speaker.role(), null);
    }

    /**
     * "اختيار طارق عامر"، "ظهور جوزيف بلاتر"، "أطلق سيرجيو راموس": common words, none a given name or a name's link, before a
     * given name and a surname: a verb or a verbal noun and what it is about, no name. A word of three letters may be a given
     * name that is also a common word ("سيد أحمد شاه"، "فهد"، "نور").
     */
    private static boolean clauseBeforeName(List<String> words) {
        int given = 0;
        while (given < words.size() - 2 && words.get(given).length() > 3 && commonWord(words.get(given)) && !RULES.isGivenName(words.get(given))
                && !RULES.linksName(words.get(given))) {
            given++;
        }
        return given > 0 && RULES.isGivenName(words.get(given));
    }

    /**
     * The first word that is و and a common word ("والمقيم"، "وتجميد") and no given name ("وليد"، "وسام"): no name goes on
     * past it; -1 for none.
     */
    private static int conjoinedCommonWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.length() > 3 && word.charAt(0) == 'و' && commonWord(word.substring(1)) && !RULES.isGivenName(word) && !commonWord(word)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The word that starts a second person's name after a name of two words or more: و and a given name ("وكريم" of "أحمد سالم
     * وكريم ناصر"), not itself a given name ("وليد") nor one a function word shares ("وعلي"), or و and a nationality before a
     * given name; -1 for none.
     */
    private static int secondPerson(List<String> words) {
        for (int i = 2; i < words.size(); i++) {
            String word = words.get(i);
            boolean given = word.length() > 3 && word.charAt(0) == 'و' && RULES.isGivenName(word.substring(1)) && !RULES.isGivenName(word)
                    && !RULES.isAmbiguousName(word.substring(1));
            // "أحمد سالم والأمريكي كريم ناصر": و and a nationality before a given name
            boolean nationality = word.startsWith("وال") && isNisba(word) && i + 1 < words.size() && RULES.isGivenName(words.get(i + 1));
            if (given || nationality) {
                return i;
            }
        }
        return -1;
    }

    /** The speaker's name, normalised, word by word (none for an empty name). */
    private static List<String> words(Speaker speaker) {
        return words(speaker.name());
    }

    /** A name's words, normalised as registry and text are. */
    static List<String> words(String name) {
        String normalized = NameNormalizer.normalize(name);
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }

    /** A name made only of common words, none of which ends a registry person's name or links the parts of a name ("عبد"، "أبو"). */
    private static boolean commonWords(List<String> words, Registry registry) {
        return words.stream().allMatch(word -> commonWord(word) && !registry.isSurname(word) && !RULES.linksName(word));
    }

    /** A common word, also behind a one-letter preposition ("بفرض" of "توعد الرئيس بفرض عقوبات"), unless a given name ("باسم"). */
    private static boolean commonWord(String word) {
        return RULES.isCommonWord(word) || RULES.isCommonWordBehind("بلك", word);
    }

    /** What a phrase read as a name is when it is no name: by its head word, or a role alone ("المتحدث"); null for a name. */
    private static Mention kindOf(List<String> words) {
        String head = words.get(0);
        if (RULES.isCollective(head) || words.size() == 1 && ArabicWordShapes.participlePlural(head) && !RULES.isGivenName(head)) {
            return Mention.COLLECTIVE;
        }
        if (RULES.isDocument(head)) {
            return Mention.DOCUMENT;
        }
        // "شاهد خاقان عباسي": a head word before one that is no common word starts a name ("شاهد عيان" is a witness)
        boolean named = words.size() > 1 && !RULES.isCommonWord(words.get(1)) && !words.get(1).startsWith("ال") && !RULES.headsSource(words.get(1));
        if (RULES.isAnonymous(head) && !named || words.stream().allMatch(RULES::isTitle)) {
            return Mention.ANONYMOUS;
        }
        if (RULES.isBody(head) || words.size() > 1 && RULES.isBody(head, words.get(1))) {
            return Mention.INSTITUTION;
        }
        return null;
    }

    /**
     * Whether the article writes the word right after a given name or a word that links a name
     * ("كريم حداد"، "بن سلامة"), or right before a family name ("عهد التميمي" makes a later "عهد" a
     * name). Any word before it would not do: a name is often followed by a common noun in
     * apposition ("كوهين محاميه"); nor any definite word after it: a common noun's complement is one
     * ("جماعة الإخوان").
     */
    private static boolean namedInArticle(String key, List<Attributions.Sentence> sentences) {
        for (Attributions.Sentence sentence : sentences) {
            List<String> keys = sentence.keys;
            for (int i = 0; i < keys.size(); i++) {
                // not after a given name that is also a function word ("على أهمية"، "على عدد" read "علي ..."): the registry would
                // then hold "أهمية" and "عدد" as people, who capture every later "عدد من"
                if (keys.get(i).equals(key) && (i > 0 && (RULES.isGivenName(keys.get(i - 1)) && !RULES.isAmbiguousName(keys.get(i - 1))
                        || RULES.linksName(keys.get(i - 1)))
                        || i + 1 < keys.size() && familyName(keys.get(i + 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The one full name the article writes with this given name ("يوليا سكريبال" for a later "يوليا"): the given name and
     * the word right after it, when that word is no common word, function word or head of a source; null when the
     * article writes none, or several ("محمد صلاح" and "محمد بن سلمان").
     */
    private static String fullName(String given, List<Attributions.Sentence> sentences) {
        String full = null;
        String surname = null;
        for (Attributions.Sentence sentence : sentences) {
            List<String> keys = sentence.keys;
            for (int i = 0; i + 1 < keys.size(); i++) {
                String next = keys.get(i + 1);
                if (keys.get(i).equals(given) && !sentence.breakBefore(i + 1) && !RULES.isCommonWord(next) && !RULES.isNotName(next)
                        && !RULES.isNotPerson(next) && !RULES.headsSource(next) && !RULES.linksName(next) && !RULES.isGivenName(next)
                        && !withPronoun(next)) {
                    if (surname != null && !surname.equals(next)) {
                        return null;
                    }
                    surname = next;
                    full = sentence.text.nameOf(sentence.tokens.get(i).start(), sentence.tokens.get(i + 1).end());
                }
            }
        }
        return full;
    }

    /**
     * "بينما قال دفاعه إنه"، "واستبعد ترحيله"، "تطبيقه بأثر رجعي": common words, one or more of them with a possessive pronoun
     * as written (ه, not the ة of "سلامة" that normalising makes ه too), name nobody.
     */
    private static boolean commonWordsWithPronouns(List<String> words, String name, Registry registry) {
        String[] written = name.split(" ");
        if (written.length != words.size()) {
            return false;
        }
        for (int i = 0; i < written.length; i++) {
            String word = words.get(i);
            boolean withPronoun = hasPronounSuffix(word) && !written[i].endsWith("ة") && !RULES.isGivenName(word)
                    && commonWord(withoutPronoun(word));
            if (!withPronoun && !(commonWord(word) && !registry.isSurname(word) && !RULES.linksName(word))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "الملك عزمه"، "المدير أسجله"، "الفريق ويخدم"، "الرئيس خطرا": one word read as a name after a title that is a common word
     * once the conjunction و, a pronoun, the accusative's ا or, after one of these, an imperfect verb's prefix is taken off:
     * the verb's object or the next clause, no one's name alone (the registry then gave such a word every later claim).
     * Not a given name ("تامر"، "ياسر"), a registry surname nor a word written with ة ("سلامة" is no "سلام" and a pronoun).
     */
    private static boolean inflectedCommonWord(String word, String written, Registry registry) {
        if (RULES.isGivenName(word) || registry.isSurname(word) || written.endsWith("ة")) {
            return false;
        }
        // و only: a foreign name often starts with ف ("فانيسا"، "فاين")
        boolean conjoined = word.length() > 3 && word.charAt(0) == 'و';
        String bare = conjoined ? word.substring(1) : word;
        String stem = withoutPronoun(bare);
        if (stem.equals(bare) && bare.length() > 3 && bare.endsWith("ا")) {
            stem = bare.substring(0, bare.length() - 1);
        }
        boolean inflected = conjoined || !stem.equals(bare);
        String verb = inflected && stem.length() > 3 && "ايتن".indexOf(stem.charAt(0)) >= 0 ? stem.substring(1) : stem;
        return inflected && !RULES.isGivenName(bare) && (stem.length() > 2 && commonWord(stem) || verb.length() > 2 && commonWord(verb));
    }

    /** "أصدرته"، "بيانها": a word with an object or possessive pronoun, no surname ("حمزة" ends in ه once normalised, not in ته). */
    private static boolean withPronoun(String key) {
        return key.length() > 4 && (key.endsWith("ته") || key.endsWith("ها") || key.endsWith("هم"));
    }

    /** A definite nisba that is no common word and no kind of source ("التميمي"، "الشمري"). */
    private static boolean familyName(String key) {
        return key.length() > 4 && key.startsWith("ال") && key.endsWith("ي") && !RULES.isCommonWord(key) && !RULES.headsSource(key)
                && !RULES.isNotPerson(key);
    }

    private static Source mention(String text, Mention kind) {
        return new Source(text, kind == Mention.INSTITUTION ? OutletKind.GOVERNMENT : OutletKind.COLLECTIVE,
                Resolution.COLLECTIVE, null, kind);
    }
}
