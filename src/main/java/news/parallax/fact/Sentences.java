package news.parallax.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** "عام 2013", "العام 2014", "in 2013": a year named alone (years of full dates are date facts already). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\d])(?:عام|العام|سنة|سنه|year|in)\\s+(\\d{4})(?!\\d)");
    private static final Set<String> OTHER_TIME = WordList.normalized("facts/other-time-words.txt");
    /** Dates a day either side of the event still describe it (a night attack reported the next day). */
    private static final int MARGIN_DAYS = 1;

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
        return new int[] {windowStart + start, windowStart + end};
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
    public static boolean aboutEvent(String sentence, FactValue event, List<FactValue> otherDates) {
        if (otherDates.stream().anyMatch(date -> !date.compatible(event))) {
            return false;
        }
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            FactValue named = FactValue.parse("date", year.group(1));
            if (named != null && !named.compatible(event)) {
                return false;
            }
        }
        String words = " " + NameNormalizer.normalize(sentence) + " ";
        return OTHER_TIME.stream().noneMatch(cue -> words.contains(" " + cue + " "));
    }
}
