package news.parallax.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a facet key means for comparison. A {@code SINGLE} fact has one true value that outlets
 * can disagree on (a death toll, an election date); a {@code SET} is a union of members (the
 * participants, the places) that outlets add to but never contradict. A cumulative count (killed,
 * injured) may rise as the day goes on, so higher figures published later are updates. A count of
 * what happened (killed, injured, missing, arrested, missiles fired) is known only once it happened.
 */
public record FactKey(String key, String label, Kind kind, boolean cumulative, boolean articleWide, boolean happened) {

    public enum Kind { SINGLE, SET }

    private static final List<FactKey> KNOWN = List.of(
            single("election_date", "Election date", false, true),
            // a date the event itself was due by ("the decision is due by 12 May"), and one it set or left for later ("the
            // laws by 16 September", "companies have until 6 August"): two deadlines of one story, not a disagreement
            single("event_deadline", "The event's deadline", false, true),
            single("deadline", "Deadline", false, true),
            // only dates within the event's count, so several are its days (14 and 15 May), never a contradiction
            new FactKey("date", "Dates", Kind.SET, false, false, false),
            happened("death_toll", "Death toll"),
            happened("injured_count", "Injured"),
            // totals since a date ("since 30 March") are a fact of their own, not the toll of the incident
            single("death_toll_total", "Death toll since the start", true, true),
            single("injured_count_total", "Injured since the start", true, true),
            single("arrested_count_total", "Arrested since the start", true, true),
            happened("missing_count", "Missing"),
            happened("arrested_count", "Arrested"),
            single("troop_count", "Troops", false, true),
            new FactKey("missile_count", "Missiles", Kind.SINGLE, false, true, true),
            single("percentage", "Percentage", false, false),
            new FactKey("place", "Places", Kind.SET, false, false, false),
            new FactKey("participants", "Participants", Kind.SET, false, false, false),
            new FactKey("organisations", "Organisations", Kind.SET, false, false, false));
    private static final Map<String, FactKey> BY_KEY = KNOWN.stream().collect(Collectors.toMap(FactKey::key, Function.identity()));

    private static FactKey single(String key, String label, boolean cumulative, boolean articleWide) {
        return new FactKey(key, label, Kind.SINGLE, cumulative, articleWide, false);
    }

    /**
     * A cumulative count of what happened in the incident: no article published before the event can state it (a
     * total since a date is another fact, and may well be stated before).
     */
    private static FactKey happened(String key, String label) {
        return new FactKey(key, label, Kind.SINGLE, true, true, true);
    }

    /**
     * How many days either side of the event a deadline is still the one the event was due by: the decision announced on
     * 8 May ahead of the deadline of 12 May. A deadline further on is one the event set or left ("by 16 September"); one
     * that had passed long before is another story's (the 2014 deadline of an earlier agreement).
     */
    private static final int EVENT_DEADLINE_REACH_DAYS = 7;

    /**
     * The key of a deadline of an event that runs from {@code start} to {@code end}: {@code event_deadline} up to
     * {@link #EVENT_DEADLINE_REACH_DAYS} either side of it, {@code deadline} later, null (no fact of the event) earlier;
     * another key, or a deadline that is no day, month or range, stays as it is.
     */
    public static String deadlineKey(String key, String value, LocalDate start, LocalDate end) {
        FactValue deadline = key.equals("deadline") ? FactValue.parse("date", value) : null;
        if (deadline == null) {
            return key;
        }
        if (deadline.high() < start.minusDays(EVENT_DEADLINE_REACH_DAYS).toEpochDay()) {
            return null;
        }
        return deadline.low() <= (end == null ? start : end).plusDays(EVENT_DEADLINE_REACH_DAYS).toEpochDay() ? "event_deadline" : key;
    }

    /** The key's meaning; an unknown key is a single fact labelled by its name. */
    public static FactKey of(String key) {
        return BY_KEY.getOrDefault(key, new FactKey(key, key, Kind.SINGLE, false, false, false));
    }

    /**
     * Keys whose values count wherever they occur in a linked article, not only inside a claim
     * about the event: a figure or an election date is a fact of the event however it is reported.
     */
    public static List<String> articleWideKeys() {
        return KNOWN.stream().filter(FactKey::articleWide).map(FactKey::key).toList();
    }
}
