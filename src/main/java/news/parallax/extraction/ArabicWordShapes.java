package news.parallax.extraction;

/**
 * Predicates on the shape of one normalised Arabic word (a key of {@link Tokens}): the article, sound plurals, the
 * nisba, attached pronouns, verbal-noun patterns. They look at letters only, so that a source phrase can be read
 * without a dictionary of every noun; the word lists they consult are {@link Lexicon}'s.
 */
final class ArabicWordShapes {

    private static final Lexicon RULES = Lexicon.RULES;

    private ArabicWordShapes() {
    }

    /** Definite: "الصحيفة", also after a conjunction ("والصحيفة"). */
    static boolean definite(String key) {
        return key.startsWith("ال") || key.length() > 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && key.startsWith("ال", 1);
    }

    /**
     * A masculine sound plural in construct, of the participle shape مفعلو ("مؤيدو"، "ممثلو"، "منتقدو"),
     * before a definite genitive; names of that shape ("ماريو"، "مورينيو"، "موسكو") are left out.
     */
    static boolean constructPlural(String key) {
        return key.length() >= 5 && key.charAt(0) == 'م' && key.charAt(1) != 'ا' && key.endsWith("و") && "يكا".indexOf(key.charAt(key.length() - 2)) < 0;
    }

    /**
     * "مدعون"، "متظاهرون": an indefinite masculine plural of a participle (م, then no long vowel, ending in ون), a group;
     * "ماكرون"، "ميمون"، "موتون" have a long vowel after م.
     */
    static boolean participlePlural(String key) {
        return key.length() >= 5 && key.charAt(0) == 'م' && "اوي".indexOf(key.charAt(1)) < 0 && key.endsWith("ون");
    }

    /**
     * "المحتجون"، "الناجون": a definite sound plural, which names a group; "القانون" ends so but is one thing. A
     * participle's plural starts with "الم"; another is a plural when its oblique form ("الناجين") is a common word.
     */
    static boolean definitePlural(String key) {
        String word = key.startsWith("ال") ? key : key.substring(1);
        return word.length() >= 7 && word.endsWith("ون")
                && (word.startsWith("الم") || RULES.isCommonWord(word.substring(0, word.length() - 2) + "ين"));
    }

    /**
     * "مصرفيون"، "محللين"، "متظاهرون": an indefinite sound plural, a nisba's ("...يون") or one whose ين form is a common word,
     * with the article or without;
     * "ماكرون" and "جونسون" are neither.
     */
    static boolean indefinitePlural(String key) {
        if (key.length() < 6 || !key.endsWith("ون") && !key.endsWith("ين") || key.startsWith("لل") || RULES.endsName(key)) {
            return false; // "وأضاف للصحفيين": told the press, no source
        }
        String stem = key.substring(0, key.length() - 2);
        // "متظاهرون": the plural is common with the article only ("المتظاهرين")
        return stem.endsWith("ي") || RULES.isCommonWord(stem + "ين") || RULES.isCommonWord("ال" + stem + "ين");
    }

    /** "المتظاهرون الحكومة": a sound plural that keeps its ن, definite or not, takes no genitive (the noun after it is an object). */
    static boolean withNun(String key) {
        return key.length() > 5 && (key.endsWith("ون") || key.endsWith("ين"));
    }

    /** "دبلوماسيون"، "مسؤولين": a sound plural that keeps its ن, so it is no construct and takes no genitive noun. */
    static boolean soundPluralWithNun(String key) {
        return key.length() > 5 && (key.endsWith("ون") || key.endsWith("ين")) && !key.startsWith("ال");
    }

    /** An adjective of relation: "العسكري"، "التركية"، "سعوديون". */
    static boolean isNisba(String key) {
        return key.length() > 3 && (key.endsWith("ي") || key.endsWith("يه") || key.endsWith("يون") || key.endsWith("يين"));
    }

    /** The word without an attached pronoun ("خلاله" -> "خلال", "عليها" -> "علي", "بيانهما" -> "بيان"), or the word itself. */
    static String withoutPronoun(String key) {
        int n = key.length();
        return n > 5 && key.endsWith("هما") ? key.substring(0, n - 3) : n > 4 && (key.endsWith("ها") || key.endsWith("هم")) ? key.substring(0, n - 2) : n > 3 && key.endsWith("ه") ? key.substring(0, n - 1) : key;
    }

    /** "طاقته"، "حكومتها": a feminine noun (ة written ت) with a pronoun; names end in ة, never in ته. */
    static boolean carriesPronoun(String key) {
        return key.length() > 4 && (key.endsWith("ته") || key.endsWith("تها") || key.endsWith("تهم"));
    }

    /** "أنه"، "إنها"، "بأنهم": a complementizer that carries the subject of its clause as a pronoun. */
    static boolean complementizerWithPronoun(String key) {
        return RULES.isComplementizer(key) && (key.endsWith("ه") || key.endsWith("ها") || key.endsWith("هم"));
    }

    /** "اطلاعه", "موقفها": a noun with a possessive pronoun; "عبد الله" keeps its ه. */
    static boolean hasPronounSuffix(String key) {
        return key.length() > 4 && !key.startsWith("ال") && (key.endsWith("ه") && !key.endsWith("الله") || key.endsWith("ها"));
    }

    /** "بالاحتمال"، "كالعادة": a preposition glued to a definite noun; "كالين" (Kalin) is too short to be one. */
    static boolean prepositional(String key) {
        return key.length() > 5 && (key.startsWith("بال") || key.startsWith("كال"));
    }

    /**
     * An indefinite accusative of the patterns فاعلا and مفعلا ("فائزا"، "معلقا"), of six letters مفتعلا، متفعلا and مفاعلا
     * ("مبتسما"، "متحدثا"، "مطالبا"), or of seven متفاعلا ("متشائما"، "متفائلا"): a circumstance, never part of a name.
     */
    static boolean accusative(String key) {
        if (key.length() == 7) {
            return key.startsWith("مت") && key.charAt(3) == 'ا' && key.endsWith("ا");
        }
        if (key.length() == 6) {
            return key.charAt(0) == 'م' && key.endsWith("ا") && (key.charAt(1) == 'ت' || key.charAt(2) == 'ت' || key.charAt(2) == 'ا')
                    && key.indexOf('ا') >= 2;
        }
        return key.length() == 5 && key.endsWith("ا") && (key.charAt(1) == 'ا' && key.charAt(0) != 'ا' && key.charAt(2) != 'ا'
                && key.charAt(3) != 'ا' && key.charAt(3) != 'ي' || key.charAt(0) == 'م' && key.indexOf('ا') == 4);
    }

    /**
     * A verbal noun of the derived patterns افتعال، انفعال، استفعال، تفعيل، تفاعل ("انطلاق"، "اجتماع"،
     * "استمرار"، "تعيين"، "تبادل"): after a speech verb it is the verb's object.
     */
    static boolean verbalNoun(String key) {
        int n = key.length();
        return n >= 6 && key.startsWith("است") && key.charAt(n - 2) == 'ا'
                || n == 6 && key.charAt(0) == 'ا' && (key.charAt(2) == 'ت' || key.charAt(1) == 'ن') && key.charAt(4) == 'ا'
                        && "اوي".indexOf(key.charAt(3)) < 0 // "انطوان" is a name
                || n == 5 && key.charAt(0) == 'ت' && "وي".indexOf(key.charAt(1)) < 0 && key.charAt(3) == 'ي'
                || n == 5 && key.charAt(0) == 'ت' && key.charAt(2) == 'ا' && key.charAt(1) != 'ا' && key.charAt(4) != 'ي'; // "تشافي" is a name
    }

    /** The verbal noun pattern إفعال ("إغلاق"، "إطلاق"، "إعلان"), normalised: ا, two letters, ا, a letter. */
    static boolean ifal(String key) {
        return key.length() == 5 && key.charAt(0) == 'ا' && key.charAt(3) == 'ا' && key.charAt(1) != 'ا' && key.charAt(2) != 'ا';
    }

    /** "درسوا"، "قالوا": a past verb of the masculine plural, which no name or noun of a source phrase has the shape of. */
    static boolean pluralVerb(String key) {
        return key.length() > 3 && key.endsWith("وا");
    }

    static boolean isLatin(String key) {
        return !key.isEmpty() && Character.UnicodeScript.of(key.codePointAt(0)) == Character.UnicodeScript.LATIN;
    }
}
