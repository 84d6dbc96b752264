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

    static final class OffsetDateTimes extends StdScalarDeserializer<OffsetDateTime> {

        OffsetDateTimes() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
            }
            String text = parser.getText();
            OffsetDateTime value;
            try {
                value = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, OffsetDateTime.class,
                        "must be an ISO 8601 date and time with offset, such as 2018-05-29T10:00:00Z");
            }
            String violation = TemporalRange.violation(value);
            if (violation != null) {
                throw context.weirdStringException(text, OffsetDateTime.class, violation);
            }
            if (context.isEnabled(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)) {
                // what Jackson's own deserializer does: the service stores and answers in UTC
                ZoneId zone = context.getTimeZone().toZoneId();
                value = value.withOffsetSameInstant(zone.getRules().getOffset(value.toInstant()));
            }
            return value;
        }
    }

    static final class LocalDates extends StdScalarDeserializer<LocalDate> {

        LocalDates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate value;
            try {
                value = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                throw context.weirdStringException(text, LocalDate.class, "must be an ISO 8601 date, such as 2018-05-29");
            }
            String violation = TemporalRange.violation(value);
            if (violation != null) {
                throw context.weirdStringException(text, LocalDate.class, violation);
            }
            return value;
        }
    }
}
