package news.parallax.fact;

import java.time.OffsetDateTime;
import java.util.Comparator;
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
 * <li>{@code UPDATED_OVER_TIME}: a cumulative count whose reports, in publication order, never fall
 * and rise at least once (7 at 10:00, then 12 at 18:00; "أكثر من 11 ألفا", then "نحو 12 ألفا" four days later):
 * the count rose, the outlets did not contradict each other. A later, higher figure is an update even when an
 * earlier bound allowed it: shown as a refinement, it would read as one figure stated twice;</li>
 * <li>{@code DISAGREE}: anything else, such as 7 and 12 published at the same hour, or 9 after 12.</li>
 * </ul>
 */
public enum Agreement {
    AGREE, AGREE_REFINED, DISAGREE, UPDATED_OVER_TIME, SINGLE;

    /** One outlet stating one value at one time; {@code published} may be unknown. */
    public record Report(String value, long outlet, OffsetDateTime published) {
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
        boolean rises = key.cumulative() && parsed.stream().mapToDouble(FactValue::figure).distinct().count() > 1
                && neverFalls(reports, parsed);
        double low = parsed.stream().mapToDouble(FactValue::low).max().orElseThrow();
        double high = parsed.stream().mapToDouble(FactValue::high).min().orElseThrow();
        if (low <= high && !rises) {
            return AGREE_REFINED; // one instant or figure satisfies every report
        }
        return rises ? UPDATED_OVER_TIME : DISAGREE;
    }

    /** In publication order, no report states less than an earlier one, and different figures are never published at once. */
    private static boolean neverFalls(List<Report> reports, List<FactValue> values) {
        if (reports.stream().map(Report::published).anyMatch(Objects::isNull)) {
            return false;
        }
        List<Integer> order = java.util.stream.IntStream.range(0, reports.size()).boxed()
                .sorted(Comparator.comparing(i -> reports.get(i).published())).toList();
        for (int i = 1; i < order.size(); i++) {
            Report earlier = reports.get(order.get(i - 1));
            Report later = reports.get(order.get(i));
            double before = values.get(order.get(i - 1)).figure();
            double after = values.get(order.get(i)).figure();
            if (after < before || after != before && !later.published().isAfter(earlier.published())) {
                return false;
            }
        }
        return true;
    }
}
