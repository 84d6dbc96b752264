package news.parallax.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.parallax.api.model.OutletKind;
import news.parallax.text.NameNormalizer;

/**
 * The word lists of attribution (speech verbs, source cues, titles, outlet cues, kinds of
 * source, words that are never names), read from {@code extraction/<language>/*.txt} and
 * normalised once, when loaded, with {@link NameNormalizer}: text is matched after
 * normalisation, so a list entry typed with ة or أ matches the text as written.
 */
final class Lexicon {

    private static final List<String> LANGUAGES = List.of("ar", "en");

    static final Lexicon RULES = new Lexicon();

    private final Words speechVerbs = new Words();
    private final Words feminineSpeechVerbs = new Words();
    private final Words pluralVerbs = new Words();
    private final Words broadcastVerbs = new Words();
    private final Map<String, List<String>> verbsByLanguage = new HashMap<>();
    private final Words participles = new Words();
    private final Words openingAdverbials = new Words();
    private final Words titles = new Words();
    private final Words relations = new Words();
    private final Words anonymous = new Words();
    private final Words collective = new Words();
    private final Words bodies = new Words();
    private final Words documents = new Words();
    private final Words notNames = new Words();
    private final Words notPersons = new Words();
    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> foreignGivenNames = new HashSet<>();
    private final Words professions = new Words();
    private final Set<String> nameEnds = new HashSet<>();
    /** States, capitals and organisations named in one word: bodies whose name is complete ("السعودية"، "غوغل"). */
    private final Words states = new Words();
    private final Set<String> clauseOpeners = new HashSet<>();
    private final Words subjectContinuers = new Words();
    private final Words complementizers = new Words();
    private final Words relatives = new Words();
    private final Set<String> spelledLetters = new HashSet<>();
    private final Set<String> complements = new HashSet<>();
    private final Words relayVerbs = new Words();
    private final Words sayVerbs = new Words();
    private final Set<String> nameLinks = new HashSet<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final Set<String> interviewWords = new HashSet<>();
    private final Set<String> speechOccasions = new HashSet<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    private final Set<String> roleComplements = new HashSet<>();
    private final Set<String> placeNouns = new HashSet<>();
    private final Set<String> genericRoles = new HashSet<>();
    private final Set<String> roleAdjectives = new HashSet<>();
    private final Set<String> roleAdverbs = new HashSet<>();
    private final Set<String> soCalled = new HashSet<>();
    private final Set<String> namedAs = new HashSet<>();
    private final Set<String> compoundNameEnds = new HashSet<>();
    private final Set<String> institutionNames = new HashSet<>();
    private final Set<String> issuedBy = new HashSet<>();
    private final Map<String, Set<String>> notSaidObjects = new HashMap<>();
    private final Map<String, String> verbComplements = new HashMap<>();
    private final Words objectFirstVerbs = new Words();
    private final Set<String> commonWords = new HashSet<>();
    private final Words pastAuxiliaries = new Words();
    private final Words negations = new Words();
    private final Set<String> negatedStances = new HashSet<>();
    private final Set<String> ageUnits = new HashSet<>();
    private final Words subjectFirst = new Words();
    private final Words pronounSubjects = new Words();
    private final Words correspondents = new Words();
    private final Set<String> sourceAnaphors = new HashSet<>();
    private final Words learningVerbs = new Words();
    private final Set<String> descriptionPronouns = new HashSet<>();
    private final Set<String> outletEpithets = new HashSet<>();
    private final Set<String> outletTails = new HashSet<>();
    private final Set<String> outletDescriptions = new HashSet<>();
    private final Set<String> adjectiveModifiers = new HashSet<>();
    private final Map<String, OutletKind> outletCues = new HashMap<>();
    private final Set<String> quotedNameCues = new HashSet<>();
    private final Words reportNouns = new Words();
    private final Words quantifiers = new Words();
    private final Set<String> countryWords = new HashSet<>();
    private final Phrases sourceCues;
    private final Map<String, List<String>> cuesByLanguage = new HashMap<>();
    private final List<String> reportingVerbs = new ArrayList<>();
    private final Phrases fillers;
    private final Phrases afterSpeech;

    private Lexicon() {
        List<List<String>> sourceCues = new ArrayList<>();
        List<List<String>> fillers = new ArrayList<>();
        List<List<String>> afterSpeech = new ArrayList<>();
        for (String language : LANGUAGES) {
            List<String> verbs = new ArrayList<>();
            verbsByLanguage.put(language, verbs);
            for (List<String> line : read(language, "speech-verbs.txt")) {
                verbs.addAll(line);
                speechVerbs.addAll(line);
                if (language.equals("ar")) {
                    List<String> feminine = arabicFeminine(line);
                    speechVerbs.addAll(feminine);
                    feminineSpeechVerbs.addAll(feminine);
                    pluralVerbs.addAll(arabicPlural(line));
                }
            }
            if (language.equals("ar")) {
                for (List<String> line : read(language, "complement-verbs.txt")) { // "عبر عن": speech only with its complement
                    List<String> forms = new ArrayList<>(List.of(line.get(0)));
                    List<String> feminine = arabicFeminine(forms);
                    feminineSpeechVerbs.addAll(feminine);
                    forms.addAll(feminine);
                    forms.forEach(form -> verbComplements.put(form, line.get(1)));
                    speechVerbs.addAll(forms);
                }
                for (List<String> line : read(language, "object-first-verbs.txt")) { // "اتهم X بـ": ب right after X is the passive
                    objectFirstVerbs.addAll(line);
                    objectFirstVerbs.addAll(arabicFeminine(line));
                }
            }
            for (List<String> line : read(language, "broadcast-verbs.txt")) {
                broadcastVerbs.addAll(line);
                broadcastVerbs.addAll(arabicFeminine(line));
            }
            read(language, "speech-participles.txt").forEach(participles::addAll);
            read(language, "titles.txt").forEach(titles::addAll);
            read(language, "relations.txt").forEach(relations::addAll);
            read(language, "anonymous-sources.txt").forEach(anonymous::addAll);
            read(language, "collective-sources.txt").forEach(collective::addAll);
            read(language, "bodies.txt").forEach(line -> bodies.add(String.join(" ", line)));
            read(language, "states.txt").forEach(line -> states.add(String.join(" ", line)));
            read(language, "organisations.txt").forEach(line -> states.add(String.join(" ", line))); // named whole, as a state is
            read(language, "name-ends.txt").forEach(nameEnds::addAll);
            read(language, "clause-openers.txt").forEach(clauseOpeners::addAll);
            read(language, "subject-continuers.txt").forEach(subjectContinuers::addAll);
            read(language, "opening-adverbials.txt").forEach(openingAdverbials::addAll);
            read(language, "complementizers.txt").forEach(complementizers::addAll);
            read(language, "relative-pronouns.txt").forEach(relatives::addAll);
            read(language, "spelled-letters.txt").forEach(spelledLetters::addAll);
            read(language, "speech-complements.txt").forEach(complements::addAll);
            read(language, "name-links.txt").forEach(nameLinks::addAll);
            read(language, "name-particles.txt").forEach(nameParticles::addAll);
            read(language, "interview-words.txt").forEach(interviewWords::addAll);
            read(language, "speech-occasions.txt").forEach(speechOccasions::addAll);
            read(language, "ambiguous-names.txt").forEach(ambiguousNames::addAll);
            read(language, "role-complements.txt").forEach(roleComplements::addAll);
            read(language, "place-nouns.txt").forEach(placeNouns::addAll);
            read(language, "generic-roles.txt").forEach(genericRoles::addAll);
            read(language, "role-adjectives.txt").forEach(roleAdjectives::addAll);
            read(language, "role-adverbs.txt").forEach(roleAdverbs::addAll);
            read(language, "so-called.txt").forEach(line -> soCalled.add(String.join(" ", line)));
            read(language, "named-as.txt").forEach(namedAs::addAll);
            read(language, "compound-name-ends.txt").forEach(compoundNameEnds::addAll);
            read(language, "institution-names.txt").forEach(institutionNames::addAll);
            read(language, "issued-by.txt").forEach(issuedBy::addAll);
            for (List<String> line : read(language, "not-said.txt")) { // a verb, then the objects that make it no speech
                notSaidObjects.computeIfAbsent(line.get(0), verb -> new HashSet<>()).addAll(line.subList(1, line.size()));
            }
            read(language, "common-words.txt").forEach(commonWords::addAll);
            read(language, "say-verbs.txt").forEach(sayVerbs::addAll);
            read(language, "past-auxiliaries.txt").forEach(pastAuxiliaries::addAll);
            read(language, "negations.txt").forEach(negations::addAll);
            if (language.equals("ar")) {
                read(language, "negated-stances.txt").forEach(line -> {
                    negatedStances.addAll(line);
                    negatedStances.addAll(arabicFeminine(line));
                });
                read(language, "age-units.txt").forEach(ageUnits::addAll);
            }
            read(language, "subject-first.txt").forEach(subjectFirst::addAll);
            read(language, "pronoun-subjects.txt").forEach(pronounSubjects::addAll);
            read(language, "correspondents.txt").forEach(correspondents::addAll);
            read(language, "source-anaphors.txt").forEach(sourceAnaphors::addAll);
            read(language, "learning-verbs.txt").forEach(learningVerbs::addAll);
            read(language, "description-pronouns.txt").forEach(descriptionPronouns::addAll);
            read(language, "outlet-epithets.txt").forEach(outletEpithets::addAll);
            read(language, "outlet-tails.txt").forEach(outletTails::addAll);
            read(language, "outlet-descriptions.txt").forEach(outletDescriptions::addAll);
            read(language, "adjective-modifiers.txt").forEach(adjectiveModifiers::addAll);
            for (List<String> line : read(language, "relay-verbs.txt")) {
                relayVerbs.addAll(line);
                relayVerbs.addAll(arabicFeminine(line));
            }
            read(language, "documents.txt").forEach(documents::addAll);
            read(language, "not-names.txt").forEach(notNames::addAll);
            read(language, "not-persons.txt").forEach(notPersons::addAll);
            read(language, "given-names.txt").forEach(line -> givenNames.add(String.join(" ", line)));
            read(language, "foreign-given-names.txt").forEach(line -> foreignGivenNames.add(String.join(" ", line)));
            givenNames.addAll(foreignGivenNames);
            read(language, "professions.txt").forEach(professions::addAll);
            for (List<String> line : read(language, "outlet-cues.txt")) {
                // the last word is the kind: "وكالة news_agency", "الخدمة الصحفية government"
                outletCues.put(String.join(" ", line.subList(0, line.size() - 1)), OutletKind.fromValue(line.get(line.size() - 1)));
            }
            read(language, "quoted-name-cues.txt").forEach(quotedNameCues::addAll);
            read(language, "report-nouns.txt").forEach(reportNouns::addAll);
            read(language, "quantifiers.txt").forEach(quantifiers::addAll);
            read(language, "country-words.txt").forEach(countryWords::addAll);
            List<List<String>> cues = read(language, "source-cues.txt");
            sourceCues.addAll(cues);
            cuesByLanguage.put(language, cues.stream().map(cue -> String.join(" ", cue)).toList());
            read(language, "reporting-verbs.txt").forEach(line -> reportingVerbs.add(String.join(" ", line)));
            fillers.addAll(read(language, "fillers.txt"));
            afterSpeech.addAll(read(language, "after-speech.txt"));
        }
        this.sourceCues = new Phrases(sourceCues);
        this.fillers = new Phrases(fillers);
        this.afterSpeech = new Phrases(afterSpeech);
    }

    /** The feminine forms of a verb line "قال يقول": قالت and تقول. */
    private static List<String> arabicFeminine(List<String> forms) {
        List<String> feminine = new ArrayList<>();
        for (String form : forms) {
            if (form.startsWith("ي")) {
                feminine.add("ت" + form.substring(1));
            } else {
                // a final weak letter goes: دعا -> دعت, نفى -> نفت
                feminine.add((form.endsWith("ا") || form.endsWith("ي") ? form.substring(0, form.length() - 1) : form) + "ت");
            }
        }
        return feminine;
    }

    /** The masculine plural forms of a verb line "قال يقول": قالوا and يقولون (دعا: دعوا، يدعو: يدعون). */
    private static List<String> arabicPlural(List<String> forms) {
        List<String> plural = new ArrayList<>();
        for (String form : forms) {
            boolean present = form.startsWith("ي");
            String stem = form.length() > 2 && (form.endsWith("ا") || form.endsWith("ي") || form.endsWith("و")) ? form.substring(0, form.length() - 1) : form;
            plural.add(stem + (present ? "ون" : "وا"));
        }
        return plural;
    }

    /** A list file as lines of normalised words; blank lines and # comments skipped; a missing file is empty. */
    private static List<List<String>> read(String language, String file) {
        List<List<String>> lines = new ArrayList<>();
        String resource = "extraction/" + language + "/" + file;
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return lines;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // outlet-cues.txt ends a line with a kind in Latin letters, kept as written
                String normalized = NameNormalizer.normalize(line);
                if (!normalized.isEmpty()) {
                    lines.add(List.of(normalized.split(" ")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The word after a leading conjunction و or ف ("وقال" -> "قال"), or null when it starts with neither (or is too short). */
    static String withoutConjunction(String key) {
        return key.length() > 2 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') ? key.substring(1) : null;
    }

    /** A speech verb, also with a conjunction ("وقال") or an object pronoun ("نقلتها صحيفة", "ذكرته الوكالة"). */
    boolean isSpeechVerb(String key) {
        return isPluralSpeechVerb(key) || withObjectPronoun(speechVerbs, key);
    }

    /** "وقالت"، "أعلنت"، "وتقول": a speech verb in the feminine, past or present, also with a conjunction. */
    boolean isFeminineSpeechVerb(String key) {
        return feminineSpeechVerbs.containsWithConjunction(key);
    }

    /** A verb of broadcasting ("بثت"، "وعرض"، "عرضتها قناة"), whose subject is cited only when it is a named outlet. */
    boolean isBroadcastVerb(String key) {
        return withObjectPronoun(broadcastVerbs, key);
    }

    /** A verb of {@code verbs}, also with a conjunction ("وقال") or an object pronoun ("نقلتها صحيفة", "ذكرته الوكالة"). */
    private static boolean withObjectPronoun(Words verbs, String key) {
        if (verbs.containsWithConjunction(key)) {
            return true;
        }
        int pronoun = key.endsWith("ها") || key.endsWith("هم") ? 2 : key.endsWith("ه") ? 1 : 0;
        String verb = key.substring(0, key.length() - pronoun);
        // "إضافة"، "إشارة" (normalised "اضافه"، "اشاره") are nouns, not "أضاف" + "ه"; so are "تابعة"، "طالبة" (فاعلة), not "تابع" + "ه";
        // and so with a conjunction ("وإدانة" is no "وأدانه")
        String bare = !verbs.contains(verb) && verb.length() > 3 && (verb.charAt(0) == 'و' || verb.charAt(0) == 'ف') ? verb.substring(1) : verb;
        // only a hollow verb of the form أفعل makes such a noun ("أضاف"، "أشار"، "أدان"): "أكده"، "أعلنه" are a verb and its pronoun
        boolean feminine = pronoun == 1 && bare.length() == 4 && (bare.startsWith("ا") && bare.charAt(2) == 'ا' || bare.charAt(1) == 'ا');
        // a final ى is written ا before the pronoun: "نفاه" is "نفى" + "ه" ("وهو ادعاء نفاه الوزير")
        boolean defective = verb.endsWith("ا") && verbs.containsWithConjunction(verb.substring(0, verb.length() - 1) + "ي");
        return pronoun > 0 && verb.length() > 2 && (verbs.containsWithConjunction(verb) || defective) && !feminine;
    }

    /** The complement without which the speech verb {@code key} is no speech ("عن" for "وعبر"), or null. */
    String requiredComplement(String key) {
        String complement = verbComplements.get(key);
        String bare = withoutConjunction(key);
        return complement != null || bare == null ? complement : verbComplements.get(bare);
    }

    /** "اتهم": a speech verb whose object comes before its complement with ب, so that ب right after its subject is the passive. */
    boolean takesObjectFirst(String key) {
        return objectFirstVerbs.containsWithConjunction(key);
    }

    /** "قالوا"، "يؤكدون": a speech verb of the masculine plural, whose subject stands before it ("لكن خبراء قالوا"). */
    boolean isPluralSpeechVerb(String key) {
        return pluralVerbs.containsWithConjunction(key);
    }

    boolean isParticiple(String key) {
        return participles.containsWithConjunction(key);
    }

    /** An indefinite noun of a place's kind ("بلديه"، "ولايه"), normalised: at the end of a role, the place's name follows it. */
    boolean isPlaceNoun(String key) {
        return placeNouns.contains(key);
    }

    boolean isTitle(String key) {
        return titles.containsWithConjunction(key) || withPronoun(key, true);
    }

    /** "محاميه"، "نائبه": a role with a possessive pronoun, which takes no genitive ("محاميه جون سميث"). */
    boolean isTitleWithPronoun(String key) {
        return !titles.containsWithConjunction(key) && withPronoun(key, true);
    }

    /** "محاميه"، "والدته"، "نائبه": a relation or a title with a possessive pronoun, a role before a name. */
    private boolean withPronoun(String key, boolean conjunction) {
        int pronoun = key.endsWith("هم") || key.endsWith("ها") ? 2 : key.endsWith("ه") ? 1 : 0;
        if (pronoun == 0 || key.length() - pronoun < 3) {
            return false;
        }
        String noun = key.substring(0, key.length() - pronoun);
        // "والدته": ة is written ت before a pronoun; "محامياها": a dual in construct drops its ن
        noun = noun.endsWith("ت") ? noun.substring(0, noun.length() - 1) + "ه" : noun.endsWith("ا") ? noun.substring(0, noun.length() - 1) : noun;
        return conjunction ? relations.containsWithConjunction(noun) || titles.containsWithConjunction(noun) : relations.contains(noun) || titles.contains(noun);
    }

    /** "والد"، "شقيقة": a noun of kinship or relation (relations.txt), a role in construct ("باسم التميمي، والد عهد،"). */
    boolean isRelation(String key) {
        return relations.contains(key);
    }

    /** "والزعيم"، "ورجل الدين": a title or profession after a conjunction, not one that starts with و itself ("وزير"). */
    boolean isConjoinedTitle(String key) {
        return !titles.contains(key) && !professions.contains(key) && !withPronoun(key, false) && (isTitle(key) || isProfession(key));
    }

    boolean isAnonymous(String key) {
        return anonymous.containsWithConjunction(key);
    }

    boolean isCollective(String key) {
        return collective.containsWithConjunction(key);
    }

    boolean isBody(String key) {
        return bodies.containsWithConjunction(key) || states.containsWithConjunction(key);
    }

    /** "وكتائب"، "وإسرائيل": a body or state after the conjunction و ("وزارة" is a body of its own). */
    boolean isConjoinedBody(String key) {
        return key.length() > 3 && key.charAt(0) == 'و' && !bodies.contains(key) && !states.contains(key) && isBody(key.substring(1));
    }

    boolean isBody(String first, String second) {
        return bodies.containsWithConjunction(first + " " + second) || states.containsWithConjunction(first + " " + second);
    }

    /** How many tokens from {@code at} name a state ("السعودية": 1, "الولايات المتحدة": 2), 0 when none does. */
    int stateAt(List<String> keys, int at) {
        if (at + 1 < keys.size() && states.containsWithConjunction(keys.get(at) + " " + keys.get(at + 1))) {
            return 2;
        }
        return states.containsWithConjunction(keys.get(at)) ? 1 : 0;
    }

    boolean isDocument(String key) {
        return documents.containsWithConjunction(key);
    }

    /** A word that makes a phrase no person's name ("منه"، "أكثر"): never registered as a speaker. */
    boolean isNotPerson(String key) {
        return notPersons.containsWithConjunction(key) || notNames.contains(key);
    }

    /**
     * A common word, no personal name, by how a corpus uses it ("محامي" takes ال, "عدم" follows
     * prepositions, "تم" is frequent and never follows a given name): generated, {@code ar/common-words.txt}.
     */
    boolean isCommonWord(String key) {
        return commonWords.contains(key);
    }

    /** "بفرض", "بجهود": a common word behind one of the one-letter prepositions {@code letters}, and no given name ("باسم"). */
    boolean isCommonWordBehind(String letters, String key) {
        return key.length() > 3 && letters.indexOf(key.charAt(0)) >= 0 && isCommonWord(key.substring(1)) && !isGivenName(key);
    }

    /** A given name alone ("محمد"), normalised, its words joined by spaces. */
    boolean isGivenName(String name) {
        return givenNames.contains(name);
    }

    /** A given name of someone outside the Arab world ("كريس"، "ألفونس"): never a father's name inside an Arabic name chain. */
    boolean isForeignGivenName(String key) {
        return foreignGivenNames.contains(key);
    }

    /** "كان"، "وكانت": the auxiliary of the past perfect, with its subject before the verb ("وكان X قد قال"، "أن X كان قد قال"). */
    boolean isPastAuxiliary(String key) {
        return pastAuxiliaries.containsWithConjunction(key);
    }

    /**
     * "ولم"، "لن": a particle before {@code verb} that negates it, so that it says nothing, unless the verb's negation is a
     * stance of its own ("لم يستبعد").
     */
    boolean negatesSpeech(String particle, String verb) {
        return negations.containsWithConjunction(particle) && !negatedStances.contains(verb);
    }

    /** "عاما"، "سنة": the unit of an age written after a number ("كين، 24 عاما، قد صرح"). */
    boolean isAgeUnit(String key) {
        return ageUnits.contains(key);
    }

    /** "لكن"، "ولكن": a conjunction with the subject between it and the verb ("لكن مينغ قال إنه"). */
    boolean putsSubjectFirst(String key) {
        return subjectFirst.containsWithConjunction(key);
    }

    /** "ولكنه"، "بدورها": a word that carries the subject of the speech verb after it as a pronoun. */
    boolean carriesSubject(String key) {
        return pronounSubjects.containsWithConjunction(key);
    }

    /** "المصدر" ("وأضاف المصدر نفسه"، "وفقا للمصدر"): the source named before, not a new one; "ل" + "ال" read as "لل". */
    boolean isSourceAnaphor(String key) {
        return sourceAnaphors.contains(withArticle(key));
    }

    /** "للمصدر" read as "المصدر": ل before the article drops the article's alef. */
    static String withArticle(String key) {
        return key.startsWith("لل") ? "ال" + key.substring(2) : key;
    }

    /** A broadcasting verb of learning, after whose outlet "من" names the source it learned from ("علمت وكالة ... من مصدر"). */
    boolean learnsFrom(String key) {
        return learningVerbs.containsWithConjunction(key);
    }

    /** "مراسل"، "مراسلة": a correspondent, who reports for the outlet named after the word ("مراسل وكالة فرانس برس"). */
    boolean isCorrespondent(String key) {
        return correspondents.containsWithConjunction(key);
    }

    /** "الموالية"، "المحلية": an adjective that describes an outlet after its name and is never part of it. */
    boolean isOutletEpithet(String key) {
        return outletEpithets.contains(key);
    }

    /** "الأنباء" in "وكالة الأنباء الروسية (سبوتنيك)": a word that describes an outlet, whose name follows in quotes or brackets. */
    boolean describesOutlet(String key) {
        return outletDescriptions.contains(key);
    }

    /** "للأنباء": a word that closes how an outlet is written ("وكالة البحرين الرسمية للأنباء"). */
    boolean isOutletTail(String key) {
        return outletTails.contains(key);
    }

    /** "شبه"، "غير": a word that qualifies the adjective after it ("شبه الرسمية"). */
    boolean modifiesAdjective(String key) {
        return adjectiveModifiers.contains(key);
    }

    /** "وهو"، "وهي": a pronoun that opens a clause describing the name before it ("راشيل لوبلان وهي شاهدة عيان"). */
    boolean opensDescription(String key) {
        return descriptionPronouns.contains(key);
    }

    /** "الصحافي"، "محامي"، "حارس": a profession, a role before a name only when a given name or a registry name follows. */
    boolean isProfession(String key) {
        return professions.containsWithConjunction(key);
    }

    /** A word that is never a name, also after a conjunction ("وفي"، "ومن"). */
    boolean isNotName(String key) {
        return notNames.containsWithConjunction(key);
    }

    /** A word after which an untitled name is complete ("إن", "في", a weekday). */
    boolean endsName(String key) {
        return nameEnds.contains(key);
    }

    /** A word after which a verb opens a clause of its own ("كما أكد"), so the words after the verb are its subject. */
    boolean opensClause(String key) {
        return clauseOpeners.contains(key);
    }

    /** "حين"، "ولكنه": a word after which a speech verb with no subject goes on with the subject that opens the sentence. */
    boolean continuesSubject(String key) {
        return subjectContinuers.containsWithConjunction(key);
    }

    /** "في"، "ومنذ": a preposition that opens an adverbial phrase which a comma may set off before the sentence's verb. */
    boolean opensAdverbial(String key) {
        return openingAdverbials.containsWithConjunction(key);
    }

    /** "أن", "إن", "بأن": a word after which a clause, and so a subject, begins. */
    boolean isComplementizer(String key) {
        return complementizers.containsWithConjunction(key);
    }

    /** "إلى"، "عن"، "على": a preposition that speech verbs take ("دعا X إلى"، "أعرب X عن"، "شدد X على"). */
    boolean isComplement(String key) {
        return complements.contains(key);
    }

    /** "إي"، "بي"، "إن": a Latin letter spelled in Arabic, as outlets' acronyms are written ("إي أس بي إن"). */
    boolean isSpelledLetter(String key) {
        return spelledLetters.contains(key);
    }

    /** "التي"، "الذي"، "والتي": a relative pronoun, whose verb has the noun before it as subject. */
    boolean isRelative(String key) {
        return relatives.containsWithConjunction(key);
    }

    /** A verb after which "عن" names whom it relays ("نقلت الوكالة عن ..."), with a conjunction or not. */
    boolean relays(String key) {
        return relayVerbs.containsWithConjunction(key);
    }

    /** "قال"، "وتقول": the verb of saying itself, which takes no object but what is said. */
    boolean says(String key) {
        return sayVerbs.containsWithConjunction(key);
    }

    /** A word that joins the parts of a personal name ("عبد"، "بن"، "أبو"): the word after it may be definite. */
    boolean linksName(String key) {
        return nameLinks.contains(key);
    }

    /** A particle inside a foreign name ("فان"، "دي"، "دا"), which is also an Arabic word once normalised ("فإن"). */
    boolean isNameParticle(String key) {
        return nameParticles.contains(key);
    }

    /** A name that is also a function word once normalised ("علي"): the last word of a name only before a clear end. */
    boolean isAmbiguousName(String key) {
        return ambiguousNames.contains(key);
    }

    /** "باسم"، "في": a word that starts the complement of a role, which a later mention of the role may leave out. */
    boolean isComplementOfRole(String key) {
        return roleComplements.contains(key);
    }

    /** "مسؤول": the head of a role that fits any office, when its adjectives fit. */
    boolean isGenericRole(String key) {
        return genericRoles.contains(key);
    }

    /** "السابق"، "الدائم": an adjective that goes on a role after one of relation ("الرئيس الأمريكي السابق"). */
    boolean isRoleAdjective(String key) {
        return roleAdjectives.contains(key);
    }

    /** "ما يعرف"، "ما يسمى" (two keys with a space): "so-called" inside a role, before the name of a body ("أمين ما يعرف بكتائب ..."). */
    boolean isSoCalled(String twoKeys) {
        return soCalled.contains(twoKeys);
    }

    /** "الدين" in "نور الدين": the second word of a compound given name, which no surname is. */
    boolean endsCompoundName(String key) {
        return compoundNameEnds.contains(key);
    }

    /** "يدعى": "is called", after an unnamed source before the person's name ("شاهد عيان يدعى X"). */
    boolean isNamedAs(String key) {
        return namedAs.contains(key);
    }

    /** "حديثا"، "بالإنابة": an adverb that goes on a role before the name ("رئيس الوزراء المنتخب حديثا، X"). */
    boolean isRoleAdverb(String key) {
        return roleAdverbs.contains(key);
    }

    /** A word that makes an outlet cue name an institution ("وكالة الفضاء"، "وكالة ... للتقييم"), not a news outlet. */
    boolean isInstitutionName(String key) {
        return institutionNames.contains(key);
    }

    /** "صادر"، "الصادرة": after a document, with عن, it names who issued it ("بيان صادر عن الوزارة"). */
    boolean isIssuedBy(String key) {
        return issuedBy.contains(key);
    }

    /** "وأضاف اللاعب الهدف الثاني": the speech verb {@code verb} with the object {@code key} says nothing. */
    boolean notSaid(String verb, String key) {
        Set<String> objects = notSaidObjects.containsKey(verb) || verb.length() < 3 || verb.charAt(0) != 'و' ? notSaidObjects.get(verb)
                : notSaidObjects.get(verb.substring(1));
        return objects != null && objects.contains(key);
    }

    /** A word between a speech verb and the outlet it was said to ("في مقابلة مع"، "خلال"). */
    boolean isInterviewWord(String key) {
        return interviewWords.contains(key);
    }

    /** What someone speaks in, made by the subject of the verb before it ("عقد مؤتمرا صحفيا قال فيه"، "بيانا أكد فيه"). */
    boolean isSpeechOccasion(String key) {
        return speechOccasions.contains(key);
    }

    /** Any word that heads a source phrase of its own: a title, an outlet cue or a kind of source. */
    boolean headsSource(String key) {
        return isTitle(key) || isAnonymous(key) || isCollective(key) || isBody(key) || isDocument(key) || outletCues.containsKey(key);
    }

    /** The kind of source a head word names, for phrases read the English way ("the newspaper", "officials"), or null. */
    OutletKind headKind(String key) {
        OutletKind outlet = outletCue(key);
        if (outlet != null) {
            return outlet;
        }
        if (isCollective(key) || isAnonymous(key)) {
            return OutletKind.COLLECTIVE;
        }
        return isBody(key) ? OutletKind.GOVERNMENT : null;
    }

    /** The kind of outlet a cue word names ("وكالة", also "لوكالة", "الصحيفة", "للصحيفة", "والقناة"), or null. */
    OutletKind outletCue(String key) {
        String word = cueWord(key);
        return word == null ? null : outletCues.get(word);
    }

    /** An outlet cue that names an outlet only in quotes or by a registry alias ("برنامج", also "لبرنامج"، "البرنامج"). */
    boolean namesOnlyInQuotes(String key) {
        String word = cueWord(key);
        return word != null && quotedNameCues.contains(word);
    }

    /** "البلاد": a word in a role that stands for the state the article is about ("أمير البلاد" is later "أمير الكويت"). */
    boolean isCountryWord(String key) {
        return countryWords.contains(key);
    }

    /** A word that counts the group after it ("بعض وسائل الإعلام"، "معظم المحللين"). */
    boolean isQuantifier(String key) {
        return quantifiers.containsWithConjunction(key);
    }

    /** A noun whose outlet follows with ل and is cited ("تقرير لصحيفة ..."، "سؤال لوكالة ..."). */
    boolean isReportNoun(String key) {
        return reportNouns.containsWithConjunction(key);
    }

    /** The outlet cue a word is, without its preposition, conjunction or article ("للصحيفة", "والقناة"), or null. */
    private String cueWord(String key) {
        String word = key.startsWith("لل") && key.length() > 4 ? "ال" + key.substring(2) // "للصحيفة" is ل + "الصحيفة"
                : key.length() > 3 && "ولبف".indexOf(key.charAt(0)) >= 0 && !outletCues.containsKey(key) ? key.substring(1) : key;
        if (!outletCues.containsKey(word) && word.startsWith("ال") && word.length() > 4) {
            word = word.substring(2);
        }
        return outletCues.containsKey(word) ? word : null;
    }

    /** The speech verbs of one language as listed (without derived forms). */
    List<String> speechVerbs(String language) {
        return verbsByLanguage.get(language);
    }

    /** The source cues of one language, each as normalised words joined by spaces. */
    List<String> sourceCues(String language) {
        return cuesByLanguage.get(language);
    }

    /** Verbs that follow a source and report what it says, in every language. */
    List<String> reportingVerbs() {
        return reportingVerbs;
    }

    /** How many tokens from {@code at} a source cue takes ("نقلا عن": 2), 0 when none starts there. */
    int sourceCueAt(List<String> keys, int at) {
        return sourceCues.lengthAt(keys, at);
    }

    /** How many tokens from {@code at} a filler takes ("من جهته": 2), 0 when none starts there. */
    int fillerAt(List<String> keys, int at) {
        return fillers.lengthAt(keys, at);
    }

    /** How many tokens from {@code at} stand between a speech verb and what is said ("in a statement": 3), 0 when none. */
    int afterSpeechAt(List<String> keys, int at) {
        return afterSpeech.lengthAt(keys, at);
    }

    /**
     * A word list that also holds each of its words behind the conjunction و or ف ("وقال" for "قال"), written out when the
     * word is added: a look-up with a conjunction is then one hash look-up of the token as it is, not a substring and two.
     */
    private static final class Words {
        private final Set<String> words = new HashSet<>();
        private final Set<String> withConjunction = new HashSet<>();

        void add(String word) {
            words.add(word);
            withConjunction.add(word);
            if (word.length() > 1) { // withoutConjunction reads a conjunction only off a word of three chars or more
                withConjunction.add("و" + word);
                withConjunction.add("ف" + word);
            }
        }

        void addAll(Collection<String> more) {
            more.forEach(this::add);
        }

        boolean contains(String key) {
            return words.contains(key);
        }

        /** The word as it is, or without a leading conjunction (see {@link #withoutConjunction}), is in the list. */
        boolean containsWithConjunction(String key) {
            return withConjunction.contains(key);
        }
    }
}
