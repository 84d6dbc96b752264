package news.parallax.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class TemporalRangeAndUrlTest {

    @Test
    void timesAreHeldBetween1800And2200InUtc() {
        assertNull(TemporalRange.violation(LocalDate.parse("1800-01-01")));
        assertNull(TemporalRange.violation(LocalDate.parse("2200-12-31")));
        assertEquals("must lie between 1800-01-01 and 2200-12-31 (UTC)", TemporalRange.violation(LocalDate.parse("1799-12-31")));
        assertEquals("must lie between 1800-01-01 and 2200-12-31 (UTC)", TemporalRange.violation(LocalDate.parse("2201-01-01")));
        assertNull(TemporalRange.violation(OffsetDateTime.parse("1800-01-01T01:00:00+01:00")));
        assertEquals("must lie between 1800-01-01 and 2200-12-31 (UTC)",
                TemporalRange.violation(OffsetDateTime.parse("1800-01-01T00:30:00+01:00")));
        assertEquals("must lie between 1800-01-01 and 2200-12-31 (UTC)", TemporalRange.violation(OffsetDateTime.parse("+300000-01-01T00:00:00Z")));
        assertEquals("must lie between 1800-01-01 and 2200-12-31 (UTC)", TemporalRange.violation(OffsetDateTime.parse("-4713-11-24T00:00:00Z")));
    }

    @Test
    void percentEncodingsMustBeWellFormedAndUtf8() {
        assertNull(HttpLayerProblems.malformedPercentEncoding("/outlets?name=%D8%B1%D9%88%D9%8A%D8%AA%D8%B1%D8%B2"));
        assertEquals("%", HttpLayerProblems.malformedPercentEncoding("/outlets/%"));
        assertEquals("%G1", HttpLayerProblems.malformedPercentEncoding("/outlets?name=%G1"));
        assertEquals("%4", HttpLayerProblems.malformedPercentEncoding("/outlets?name=%4"));
        assertEquals(true, HttpLayerProblems.percentEncodedUtf8("/outlets?name=%D8%B1"));
        assertEquals(false, HttpLayerProblems.percentEncodedUtf8("/outlets?name=%C0%AF"));
        assertEquals(false, HttpLayerProblems.percentEncodedUtf8("/outlets?name=%FF"));
        assertEquals(false, HttpLayerProblems.percentEncodedUtf8("/outlets?name=%ED%A0%80"));
        assertEquals(false, HttpLayerProblems.percentEncodedUtf8("/outlets?name=%D8"));
    }
}
