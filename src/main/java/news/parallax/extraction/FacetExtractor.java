package news.parallax.extraction;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import news.parallax.extraction.Found.Facet;
import news.parallax.text.NameNormalizer;
import news.parallax.text.WordList;

/**
 * Dates and counted numbers, normalised. Dates: Arabic (Egyptian and Levantine) and English
 * month names, doubled forms ("أغسطس/آب", "كانون الأول/ديسمبر"), ordinal days ("العاشر من"),
 * ranges ("12-13 نوفمبر"), a missing year taken from the publication date and the tense
 * ("الماضي", "المقبل"). Numbers: digits or number words followed by what they count ("تسعة
 * قتلى" is 9 killed, "ألف جندي" 1000 soldiers). Arabic number and month words have no library
 * in Lucene's analysers, hence the small tables here.
 */
final class FacetExtractor {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final Map<String, Long> NUMBERS = new HashMap<>();
    /** The ten of a number from 11 to 19 written in words, after its unit, normalised ("عشر", "عشرة"). */
    private static final Set<String> TEENS_TEN = Set.of("عشر", "عشره");
    /** What a number counts, by the normalised words after it ("قتلى") and before it ("مقتل"). */
    private static final Map<String, Counted> COUNTED_AFTER = new HashMap<>();
    private static final Map<String, Counted> COUNTED_BEFORE = new HashMap<>();
    /** What happened to the people a number counts, said by a verb after them ("49 شخصا لقوا حتفهم"). */
    private static final Map<String, Counted> COUNTED_VERB = new HashMap<>();
    /** A verb before the people counted, its subject between ("قتلت القوات الحكومية 46 متظاهرا"). */
    private static final Map<String, Counted> COUNTED_SUBJECT = new HashMap<>();
    /** How many words a verb's subject may hold between the verb and the people counted. */
    private static final int SUBJECT_REACH = 3;
    /**
     * "بينهم", "among them": a clause between the people counted and their verb, read over; a count right after it is a part
     * of the count before it, not a figure of its own.
     */
    private static final Set<String> AMONG = WordList.normalized("facts/among-words.txt");
    /** "قد", "ربما": a particle between the people counted and their verb ("35 شخصا ربما لقوا حتفهم"), read over. */
    private static final Set<String> MODALS = WordList.normalized("facts/modal-words.txt");
    /** How many words an "among them" clause may hold ("بينهم أربعة أطفال"). */
    private static final int AMONG_REACH = 4;
    /** "أكثر من", "at least" (a lower bound, {@code N+}) and "نحو", "about" (an estimate, {@code ~N}). */
    private static final Map<String, String> QUALIFIERS = new HashMap<>();
    /** "ألف", "million": words that multiply the number before them. */
    private static final Map<String, Long> SCALES = new HashMap<>();
    /** Phrases that make a count a cumulative total ("منذ بدء الاحتجاجات"). */
    private static final Pattern TOTAL = cues("facts/totals.txt", "(?<![\\p{L}])و?", "(?![\\p{L}])"); // "ومنذ بدء"
    /** Counts that have a cumulative total kept apart from the toll of the incident. */
    private static final Set<String> HAS_TOTAL = Set.of("death_toll", "injured_count", "arrested_count");
    /** How far before and after a count its sentence is read for a total: bounded, whatever the sentence. */
    private static final int TOTAL_REACH_BEFORE = 160;
    private static final int TOTAL_REACH_AFTER = 80;
    private static final Set<String> NOT_PARTICIPANTS = WordList.normalized("facts/not-participants.txt");
    private static final Pattern ELECTION = cues("facts/election-words.txt", "", "");
    private static final Pattern ELECTION_STEP = cues("facts/election-step-words.txt", "", "");
    private static final Pattern DATE_OF = cues("facts/date-of-words.txt", "", "");
    /** Words before a date that make it part of a name ({@code facts/dated-name-words.txt}). */
    private static final Set<String> DATED_NAMES = WordList.normalized("facts/dated-name-words.txt");
    /** Words before an ordinal and a month that make it a part of the month ({@code facts/period-words.txt}). */
    private static final Set<String> PERIODS = WordList.normalized("facts/period-words.txt");
    private static final Set<String> HELD = WordList.normalized("facts/held-words.txt");
    /** A deadline word right before the date, with at most "يوم"/"في"/"on" between. */
    private static final Pattern DEADLINE = cues("facts/deadline-words.txt", "(?<![\\p{L}])و?", "(?:\\s+(?:يوم|في|تاريخ|on|the))*\\s*$");
    /** "حتى", "until" right before the date: a deadline only after a deadline noun ("مهلة ... حتى 20 مارس"), else a span's end. */
    private static final Pattern WEAK_DEADLINE = cues("facts/deadline-weak-words.txt", "(?<![\\p{L}])و?",
            "(?:\\s+(?:يوم|في|تاريخ|on|the))*\\s*$");
    private static final Pattern DEADLINE_NOUN = cues("facts/deadline-nouns.txt", "", "");
    /** A singular or dual noun that counts one or two after a word saying what happened ("قتل فلسطينيان"). */
    private static final Map<String, Long> IMPLIED = new HashMap<>();
    /** A figure written in digits, as a token. */
    private static final Pattern FIGURE = Pattern.compile("\\d+([.,]\\d+)?");
    /** "آخر", "another": one more than a count stated elsewhere ("قتل فلسطيني آخر"), not the count. */
    private static final Set<String> ANOTHER = WordList.normalized("facts/another-words.txt");

    /** First-person words before a count: the speaker's own side counted ({@code facts/self-words.txt}). */
    private static final Set<String> SELF = WordList.normalized("facts/self-words.txt");
    /** A definite word ("القتلى", "بالقتلى"): it names who, it does not say what happened to someone. */
    private static final Pattern DEFINITE = Pattern.compile("[وفبل]{0,2}ال.*");
    /** "كل", "each": a count of each one is a rate, not a figure of the event. */
    private static final Set<String> EACH = WordList.normalized("facts/each-words.txt");
    /** "من مواطنيها", "of its citizens": one country's own among the victims, a part of the event's count. */
    private static final Set<String> PART = WordList.normalized("facts/part-words.txt");
    /** "إضافة إلى", "in addition to": one group's count plus another's is one figure, their sum. */
    private static final Set<String> ADDITION = WordList.normalized("facts/addition-words.txt");
    /** How many words naming the first group ("من منسوبي القوات") may stand between a count and "إضافة إلى". */
    private static final int ADDITION_REACH = 4;
    /**
     * "مسلحا", "من التنظيم": words right after a count of the dead, or after its verb, that make them the attackers ("قتل نحو 15
     * مسلحا", "63 شخصا قتلوا من التنظيم"): a toll counts the victims.
     */
    private static final Set<String> ATTACKERS = WordList.normalized("facts/attacker-words.txt");
    /** A day of a month named from publication ("الخامس من الشهر الحالي"), by the months it lies from publication. */
    private static final Map<String, Integer> RELATIVE_MONTHS = new HashMap<>();
    /** How many words may stand between the counted words and "إلى N". */
    private static final int RISE_GAP = 4;
    /** Longest phrase, in words, in the count and qualifier lists. */
    private static final int LONGEST_PHRASE = 4;

    /** The key of words that may follow a count without saying what was counted ("7 أشخاص"). */
    private static final String NOT_COUNTED = "-";

    private record Counted(String key, String unit) {
    }

    /** The words of the months' two-word names ("كانون الثاني", "كانون ثاني"): a timeline's entry writes them after a slash. */
    private static final Set<String> MONTH_NAME_WORDS = new HashSet<>();

    static {
        String[][] months = {
            {"يناير", "كانون الثاني", "january", "jan"}, {"فبراير", "شباط", "february", "feb"}, {"مارس", "اذار", "march", "mar"},
            {"ابريل", "نيسان", "april", "apr"}, {"مايو", "ايار", "may"}, {"يونيو", "يونيه", "حزيران", "june", "jun"},
            {"يوليو", "يوليه", "تموز", "july", "jul"}, {"اغسطس", "اب", "august", "aug"}, {"سبتمبر", "ايلول", "september", "sep"},
            {"اكتوبر", "تشرين الاول", "october", "oct"}, {"نوفمبر", "تشرين الثاني", "november", "nov"},
            {"ديسمبر", "كانون الاول", "december", "dec"}};
        for (int m = 0; m < months.length; m++) {
            for (String name : months[m]) {
                MONTHS.put(name, m + 1);
                MONTH_NAME_WORDS.addAll(List.of(name.split(" ")));
            }
        }
        MONTH_NAME_WORDS.addAll(List.of("ثاني", "اول")); // "كانون ثاني" is written without the article too
        String[] units = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"};
        for (int i = 0; i < units.length; i++) {
            ORDINALS.put(units[i], i + 1);
            ORDINALS.put((i == 0 ? "الحادي" : units[i]) + " والعشرين", 21 + i);
        }
        ORDINALS.put("العاشر", 10);
        ORDINALS.put("الحادي عشر", 11);
        String[] teens = {"الثاني عشر", "الثالث عشر", "الرابع عشر", "الخامس عشر", "السادس عشر", "السابع عشر", "الثامن عشر",
            "التاسع عشر"};
        for (int i = 0; i < teens.length; i++) {
            ORDINALS.put(teens[i], 12 + i);
        }
        ORDINALS.put("العشرين", 20);
        ORDINALS.put("الثلاثين", 30);
        ORDINALS.put("الحادي والثلاثين", 31);
        String[][] numbers = {
            {"1", "واحد", "واحده", "احد", "one", "a"}, {"2", "اثنان", "اثنين", "two"}, {"3", "ثلاثه", "ثلاث", "three"},
            {"4", "اربعه", "اربع", "four"}, {"5", "خمسه", "خمس", "five"}, {"6", "سته", "ست", "six"},
            {"7", "سبعه", "سبع", "seven"}, {"8", "ثمانيه", "ثماني", "ثمان", "eight"}, {"9", "تسعه", "تسع", "nine"},
            {"10", "عشره", "عشر", "ten"}, {"11", "احد عشر", "احدى عشر", "eleven"},
            {"12", "اثنا عشر", "اثني عشر", "اثنتا عشر", "اثنتي عشر", "twelve"}, {"13", "ثلاثه عشر", "ثلاث عشر", "thirteen"},
            {"14", "اربعه عشر", "اربع عشر", "fourteen"}, {"15", "خمسه عشر", "خمس عشر", "fifteen"},
            {"16", "سته عشر", "ست عشر", "sixteen"}, {"17", "سبعه عشر", "سبع عشر", "seventeen"},
            {"18", "ثمانيه عشر", "ثماني عشر", "ثمان عشر", "eighteen"}, {"19", "تسعه عشر", "تسع عشر", "nineteen"},
            {"20", "عشرون", "عشرين", "twenty"}, {"30", "ثلاثون", "ثلاثين", "thirty"}, {"40", "اربعون", "اربعين", "forty"},
            {"50", "خمسون", "خمسين", "fifty"}, {"100", "مئه", "مائه", "hundred"}, {"200", "مئتان", "مئتي", "مائتي"},
            {"1000", "الف", "thousand"}, {"2000", "الفين", "الفان"}};
        for (String[] number : numbers) {
            for (int i = 1; i < number.length; i++) {
                NUMBERS.put(number[i], Long.parseLong(number[0]));
            }
        }
        for (String line : WordList.lines("facts/counts.tsv")) {
            String[] columns = line.split("\t");
            Counted counted = new Counted(columns[0], columns[1]);
            for (String word : columns[3].split(",")) {
                (switch (columns[2]) {
                    case "after" -> COUNTED_AFTER;
                    case "verb" -> COUNTED_VERB;
                    case "subject" -> COUNTED_SUBJECT;
                    default -> COUNTED_BEFORE;
                }).put(NameNormalizer.normalize(word), counted);
            }
        }
        for (String line : WordList.lines("facts/implied-counts.tsv")) {
            String[] columns = line.split("\t");
            for (String word : columns[1].split(",")) {
                IMPLIED.put(NameNormalizer.normalize(word), Long.parseLong(columns[0]));
            }
        }
        for (String line : WordList.lines("facts/scales.tsv")) {
            String[] columns = line.split("\t");
            for (String word : columns[1].split(",")) {
                SCALES.put(NameNormalizer.normalize(word), Long.parseLong(columns[0]));
            }
        }
        for (String line : WordList.lines("facts/relative-months.tsv")) {
            String[] columns = line.split("\t");
            for (String phrase : columns[1].split(",")) {
                RELATIVE_MONTHS.put(NameNormalizer.normalize(phrase), Integer.parseInt(columns[0]));
            }
        }
        for (String line : WordList.lines("facts/qualifiers.tsv")) {
            String[] columns = line.split("\t");
            for (String word : columns[1].split(",")) {
                QUALIFIERS.put(NameNormalizer.normalize(word), columns[0]);
            }
        }
    }

    /**
     * The units before a ten in a number from 11 to 19 ("سبعه" of "سبعه عشر"): each token is looked up as one, instead of
     * building "token عشر" for every token of a text to look that up.
     */
    private static final Set<String> TEEN_UNITS = NUMBERS.keySet().stream().filter(number -> number.endsWith(" عشر"))
            .map(number -> number.substring(0, number.length() - " عشر".length())).collect(Collectors.toUnmodifiableSet());
    /** "إلى", "to" before a count: it rose to the count, and what is counted may stand a few words before. */
    private static final Set<String> RISE_WORDS = Set.of("الي", "to");

    /**
     * A month's name, a key of {@link #MONTHS}, the longest first. Not any word looked up afterwards: a non-date match then
     * consumed what followed it, so "في اليوم العاشر من ديسمبر" read "اليوم العاشر" and lost the date. (It is no faster: the
     * date patterns' time, a fifth of extraction's in JFR, is their scan of every position of a text.)
     */
    private static final String MONTH = "(" + String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote).toList()) + ")";
    /** The months' names by their first char (every one is Latin or Arabic): where a match of {@link #MONTH} may start. */
    private static final String[][] MONTHS_BY_INITIAL = new String[0x0700][];

    static {
        MONTHS.keySet().stream().collect(Collectors.groupingBy(name -> name.charAt(0)))
                .forEach((initial, names) -> MONTHS_BY_INITIAL[initial] = names.toArray(String[]::new));
    }
    /** A day: digits or an ordinal; the ordinal's letters are taken whole (what follows them is no letter), never given back. */
    private static final String DAY = "(\\d{1,2}|(?:ال[\\p{L}]++(?: عشر| والعشرين| والثلاثين)?))";
    /** Optional weekday, day (or range), "من", month, optional "/month", optional year. */
    private static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\d])" + DAY + "(?:\\s*[-–]\\s*(\\d{1,2}))?\\s+(?:من\\s+)?"
            + MONTH + "(?:\\s*/\\s*" + MONTH + ")?(?:\\s*,?\\s*(?:عام|العام|سنه)?\\s*(\\d{4}))?(?![\\p{L}\\d])");
    /** English "December 10", "November 12-13, 2018". */
    private static final Pattern ENGLISH_DATE = Pattern.compile(
            "(?<![\\p{L}])([a-z]+)\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])");
    /** "ديسمبر العام 2015", "December 2015". */
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])" + MONTH + "\\s+(?:عام |العام |سنه )?(\\d{4})(?!\\d)");
    /** A month without a day: doubled ("يوليو/تموز") or with a tense ("أبريل الماضي"). */
    private static final Pattern MONTH_ONLY = Pattern.compile("(?<![\\p{L}])" + MONTH + "(?:\\s*/\\s*" + MONTH + ")?"
            + "(\\s+(?:الماضي|الفائت|المنصرم|المقبل|القادم))?(?![\\p{L}])");
    /** Words and numbers ("2,771", "52.5"), the units counts are read from. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]+|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d+(?:\\.\\d+)?");
    private static final Pattern PAST = Pattern.compile("^\\s*(?:الماضي|الفائت|المنصرم|last)");
    private static final Pattern FUTURE = Pattern.compile("^\\s*(?:المقبل|القادم|next)");
    private static final int ELECTION_WINDOW = 90;
    /** How far after a date (in characters) a step of an election's calendar makes it that step's date. */
    private static final int STEP_REACH = 50;
    /** "الخامس من الشهر الحالي": a day, then a month named by its place from publication. */
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(?<![\\p{L}\\d])" + DAY + "\\s+(?:من\\s+)?("
            + String.join("|", RELATIVE_MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList())
            + ")(?![\\p{L}])");
    /** "منذ 30 مارس", "since March": a count since a date is a total. */
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}])(?:منذ|since)\\s+(?:(?:يوم|عام|العام|the)\\s+)?(?:\\d|(?:"
            + String.join("|", MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")(?![\\p{L}]))");

    private FacetExtractor() {
    }

    static List<Facet> extract(NormalizedText text, LocalDate published) {
        List<Facet> facets = new ArrayList<>();
        dates(text, published, facets);
        numbers(text, facets);
        facets.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return facets;
    }

    private static void dates(NormalizedText text, LocalDate published, List<Facet> facets) {
        DateStarts starts = DateStarts.of(text.text);
        for (MatchResult date : Matches.tryingOnly(DATE, text.text, starts.days())) {
            Integer month = month(date.group(3), date.group(4));
            Integer day = day(date.group(1));
            if (month == null || day == null) {
                continue;
            }
            String wordBefore = wordBefore(text.text, date.start());
            if (DATED_NAMES.contains(wordBefore) || !Character.isDigit(date.group(1).charAt(0)) && withConjunction(PERIODS, wordBefore)) {
                continue; // "ثورة 30 يونيو" names a revolution; "الأسبوع الثاني من أكتوبر" is a week
            }
            Integer endDay = date.group(2) == null ? null : Integer.valueOf(date.group(2));
            add(text, published, facets, date.start(), date.end(), day, endDay, month, date.group(5));
        }
        for (MatchResult english : Matches.tryingOnly(ENGLISH_DATE, text.text, starts.latinWords())) {
            Integer month = MONTHS.get(english.group(1));
            if (month == null || !english.group(1).matches("[a-z]+") || covered(facets, text, english.start())) {
                continue;
            }
            add(text, published, facets, english.start(), english.end(), Integer.parseInt(english.group(2)),
                    english.group(3) == null ? null : Integer.valueOf(english.group(3)), month, english.group(4));
        }
        for (MatchResult relative : Matches.tryingOnly(RELATIVE_MONTH, text.text, starts.days())) {
            Integer day = day(relative.group(1));
            if (day == null || published == null || covered(facets, text, relative.start())) {
                continue;
            }
            try {
                LocalDate month = published.withDayOfMonth(1).plusMonths(RELATIVE_MONTHS.get(relative.group(2)));
                addDate(text, published, facets, keyFor(text, relative.start(), relative.end()), month.withDayOfMonth(day).toString(), relative.start(),
                        relative.end());
            } catch (DateTimeException e) {
                // "31 من الشهر الحالي" in a month of 30 days is no date
            }
        }
        for (MatchResult monthOnly : Matches.tryingOnly(MONTH_ONLY, text.text, starts.months())) {
            Integer month = MONTHS.get(monthOnly.group(1));
            boolean doubled = monthOnly.group(2) != null && MONTHS.containsKey(monthOnly.group(2));
            String tense = monthOnly.group(3);
            if (month == null || published == null || !doubled && tense == null || covered(facets, text, monthOnly.start())
                    || text.text.substring(monthOnly.end()).matches("(?s)^\\s*(?:عام |العام |سنه )?\\d{4}.*")) {
                continue; // "يوليو/تموز الماضي" and "أبريل الماضي" are months; a bare "مايو" is too vague
            }
            int year = published.getYear();
            // the month of publication itself is "الجاري"; "أبريل الماضي" written in April is last year's April
            if (tense != null && PAST.matcher(tense).find() && month >= published.getMonthValue()) {
                year--;
            } else if (tense != null && FUTURE.matcher(tense).find() && month <= published.getMonthValue()) {
                year++;
            }
            addDate(text, published, facets, keyFor(text, monthOnly.start(), monthOnly.end()), String.format("%d-%02d", year, month),
                    monthOnly.start(), monthOnly.end());
        }
        for (MatchResult monthYear : Matches.tryingOnly(MONTH_YEAR, text.text, starts.months())) {
            Integer month = MONTHS.get(monthYear.group(1));
            if (month != null && !covered(facets, text, monthYear.start())) {
                addDate(text, published, facets, keyFor(text, monthYear.start(), monthYear.end()), String.format("%s-%02d", monthYear.group(2), month),
                        monthYear.start(), monthYear.end());
            }
        }
    }

    /**
     * Where the date patterns may start, found in one pass over a text: at a word's start (no letter before, as each
     * pattern's look-behind requires), {@code days} where a {@link #DAY} can (a digit, "ال"), {@code months} where a
     * month's name does, {@code latinWords} where {@link #ENGLISH_DATE}'s {@code [a-z]+} can.
     */
    private record DateStarts(int[] days, int[] months, int[] latinWords) {

        static DateStarts of(String text) {
            IntStream.Builder days = IntStream.builder();
            IntStream.Builder months = IntStream.builder();
            IntStream.Builder latinWords = IntStream.builder();
            for (int at = 0; at < text.length(); at++) {
                char c = text.charAt(at);
                boolean mayStart = c >= '0' && c <= '9' || c == 'ا' || c >= 'a' && c <= 'z'
                        || c < MONTHS_BY_INITIAL.length && MONTHS_BY_INITIAL[c] != null;
                if (!mayStart || at > 0 && Character.isLetter(text.charAt(at - 1))) {
                    continue; // most chars start nothing: the char before is tested only where one could start
                }
                if (c >= '0' && c <= '9' || text.startsWith("ال", at)) {
                    days.add(at);
                }
                if (startsMonth(text, at)) {
                    months.add(at);
                }
                if (c >= 'a' && c <= 'z') {
                    latinWords.add(at);
                }
            }
            return new DateStarts(days.build().toArray(), months.build().toArray(), latinWords.build().toArray());
        }

        private static boolean startsMonth(String text, int at) {
            char c = text.charAt(at);
            if (c < MONTHS_BY_INITIAL.length && MONTHS_BY_INITIAL[c] != null) {
                for (String month : MONTHS_BY_INITIAL[c]) {
                    if (text.startsWith(month, at)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static void add(NormalizedText text, LocalDate published, List<Facet> facets, int start, int end, int day,
            Integer endDay, int month, String year) {
        try {
            String after = text.text.substring(end, Math.min(text.text.length(), end + 12));
            String key = keyFor(text, start, end);
            // an election date without a year or a tense is announced ahead of the vote, unless the vote is said to be held
            boolean ahead = key.equals("election_date") && !PAST.matcher(after).find() && !held(text, start);
            LocalDate first = year != null ? LocalDate.of(Integer.parseInt(year), month, day)
                    : placeInTime(month, day, published, ahead ? "المقبل" : after);
            String value = first == null ? String.format("--%02d-%02d", month, day) : first.toString();
            if (endDay != null && first != null) {
                value += "/" + first.withDayOfMonth(endDay);
            }
            addDate(text, published, facets, key, value, start, end);
        } catch (DateTimeException e) {
            // "31 فبراير" is not a date
        }
    }

    /** An election date long before publication is an earlier election ("انتخابات 2014"), not the one the text is about. */
    private static void addDate(NormalizedText text, LocalDate published, List<Facet> facets, String key, String value, int start,
            int end) {
        boolean earlier = published != null && value.matches("\\d{4}-\\d{2}.*")
                && value.substring(0, 7).compareTo(published.minusDays(ELECTION_WINDOW).toString().substring(0, 7)) < 0;
        facets.add(facet(text, "date", key.equals("election_date") && earlier ? "date" : key, value, null, start, end));
    }

    /** A day and month without a year: the year that fits the publication date and the tense. */
    private static LocalDate placeInTime(int month, int day, LocalDate published, String after) {
        if (published == null) {
            return null;
        }
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate candidate = LocalDate.of(year, month, day);
            if (PAST.matcher(after).find() && candidate.isAfter(published)
                    || FUTURE.matcher(after).find() && candidate.isBefore(published)) {
                continue;
            }
            if (best == null || Math.abs(candidate.toEpochDay() - published.toEpochDay())
                    < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * Counted numbers: a number (digits or words) with what it counts after it ("تسعة قتلى",
     * "58 killed") or before it ("مقتل 58", "ارتفع عدد القتلى إلى 58", "killing 58"), and a
     * qualifier that makes it a bound or an estimate ("أكثر من 30" is {@code 30+}, "نحو 30" is
     * {@code ~30}; "على الأقل" may also follow the counted word).
     */
    private static void numbers(NormalizedText text, List<Facet> facets) {
        List<int[]> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(text.text);
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        for (int i = 0; i < tokens.size(); i++) {
            String word = phrase(text, tokens, i, 1);
            boolean digits = Character.isDigit(word.charAt(0));
            // "سبعة عشر مفقودا" is 17, not the "عشر" of 10 read alone; the feminine's ten is "عشرة" ("ثلاث عشرة")
            // "وسبعة عشر": the unit may carry the conjunction
            String unit = word.startsWith("و") && !NUMBERS.containsKey(word) ? word.substring(1) : word;
            boolean teen = !digits && TEEN_UNITS.contains(unit) && TEENS_TEN.contains(phrase(text, tokens, i + 1, 1));
            Long value = digits ? null : NUMBERS.get(teen ? unit + " عشر" : word);
            boolean implied = !digits && value == null && IMPLIED.containsKey(word) && impliedCount(text, tokens, i);
            if (implied) {
                value = IMPLIED.get(word);
            } else if (!digits && value == null) {
                continue;
            }
            int after = teen ? i + 2 : i + 1;
            Long scale = SCALES.get(phrase(text, tokens, after, 1));
            if (scale != null && !phrase(text, tokens, i, after - i + 1).isEmpty()) {
                after++; // "350 ألف قتيل": the scale word belongs to the number
            }
            String qualifier = null;
            int first = i;
            for (int n = LONGEST_PHRASE; n >= 1 && qualifier == null; n--) { // the longest first: "ما لا يقل عن", not "لا يقل عن"
                qualifier = phrase(text, tokens, i - n, n + 1).isEmpty() ? null : QUALIFIERS.get(phrase(text, tokens, i - n, n));
                first = qualifier == null ? i : i - n;
            }
            // a word before says what happened to them ("قتل 7 أشخاص" are killed, not just people), so it wins
            // "إلى" lets the counted words stand a few words off: "ارتفع عدد القتلى في هجوم طرابلس إلى 12"
            Counted counted = null;
            boolean rose = RISE_WORDS.contains(phrase(text, tokens, first - 1, 1));
            int trigger = rose ? first - 1 : first;
            for (int gap = 0; gap <= (rose ? RISE_GAP : 0) && counted == null; gap++) {
                for (int n = LONGEST_PHRASE; n >= 1 && counted == null; n--) {
                    int from = trigger - gap - n;
                    String before = phrase(text, tokens, from, first - from + 1).isEmpty() ? "" : phrase(text, tokens, from, n);
                    counted = countedBefore(before);
                }
            }
            int end = after;
            boolean nounAfter = false;
            for (int n = LONGEST_PHRASE; n >= 1; n--) {
                Counted noun = phrase(text, tokens, i, after - i + n).isEmpty() ? null : COUNTED_AFTER.get(phrase(text, tokens, after, n));
                if (noun != null) {
                    counted = counted == null ? noun : counted;
                    end = after + n;
                    nounAfter = true;
                    break;
                }
            }
            if (counted != null && counted.key().equals(NOT_COUNTED)) { // "11 شخصا بينهم أربعة أطفال توفوا"
                int at = end;
                String between = qualifier == null ? qualifierAfter(text, tokens, at) : null;
                if (between != null) { // "30 شخصا على الأقل قد لقوا مصرعهم"
                    qualifier = between;
                    at += 2;
                }
                int[] verb = verbAfter(text, tokens, MODALS.contains(phrase(text, tokens, at, 1)) ? at + 1 : at);
                if (verb != null) {
                    counted = COUNTED_VERB.get(phrase(text, tokens, verb[0], verb[1] - verb[0]));
                    end = verb[1];
                }
            }
            if (counted != null && counted.key().equals(NOT_COUNTED)) { // "قتلت القوات الحكومية 46 متظاهرا"
                for (int gap = 1; gap <= SUBJECT_REACH + 1 && counted.key().equals(NOT_COUNTED); gap++) {
                    String verbWord = phrase(text, tokens, first - gap, gap + 1).isEmpty() ? "" : phrase(text, tokens, first - gap, 1);
                    Counted verb = COUNTED_SUBJECT.getOrDefault(verbWord,
                            verbWord.matches("[وف].+") ? COUNTED_SUBJECT.get(verbWord.substring(1)) : null);
                    counted = verb == null ? counted : verb;
                }
            }
            if (counted == null || counted.key().equals(NOT_COUNTED) || !digits && value == 1 && !nounAfter && !implied) {
                continue; // "إصابة أحد المباني" hit one of the buildings: "one" counts only with its noun after it
            }
            if (ofEach(text, tokens.get(first)[0])) {
                i = end - 1;
                continue; // "كل سفينة أطلقت 6 صواريخ": a rate, not a count of the event
            }
            if (nounAfter && combined(text, tokens, end, counted)) {
                i = end;
                continue; // "أكثر من 100 قتيل وجريح": the dead and the injured counted together, neither count
            }
            if (PART.contains(phrase(text, tokens, end, 2)) || PART.contains(phrase(text, tokens, end, 3))) {
                i = end - 1;
                continue; // "مقتل اثنين من مواطنيها": two of the dead were its citizens
            }
            if (counted.key().equals("death_toll") && (ATTACKERS.contains(phrase(text, tokens, after, 1))
                    || ATTACKERS.contains(phrase(text, tokens, end, 1)) || ATTACKERS.contains(phrase(text, tokens, end, 2)))) {
                i = end - 1;
                continue; // "قتل نحو 15 مسلحا", "63 شخصا قتلوا من التنظيم": the attackers killed, no victims of the attack
            }
            if (withConjunction(SELF, phrase(text, tokens, first - 1, 1)) || withConjunction(SELF, phrase(text, tokens, first - 2, 2))) {
                i = end - 1;
                continue; // "فنحن 20 مليون جندي": a slogan counting the speaker's own side, no figure of the event
            }
            if (AMONG.contains(phrase(text, tokens, first - 1, 1)) || AMONG.contains(phrase(text, tokens, first - 2, 2))) {
                i = end - 1;
                continue; // "قتل 257 شخصا بينهم عشرة من الطاقم": ten of the dead, a part of the count before it
            }
            if (qualifier == null) {
                qualifier = qualifierAfter(text, tokens, end); // "7 قتلى على الأقل"
            }
            String figure = digits ? word.replace(",", "") : Long.toString(value);
            if (scale != null) {
                figure = new BigDecimal(figure).multiply(BigDecimal.valueOf(scale)).stripTrailingZeros().toPlainString();
            }
            Added added = scale == null && !figure.contains(".") ? addedCount(text, tokens, end, counted) : null;
            if (added != null) { // "عشرة من منسوبي القوات إضافة إلى ثلاثة من العاملين": the toll is 13, each group a part of it
                figure = new BigInteger(figure).add(added.count()).toString();
                end = added.end();
            }
            String stated = qualifier == null ? figure : qualifier.equals("about") ? "~" + figure : figure + "+";
            String key = HAS_TOTAL.contains(counted.key()) && total(text, tokens.get(first)[0], tokens.get(end - 1)[1])
                    ? counted.key() + "_total" : counted.key();
            facets.add(facet(text, "number", key, stated, counted.unit(), tokens.get(first)[0], tokens.get(end - 1)[1]));
            i = end - 1; // the counted word does not start another count
        }
    }

    /** A count added through "إضافة إلى", and the token after it. */
    private record Added(BigInteger count, int end) {
    }

    /**
     * The count that "إضافة إلى" adds, within {@link #ADDITION_REACH} words of the clause after the count ending at {@code at},
     * and the token after it ({@link Added}); null when none follows, when no number follows the words, or when that number counts something
     * else ("مقتل 3 من الحراس علاوة على 5 جرحى").
     */
    private static Added addedCount(NormalizedText text, List<int[]> tokens, int at, Counted counted) {
        for (int skip = 0; skip <= ADDITION_REACH; skip++) {
            for (int n = 1; n <= 3; n++) {
                if (phrase(text, tokens, at, skip + n + 1).isEmpty() || !ADDITION.contains(phrase(text, tokens, at + skip, n))) {
                    continue;
                }
                int number = at + skip + n;
                String word = phrase(text, tokens, number, 1);
                // as digits a figure may be longer than a long holds ("99999999999999999999"): read as any size
                BigInteger value = word.matches("\\d+") ? new BigInteger(word)
                        : NUMBERS.containsKey(word) ? BigInteger.valueOf(NUMBERS.get(word)) : null;
                Counted noun = COUNTED_AFTER.get(phrase(text, tokens, number + 1, 1));
                return value == null || noun != null && !noun.key().equals(NOT_COUNTED) && !noun.key().equals(counted.key())
                        ? null : new Added(value, number + 1);
            }
        }
        return null;
    }

    /**
     * Whether the counted noun before {@code at} is joined by "و" to a noun that counts something else ("قتيل وجريح", "قتلى
     * وجرحى"): one number of the two together.
     */
    private static boolean combined(NormalizedText text, List<int[]> tokens, int at, Counted counted) {
        String next = phrase(text, tokens, at, 1);
        Counted other = next.length() > 1 && next.startsWith("و") ? COUNTED_AFTER.get(next.substring(1)) : null;
        return other != null && !other.key().equals(NOT_COUNTED) && !other.key().equals(counted.key());
    }

    /**
     * Whether the token at {@code i}, a singular or dual noun of {@code facts/implied-counts.tsv}, comes right after an
     * indefinite word that says what happened ("قتل فلسطيني", "إصابة طفلين"), and is not followed by "another": "بين القتلى
     * فلسطيني" names one of the dead, "قتل فلسطيني آخر" one more; nor by a figure, which the noun did it to: "قتل شخص 5 نساء" is
     * one man who killed five women.
     */
    private static boolean impliedCount(NormalizedText text, List<int[]> tokens, int i) {
        if (phrase(text, tokens, i - 1, 2).isEmpty()
                || ANOTHER.contains(phrase(text, tokens, i + 1, 1)) || FIGURE.matcher(phrase(text, tokens, i + 1, 1)).matches()) {
            return false;
        }
        String before = phrase(text, tokens, i - 1, 1);
        Counted counted = countedBefore(before);
        return counted != null && !counted.key().equals(NOT_COUNTED) && !DEFINITE.matcher(before).matches();
    }

    /**
     * The tokens [from, to) of a verb of {@code facts/counts.tsv} right after the people counted at {@code at}, or after
     * an "among them" clause of at most {@link #AMONG_REACH} words ("بينهم أربعة أطفال توفوا"); null when none follows.
     */
    private static int[] verbAfter(NormalizedText text, List<int[]> tokens, int at) {
        boolean among = AMONG.contains(phrase(text, tokens, at, 1)) || AMONG.contains(phrase(text, tokens, at, 2));
        for (int skip = 0; skip <= (among ? AMONG_REACH + 2 : 0); skip++) {
            for (int n = LONGEST_PHRASE; n >= 1; n--) {
                if (!phrase(text, tokens, at, skip + n).isEmpty() && COUNTED_VERB.containsKey(phrase(text, tokens, at + skip, n))) {
                    return new int[] {at + skip, at + skip + n};
                }
            }
        }
        return null;
    }

    /** Whether {@code words} are in {@code list} ({@link #SELF}, {@link #PERIODS}), also behind the conjunction "و" or "ف". */
    private static boolean withConjunction(Set<String> list, String words) {
        String bare = Lexicon.withoutConjunction(words);
        return list.contains(words) || bare != null && list.contains(bare);
    }

    /**
     * Whether the clause before a count (since the last comma, colon, semicolon or sentence start) says it is a count
     * of each one: a word of {@code facts/each-words.txt} followed by an indefinite noun ("كل سفينة"), not "كل من" (both)
     * nor "كل الـ" (all the).
     */
    private static boolean ofEach(NormalizedText text, int start) {
        int from = start;
        while (from > 0 && ".،,;؛:\n".indexOf(text.text.charAt(from - 1)) < 0) {
            from--;
        }
        String[] words = text.text.substring(from, start).strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (EACH.contains(words[i]) && !words[i + 1].startsWith("ال") && !words[i + 1].equals("من") && !words[i + 1].equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** What a word before a number counts, also with a conjunction or preposition attached ("وبمقتل", "لمقتل"). */
    private static Counted countedBefore(String before) {
        String word = before;
        for (int strip = 0; strip < 3 && !word.isEmpty(); strip++) {
            Counted counted = COUNTED_BEFORE.get(word);
            if (counted != null) {
                return counted;
            }
            if (strip == 0 && (word.startsWith("و") || word.startsWith("ف")) || strip < 2 && (word.startsWith("ب") || word.startsWith("ل"))) {
                word = word.substring(1);
            } else {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the count between {@code start} and {@code end} is a cumulative total: its sentence,
     * read a bounded way either side, says since when ("منذ 30 مارس", "منذ بدء الاحتجاجات").
     */
    private static boolean total(NormalizedText text, int start, int end) {
        int from = Math.max(Math.max(text.text.lastIndexOf('.', start), text.text.lastIndexOf('\n', start)) + 1, start - TOTAL_REACH_BEFORE);
        int to = Math.min(text.text.length(), end + TOTAL_REACH_AFTER);
        for (int i = end; i < to; i++) {
            if (text.text.charAt(i) == '.' || text.text.charAt(i) == '\n') {
                to = i;
            }
        }
        return SINCE.matcher(text.text).region(Math.max(from, 0), to).find() || TOTAL.matcher(text.text).region(Math.max(from, 0), to).find();
    }

    /** The qualifier of two words at token {@code at}, after a count ("على الأقل"), or null. */
    private static String qualifierAfter(NormalizedText text, List<int[]> tokens, int at) {
        return QUALIFIERS.get(phrase(text, tokens, at, 2));
    }

    /** The {@code n} tokens from {@code from}, joined by single spaces, or "" when they are not one run of words in a sentence. */
    private static String phrase(NormalizedText text, List<int[]> tokens, int from, int n) {
        if (from < 0 || from + n > tokens.size()) {
            return "";
        }
        String first = text.text.substring(tokens.get(from)[0], tokens.get(from)[1]);
        if (n == 1) {
            return first; // most calls: one word, looked up for every token of the text
        }
        StringBuilder phrase = new StringBuilder(first);
        for (int i = from + 1; i < from + n; i++) {
            if (!text.text.substring(tokens.get(i - 1)[1], tokens.get(i)[0]).isBlank()) {
                return "";
            }
            phrase.append(' ').append(text.text, tokens.get(i)[0], tokens.get(i)[1]);
        }
        return phrase.toString();
    }

    /**
     * The month a line opens with as a timeline's entry does ("يناير/ كانون الثاني: ارتطام طائرة ... ومقتل 78"): a month's name
     * first, then only month names and slashes up to a colon; null for any other line. What such a line counts is that month's
     * happening (the heading of its year may be gone: the cleaner drops a year on a line of its own).
     */
    static Integer timelineMonth(String line) {
        int colon = line.indexOf(':');
        String[] words = colon <= 0 ? new String[0] : NameNormalizer.normalize(line.substring(0, colon)).split(" "); // no slash left
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        Integer first = MONTHS.get(words[0]);
        for (String word : words) {
            if (!word.isEmpty() && MONTHS.get(word) == null && !MONTH_NAME_WORDS.contains(word)) {
                return null;
            }
        }
        return first;
    }

    private static Integer month(String name, String alternative) {
        Integer month = MONTHS.get(name);
        if (month == null || name.equals("اب") && alternative == null || name.length() <= 3 && alternative == null
                && name.matches("[a-z]+") && !name.equals("may")) {
            return null; // "اب" alone is "father", not August
        }
        return month;
    }

    private static Integer day(String day) {
        Integer value = day.chars().allMatch(Character::isDigit) ? Integer.valueOf(day) : ORDINALS.get(day);
        return value != null && value >= 1 && value <= 31 ? value : null;
    }

    /**
     * What a date is the date of, from its sentence: "deadline" right after a deadline word ("بحلول
     * 16 سبتمبر", "by September 16"; "حتى" and "until" only after a deadline noun: "مهلة حتى 20 مارس"), "election_date" when elections are named shortly before it
     * ("انتخابات ... في 10 ديسمبر"), otherwise plain "date".
     */
    private static String keyFor(NormalizedText text, int start, int end) {
        String before = before(text, start);
        if (DEADLINE.matcher(before).find() || WEAK_DEADLINE.matcher(before).find() && DEADLINE_NOUN.matcher(before).find()) {
            return "deadline";
        }
        Matcher election = ELECTION.matcher(before);
        int afterElection = -1;
        while (election.find()) {
            afterElection = election.end();
        }
        if (afterElection < 0) {
            return "date";
        }
        // a step of the election's calendar named between the election and the date, or said to be what the date is of right
        // after it ("30 أغسطس الجاري، موعدا مبدئيا لفتح باب الترشح"; not "في 18 أكتوبر، ويفتح باب الترشح قبلها")
        String after = text.text.substring(end, Math.min(text.text.length(), end + STEP_REACH));
        after = after.indexOf('.') < 0 ? after : after.substring(0, after.indexOf('.')); // within the date's sentence
        Matcher dateOf = DATE_OF.matcher(after);
        return ELECTION_STEP.matcher(before.substring(afterElection)).find() || dateOf.find() && ELECTION_STEP.matcher(after.substring(dateOf.end())).find()
                ? "date" : "election_date";
    }

    /** The word right before {@code at}, over spaces and brackets ("ثورة (30 يونيو)"), or "". */
    private static String wordBefore(String text, int at) {
        int end = at;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }

    /** The text of the sentence before a date, at most {@value #ELECTION_WINDOW} characters: where its key is told. */
    private static String before(NormalizedText text, int start) {
        int sentenceStart = Math.max(Math.max(text.text.lastIndexOf('.', start), text.text.lastIndexOf('\n', start)), 0);
        return text.text.substring(Math.max(sentenceStart, start - ELECTION_WINDOW), start);
    }

    /** Whether a verb of {@code facts/held-words.txt} comes before the date in its sentence: the vote has taken place. */
    private static boolean held(NormalizedText text, int start) {
        Matcher token = TOKEN.matcher(before(text, start));
        while (token.find()) {
            if (HELD.contains(token.group())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a registry name names a participant, not a function word, common noun or bare title taken for a name, nor a
     * place of the gazetteer ("إدلب" registered as a speaker from "قالت إدلب ..." is where things happen, not who takes part).
     */
    static boolean isParticipant(String name) {
        String normalized = NameNormalizer.normalize(name);
        return !NOT_PARTICIPANTS.contains(normalized) && !Places.shipped().containsKey(normalized);
    }

    /** An alternation of a word list's normalised entries, between a prefix and a suffix. */
    private static Pattern cues(String resource, String prefix, String suffix) {
        StringBuilder alternatives = new StringBuilder();
        WordList.normalized(resource).stream().sorted((a, b) -> b.length() - a.length())
                .forEach(cue -> alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(cue).replace(" ", "\\E\\s+\\Q")));
        return Pattern.compile(prefix + "(?:" + alternatives + ")" + suffix);
    }

    private static boolean covered(List<Facet> facets, NormalizedText text, int start) {
        int original = text.originalStart(start);
        return facets.stream().anyMatch(f -> f.start() <= original && original < f.end());
    }

    private static Facet facet(NormalizedText text, String type, String key, String value, String unit, int start, int end) {
        return new Facet(type, key, value, unit, text.originalOf(start, end), text.originalStart(start), text.originalEnd(end));
    }
}
