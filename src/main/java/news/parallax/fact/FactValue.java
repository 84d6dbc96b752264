package news.parallax.fact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored facet value read as the interval of truths it allows. Dates: {@code 2018-12-10} (day),
 * {@code 2018-12} (month: "ديسمبر المقبل"), {@code 2018} (year), {@code 2018-11-12/2018-11-13}
 * (range). Numbers: {@code 12} (exact), {@code ~30} (about 30: "نحو 30"), {@code 30+} (at least
 * 30: "أكثر من 30", "at least 30"), {@code 30-40} (range). Two values are compatible when their
 * intervals meet: "2018-12" and "2018-12-10" are the same date at two precisions.
 */
public record FactValue(String value, Precision precision, double figure, double low, double high) {

    public enum Precision { DAY, MONTH, YEAR, RANGE, EXACT, APPROXIMATE, AT_LEAST }

    /** How far "about N" reaches either side of N. */
    private static final double ABOUT = 0.1;
    private static final Pattern NUMBER = Pattern.compile("(~)?(\\d+(?:\\.\\d+)?)(\\+|-(\\d+(?:\\.\\d+)?))?");

    /** The value's interval, or {@code null} for a value that is not a date or a number (a place, a name). */
    public static FactValue parse(String type, String value) {
        try {
            return switch (type) {
                case "date" -> date(value);
                case "number" -> number(value);
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null; // a value written by hand in another form is compared as text
        }
    }

    private static FactValue date(String value) {
        int slash = value.indexOf('/');
        if (slash > 0) {
            return new FactValue(value, Precision.RANGE, day(value.substring(0, slash)), day(value.substring(0, slash)),
                    day(value.substring(slash + 1)));
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new FactValue(value, Precision.DAY, day(value), day(value), day(value));
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(value);
            double first = month.atDay(1).toEpochDay();
            return new FactValue(value, Precision.MONTH, first, first, month.atEndOfMonth().toEpochDay());
        }
        if (value.matches("\\d{4}")) {
            int year = Integer.parseInt(value);
            double first = LocalDate.of(year, 1, 1).toEpochDay();
            return new FactValue(value, Precision.YEAR, first, first, LocalDate.of(year, 12, 31).toEpochDay());
        }
        return null; // "--12-10": a day without a year cannot be placed
    }

    private static double day(String value) {
        return LocalDate.parse(value).toEpochDay();
    }

    private static FactValue number(String value) {
        Matcher number = NUMBER.matcher(value);
        if (!number.matches()) {
            return null;
        }
        double n = Double.parseDouble(number.group(2));
        if (number.group(1) != null) {
            return new FactValue(value, Precision.APPROXIMATE, n, n * (1 - ABOUT), n * (1 + ABOUT));
        }
        if ("+".equals(number.group(3))) {
            return new FactValue(value, Precision.AT_LEAST, n, n, Double.POSITIVE_INFINITY);
        }
        if (number.group(4) != null) {
            return new FactValue(value, Precision.RANGE, n, n, Double.parseDouble(number.group(4)));
        }
        return new FactValue(value, Precision.EXACT, n, n, n);
    }

    /** Whether both can be true: one refines the other, or they overlap. */
    public boolean compatible(FactValue other) {
        return low <= other.high && other.low <= high;
    }

    /** Whether two stored values of one type can both be true; values that are not dates or numbers only when equal. */
    public static boolean compatible(String type, String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        FactValue first = parse(type, a);
        FactValue second = parse(type, b);
        return first != null && second != null && first.compatible(second);
    }
}
