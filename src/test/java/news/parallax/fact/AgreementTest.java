package news.parallax.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgreementTest {

    /**
     * Reports as "value@outlet@hour" (the hour of 2 May 2018, UTC), separated by spaces; "hour!" when the article tells how the
     * count rose to the value (written later than stamped). One outlet's later figure that differs from its own earlier one
     * revises it (a change over time); another outlet's lower figure after one still standing is a fall.
     */
    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            election_date | date   | 2018-12-10@1@10                                   | single
            election_date | date   | 2018-12-10@1@10 2018-12-10@2@11                   | agree
            election_date | date   | 2018-12-10@1@10 2018-12@2@11 2018-12-10@3@12      | agree_refined
            election_date | date   | 2018-12-10@1@10 2018-12-11@2@11                   | disagree
            election_date | date   | 2018-11-12/2018-11-13@1@10 2018-11-13@2@11        | agree_refined
            death_toll    | number | 7@1@10 12@2@18                                    | updated_over_time
            death_toll    | number | 7@1@10 9@2@12 11@3@15 12@4@20                     | updated_over_time
            death_toll    | number | 7@1@10 12@2@10                                    | disagree
            death_toll    | number | 12@1@10 7@2@18                                    | disagree
            death_toll    | number | 7@1@10 12@2@18 7@3@20                             | disagree
            death_toll    | number | 30+@1@10 34@2@11                                  | updated_over_time
            death_toll    | number | ~60@1@10 62@2@11                                  | updated_over_time
            death_toll    | number | 34@1@10 30+@2@11                                  | agree_refined
            death_toll    | number | 60@1@10 ~60@2@11 60+@3@12                         | agree_refined
            death_toll    | number | 38+@1@5 220@2@6! 100@1@12 215+@3@18 246+@3@20     | updated_over_time
            death_toll    | number | 38+@1@5 220@2@6 100@1@12 215+@3@18 246+@3@20      | disagree
            death_toll    | number | 2+@1@12 1+@2@13 3@1@14 4@3@20                      | updated_over_time
            death_toll    | number | 221+@1@10 215+@2@11 246+@3@20                      | updated_over_time
            death_toll    | number | 221+@1@10 215+@2@11                               | agree_refined
            death_toll    | number | 220@1@10 100@2@12!                                | disagree
            death_toll    | number | 32@1@10 220@2@10!                                 | updated_over_time
            death_toll    | number | 30+@1@10 34@2@10                                  | agree_refined
            injured_count_total | number | 11000+@1@10 ~12000@2@18                     | updated_over_time
            injured_count | number | ~70@1@10 40@1@20                                  | updated_over_time
            injured_count | number | ~70@1@10 50@2@12 40@1@20                          | disagree
            injured_count | number | 70@1@10 40@1@18 40@2@20                           | updated_over_time
            death_toll    | number | 66@1@8 65@1@18 65@2@20                            | updated_over_time
            death_toll    | number | 66@1@8 66@2@9 65@1@18                             | disagree
            death_toll    | number | 13@1@10 20@1@12 ~19@2@11                          | updated_over_time
            missile_count | number | 100+@1@10 105@2@18                                | agree_refined
            missile_count | number | 103@1@10 105@2@18                                 | disagree
            participants  | participant | Macron@1@10 Haftar@2@11                      | agree
            place         | place  | Paris@1@10 Tobruk@1@11                            | single
            """)
    void tellsRefinementsAndUpdatesFromDisagreement(String key, String type, String reports, String expected) {
        List<Agreement.Report> parsed = new ArrayList<>();
        for (String report : reports.split(" ")) {
            String[] parts = report.split("@");
            parsed.add(new Agreement.Report(parts[0], Long.parseLong(parts[1]),
                    OffsetDateTime.parse(String.format("2018-05-02T%02d:00:00Z", Integer.parseInt(parts[2].replace("!", "")))),
                    parts[2].endsWith("!")));
        }
        assertEquals(expected, Agreement.of(FactKey.of(key), type, parsed).name().toLowerCase());
    }

    @ParameterizedTest(name = "{1} and {2}: {3}")
    @CsvSource({
        "date, 2018-12, 2018-12-10, true",
        "date, 2018, 2018-12-10, true",
        "date, 2018-09-16, 2018-12-10, false",
        "number, 30+, 34, true",
        "number, 30+, 29, false",
        "number, 7, 9, false",
        "number, 100-120, 105, true",
        "place, Paris, Paris, true",
        "place, Paris, Tobruk, false"})
    void compatibleValues(String type, String a, String b, boolean compatible) {
        assertEquals(compatible, FactValue.compatible(type, a, b));
        assertEquals(compatible, FactValue.compatible(type, b, a));
    }
}
