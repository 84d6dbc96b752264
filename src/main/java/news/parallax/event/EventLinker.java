package news.parallax.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import news.parallax.extraction.Places;
import news.parallax.fact.Sentences;
import news.parallax.text.NameNormalizer;
import news.parallax.text.Proclitics;
import news.parallax.text.Stems;
import news.parallax.text.WordList;

/**
 * Scores how strongly a text is about an event, from the evidence a careful reader would use,
 * and says which evidence matched. Pure: {@link LinkingService} feeds it what the database holds,
 * the same way at ingest and when an event is linked to stored coverage.
 *
 * <p>An article is linked when the score reaches {@link #THRESHOLD} and there is both temporal
 * evidence (a date or weekday in the event's dates, publication during it, or, for an article
 * very close to the event's profile, publication within two weeks) and topical evidence (its
 * title and lead close to the event's profile, {@link EventProfile}; or somewhat close, with a
 * word naming its kind, its place or a participant; or participants with the place or kind). Two
 * events in one city, or in one week, share one kind of evidence but not both.
 */
final class EventLinker {

    static final double THRESHOLD = 0.5;

    /** Similarity to the profile that is topical evidence on its own (half the weight of a name in the title and lead). */
    static final double CLOSE = 0.5;

    /** Similarity to the profile that is topical evidence together with the event's kind, place or a participant. */
    static final double RELATED = 0.25;

    private static final int WEEK = 7;

    /** How long after its day an event of kind other without an end date is covered by texts that name it closely. */
    static final int GOES_ON_DAYS = 28;

    /** How long before or after an event a text that names it closely may be its preview or its follow-up (an election's results). */
    static final int TWO_WEEKS = 14;

    /** The title and the text's first four sentences: where a story reports its own happening; background comes further down. */
    static final int OPENING_SENTENCES = 5;

    /**
     * A weekday is read as one of the four days before publication, or, in a preview, as one of
     * the two days after it: "السبت" in a text of the Friday after a Saturday attack is more often
     * that attack than the next day (measured on the Douma attack and the strikes a week later).
     */
    static final int WEEKDAY_BACK = 4;
    static final int WEEKDAY_AHEAD = 2;

    /**
     * Similarity (through enough words of a name) that makes publication in the week before the event, or in the
     * {@link #WEEKDAY_BACK} days after it, temporal evidence: a preview that names the coming decision, vote or strike
     * without its date ("Trump to announce his decision on the Iran deal"), a follow-up that names it once past.
     */
    static final double NAMED_NEAR = 0.75;

    /**
     * What is known of an event; {@code places}: the gazetteer's places its place field names, the most specific
     * ({@link Places#mostSpecific}); {@code countryWords}: the stems of every spelling of the countries its place field names
     * (evidence of place, "الانتخابات العراقية"; a name shared only through them is the place, not the name), and of their
     * adjectives ({@link #countryStems}); {@code people}: the stems of each person its names name ("كيم جونغ أون" of "زيارة كيم
     * جونغ أون إلى بكين"): a name shared only through one of them is that person, in any of his meetings, not the event.
     */
    record EventFacts(long id, String kind, LocalDate start, LocalDate end, List<String> placeNames, Set<String> places,
            Set<String> countryWords,
            EventProfile profile, Map<Long, String> participantSpeakers, List<String> participantNames, List<Set<String>> people,
            boolean aboutAnOccasion) {

        /** An event that is what its kind says ({@code aboutAnOccasion}: it is about one, {@link #aboutAnOccasion(String, String, List)}). */
        EventFacts(long id, String kind, LocalDate start, LocalDate end, List<String> placeNames, Set<String> places, Set<String> countryWords,
                EventProfile profile, Map<Long, String> participantSpeakers, List<String> participantNames, List<Set<String>> people) {
            this(id, kind, start, end, placeNames, places, countryWords, profile, participantSpeakers, participantNames, people, false);
        }
    }

    /**
     * What is known of a text: an article, or one claim in it. {@code title}: an article's headline, empty for a claim,
     * {@code titleTerms} its topic terms (its stems, each also read without a one-letter proclitic: analysed once per article,
     * not once per candidate event); {@code stems}: the stems its kind words are read in, without the phrases that only look
     * like a kind's ({@link #withoutLookalikes}); {@code topicTerms}:
     * the words it is about (an article's title and lead, a claim's own words), compared with the event's profile;
     * {@code sentences}: its opening sentences ({@link #OPENING_SENTENCES}), normalised (split once per article: a sentence's
     * own time is read in it); {@code text}: the whole text as written (an article's title and its own story), whose other
     * sentences are read only when a rule needs them.
     */
    record TextFacts(LocalDate published, String title, Set<String> titleTerms, String normalizedText, Set<String> stems,
            Set<String> topicTerms, List<String> dates, Set<Long> speakers, List<String> sentences, String text) {
    }

    /** {@code named}: its title and lead carry one of the event's names (close through enough of its words). */
    record Score(double value, List<String> reasons, boolean temporal, boolean topical, boolean named) {

        boolean links() {
            return value >= THRESHOLD && temporal && topical;
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    /** Words that name each kind of event, as stems ({@code linking/kind-words.tsv}). */
    private static final Map<String, Set<String>> KIND_WORDS = stemsByKind("linking/kind-words.tsv");

    /**
     * Words of a name that say which type of its kind an event is, not which one ("الرئاسية" of a presidential election), as
     * stems ({@code linking/kind-types.tsv}).
     */
    private static final Map<String, Set<String>> KIND_TYPES = stemsByKind("linking/kind-types.tsv");

    /**
     * Words that date what a sentence reports to a night ({@code linking/night-words.tsv}): "weekday", followed by the night's
     * weekday ("ليل الاثنين"); "last", the night before publication ("ليلا"); "kinds", the kinds of event that are over in a night;
     * "happenings", words beside the strike words that report such a happening in a sentence dated to a night ("ضربة").
     */
    private static final Map<String, Set<String>> NIGHT_WORDS = phrases("linking/night-words.tsv");

    /**
     * Happenings a title reports as its own news ({@code linking/happenings.tsv}), each as the stems of its words; "kinds": the
     * kinds of event that are none of them.
     */
    private static final Map<String, Set<String>> HAPPENINGS = phrases("linking/happenings.tsv").entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, happening -> "kinds".equals(happening.getKey()) ? happening.getValue()
                    : happening.getValue().stream().flatMap(word -> Stems.of(word).stream()).collect(Collectors.toUnmodifiableSet())));

    /** The stems of the words that report an attack's kind of happening in a sentence dated to a night, beside the kind's own ("غارة", "ضربة"). */
    private static final Set<String> STRIKES = Stream.concat(HAPPENINGS.get("strike").stream(),
            NIGHT_WORDS.get("happenings").stream().flatMap(word -> Stems.of(word).stream())).collect(Collectors.toUnmodifiableSet());

    /** Every happening's words, and the night's: an event whose name speaks of one ("the Tehran summit, air strikes") is not free of them. */
    private static final Set<String> ANY_HAPPENING = Stream.concat(HAPPENINGS.entrySet().stream().filter(happening -> !"kinds".equals(happening.getKey()))
            .flatMap(happening -> happening.getValue().stream()), STRIKES.stream()).collect(Collectors.toUnmodifiableSet());

    /** The kinds of happening whose coverage goes on for weeks after its one day: one of no kind of its own, a crash. */
    private static final Set<String> GOES_ON_KINDS = Set.of("other", "crash");

    /** The kinds of event at which people meet: a visit, a meeting, a conference. */
    private static final Set<String> MEETING_KINDS = Set.of("visit", "meeting", "conference");

    /**
     * The kinds of event that are an occasion set beforehand, not something that befalls: a vote, a visit, a meeting, a conference,
     * a statement. An event given as other whose name speaks of one is about it ("المعارضة التركية تعلن مرشحها للانتخابات الرئاسية",
     * "ترامب يلغي القمة مع زعيم كوريا الشمالية"), not that occasion ({@link #aboutAnOccasion(String, String, List)}).
     */
    private static final Set<String> OCCASION_KINDS = Set.of("election", "visit", "meeting", "conference", "statement");

    /** The kinds of event that are a gathering in one place: a meeting, a conference (a visit goes somewhere, to someone). */
    private static final Set<String> GATHERING_KINDS = Set.of("meeting", "conference");

    /**
     * The words of a gathering, a meeting's or a conference's ("قمة", "محادثات"): beside one person's name in an event's name they
     * are any of his meetings ("قمة كيم" is Japan's offer of one, the inter-Korean one); a visit goes somewhere ("زيارة كيم").
     */
    private static final Set<String> GATHERING_WORDS = Stream.of("meeting", "conference").flatMap(kind -> KIND_WORDS.get(kind).stream())
            .collect(Collectors.toUnmodifiableSet());

    /** Words of a name that say where, that something happened or which of a series, not which happening ({@code linking/generic-name-words.txt}), as stems. */
    private static final Set<String> GENERIC_NAME_WORDS = stemmed("linking/generic-name-words.txt");

    /** Phrases that hold a kind's word but name something else ({@code linking/kind-lookalikes.txt}), normalised. */
    private static final Set<String> KIND_LOOKALIKES = WordList.normalized("linking/kind-lookalikes.txt");

    /** Phrases that open a separate story inside a text ({@code linking/separate-story.txt}), normalised. */
    private static final Set<String> SEPARATE_STORY = WordList.normalized("linking/separate-story.txt");

    /** The stems of the words of a state's formal name that name no state alone ({@code linking/state-words.txt}): "المملكة", "المتحدة". */
    private static final Set<String> STATE_WORDS = stemmed("linking/state-words.txt");

    /** The stems of the words by which a title or lead says its happening is like another ({@code linking/likeness-words.txt}). */
    private static final Set<String> LIKENESS = stemmed("linking/likeness-words.txt");

    /** The stems of every word of a word list. */
    private static Set<String> stemmed(String file) {
        return WordList.lines(file).stream().flatMap(word -> Stems.of(word).stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Each stem of a country's spellings in the gazetteer and of their adjectives ({@link #countryStems}), with the countries it
     * spells ("متحد" of "الولايات المتحدة" and "الإمارات العربية المتحدة", "امريك" of "الأمريكية").
     */
    private static final Map<String, Set<String>> COUNTRIES_OF_WORD = countriesByStem(spelling -> true);

    /**
     * Each stem of a country's one-word spellings and of their adjectives: a word that says on its own whose a happening is, right
     * after its kind's word ({@link #whoseKind}). A word of a longer spelling ("الاتحادية" of "روسيا الاتحادية") says it of no
     * country alone: "قمة الاتحاد الأوروبي" is no Russian summit.
     */
    private static final Map<String, Set<String>> COUNTRIES_OF_ONE_WORD = countriesByStem(spelling -> spelling.strip().indexOf(' ') < 0);

    /**
     * The one-word spellings of countries, normalised, with and without the article ("العراق", "عراق"): a word read as a country
     * ({@link #COUNTRIES_OF_ONE_WORD}) that spells none of them is its adjective ("الإسرائيلية", "إيراني").
     */
    private static final Set<String> COUNTRY_SPELLINGS = Places.shipped().entrySet().stream()
            .filter(place -> Places.isCountry(place.getValue().name()) && place.getKey().strip().indexOf(' ') < 0)
            .map(place -> NameNormalizer.normalize(place.getKey()))
            .flatMap(spelling -> Stream.of(spelling, spelling.startsWith("ال") ? spelling.substring(2) : spelling))
            .collect(Collectors.toUnmodifiableSet());

    /** Each stem of the gazetteer's country spellings that {@code spellings} keeps, and of their adjectives, with its countries. */
    private static Map<String, Set<String>> countriesByStem(Predicate<String> spellings) {
        return Places.shipped().entrySet().stream()
                .filter(place -> Places.isCountry(place.getValue().name()) && spellings.test(place.getKey()))
                .flatMap(place -> countryStems(place.getKey()).stream().map(stem -> Map.entry(stem, place.getValue().name())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableSet())));
    }

    /** The shortest stem of a country's adjective read off its spelling: "روس" of "روسيا"; shorter is too often a word of its own. */
    private static final int ADJECTIVE_STEM_LETTERS = 3;

    private EventLinker() {
    }

    /** A data file of rows "kind TAB words", the words as stems. */
    private static Map<String, Set<String>> stemsByKind(String resource) {
        return WordList.lines(resource).stream().map(line -> line.split("\t", 2))
                .collect(Collectors.toUnmodifiableMap(columns -> columns[0], columns -> Stems.of(columns[1])));
    }

    /** A data file of rows "key TAB phrase, phrase ...", the phrases normalised. */
    private static Map<String, Set<String>> phrases(String resource) {
        return WordList.lines(resource).stream().map(line -> line.split("\t", 2)).collect(Collectors.toUnmodifiableMap(columns -> columns[0],
                columns -> Arrays.stream(columns[1].split(",")).map(NameNormalizer::normalize).filter(word -> !word.isEmpty())
                        .collect(Collectors.toUnmodifiableSet())));
    }

    /**
     * The words of a kind; of a gathering, a meeting's and a conference's both: a summit given as a meeting is named "قمة" by its
     * coverage, talks given as a conference "محادثات" (a name keeps its words of the other kind: "قمة الاتحاد الأوروبي" given as a
     * meeting is named whole by a preview that says "قمة الاتحاد الأوروبي").
     */
    static Set<String> kindWords(String kind) {
        return GATHERING_KINDS.contains(kind) ? GATHERING_WORDS : KIND_WORDS.getOrDefault(kind, Set.of());
    }

    /**
     * The stems of a country's spelling and of its adjective: an article names a country's vote or summit by the adjective
     * ("الانتخابات الرئاسية الروسية", "القمة الكورية") as often as by the country, and the light stemmer reads "روسيا" as "روسيا" but
     * "الروسية" as "روس". The adjective of a one-word spelling is read off it: without a final "يا" or "ا", between "ال" and "ية"
     * ("روسيا" "الروسية", "ألمانيا" "الألمانية", "أمريكا" "الأمريكية"); a spelling with the article takes "ية" ("العراق" "العراقية");
     * one of several words, or ending in ة ("السعودية"), is left as it is.
     */
    static Set<String> countryStems(String spelling) {
        Set<String> stems = new HashSet<>(Stems.of(spelling));
        String word = NameNormalizer.normalize(spelling);
        if (word.indexOf(' ') >= 0 || word.endsWith("ه") || !word.chars().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) {
            return stems;
        }
        boolean article = spelling.strip().startsWith("ال"); // "ألمانيا" is no "ال" once its hamza is normalised away
        String base = article ? word : word.endsWith("يا") ? word.substring(0, word.length() - 2)
                : word.endsWith("ا") ? word.substring(0, word.length() - 1) : word;
        if (base.length() >= ADJECTIVE_STEM_LETTERS) {
            stems.addAll(Stems.of((article ? "" : "ال") + base + "ية"));
        }
        return stems;
    }

    /**
     * The stems of a country's spelling that name it ({@link #countryStems}) without its state's form ({@link #stateWords}):
     * "المغرب" of "المملكة المغربية", evidence of an event's place in a title or lead.
     */
    static Set<String> countryWords(String spelling) {
        Set<String> words = countryStems(spelling);
        words.removeAll(STATE_WORDS);
        return words;
    }

    /**
     * The stems of a country's spelling that say the form of its state and no state ({@code linking/state-words.txt}): "المملكة" of
     * "المملكة المغربية" is in every Saudi paper's story of its own kingdom. Neither evidence of the place nor a word of the name.
     */
    static Set<String> stateWords(String spelling) {
        Set<String> words = new HashSet<>(Stems.of(spelling));
        words.retainAll(STATE_WORDS);
        return words;
    }

    /**
     * The stems of a city's spelling, with a proclitic written on too: "بأبها" (in Abha) of a name stems to "باب" (a door), and
     * was read as a word of the name that any text with a door, or of Abha, shared.
     */
    static Set<String> cityStems(String spelling) {
        Set<String> stems = new HashSet<>();
        Proclitics.written(spelling).forEach(form -> stems.addAll(Stems.of(form)));
        return stems;
    }

    /**
     * The words of an event's names that are no evidence of the event, and are left out of its names' own words: the kind's
     * ("summit") and its types' ("presidential": any country's election shares it), evidence of its kind; and the words that
     * say where, that something happened or which of a series ("وسط", "عملية", "أول", {@link #GENERIC_NAME_WORDS}).
     */
    static Set<String> notOwnNameWords(String kind) {
        Set<String> words = new HashSet<>(KIND_WORDS.getOrDefault(kind, Set.of()));
        words.addAll(KIND_TYPES.getOrDefault(kind, Set.of()));
        words.addAll(GENERIC_NAME_WORDS);
        return words;
    }

    /**
     * The own words of one of the event's names ({@link EventProfile#nameWords}, without {@code leftOut}); of an attack named by
     * how it was done and by words of its own ("القصف الصاروخي الإيراني على كويسنجق"), without the strike word too: "قصف" is in
     * any shelling of its days (a school bus in Yemen, Idlib) and says how, not which attack. A name that is only a strike and
     * its place ("قصف حمص") keeps it: that attack is a strike.
     */
    static Set<String> ownNameWords(String name, Set<String> leftOut, String kind) {
        Set<String> words = EventProfile.nameWords(name, leftOut);
        if ("attack".equals(kind)) {
            Set<String> withoutStrikes = new LinkedHashSet<>(words);
            withoutStrikes.removeIf(word -> EventProfile.readIn(word, HAPPENINGS.get("strike")));
            if (!withoutStrikes.isEmpty()) {
                return withoutStrikes;
            }
        }
        return words;
    }

    /** The event's kind, or for "other" the kind its name suggests ("تفجير بنغازي" is an attack). */
    static String kindOf(String kind, Set<String> nameStems) {
        if (!"other".equals(kind)) {
            return kind;
        }
        return KIND_WORDS.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(nameStems::contains))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(kind);
    }

    static Score score(EventFacts event, TextFacts text) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        boolean temporal = false;

        // a date of the event named more than a week ahead announces a plan ("the vote is set for 24 June" in a May text
        // about the lira), not coverage: previews come in the week before, as with a weekday or a name
        boolean ahead = text.published() != null && text.published().isBefore(event.start().minusDays(WEEK));
        String date = ahead ? null : text.dates().stream().filter(d -> within(d, event)).findFirst().orElse(null);
        if (date != null) {
            score += 0.35;
            temporal = true;
            reasons.add("mentions " + date);
        }
        LocalDate weekday = weekdayOnEvent(event, text);
        if (date == null && weekday != null) {
            score += 0.25;
            temporal = true;
            reasons.add("a weekday in a text of " + text.published() + " is " + weekday);
        }
        EventProfile.Similarity similarity = event.profile().similarity(text.topicTerms(), notTheName(event));
        Set<Whose> whose = whoseKind(event, text);
        // a name whole in the title and lead only through its country and kind words ("الانتخابات" of America's beside a
        // "الروسي" of its interference) names the event only when a word of its kind there is the country's own, or says not
        // whose it is while no other country is named there ("بعد فوزه بالانتخابات" under a Cairo dateline: the winner's speech)
        if (similarity.value() > 0 && onlyPlaces(new HashSet<>(similarity.shared()), event.countryWords()) && !whose.contains(Whose.OWN)
                && !(whose.contains(Whose.UNSAID) && !namesAnotherCountry(event, text))) {
            similarity = EventProfile.Similarity.NONE;
        }
        // a happening of no kind of its own given one day (an eruption, an outbreak, a crisis) goes on after it: a text that
        // names it closely is its coverage for weeks, not only for the days a weekday is read back; so does a crash (the search,
        // the wreckage, the black boxes)
        boolean goesOn = goesOn(event);
        if (text.published() != null) {
            long after = ChronoUnit.DAYS.between(event.end(), text.published());
            long before = ChronoUnit.DAYS.between(text.published(), event.start());
            if (publishedDuring(event, text.published())) {
                score += 0.25;
                temporal = true;
                reasons.add("published " + text.published() + ", during or just after the event");
            } else if (after <= (goesOn ? GOES_ON_DAYS : TWO_WEEKS) && before <= TWO_WEEKS) {
                // a preview names the coming event, a follow-up the one just past ("Trump holds Damascus responsible
                // for the alleged chemical attack", four days on): in the week before, or as far after as a weekday is read
                // back, a close name is evidence of time; later, a text that names it without its date reports what it led to
                // (the strikes it prompted, a week on), the sequel's coverage; of a happening that goes on, its coverage
                // an election is counted after its vote: the results, announced days after the last polling day (Egypt's five
                // days on), and the reactions to them are its coverage, for as long as the vote is news
                boolean counted = "election".equals(event.kind()) && after > 0;
                boolean namedInItsWeeks = (before >= 2 && before <= WEEK || after <= WEEKDAY_BACK || goesOn && after > 0 || counted)
                        && similarity.value() >= NAMED_NEAR && similarity.enough();
                // a close name is then the time's evidence, worth a weekday's: "عباس يغادر المستشفى" a week after "عباس يدخل
                // المستشفى" (0.78 of its name) fell short of the threshold by a hundredth with the weeks' 0.1 alone
                score += namedInItsWeeks ? 0.25 : 0.1;
                temporal |= namedInItsWeeks;
                reasons.add("published " + text.published() + ", within " + (after > TWO_WEEKS ? "four" : "two") + " weeks of the event");
            }
        }
        if (similarity.value() > 0) {
            score += 0.5 * similarity.value();
            reasons.add(similarity.reason());
        }
        boolean kindWord = kindWords(event.kind()).stream().anyMatch(text.stems()::contains);
        if (kindWord) {
            score += 0.15;
            reasons.add("speaks of a " + event.kind());
        }
        // the country's adjective in the title or lead places the story too ("الانتخابات العراقية")
        boolean place = namesPlace(event, text.normalizedText()) || event.countryWords().stream().anyMatch(text.topicTerms()::contains);
        if (place) {
            score += 0.15;
            reasons.add("names the place");
        }
        int participants = 0;
        for (Map.Entry<Long, String> speaker : event.participantSpeakers().entrySet()) {
            if (text.speakers().contains(speaker.getKey())) {
                participants++;
                reasons.add("quotes participant " + speaker.getValue());
            }
        }
        for (String name : event.participantNames()) {
            if (participants < 3 && containsName(text.normalizedText(), name) && reasons.stream().noneMatch(r -> r.endsWith(name))) {
                participants++;
                reasons.add("names participant " + name);
            }
        }
        score += 0.07 * Math.min(participants, 3);
        // a visit's or meeting's coverage in its days names the visitor and his host in its title, not the event's name: "لقاء
        // بومبيو ومحمد بن سلمان", "بومبيو يصل إلى السعودية" (the name's common words alone are any of their stories)
        // (of an event about a meeting, its people together are any story of that meeting: see kindTells below)
        boolean visitorAndHost = MEETING_KINDS.contains(event.kind()) && !event.aboutAnOccasion() && publishedDuring(event, text.published())
                && visitorAndHost(event, text);
        if (visitorAndHost) {
            score += 0.25;
            reasons.add("its title names a person of the event's name and another of it or its place");
        }
        boolean elsewhere = happensElsewhere(event, text, place);
        if (elsewhere) {
            reasons.add("its title speaks of " + (kindWords(event.kind()).isEmpty() ? "a word of the event's name" : "a " + event.kind()) + " elsewhere");
        }
        boolean othersKind = !elsewhere && whose.equals(Set.of(Whose.OTHERS));
        if (othersKind) {
            reasons.add("its title and lead speak of a " + event.kind() + " of another country or year");
        }
        LocalDate night = nightAfter(event, text);
        if (night != null) {
            reasons.add("it reports a " + event.kind() + " on the night of " + night + ", after the event");
        }
        String other = otherHappening(event, text);
        if (other != null) {
            reasons.add("its title reports a " + other + ", not the " + event.kind());
        }
        String another = anotherOfItsName(event, text);
        if (another != null) {
            reasons.add("its title names another: " + another);
        }
        boolean imitation = imitation(event, text);
        if (imitation) {
            reasons.add("its title and lead report a step like the event's, not the event");
        }
        boolean placedInTitle = placedInTitle(event, text);
        if (placedInTitle) {
            reasons.add("its title is placed in the event's place during it");
        }
        // "Libya" and "Paris" are shared by many events; the kind of event tells a conference from a court case
        double close = similarity.value();
        // an attack happens at a spot: an attack's word and its country are in every war report of its days ("انفجار في إدلب"
        // for strikes on Syria), a country is evidence of an attack's place only beside words of its name; and a text about the
        // attack says where it happened, in one of its sentences: an attack's word and its city only in different sentences
        // are two stories' (a football team's "هجوم" and "باريس" of its club); the text's sentences are read only then
        boolean attack = "attack".equals(event.kind());
        // of another kind placed in a country, the kind's word must be the story's, in its title and lead: "election" further
        // down a Russia story of the vote's week is any text that recalls the vote (a spy's poisoning, sanctions, Facebook's data);
        // beside the place in one sentence, or in the headline (the title and the lead's first sentence) with the country's
        // adjective ("البرلمان التركي" over "نتائج الانتخابات")
        boolean inCountry = !event.places().isEmpty() && event.places().stream().allMatch(Places::isCountry);
        boolean kindInLead = kindWords(event.kind()).stream().anyMatch(text.topicTerms()::contains);
        // a meeting or conference in a city that hosts many (Geneva, Brussels, Vienna): its word beside the city further down is
        // another gathering there (the Syria talks announced in Geneva in the week of the Yemen talks) or a brief appended under
        // another story; its own coverage says it in its title and lead, and a word shared with its name ("سلام") is its coverage
        // only beside the gathering's word there
        boolean cityGathering = GATHERING_KINDS.contains(event.kind()) && !event.places().isEmpty() && !inCountry;
        boolean kindAtPlace = kindWord && place && !(attack && inCountry) && (inCountry
                ? kindInLead && kindBesidePlace(event, sentencesOf(text)) || kindAndPlaceInHeadline(event, text)
                : kindBesidePlace(event, cityGathering ? text.sentences().stream() : sentencesOf(text)));
        // an attack's words ("هجوم", "قصف", "انفجار") are in any war report, background paragraph or brief appended under another
        // story: beside a name shared through one word ("تصعيد" of a lira crisis, "حماس" of a rally's enthusiasm) they are its
        // kind's evidence only in the title and lead, as a gathering's in a city
        boolean kindEvidence = cityGathering || attack ? kindInLead : kindWord;
        // of an event about an occasion (a candidate named for a vote, a summit called off) the occasion's word is in every
        // story of that vote or summit and of any other in its days (Lebanon's and Iraq's votes beside Turkey's candidate, the
        // two Koreas' talks beside the cancelled summit): its own words tell its coverage, not its kind's
        boolean kindTells = !event.aboutAnOccasion();
        boolean topical = !elsewhere && !othersKind && night == null && other == null && another == null && !imitation && (close >= CLOSE && similarity.enough()
                || close >= RELATED && (kindEvidence && kindTells || place || participants >= 1) || kindAtPlace && kindTells || placedInTitle
                || visitorAndHost || participants >= 2 || participants == 1 && (place || kindWord && kindTells));
        LocalDate titleDay = titleDatedBefore(event, text);
        if (titleDay != null) {
            temporal = false;
            reasons.add("its title is dated " + titleDay + ", before the event");
        }
        return new Score(Math.min(1, score), reasons, temporal, topical, close >= CLOSE && similarity.enough());
    }

    /**
     * What an article may share with the event's names and still not name it: only its places ({@link #onlyPlaces}), or only
     * one person's name ("كيم جونغ أون" of "زيارة كيم جونغ أون إلى بكين" is any of his meetings: Japan's offer of a summit, the
     * date set for the inter-Korean one); two people's names together ("كيم" and "شي جين بينغ") are their meeting.
     */
    private static Predicate<Set<String>> notTheName(EventFacts event) {
        return words -> onlyPlaces(words, event.countryWords()) || onePerson(words, event.people())
                || event.aboutAnOccasion() && onlyPeople(words, event.people());
    }

    /**
     * Whether words shared with a name are its people's, one's or several's: of an event about an occasion ("إلغاء قمة ترامب وكيم
     * جونغ أون") the people together are the occasion's, any story of it or of their other meetings (the two Koreas' talks before it).
     */
    private static boolean onlyPeople(Set<String> words, List<Set<String>> people) {
        Set<String> own = new HashSet<>(words);
        own.removeIf(GATHERING_WORDS::contains);
        people.forEach(own::removeAll);
        return own.isEmpty() && !people.isEmpty();
    }

    /** Whether words shared with a name are one person's, with at most words of a gathering beside it ({@link #GATHERING_WORDS}). */
    private static boolean onePerson(Set<String> words, List<Set<String>> people) {
        Set<String> own = new HashSet<>(words);
        own.removeIf(GATHERING_WORDS::contains);
        return !own.isEmpty() && people.stream().anyMatch(person -> person.containsAll(own));
    }

    /**
     * Whether an article's title names a person of the event's names ({@code people}, by all his words) and another of them,
     * or the event's place or a place that holds it ("بومبيو يصل إلى السعودية" for a visit to Riyadh).
     */
    private static boolean visitorAndHost(EventFacts event, TextFacts text) {
        long named = event.people().stream().filter(person -> !person.isEmpty() && person.stream().allMatch(word -> EventProfile.readIn(word, text.titleTerms())))
                .count();
        return named >= 2 || named == 1 && (namesPlace(event, NameNormalizer.normalize(text.title()))
                || Places.namesRelated(text.title(), event.places()));
    }

    /**
     * The pair of title words that names another one of a word of the event's names ({@link EventProfile#heads}): the word
     * followed by a place of its own ({@link #aPlaceOfItsOwn}), while the word that follows it in the event's name is nowhere in
     * the title and lead: "معبر القنيطرة" for "معبر جابر نصيب", the crossing opened the same morning. A name's word followed by
     * a country's ("السفارة الأمريكية") says whose, not which one: "سفارة واشنطن" is the same embassy. Null when the title has none.
     */
    static String anotherOfItsName(EventFacts event, TextFacts text) {
        List<String> words = Arrays.stream(NameNormalizer.normalize(text.title()).split("[^\\p{L}]+")).filter(word -> !word.isEmpty()).toList();
        for (List<String> head : event.profile().heads()) {
            if (EventProfile.readIn(head.get(1), text.topicTerms()) || Proclitics.readings(head.get(1)).stream().anyMatch(COUNTRIES_OF_WORD::containsKey)) {
                continue;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                if (readings(words.get(i)).contains(head.get(0)) && aPlaceOfItsOwn(event, words.get(i + 1))) {
                    return words.get(i) + " " + words.get(i + 1);
                }
            }
        }
        return null;
    }

    /**
     * Whether a normalised word right after a word of the event's name is a place of its own: a place of the gazetteer that is
     * neither a country (whose, not which: "سفارة أمريكا") nor the event's place or one that holds it (none when the event's
     * place is not in the gazetteer): "معبر القنيطرة"; "إعصار فلوريدا" is the event's. Other words are not read: a verb or an
     * adjective follows a name's word as often as another name does ("زلزال أوقع", "الأطفال الذين قتلوا"). After "في" a place
     * says where the word's thing is ("كنيسة في روسيا"), not which one.
     */
    private static boolean aPlaceOfItsOwn(EventFacts event, String word) {
        return !event.places().isEmpty() && !event.profile().carries(readings(word)) && Proclitics.readings(word).stream()
                .map(Places.shipped()::get).filter(Objects::nonNull).findFirst()
                .filter(place -> !Places.isCountry(place.name()) && event.places().stream().noneMatch(eventPlace -> Places.within(place.name(), eventPlace)))
                .isPresent();
    }

    /** Whether the title and lead name a country that is not and does not hold the event's place, by its name or adjective. */
    private static boolean namesAnotherCountry(EventFacts event, TextFacts text) {
        return text.sentences().stream().flatMap(sentence -> Arrays.stream(sentence.split("[^\\p{L}\\p{N}]+")))
                .filter(word -> !word.isEmpty()).flatMap(word -> readings(word).stream()).filter(COUNTRIES_OF_WORD::containsKey)
                .flatMap(stem -> COUNTRIES_OF_WORD.get(stem).stream())
                .anyMatch(country -> event.places().stream().noneMatch(place -> Places.within(country, place)));
    }

    /**
     * Whether the title and the lead's first sentence, read together, hold a word of the event's kind and its place (its country
     * by name or adjective, or a place within it): a headline "the ruling party loses its majority in the Turkish parliament"
     * over "the official results of the elections show ..." is the vote's coverage, though no one sentence holds both.
     */
    private static boolean kindAndPlaceInHeadline(EventFacts event, TextFacts text) {
        String headline = String.join(" ", text.sentences().subList(0, Math.min(HEADLINE_SENTENCES, text.sentences().size())));
        Set<String> stems = Stems.of(withoutLookalikes(headline));
        return stems.stream().anyMatch(kindWords(event.kind())::contains)
                && (stems.stream().anyMatch(event.countryWords()::contains) || namesPlace(event, headline));
    }

    /** The stems of a word as an article's topic terms hold it: also without a one-letter proclitic ("بانتخابات"). */
    private static Set<String> readings(String word) {
        Set<String> readings = new HashSet<>();
        Stems.of(word).forEach(stem -> readings.addAll(Proclitics.readings(stem)));
        return readings;
    }

    /** The title and the lead's first sentence. */
    private static final int HEADLINE_SENTENCES = 2;

    /** How many words after a kind's word may say whose or which year's happening it is, past its type words ("الرئاسية"). */
    private static final int QUALIFIER_REACH = 3;

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** Whose happening a word of the event's kind speaks of, by the words right after it ({@link #whoseKind}). */
    private enum Whose { OWN, OTHERS, UNSAID }

    /**
     * Whose happening each word of the event's kind in the title and lead ({@link #OPENING_SENTENCES}) speaks of: the words
     * right after it, past its type words and stop words, name the event's country or one that holds its place ("الانتخابات
     * الرئاسية الروسية"), another country or a year not the event's ("الانتخابات الرئاسية الأمريكية", "بانتخابات أمريكا",
     * "انتخابات الرئاسة عام 2016" in the week of Russia's vote: stories of the interference in America's), or nothing of it
     * ("إعادة انتخابه"). After an attack's word a country's adjective names who struck, not where, and is read past ("غارات
     * إسرائيلية على قطاع غزة" is no attack of Israel's for the strikes on Gaza); a country's name there is still its place.
     */
    private static Set<Whose> whoseKind(EventFacts event, TextFacts text) {
        Set<String> kind = kindWords(event.kind());
        Set<String> types = KIND_TYPES.getOrDefault(event.kind(), Set.of());
        boolean attack = "attack".equals(event.kind());
        Set<Whose> whose = EnumSet.noneOf(Whose.class);
        for (String sentence : text.sentences()) {
            List<String> words = Arrays.stream(withoutLookalikes(sentence).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
            for (int i = 0; i < words.size(); i++) {
                if (readings(words.get(i)).stream().noneMatch(kind::contains)) {
                    continue;
                }
                Whose ofThis = Whose.UNSAID;
                for (int j = i + 1; j < words.size() && j <= i + QUALIFIER_REACH && ofThis == Whose.UNSAID; j++) {
                    String next = words.get(j);
                    Set<String> stems = readings(next);
                    if (YEAR.matcher(next).matches()) {
                        ofThis = Integer.parseInt(next) == event.start().getYear() ? Whose.OWN : Whose.OTHERS;
                    } else if (stems.stream().anyMatch(COUNTRIES_OF_ONE_WORD::containsKey)) {
                        if (attack && Proclitics.readings(next).stream().noneMatch(COUNTRY_SPELLINGS::contains)) {
                            continue; // "غارات إسرائيلية على قطاع غزة", "القصف الإيراني على كويسنجق": the adjective says who struck, not where
                        }
                        ofThis = stems.stream().filter(COUNTRIES_OF_ONE_WORD::containsKey).flatMap(stem -> COUNTRIES_OF_ONE_WORD.get(stem).stream())
                                .anyMatch(country -> event.places().stream().anyMatch(place -> Places.within(country, place))) ? Whose.OWN : Whose.OTHERS;
                    } else if (!stems.isEmpty() && stems.stream().noneMatch(types::contains) && !"عام".equals(next)) {
                        break; // another word: the kind's word is not qualified
                    }
                }
                whose.add(ofThis);
            }
        }
        return whose;
    }

    /**
     * Whether one sentence of the text (its title among them) holds a word of the event's kind and a name of its place, or its
     * country's adjective ("الانتخابات الرئاسية الروسية"): a text about the happening says where it happened in one of its
     * sentences; an election's word and "Russia" in different sentences are a spy story's recalling the vote, trade talks
     * "between Washington and Beijing" no visit to Beijing.
     */
    private static boolean kindBesidePlace(EventFacts event, Stream<String> normalizedSentences) {
        Set<String> kind = kindWords(event.kind());
        return normalizedSentences.anyMatch(sentence -> {
            Set<String> stems = Stems.of(withoutLookalikes(sentence));
            return stems.stream().anyMatch(kind::contains) && (namesPlace(event, sentence) || stems.stream().anyMatch(event.countryWords()::contains));
        });
    }

    /** Every sentence of a text (its title among them), normalised: read only when a rule needs them. */
    private static Stream<String> sentencesOf(TextFacts text) {
        return Sentences.split(text.text()).stream().map(NameNormalizer::normalize);
    }

    /**
     * Whether an article's title speaks of a happening of the event's kind in another place: that happening is what it
     * reports, whatever its lead recalls ("انفجار يهز ريف حلب" on the day of the strikes on Damascus and Homs). The title
     * locates it in places of which none is, holds or lies in the event's, and the article names the event's place
     * nowhere ({@code place}: a strike near Homs whose article names Douma is a consequence of the attack on Douma);
     * or the title names only such places and the article names none around the event's ("المكسيك: انتخابات رئاسية" in
     * the week of Turkey's vote, Turkey named nowhere): a country named as an actor ("روسيا تدين الهجوم") is not elsewhere
     * when the article names the country of the event's place. Of a kind without words, a word of the event's names in the title
     * stands for the kind: "الإعصار ليزلي يهدد إسبانيا والبرتغال" three days after Hurricane Michael hit Florida is another storm.
     */
    private static boolean happensElsewhere(EventFacts event, TextFacts text, boolean place) {
        // "بتفجير" is a word of the kind too: the title's terms are read without a one-letter proclitic; of a kind without
        // words (a storm, a crossing, an eruption) a word of its names stands for it: "الإعصار ليزلي يهدد إسبانيا والبرتغال"
        Set<String> kind = kindWords(event.kind());
        if (kind.isEmpty() ? !event.profile().carries(text.titleTerms()) : kind.stream().noneMatch(text.titleTerms()::contains)) {
            return false;
        }
        return !place && Places.elsewhere(text.title(), "", event.places())
                || Places.namesOnlyOthers(text.title(), event.places()) && !Places.namesAround(text.normalizedText(), event.places());
    }

    /**
     * Whether an article's title and lead say that what it reports is like another happening ("افتتحت غواتيمالا سفارتها في القدس
     * بعد خطوة أميركية مماثلة", {@code linking/likeness-words.txt}) and its title does not name the event: it reports the same act
     * by someone else, whatever words of the event's name its lead shares. A title that names the event ("مجزرة دوما.. على خطى خان
     * شيخون") is the event's, whatever it is compared with.
     */
    private static boolean imitation(EventFacts event, TextFacts text) {
        if (text.title().isEmpty() || LIKENESS.stream().noneMatch(text.topicTerms()::contains)) {
            return false;
        }
        EventProfile.Similarity title = event.profile().similarity(text.titleTerms(), notTheName(event));
        return title.value() < CLOSE || !title.enough();
    }

    /**
     * The text up to the sentence that says a separate story begins ("وفي إطار منفصل، هنأ ترامب أردوغان بفوزه بالانتخابات",
     * {@code linking/separate-story.txt}): what follows is not the article's news, so it is no evidence of an event (its kind
     * words, places, weekdays, participants). The whole text when it has none.
     */
    static String ownStory(String text) {
        for (String sentence : Sentences.split(text)) {
            String words = spacedWords(NameNormalizer.normalize(sentence));
            if (SEPARATE_STORY.stream().anyMatch(phrase -> words.contains(" " + phrase + " "))) {
                int at = text.indexOf(sentence);
                return at > 0 ? text.substring(0, at) : text;
            }
        }
        return text;
    }

    /**
     * A normalised text without the phrases that hold a kind's word but name something else ("مؤتمر صحفي", a press conference):
     * the text whose stems are read for the event's kind words.
     */
    static String withoutLookalikes(String normalizedText) {
        String text = normalizedText;
        for (String phrase : KIND_LOOKALIKES) {
            text = text.replace(phrase, " ");
        }
        return text;
    }

    /**
     * Whether an article published during an event of a kind without words (an offensive, a capture, a crisis: no row of
     * {@code linking/kind-words.tsv}) has a title that locates what it reports in the event's city or region ("قتال عنيف في
     * الحديدة", "إجلاء المقاتلين من درعا"): on those days it is the event's coverage, whose name it seldom repeats ("انطلاق عملية
     * النصر الذهبي لتحرير الحديدة" against "معركة الحديدة"). An event of a kind with words is told from another happening in its
     * place by them (a raid on Douma the day of the chemical attack on Douma is no attack's coverage). A country is no such place
     * (any of its news, "في تركيا"), nor is a city named as an actor ("موسكو تستدعي سفراء").
     */
    private static boolean placedInTitle(EventFacts event, TextFacts text) {
        return kindWords(event.kind()).isEmpty() && publishedDuring(event, text.published()) && !event.places().isEmpty()
                && event.places().stream().noneMatch(Places::isCountry) && Places.locatesIn(text.title(), event.places());
    }

    /**
     * The happening of another kind an article's title reports as its own news, for an event of a kind that is none of them
     * ({@code linking/happenings.tsv}), when the title names nothing of the event but countries: "إسرائيل تقصف مواقع إيران
     * حول دمشق" two days after the United States left the Iran deal is a strike, whatever its lead recalls of the deal; a
     * title that names the deal ("ترامب ينسحب من الاتفاق النووي ويلوح بضربات") is the deal's. An attack whose names speak of no
     * strike is none either ("مقتل مدنيين بغارات على دوما" the day of the chemical attack on Douma); one named by a strike is
     * left alone ({@link EventProfile#carries}). A title with a colon reports what someone said ("الحرس الثوري: لا نخشى الضربات
     * العسكرية", a reaction), not read.
     */
    private static String otherHappening(EventFacts event, TextFacts text) {
        if (!HAPPENINGS.get("kinds").contains(event.kind()) || text.title().isEmpty() || text.title().contains(":")) {
            return null;
        }
        Set<String> title = text.titleTerms();
        if (event.profile().carries(ANY_HAPPENING) || event.profile().similarity(title, COUNTRIES_OF_WORD.keySet()::containsAll).value() > 0) {
            return null;
        }
        return HAPPENINGS.entrySet().stream().filter(happening -> !"kinds".equals(happening.getKey()))
                .filter(happening -> happening.getValue().stream().anyMatch(title::contains)).map(Map.Entry::getKey).sorted().findFirst()
                .orElse(null);
    }

    /**
     * The night after the event's last day on which a sentence of the text's opening ({@link #OPENING_SENTENCES}) reports a
     * happening of the event's kind without naming the event, for a kind that is over in a night: that later happening is what
     * the text is about, whatever else it recalls (an election's results announced the next night are the same election's). "تصدت الدفاعات الجوية لهجوم
     * صاروخي ... ليل الاثنين", three days after the strikes of a Saturday, is another strike; "شدد ماكرون وترامب ليل الاثنين على
     * الرد على الهجوم الكيميائي المفترض" names the attack their call was about (its name, as an article's title and lead name it).
     */
    private static LocalDate nightAfter(EventFacts event, TextFacts text) {
        if (text.published() == null || !text.published().isAfter(event.end()) || !NIGHT_WORDS.get("kinds").contains(event.kind())) {
            return null;
        }
        Set<String> kind = kindWords(event.kind());
        for (String sentence : text.sentences()) {
            LocalDate night = night(sentence, text.published());
            Set<String> terms = night != null && night.isAfter(event.end()) ? EventProfile.topicTerms(sentence) : Set.of();
            if (terms.stream().anyMatch(term -> kind.contains(term) || STRIKES.contains(term))) { // "لهجوم" too: the topic terms are read without a proclitic
                EventProfile.Similarity name = event.profile().similarity(terms, notTheName(event));
                if (name.value() < CLOSE || !name.enough()) {
                    return night;
                }
            }
        }
        return null;
    }

    /** A normalised text's words, one space between and around them, so that a phrase is found whole: " ليل الاثنين ". */
    private static String spacedWords(String normalized) {
        return " " + String.join(" ", WORD.matcher(normalized).results().map(MatchResult::group).toList()) + " ";
    }

    /** The night a normalised sentence dates what it reports to, if any: a night word's weekday read back from publication, or the night before it. */
    private static LocalDate night(String sentence, LocalDate published) {
        String words = spacedWords(sentence);
        for (String word : NIGHT_WORDS.get("weekday")) {
            for (int at = words.indexOf(" " + word + " "); at >= 0; at = words.indexOf(" " + word + " ", at + 1)) {
                String next = words.substring(at + word.length() + 2).split(" ", 2)[0];
                List<LocalDate> day = weekdays(next, published, false);
                if (!day.isEmpty()) {
                    return day.get(0);
                }
            }
        }
        return NIGHT_WORDS.get("last").stream().anyMatch(phrase -> words.contains(" " + phrase + " ")) ? published.minusDays(1) : null;
    }

    /**
     * Whether the words an article shares with a name are places, not the name: the event's own country ("انتخابات العراق"
     * shared by an Iraqi singer), or countries that no one country spells ("طرد بريطانيا 23 دبلوماسيا روسيا" shared by any
     * story between Britain and Russia, "روسيا تسخر من وزير دفاع بريطانيا"). One country of a name whose place is a city
     * ("ضربة سوريا", strikes on Barzah) stays a word of the name.
     */
    static boolean onlyPlaces(Set<String> words, Set<String> eventCountryWords) {
        if (eventCountryWords.containsAll(words)) {
            return true;
        }
        if (!COUNTRIES_OF_WORD.keySet().containsAll(words)) {
            return false;
        }
        Set<String> candidates = new HashSet<>(COUNTRIES_OF_WORD.get(words.iterator().next()));
        words.forEach(word -> candidates.retainAll(COUNTRIES_OF_WORD.get(word)));
        return candidates.isEmpty(); // no one country spells them all
    }

    /**
     * Whether an event given as {@code given} "other", of the {@code kind} read off its names ({@link #kindOf}), is about an occasion
     * ({@link #OCCASION_KINDS}) rather than that occasion: none of its names begins with the occasion's word. "مؤتمر باريس حول ليبيا"
     * is the conference; "ترامب يلغي القمة مع زعيم كوريا الشمالية" and "المعارضة التركية تعلن مرشحها للانتخابات الرئاسية" are about one.
     */
    static boolean aboutAnOccasion(String given, String kind, List<String> names) {
        Set<String> words = kindWords(kind);
        return "other".equals(given) && OCCASION_KINDS.contains(kind) && names.stream()
                .map(name -> Arrays.stream(NameNormalizer.normalize(name).split("[^\\p{L}]+")).filter(word -> !word.isEmpty()).findFirst().orElse(""))
                .noneMatch(first -> readings(first).stream().anyMatch(words::contains));
    }

    /** Whether the event is a happening whose coverage goes on for weeks after its one day ({@link #GOES_ON_KINDS}). */
    private static boolean goesOn(EventFacts event) {
        return GOES_ON_KINDS.contains(event.kind()) && event.end().equals(event.start());
    }

    /**
     * How many days after its last day a text may be linked to the event by its publication: as long as {@link #score} reads a
     * close name as evidence of time (a happening that goes on, an election's results and reactions), else {@code days}.
     */
    static int daysCoveredAfter(EventFacts event, int days) {
        return goesOn(event) ? GOES_ON_DAYS : "election".equals(event.kind()) ? Math.max(days, TWO_WEEKS) : days;
    }

    /** Published from a day before the event's first day (another time zone) to three days after its last: its days of coverage. */
    static boolean publishedDuring(EventFacts event, LocalDate published) {
        return publishedWithin(event, published, 1, 3);
    }

    /** Whether {@code published} lies in the event's dates widened by {@code daysBefore} and {@code daysAfter}. */
    private static boolean publishedWithin(EventFacts event, LocalDate published, int daysBefore, int daysAfter) {
        return published != null && !published.isBefore(event.start().minusDays(daysBefore)) && !published.isAfter(event.end().plusDays(daysAfter));
    }

    /**
     * The events, of those an article is linked to, that keep it: the ones it was published during, when there are
     * any, else all. Coverage of the strikes that recalls the attack of a week before by its date or name is about the
     * strikes; a text of the attack's days that weighs a coming strike is about the attack. A text of neither's days
     * (between them) stays with both, whichever it names. Of several events of its days, those whose name its title and
     * lead carry keep it when there are any ({@code named}): a story of the NATO summit on the day Trump lands in Britain
     * names the summit, and Britain and Trump only as actors. Of those left, the events whose own dates hold its day keep
     * it when there are any: a sequel's coverage in the days after the first event is the sequel's. Decided from the events'
     * dates and the article's own scores, so it is the same whichever came first.
     */
    static Set<Long> ofItsDays(List<EventFacts> linked, Set<Long> named, LocalDate published) {
        Set<Long> during = new HashSet<>();
        linked.stream().filter(event -> publishedDuring(event, published)).forEach(event -> during.add(event.id()));
        if (during.isEmpty()) { // between events, the run-up to one may name the other only as its cause: both keep it
            linked.forEach(event -> during.add(event.id()));
        } else if (during.size() > 1 && during.stream().anyMatch(named::contains)) {
            during.retainAll(named);
        }
        // of the events of its days left, those whose own dates hold its day keep it: a text of 17 March on Russia's answer
        // (15-17 March) is no longer the coverage of Britain's expulsion of 14 March, whose days of coverage run to the 17th
        Set<Long> own = linked.stream().filter(event -> during.contains(event.id()) && publishedWithin(event, published, 0, 0))
                .map(EventFacts::id).collect(Collectors.toSet());
        if (during.size() > 1 && !own.isEmpty()) {
            during.retainAll(own);
        }
        return during;
    }

    /**
     * Whether a claim's own text is about the event (its article is already linked): it states a
     * date of the event or the event's distinctive words, or a participant says it in an article
     * published during the event, or it names the place and a participant. A claim dated
     * otherwise is about something else.
     */
    static boolean claimIsAbout(EventFacts event, TextFacts claim) {
        if (claim.dates().stream().anyMatch(d -> d.length() >= 10 && !d.startsWith("--") && !within(d, event))) {
            return false;
        }
        Score score = score(event, claim);
        boolean participantSpeaks = event.participantSpeakers().keySet().stream().anyMatch(claim.speakers()::contains);
        boolean publishedDuring = score.reasons().stream().anyMatch(r -> r.endsWith("during or just after the event"));
        boolean placeAndParticipant = score.reasons().contains("names the place")
                && score.reasons().stream().anyMatch(r -> r.startsWith("names participant"));
        return claim.dates().stream().anyMatch(d -> within(d, event))
                || score.reasons().stream().anyMatch(r -> r.startsWith("similar to")) && score.topical()
                || participantSpeaks && publishedDuring || placeAndParticipant;
    }

    /**
     * "الثلاثاء" in a text published on the Wednesday after is that Tuesday; in a text published
     * on the Sunday before the event, it is the coming Tuesday (a preview announcing it). See
     * {@link #WEEKDAY_BACK}.
     */
    private static LocalDate weekdayOnEvent(EventFacts event, TextFacts text) {
        if (text.published() == null) {
            return null;
        }
        return weekdays(text.normalizedText(), text.published(), text.published().isBefore(event.start())).stream()
                .filter(date -> !date.isBefore(event.start()) && !date.isAfter(event.end())).findFirst().orElse(null);
    }

    /**
     * The day a preview's title dates its own happening, when it names a weekday and every weekday it names falls before
     * the event: "مقتل فلسطيني في احتجاجات الجمعة" in Friday's paper reports that Friday, not the Monday it looks ahead to.
     */
    private static LocalDate titleDatedBefore(EventFacts event, TextFacts text) {
        if (text.published() == null || !text.published().isBefore(event.start())) {
            return null;
        }
        List<LocalDate> days = weekdays(NameNormalizer.normalize(text.title()), text.published(), true);
        return !days.isEmpty() && days.stream().allMatch(day -> day.isBefore(event.start())) ? days.get(0) : null;
    }

    /**
     * The days the weekdays of a normalised text name: read back from publication at most {@link #WEEKDAY_BACK} days, or in
     * a preview ahead at most {@link #WEEKDAY_AHEAD} (the day of publication is its own weekday).
     */
    private static List<LocalDate> weekdays(String normalizedText, LocalDate published, boolean preview) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher word = WORD.matcher(normalizedText);
        while (word.find()) {
            DayOfWeek day = Sentences.WEEKDAYS.get(word.group());
            if (day != null) {
                LocalDate date = published;
                int days = 0;
                while (date.getDayOfWeek() != day) {
                    date = preview ? date.plusDays(1) : date.minusDays(1);
                    days++;
                }
                if (days <= (preview ? WEEKDAY_AHEAD : WEEKDAY_BACK)) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }

    /** A date facet value ("2018-05-29" or "2018-11-12/2018-11-13") that overlaps the event's dates. */
    static boolean within(String value, EventFacts event) {
        if (value.length() < 10 || value.startsWith("--")) {
            return false;
        }
        LocalDate from = LocalDate.parse(value.substring(0, 10));
        LocalDate to = value.length() >= 21 ? LocalDate.parse(value.substring(11, 21)) : from;
        return !to.isBefore(event.start()) && !from.isAfter(event.end());
    }


    /**
     * Whether a normalised text names one of the event's places: in a spelling the gazetteer knows, or in a one-word spelling
     * written with a vowel letter more or less, as a foreign name is transliterated ("تورنتو" for the gazetteer's "تورونتو",
     * {@link EventProfile#writesPlaceOtherwise}), also with a one-letter proclitic ("بتورنتو").
     */
    private static boolean namesPlace(EventFacts event, String normalizedText) {
        if (event.placeNames().stream().anyMatch(name -> containsName(normalizedText, name))) {
            return true;
        }
        // only one-word spellings long enough to be written otherwise: for most events none, and the text is not read word by word
        List<String> spellings = event.placeNames().stream().map(NameNormalizer::normalize)
                .filter(name -> name.indexOf(' ') < 0 && name.length() >= EventProfile.PLACE_SPELLING_LETTERS).toList();
        if (spellings.isEmpty()) {
            return false;
        }
        Matcher word = WORD.matcher(normalizedText);
        while (word.find()) {
            for (String reading : Proclitics.readings(word.group())) {
                if (spellings.stream().anyMatch(spelling -> EventProfile.writesPlaceOtherwise(spelling, reading))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whole-word containment of a normalised name in a normalised text. */
    private static boolean containsName(String normalizedText, String name) {
        String normalizedName = NameNormalizer.normalize(name);
        if (normalizedName.isEmpty()) {
            return false;
        }
        int at = normalizedText.indexOf(normalizedName);
        while (at >= 0) {
            int end = at + normalizedName.length();
            boolean startsWord = at == 0 || !Character.isLetter(normalizedText.charAt(at - 1))
                    || "وبلف".indexOf(normalizedText.charAt(at - 1)) >= 0 && (at < 2 || !Character.isLetter(normalizedText.charAt(at - 2)));
            boolean endsWord = end == normalizedText.length() || !Character.isLetter(normalizedText.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = normalizedText.indexOf(normalizedName, at + 1);
        }
        return false;
    }
}
