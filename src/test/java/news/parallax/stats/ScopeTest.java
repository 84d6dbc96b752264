package news.parallax.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import news.parallax.stats.StatsService.Scope;

/** A range cut inside an hour split into its whole hours and its partial hours; any other range is not split. */
class ScopeTest {

    static Stream<Arguments> ranges() {
        return Stream.of(
                Arguments.of("2018-05-29T10:10:00Z", "2018-05-29T13:30:00Z", null,
                        "2018-05-29T11:00Z..2018-05-29T13:00Z | 2018-05-29T10:10Z..2018-05-29T11:00Z 2018-05-29T13:00Z..2018-05-29T13:30Z"),
                Arguments.of(null, "2018-05-29T13:30:00Z", null, "..2018-05-29T13:00Z | 2018-05-29T13:00Z..2018-05-29T13:30Z"),
                // another offset: the hours are UTC hours (10:10 at +05:30 is 04:40 UTC)
                Arguments.of("2018-05-29T10:10:00+05:30", null, null, "2018-05-29T05:00Z.. | 2018-05-29T10:10+05:30..2018-05-29T05:00Z"),
                Arguments.of("2018-05-29T10:00:00Z", "2018-05-29T13:00:00Z", null, "not split"), // whole hours: kept as they are
                Arguments.of("2018-05-29T10:10:00Z", "2018-05-29T11:50:00Z", null, "not split"), // no whole hour inside
                Arguments.of("2018-05-29T13:30:00Z", "2018-05-29T10:10:00Z", null, "not split"),
                Arguments.of("2018-05-29T10:10:00Z", "2018-05-29T13:30:00Z", 7L, "not split")); // an event's articles
    }

    @ParameterizedTest
    @MethodSource
    void ranges(String from, String to, Long event, String expected) {
        Scope scope = new Scope(time(from), time(to), event, null);
        Scope whole = scope.wholeHours();
        assertEquals(expected, whole == null ? "not split" : range(whole) + " | "
                + scope.partialHours(whole).edges().stream().map(ScopeTest::range).collect(Collectors.joining(" ")));
    }

    private static String range(Scope scope) {
        return (scope.from() == null ? "" : scope.from().toString()) + ".." + (scope.to() == null ? "" : scope.to().toString());
    }

    private static OffsetDateTime time(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }
}
