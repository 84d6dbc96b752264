package news.parallax.problem;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Dates and times in bodies: only ISO 8601 strings of the exact kind the field has (a number or
 * digit string is not taken as epoch seconds, a date-time is not truncated to a date), within
 * {@link TemporalRange}.
 */
final class StrictTemporalDeserializers {

    private StrictTemporalDeserializers() {
    }

    /** A string of one ISO 8601 form, parsed, then checked against {@link TemporalRange}. */
    private abstract static class StrictTemporal<T> extends StdScalarDeserializer<T> {

        private final Class<T> type;
        private final String expected;

        StrictTemporal(Class<T> type, String expected) {
            super(type);
            this.type = type;
            this.expected = expected;
        }

        abstract T parse(String text);

        abstract String violation(T value);

        /** The parsed value as the service keeps it. */
        T adjust(T value, DeserializationContext context) {
            return value;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(context.handleUnexpectedToken(type, parser));
            }
            String text = parser.getText();
            T value;
            try {
                value = parse(text);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, type, expected);
            }
            String violation = violation(value);
            if (violation != null) {
                throw context.weirdStringException(text, type, violation);
            }
            return adjust(value, context);
        }
    }

    static final class OffsetDateTimes extends StrictTemporal<OffsetDateTime> {

        OffsetDateTimes() {
            super(OffsetDateTime.class, "must be an ISO 8601 date and time with offset, such as 2018-05-29T10:00:00Z");
        }

        @Override
        OffsetDateTime parse(String text) {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }

        @Override
        String violation(OffsetDateTime value) {
            return TemporalRange.violation(value);
        }

        @Override
        OffsetDateTime adjust(OffsetDateTime value, DeserializationContext context) {
            if (!context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
                return value;
            }
            // what Jackson's own deserializer does: the service stores and answers in UTC
            ZoneId zone = context.getTimeZone().toZoneId();
            return value.withOffsetSameInstant(zone.getRules().getOffset(value.toInstant()));
        }
    }

    static final class LocalDates extends StrictTemporal<LocalDate> {

        LocalDates() {
            super(LocalDate.class, "must be an ISO 8601 date, such as 2018-05-29");
        }

        @Override
        LocalDate parse(String text) {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        }

        @Override
        String violation(LocalDate value) {
            return TemporalRange.violation(value);
        }
    }
}
