package news.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a headline says happened, read from a signature's title stems as the index reads stored ones. */
class HeadlineTest {

    /** {@code kinds}: a bit per kind, in the order of story/happenings.tsv (quake 1, eruption 2, bombing 4, protest 64). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            زلزال جديد بقوة 6 درجات يضرب الجزيرة                 | 1  | true  | true
            ثوران بركان قرب المدينة المنكوبة                      | 2  | false | true
            مقتل ثلاثة شرطيين بهجوم على مركز أمني                 | 4  | false | true
            غداة تفجير الكنيسة.. انفجار سيارة أمام مقر الشرطة    | 4  | true  | true
            مظاهرات حاشدة في العاصمة ضد الغلاء                     | 64 | false | false
            Second quake hits the island as rescuers search rubble | 1  | true  | true
            وزير الخارجية يلتقي نظيره في العاصمة                  | 0  | false | false
            """)
    void aHeadlineNamesTheKindsOfHappeningItReportsAndWhetherItCallsOneNew(String title, int kinds, boolean saysNew, boolean sudden) {
        Headline headline = Headline.of(StorySignature.of(title, "", List.of(), List.of()).features());

        assertEquals(kinds, headline.kinds());
        assertEquals(saysNew, headline.saysNew());
        assertEquals(sudden, headline.namesSudden());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            زلزال جديد يضرب الجزيرة ويهدم منازل
            انفجار آخر في مخزن للوقود قرب الميناء
            """)
    void onlyTheTitleSaysWhatHappenedNotTheLead(String lead) {
        Headline headline = Headline.of(StorySignature.of("وزير الخارجية يلتقي نظيره", lead, List.of(), List.of()).features());

        assertEquals(0, headline.kinds());
        assertEquals(false, headline.saysNew());
    }
}
