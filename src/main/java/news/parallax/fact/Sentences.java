package news.parallax.fact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import news.parallax.text.NameNormalizer;
import news.parallax.text.WordList;

/**
 * The sentence a figure or a date is stated in, and whether that sentence is about the event it
 * would be lined up for. A linked article recalls other times: "في أبريل 2017 قتل 80 شخصا في خان
 * شيخون", "the strike last year", "a raid on 9 April that killed 14". A figure counts as the
 * event's only when its sentence names no date, year or time outside the event's dates.
 */
public final class Sentences {

    /** A sentence ends at a full stop, question or exclamation mark followed by a space, or a line break ("52.5" goes on). */
    private static final Pattern END = Pattern.compile("[.!?؟](?=\\s|$)|\\n");
    /**
     * "عام 2013", "العام 2014", "وفي 2010", "in 2013": a year named alone (years of full dates are date facts already); after
     * "في" only a year of this or the last century.
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\d])(?:(?:عام|العام|سنة|سنه|year|in)\\s+(\\d{4})|و?في\\s+((?:19|20)\\d{2}))(?!\\d)");
    private static final Set<String> OTHER_TIME = WordList.normalized("facts/other-time-words.txt");
    /** A line that holds a year and nothing else ("2011"): a timeline's heading, which dates the lines under it. */
    private static final Pattern HEADING_YEAR = Pattern.compile("(?m)^[\\s\\p{P}]*((?:19|20)\\d{2})[\\s\\p{P}]*$");
    private static final Set<String> OTHER_INCIDENT = WordList.normalized("facts/other-incident-words.txt");
    private static final Set<String> LISTED_COUNT_WORDS = WordList.normalized("facts/listed-count-words.txt");
    private static final Set<String> PLACE_CUES = WordList.normalized("facts/place-cues.txt");
    /** How many words after a count its list's next item may open ("4 أشخاص على الأقل في ولاية فلوريدا و5 في فرجينيا"). */
    private static final int LIST_REACH = 8;
    /** Weekday names, normalised ("السبت", "saturday"). */
    public static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    /** Words after a weekday that place it before or after publication ("السبت الماضي", "الثلاثاء المقبل"). */
    private static final Set<String> PAST = WordList.normalized("facts/past-words.txt");
    private static final Set<String> NEXT = WordList.normalized("facts/next-words.txt");
    /** "منذ 30 مارس", "since March 30": the date a total counts from, not the time of the sentence's figure. */
    private static final Pattern SINCE = Pattern.compile("(?<![\\p{L}])(?:منذ|since)\\s+(?:(?:يوم|the)\\s+)?$");
    /** "منذ بدء الاعتصام في 3 يناير", "الحملة التي انطلقت في 3 يناير": a start word a few words before the date. */
    private static final Pattern STARTED = Pattern.compile("(?<![\\p{L}])(?:[وف]?(?:" + String.join("|", WordList.normalized("facts/start-words.txt")
            .stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + "))(?:\\s+\\p{L}+){0,3}"
            + "(?:\\s+(?:في|يوم|on|in))*$");
    /** "أعلى حصيلة منذ حرب عام 2009", "هي الأعلى منذ سنوات": a time after "منذ" is a baseline, not the time of the sentence. */
    private static final Pattern AFTER_SINCE = Pattern.compile("(?<![\\p{L}])(?:منذ|since)(?:\\s+\\S+){0,3}\\s*$");
    /** Dates a day either side of the event still describe it (a night attack reported the next day). */
    private static final int MARGIN_DAYS = 1;
    /** "الأسبوع الماضي", "الشهر الماضي": a span of time around publication ({@code facts/relative-times.tsv}). */
    private record Relative(String phrase, boolean months, int first, int last) {
        /** Whether the words (normalised, spaced at both ends) hold the phrase, also after "و" or "ف" ("فقبل ثلاثة أشهر"). */
        boolean in(String words) {
            return words.contains(" " + phrase + " ") || words.contains(" و" + phrase + " ") || words.contains(" ف" + phrase + " ");
        }

        /** The span's first and last day, from the publication day. */
        FactValue span(LocalDate published) {
            LocalDate from = months ? published.plusMonths(first).withDayOfMonth(1) : published.plusDays(first);
            LocalDate to = months ? published.plusMonths(last).withDayOfMonth(1).plusMonths(1).minusDays(1) : published.plusDays(last);
            return new FactValue(from + "/" + to, FactValue.Precision.RANGE, from.toEpochDay(), from.toEpochDay(), to.toEpochDay());
        }
    }
    private static final List<Relative> RELATIVE = relatives();
    /** Phrases that mark a count as an earlier figure, by where they stand ({@code facts/earlier-figure-words.tsv}). */
    private static final Map<String, Set<String>> EARLIER = earlierFigureWords();
    /** A number token of normalised text: a figure before or after the one judged bounds its own words. */
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    /** "اليوم", "أمس": a sentence with one of these has a time of its own ({@code facts/present-words.txt}). */
    private static final Set<String> PRESENT = WordList.normalized("facts/present-words.txt");

    private Sentences() {
    }

    /** The sentence's start and end (article offsets) around a span, from a window of the text that starts at {@code windowStart}. */
    public static int[] bounds(String window, int windowStart, int spanStart, int spanEnd) {
        int from = Math.max(0, Math.min(window.length(), spanStart - windowStart));
        int to = Math.max(from, Math.min(window.length(), spanEnd - windowStart));
        int start = 0;
        int end = window.length();
        Matcher stop = END.matcher(window);
        while (stop.find()) {
            if (stop.end() <= from) {
                start = stop.end();
            } else if (stop.start() >= to) {
                end = stop.start();
                break;
            }
        }
        while (start < from && Character.isWhitespace(window.charAt(start))) {
            start++;
        }
        return new int[] {windowStart + start, windowStart + end};
    }

    /** The text's sentences, in order (ends as {@link #bounds} reads them). */
    public static List<String> split(String text) {
        return Arrays.stream(END.split(text)).map(String::strip).filter(sentence -> !sentence.isEmpty()).toList();
    }

    /**
     * Whether a date that follows {@code textBefore} is the start of a total or of something that goes on ("منذ 30 مارس",
     * "منذ بدء الاعتصام في 3 يناير", "الحملة التي انطلقت في 3 يناير", {@code facts/start-words.txt}).
     */
    public static boolean since(String textBefore) {
        return SINCE.matcher(textBefore).find() || STARTED.matcher(NameNormalizer.normalize(textBefore)).find();
    }

    /** Whether the text before a time says it is a baseline ("منذ حرب عام 2009", "منذ سنوات"). */
    private static boolean afterSince(String text, int at) {
        return AFTER_SINCE.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    /** The event's dates as one interval, a day wider either side. */
    public static FactValue eventDates(LocalDate start, LocalDate end) {
        double first = start.minusDays(MARGIN_DAYS).toEpochDay();
        double last = (end == null ? start : end).plusDays(MARGIN_DAYS).toEpochDay();
        return new FactValue(start + "/" + (end == null ? start : end), FactValue.Precision.RANGE, first, first, last);
    }

    /**
     * Whether a sentence is about the event: none of the dates stated in it ({@code otherDates},
     * not the fact itself), no year it names alone and no phrase of {@code facts/other-time-words.txt}
     * points to another time.
     */
    public static boolean aboutEvent(String sentence, FactValue event, List<FactValue> otherDates, LocalDate published) {
        return aboutEvent(sentence, event, otherDates, published, true);
    }

    /**
     * As {@link #aboutEvent(String, FactValue, List, LocalDate)}; without {@code years}, the years the sentence names are
     * not read (a total counts from a start: "منذ 3 يناير ... على أرض هجروا منها عام 1967"). A year or a phrase of
     * another time right after "منذ" is a baseline ("أعلى حصيلة منذ حرب عام 2009"), not the sentence's time.
     */
    public static boolean aboutEvent(String sentence, FactValue event, List<FactValue> otherDates, LocalDate published, boolean years) {
        if (otherDates.stream().anyMatch(date -> !date.compatible(event))) {
            return false;
        }
        Matcher year = YEAR.matcher(sentence);
        while (years && year.find()) {
            FactValue named = FactValue.parse("date", year.group(1) != null ? year.group(1) : year.group(2));
            if (named != null && !named.compatible(event) && !afterSince(sentence, year.start())) {
                return false;
            }
        }
        String normalized = NameNormalizer.normalize(sentence);
        String words = " " + normalized + " ";
        return OTHER_TIME.stream().noneMatch(cue -> words.contains(" " + cue + " ") && !afterSince(words, words.indexOf(" " + cue + " ") + 1))
                && weekdaysOnEvent(normalized.split(" "), event, published)
                && (published == null || RELATIVE.stream().noneMatch(r -> r.in(words) && !r.span(published).compatible(event)));
    }

    /**
     * Whether a sentence says when its figure happened, whatever the time: a year, a weekday, a phrase of other times or
     * of a span around publication, or a word of {@code facts/present-words.txt} ("اليوم", "أمس"). Stated dates are
     * facets, checked apart. A sentence that says nothing of its time goes on from the sentence before it.
     */
    public static boolean namesTime(String sentence) {
        if (YEAR.matcher(sentence).find()) {
            return true;
        }
        String normalized = NameNormalizer.normalize(sentence);
        String words = " " + normalized + " ";
        for (String word : normalized.split(" ")) {
            if (WEEKDAYS.containsKey(word) || word.startsWith("و") && WEEKDAYS.containsKey(word.substring(1))) {
                return true;
            }
        }
        return OTHER_TIME.stream().anyMatch(cue -> words.contains(" " + cue + " ")) || PRESENT.stream().anyMatch(w -> words.contains(" " + w + " "))
                || RELATIVE.stream().anyMatch(r -> r.in(words));
    }

    /**
     * Whether a count is an earlier figure, superseded ("وكانت الحصيلة الأولية صباحا 32 قتيلا قبل أن ترتفع", "ارتفع عدد القتلى من 30
     * إلى 45") or another, earlier happening's ("قتل 149 شخصا في هجوم في وقت سابق هذا الشهر"), from its sentence's text before
     * and after it: only the words between it and the figures either side are its own.
     */
    public static boolean earlierFigure(String before, String after) {
        String own = NameNormalizer.normalize(before);
        Matcher number = NUMBER.matcher(own);
        int previousFigureEnd = 0;
        while (number.find()) {
            previousFigureEnd = number.end();
        }
        String preceding = " " + own.substring(previousFigureEnd).strip() + " ";
        String rest = NameNormalizer.normalize(after);
        Matcher next = NUMBER.matcher(rest);
        String following = " " + (next.find() ? rest.substring(0, next.start()) : rest).strip() + " ";
        return EARLIER.get("before").stream().anyMatch(cue -> holds(preceding, cue))
                || EARLIER.get("after").stream().anyMatch(cue -> holds(following, cue))
                || EARLIER.get("from").stream().anyMatch(from -> preceding.endsWith(" " + from + " "))
                        && EARLIER.get("to").stream().anyMatch(to -> following.startsWith(" " + to + " "))
                        && EARLIER.get("rise").stream().anyMatch(cue -> holds(preceding, cue));
    }

    /**
     * The year of the nearest timeline heading in {@code textAbove} (the text before a sentence, up to it), or null: a
     * timeline of earlier happenings sets each year on a line of its own ("2011⏎يناير: ... مقتل 78 شخصا"), and what its
     * lines count is that year's.
     */
    public static String headingYear(String textAbove) {
        Matcher heading = HEADING_YEAR.matcher(textAbove);
        String year = null;
        while (heading.find()) {
            year = heading.group(1);
        }
        return year;
    }

    /**
     * Whether the words of a count's sentence before it say it is of other incidents than the one the text reports ("وفي أماكن
     * أخرى قتل شخصان", "في حادث منفصل", {@code facts/other-incident-words.txt}): not the event's figure, nor one that adds to it.
     */
    public static boolean otherIncident(String before) {
        String words = " " + NameNormalizer.normalize(before) + " ";
        return OTHER_INCIDENT.stream().anyMatch(cue -> holds(words, cue));
    }

    /**
     * Whether the words of a count's sentence after it make it one item of a list of counts by place ("مقتل 4 أشخاص على الأقل في
     * فلوريدا و5 في فرجينيا و3 في نورث كارولاينا", "7 في فلوريدا، و5 في فيرجينيا"): a place word after it, then, within
     * {@link #LIST_REACH} words, "و" and another count ({@code facts/listed-count-words.txt} or digits) followed by a place word
     * ({@link #locating}). Such a count is the part of one place, not the event's figure.
     */
    public static boolean oneOfCountsByPlace(String after) {
        List<String> words = Arrays.stream(NameNormalizer.normalize(after).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
        boolean placed = false;
        for (int i = 0; i < words.size() && i <= LIST_REACH; i++) {
            String word = words.get(i);
            String count = word.equals("و") && i + 1 < words.size() ? words.get(++i) : word.startsWith("و") ? word.substring(1) : null;
            if (placed && count != null && (NUMBER.matcher(count).matches() || LISTED_COUNT_WORDS.contains(count))
                    && i + 1 < words.size() && locating(words.get(i + 1))) {
                return true;
            }
            placed |= locating(word);
        }
        return false;
    }

    /** "في" or a place word with "ب" ("بولاية"): "من" and "على" also count from and onto ("و100 من الجرحى", "على الأقل"). */
    private static boolean locating(String word) {
        return word.equals("في") || word.equals("in") || word.startsWith("ب") && PLACE_CUES.contains(word);
    }

    /** Whether words (normalised, spaced at both ends) hold a phrase, also after "و". */
    private static boolean holds(String words, String phrase) {
        return words.contains(" " + phrase + " ") || words.contains(" و" + phrase + " ");
    }

    /**
     * Whether every weekday the sentence names ("السبت", "يوم الاثنين الماضي") can fall in the event's dates: the
     * named day is the latest one up to publication (strictly before it with "الماضي", after it with "المقبل"),
     * read from the publication day and the next (an evening story of UTC is the next morning where it is read).
     */
    private static boolean weekdaysOnEvent(String[] words, FactValue event, LocalDate published) {
        if (published == null) {
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i].startsWith("و") && WEEKDAYS.containsKey(words[i].substring(1)) ? words[i].substring(1) : words[i];
            DayOfWeek day = WEEKDAYS.get(word);
            if (day == null) {
                continue;
            }
            String after = i + 1 < words.length ? words[i + 1] : "";
            boolean onEvent = false;
            for (LocalDate from = published; !from.isAfter(published.plusDays(1)) && !onEvent; from = from.plusDays(1)) {
                LocalDate date = NEXT.contains(after) ? from.plusDays(1) : PAST.contains(after) ? from.minusDays(1) : from;
                while (date.getDayOfWeek() != day) {
                    date = NEXT.contains(after) ? date.plusDays(1) : date.minusDays(1);
                }
                onEvent = event.low() <= date.toEpochDay() && date.toEpochDay() <= event.high();
            }
            if (!onEvent) {
                return false;
            }
        }
        return true;
    }

    private static List<Relative> relatives() {
        List<Relative> relatives = new java.util.ArrayList<>();
        for (String line : WordList.lines("facts/relative-times.tsv")) {
            String[] columns = line.split("\t");
            for (String phrase : columns[3].split(",")) {
                relatives.add(new Relative(NameNormalizer.normalize(phrase), columns[0].equals("month"), Integer.parseInt(columns[1]),
                        Integer.parseInt(columns[2])));
            }
        }
        return List.copyOf(relatives);
    }

    private static Map<String, Set<String>> earlierFigureWords() {
        Map<String, Set<String>> words = new HashMap<>();
        for (String line : WordList.lines("facts/earlier-figure-words.tsv")) {
            String[] columns = line.split("\t");
            words.put(columns[0], Arrays.stream(columns[1].split(",")).map(NameNormalizer::normalize).filter(w -> !w.isEmpty())
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return Map.copyOf(words);
    }

    private static Map<String, DayOfWeek> weekdays() {
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        for (String line : WordList.lines("facts/weekdays.tsv")) {
            String[] columns = line.split("\t");
            for (String word : columns[1].split(",")) {
                weekdays.put(NameNormalizer.normalize(word), DayOfWeek.of(Integer.parseInt(columns[0])));
            }
        }
        return Map.copyOf(weekdays);
    }
}
