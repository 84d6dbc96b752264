package news.parallax.fact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Whether outlets agree on a fact, from every report of it (value, outlet, publication time).
 *
 * <ul>
 * <li>{@code SINGLE}: one outlet, one value;</li>
 * <li>{@code AGREE}: one value, several outlets (a set, whose members never contradict each other, too);</li>
 * <li>{@code AGREE_REFINED}: every value can be true at once, some more precise than others
 * ("ديسمبر المقبل" and "10 ديسمبر"; "نحو 60" and 60);</li>
 * <li>{@code UPDATED_OVER_TIME}: a cumulative count whose reports, in publication order, rise at least once and never
 * fall (7 at 10:00, then 12 at 18:00; "أكثر من 11 ألفا", then "نحو 12 ألفا" four days later): the count rose, the outlets
 * did not contradict each other. A later, higher figure is an update even when an earlier bound allowed it: shown as a
 * refinement, it would read as one figure stated twice. A later lower bound that an earlier figure meets ("أكثر من 215"
 * after 221) is no fall. An article that tells how its count rose was written later than it is stamped (a page updated in
 * place keeps its first time): its time is only a lower bound, so it shows no fall of what others published after its stamp.
 * One outlet's own later figure that differs from its earlier one revises it (Kerch's injured: about 70, then 40 two days later,
 * same outlet): a change over time, not outlets contradicting each other; what others publish once it was revised is read
 * against the revised figure only;</li>
 * <li>{@code DISAGREE}: anything else, such as 7 and 12 published at the same hour, or 9 after 12.</li>
 * </ul>
 */
public enum Agreement {
    AGREE, AGREE_REFINED, DISAGREE, UPDATED_OVER_TIME, SINGLE;

    /**
     * One outlet stating one value at one time; {@code published} may be unknown; {@code laterThanStamped} when the article
     * tells how the count rose to it (its time is a lower bound).
     */
    public record Report(String value, long outlet, OffsetDateTime published, boolean laterThanStamped) {
    }

    public static Agreement of(FactKey key, String type, List<Report> reports) {
        long outlets = reports.stream().map(Report::outlet).distinct().count();
        long values = reports.stream().map(Report::value).distinct().count();
        if (key.kind() == FactKey.Kind.SET || values == 1) {
            return outlets < 2 ? SINGLE : AGREE;
        }
        List<FactValue> parsed = reports.stream().map(r -> FactValue.parse(type, r.value())).toList();
        if (parsed.contains(null)) {
            return DISAGREE;
        }
        boolean rises = key.cumulative() && changesOverTime(reports, parsed);
        double low = parsed.stream().mapToDouble(FactValue::low).max().orElseThrow();
        double high = parsed.stream().mapToDouble(FactValue::high).min().orElseThrow();
        if (low <= high && !rises) {
            return AGREE_REFINED; // one instant or figure satisfies every report
        }
        return rises ? UPDATED_OVER_TIME : DISAGREE;
    }

    /**
     * Whether, in publication order, some report states more than an earlier one, or revises its own outlet's earlier figure,
     * and none states less than another outlet's figure still standing: a later figure below an earlier one's lowest, or two
     * figures that cannot both be true published at once, is a fall. A report whose time is only a lower bound is judged as
     * the later of a pair, never as the earlier.
     */
    private static boolean changesOverTime(List<Report> reports, List<FactValue> values) {
        if (reports.stream().map(Report::published).anyMatch(Objects::isNull)) {
            return false;
        }
        boolean change = false;
        for (int i = 0; i < reports.size(); i++) {
            Report earlier = reports.get(i);
            if (earlier.laterThanStamped()) {
                continue;
            }
            FactValue before = values.get(i);
            OffsetDateTime revised = revisedAt(reports, values, i);
            for (int j = 0; j < reports.size(); j++) {
                Report later = reports.get(j);
                FactValue after = values.get(j);
                boolean ownOutlet = later.outlet() == earlier.outlet();
                if (later.published().isEqual(earlier.published()) && !later.laterThanStamped()) {
                    if (!before.compatible(after)) {
                        return false; // different figures at once
                    }
                } else if (!later.published().isBefore(earlier.published())
                        && (ownOutlet || revised == null || !later.published().isAfter(revised))) {
                    if (after.high() < before.low()) {
                        if (!ownOutlet) {
                            return false;
                        }
                        change = true; // the outlet revised its own figure down
                    }
                    change |= after.figure() > before.figure();
                }
            }
        }
        return change;
    }

    /** When the outlet of report {@code i} first stated, after it, a figure that cannot be true with it; null if never. */
    private static OffsetDateTime revisedAt(List<Report> reports, List<FactValue> values, int i) {
        Report report = reports.get(i);
        OffsetDateTime revised = null;
        for (int k = 0; k < reports.size(); k++) {
            Report other = reports.get(k);
            if (other.outlet() == report.outlet() && other.published().isAfter(report.published())
                    && !values.get(k).compatible(values.get(i)) && (revised == null || other.published().isBefore(revised))) {
                revised = other.published();
            }
        }
        return revised;
    }
}
