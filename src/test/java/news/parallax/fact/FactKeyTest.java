package news.parallax.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactKeyTest {

    /** An event of 8 May (or 8-9 May): the deadline it was due by, the ones it set or left for later, and
     * those that had passed long before (no fact of the event: an empty expected key). */
    @ParameterizedTest(name = "{0} {1}, event ending {2} -> {3}")
    @CsvSource({
        "deadline, 2018-05-12, 2018-05-08, event_deadline",
        "deadline, 2018-05-05, 2018-05-08, event_deadline",
        "deadline, 2018-05-01, 2018-05-08, event_deadline",
        "deadline, 2018-04-30, 2018-05-08, ",
        "deadline, 2014-09, 2018-05-08, ",
        "deadline, 2018-05-16, 2018-05-09, event_deadline",
        "deadline, 2018-05-17, 2018-05-09, deadline",
        "deadline, 2018-08-06, 2018-05-08, deadline",
        "deadline, 2018-05, 2018-05-08, event_deadline",
        "deadline, --05-12, 2018-05-08, deadline",
        "election_date, 2018-05-12, 2018-05-08, election_date"})
    void aDeadlineIsTheEventsUpToAWeekEitherSideOfIt(String key, String value, LocalDate end, String expected) {
        assertEquals(expected, FactKey.deadlineKey(key, value, LocalDate.parse("2018-05-08"), end));
    }
}
