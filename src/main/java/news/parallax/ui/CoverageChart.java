package news.parallax.ui;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
/**
 * The coverage timeline: one lane per outlet, one bar per hour (coverage within three days) or
 * per day, its height the number of articles, on a time axis drawn to scale. Drawn on the server
 * as SVG coordinates, so the page needs no script; {@code lanes} doubles as its text alternative.
 */
public record CoverageChart(int width, int height, String unit, List<Lane> lanes, List<Tick> ticks, int undated) {

    static final int WIDTH = 720;
    static final int LABELS = 170;
    static final int LANE = 44;
    static final int AXIS = 28;
    private static final int RIGHT = 20;
    private static final Duration HOURLY_UP_TO = Duration.ofDays(3);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM HH:00", Locale.ENGLISH);

    /** An outlet's lane: its name, colour, top edge, where its name and its baseline are drawn, and its bars. */
    public record Lane(String outlet, int colour, int top, int labelY, int baseline, List<Bar> bars) {
    }

    /** One bucket with articles: where it is drawn and what it says ("2 articles, 29 May 2018"). */
    public record Bar(double x, double y, double width, double height, int articles, String when) {
    }

    /** A label under the time axis; the last one ends at its tick ({@code anchor} "end") so that it stays inside. */
    public record Tick(double x, String label, String anchor) {
    }

    /** One outlet's articles, in column order, by their publication times (null when unknown). */
    record Series(String outlet, int colour, List<OffsetDateTime> published) {
    }

    static CoverageChart of(List<Series> series) {
        List<OffsetDateTime> times = series.stream().flatMap(s -> s.published().stream())
                .filter(t -> t != null).map(t -> t.withOffsetSameInstant(ZoneOffset.UTC)).sorted().toList();
        int undated = (int) series.stream().flatMap(s -> s.published().stream()).filter(t -> t == null).count();
        int height = series.size() * LANE + AXIS;
        if (times.isEmpty()) {
            return new CoverageChart(WIDTH, height, "day", List.of(), List.of(), undated);
        }
        boolean hourly = Duration.between(times.get(0), times.get(times.size() - 1)).compareTo(HOURLY_UP_TO) <= 0;
        ChronoUnit unit = hourly ? ChronoUnit.HOURS : ChronoUnit.DAYS;
        OffsetDateTime first = times.get(0).truncatedTo(unit);
        long buckets = unit.between(first, times.get(times.size() - 1).truncatedTo(unit)) + 1;
        double step = (WIDTH - LABELS - RIGHT) / (double) buckets;
        double barWidth = Math.max(3, step - 2);

        List<Map<Long, Integer>> counts = new ArrayList<>();
        int most = 1;
        for (Series s : series) {
            Map<Long, Integer> perBucket = new TreeMap<>();
            for (OffsetDateTime published : s.published()) {
                if (published != null) {
                    long bucket = unit.between(first, published.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(unit));
                    most = Math.max(most, perBucket.merge(bucket, 1, Integer::sum));
                }
            }
            counts.add(perBucket);
        }
        DateTimeFormatter format = hourly ? HOUR : DAY;
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            int top = i * LANE;
            List<Bar> bars = new ArrayList<>();
            for (Map.Entry<Long, Integer> bucket : counts.get(i).entrySet()) {
                double barHeight = (LANE - 10) * bucket.getValue() / (double) most;
                bars.add(new Bar(round(LABELS + bucket.getKey() * step), round(top + LANE - 4 - barHeight), round(barWidth),
                        round(barHeight), bucket.getValue(), format.format(first.plus(bucket.getKey(), unit))
                                + (hourly ? " UTC" : "")));
            }
            lanes.add(new Lane(series.get(i).outlet(), series.get(i).colour(), top, top + LANE / 2 + 4, top + LANE - 4, bars));
        }
        List<Tick> ticks = new ArrayList<>();
        ticks.add(new Tick(LABELS, format.format(first), "start"));
        if (buckets > 1) {
            ticks.add(new Tick(round(LABELS + (buckets - 1) * step + barWidth), format.format(first.plus(buckets - 1, unit)), "end"));
        }
        return new CoverageChart(WIDTH, height, hourly ? "hour" : "day", lanes, ticks, undated);
    }

    /** The y of the time axis. */
    public int axisY() {
        return height - AXIS;
    }

    public int tickY() {
        return height - AXIS + 18;
    }

    public int labelsX() {
        return LABELS - 8;
    }

    public int plotX() {
        return LABELS;
    }

    public int plotEnd() {
        return width - RIGHT;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
