package news.parallax.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;

class FactLineUpTest {

    /**
     * One article's death tolls, in text order at one time, each "value@source" ("-" when its sentence cites none), outside any claim
     * linked to the event; the values the comparison lines up (at one time, in any order).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال وزير الداخلية إن نحو 30 شخصا لقوا مصرعهم، وقال رئيس الوزراء إن الحصيلة الرسمية 25 قتيلا | ~30@وزير الداخلية, 25@رئيس الوزراء | ~30, 25
            وقال الإطفاء إن 35 شخصا ربما لقوا حتفهم، في حين يقول الإحصاء الرسمي إن عدد القتلى 20            | 35+@الإطفاء, 20@-                 | 35+, 20
            أسفر الهجوم عن مقتل 12 شخصا، بحسب الشرطة. وفي هجوم مماثل العام الماضي قتل 40، بحسب الشرطة       | 12@الشرطة, 40@الشرطة              | 12
            أسفر الهجوم عن مقتل 12 شخصا. وكان هجوم سابق قد أدى إلى مقتل 40                                 | 12@-, 40@-                        | 12
            """)
    void anArticleGivesItsFirstFigureOnEachSourcesWord(String sentence, String stated, String expected) {
        OutletRef outlet = new OutletRef().id(1L).name("Outlet A").kind(OutletKind.ONLINE);
        OffsetDateTime published = OffsetDateTime.parse("2018-08-15T06:00:00Z");
        List<FactLineUp.Report> reports = new ArrayList<>();
        for (String report : stated.split(", ")) {
            String[] parts = report.split("@");
            reports.add(new FactLineUp.Report("death_toll", "number", parts[0], "killed", null, false, outlet, 7L, published,
                    parts[1].equals("-") ? null : parts[1], false));
        }
        List<String> values = FactLineUp.lineUp(reports, r -> true).get(0).getValues().stream().map(v -> v.getValue()).sorted().toList();
        assertEquals(Stream.of(expected.split(", ")).sorted().toList(), values);
    }
}
