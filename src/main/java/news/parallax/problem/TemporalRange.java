package news.parallax.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The dates and times the product works with: 1800-01-01 to 2200-12-31 (UTC). PostgreSQL
 * cannot hold a year of 300000 at all and Java and PostgreSQL disagree on years before the
 * Gregorian reform, so a client's date outside this range is a mistake worth a 400, not a 500.
 */
public final class TemporalRange {

    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private static final String MESSAGE = "must lie between " + EARLIEST + " and " + LATEST + " (UTC)";

    private TemporalRange() {
    }

    /** Why {@code value} is out of range, or null when it is within it. */
    public static String violation(LocalDate value) {
        return value.isBefore(EARLIEST) || value.isAfter(LATEST) ? MESSAGE : null;
    }

    /** Why {@code value} is out of range, or null when it is within it (compared in UTC). */
    public static String violation(OffsetDateTime value) {
        if (value.getYear() < EARLIEST.getYear() - 1 || value.getYear() > LATEST.getYear() + 1) {
            return MESSAGE; // far out; and converting to UTC could overflow
        }
        return violation(value.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
    }
}
