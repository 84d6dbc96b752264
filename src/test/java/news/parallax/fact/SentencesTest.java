package news.parallax.fact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    private static final FactValue ATTACK = Sentences.eventDates(LocalDate.parse("2018-04-07"), null);

    @ParameterizedTest(name = "{0} (dates {1}, published {2}) -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            أسفر الهجوم السبت عن مقتل 40 شخصا                          |                       | 2018-04-08 | true
            أسفر الهجوم في 7 أبريل عن مقتل 40 شخصا                      | 2018-04-07            | 2018-04-08 | true
            ارتفعت الحصيلة في 8 أبريل إلى 60 قتيلا                       | 2018-04-08            | 2018-04-08 | true
            وفي أبريل 2017 قتل 80 شخصا في هجوم بغاز السارين             | 2017-04               | 2018-04-08 | false
            وقتل 14 شخصا في غارة على قاعدة أخرى في 9 أبريل              | 2018-04-09            | 2018-04-08 | false
            قتل في هجوم عام 2013 أكثر من ألف شخص                       |                       | 2018-04-08 | false
            وفي 2010، تحطمت طائرة في الجزيرة ما أدى إلى مقتل 68 شخصا     |                       | 2018-04-08 | false
            وفي 2018 قتل 40 شخصا في الهجوم                             |                       | 2018-04-08 | true
            أطلقت الولايات المتحدة العام الماضي 59 صاروخا               |                       | 2018-04-08 | false
            قتلت الحرب العالمية الأولى 100 ألف شخص                      |                       | 2018-04-08 | false
            the attack killed 40 people in 2018                        |                       | 2018-04-08 | true
            a chemical attack in 2013 killed more than 1000 people     |                       | 2018-04-08 | false
            أصيب 2000 شخص في الهجوم                                    |                       | 2018-04-08 | true
            قتل 21 شخصا السبت في دوما                                 |                       | 2018-04-09 | true
            قتل 21 شخصا يوم السبت الماضي                              |                       | 2018-04-14 | true
            أطلقت 105 صواريخ السبت الماضي                              |                       | 2018-04-16 | false
            قتل 7 عسكريين في غارة فجر الاثنين                          |                       | 2018-04-11 | false
            ستعلن الحصيلة النهائية الأحد المقبل                         |                       | 2018-04-06 | true
            أسفر هجوم عن مقتل 60 شخصا الأسبوع الماضي                    |                       | 2018-04-14 | true
            أسفر هجوم عن مقتل 60 شخصا الأسبوع الماضي                    |                       | 2018-04-25 | false
            قتل 9 أشخاص في غارة الشهر الماضي                            |                       | 2018-04-20 | false
            قتل 9 أشخاص في غارة الشهر الماضي                            |                       | 2018-05-02 | true
            أدت الغارة قبل عقدين إلى مقتل 3 جنود                        |                       | 2018-04-08 | false
            قتل 58 شخصا في أكبر حصيلة منذ حرب عام 2014                  |                       | 2018-04-08 | true
            قتل 60 شخصا وهي سابقة منذ سنوات                            |                       | 2018-04-08 | true
            قتل 62 شخصا هذا الأسبوع                                    |                       | 2018-04-12 | true
            فقبل ثلاثة أشهر فقط قتل 17 شخصا في مدرسة أخرى              |                       | 2018-04-08 | false
            وقتل 5 أشخاص في هجوم مماثل قبل شهرين                       |                       | 2018-04-08 | false
            وأسفر تفجير قبل عام عن مقتل 20 شخصا                        |                       | 2018-04-08 | false
            قتل 9 أشخاص في الهجوم قبل شهر                              |                       | 2018-05-08 | true
            """)
    void aSentenceIsAboutTheEventUnlessItNamesAnotherTime(String sentence, String dates, LocalDate published, boolean about) {
        List<FactValue> stated = dates == null ? List.of() : Arrays.stream(dates.split(",")).map(d -> FactValue.parse("date", d)).toList();
        assertEquals(about, Sentences.aboutEvent(sentence, ATTACK, stated, published));
    }

    @Test
    void aTotalsSentenceIsNotJudgedByTheYearsItNames() {
        String sentence = "يرتفع إلى 90 عدد القتلى منذ بداية المسيرة التي تطالب بالعودة إلى أراض هجروا منها عام 1948";
        assertEquals(false, Sentences.aboutEvent(sentence, ATTACK, List.of(), LocalDate.parse("2018-04-08")));
        assertEquals(true, Sentences.aboutEvent(sentence, ATTACK, List.of(), LocalDate.parse("2018-04-08"), false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل 12 شخصا اليوم في القصف              | true
            وقتل 14 شخصا وجرح آخرون في القصف         | false
            وأدت الغارة إلى مقتل 3 جنود              | false
            قتل 3 جنود في غارة عام 2001              | true
            أطلقت 103 صواريخ الاثنين                 | true
            قتل 60 شخصا الأسبوع الماضي               | true
            وقتل 80 شخصا في هجوم سابق               | true
            فقبل ثلاثة أشهر قتل 17 شخصا             | true
            """)
    void aSentenceNamesATimeOfItsOwnOrGoesOnFromTheOneBefore(String sentence, boolean names) {
        assertEquals(names, Sentences.namesTime(sentence));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ليرتفع عدد القتلى منذ       | true
            قتل 100 منذ يوم             | true
            killed since                | true
            وأسفر الهجوم في             | false
            منذ أسبوع في                | false
            منذ بدء موجة الاحتجاجات في   | true
            مسيرة العودة التي انطلقت في  | true
            protests that began on      | true
            وقتل 40 شخصا في هجوم وقع في  | false
            """)
    void aDateAfterSinceStartsATotal(String before, boolean since) {
        assertEquals(since, Sentences.since(before + " "));
    }

    /** A sentence with its figure in brackets: the figure is an earlier one (superseded, or an earlier happening's) or current. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وكانت الحصيلة الأولية صباح اليوم [25] قتيلا قبل أن ترتفع تدريجيا خلال النهار                | true
            وكانت الحصيلة الأولية صباح اليوم 25 قتيلا قبل أن ترتفع إلى [90] قتيلا                     | false
            وكانت الشرطة قد أعلنت في حصيلة أولية مقتل [ستة] أشخاص بينهم امرأة                          | true
            وكانت حصيلة سابقة تحدثت عن مقتل [40] شخصا وفقدان العشرات                                  | true
            وكانت حصيلة رسمية سابقة أفادت بمقتل [30] شخصا وإصابة العشرات                              | true
            وكانت الحصيلة الأخيرة قد أفادت بمقتل [35] شخصا قبل انتشال جثث جديدة                        | true
            وبلغت الحصيلة الأخيرة [42] قتيلا بحسب وسائل الإعلام المحلية                                 | false
            ونقلت الوكالة عن الدفاع المدني في وقت سابق أن عدد القتلى بلغ [30] شخصا                     | true
            وقتل [85] شخصا على الأقل في تفجير تبناه التنظيم في وقت سابق هذا الشهر قرب الحدود           | true
            قتل [12] شخصا قبل أن يرتفع العدد إلى 15 مع انتشال جثث جديدة                               | true
            وارتفع عدد القتلى من [30] إلى 45 بعد العثور على جثث تحت الأنقاض                           | true
            وارتفع عدد القتلى من 30 إلى [45] بعد العثور على جثث تحت الأنقاض                           | false
            وارتفعت حصيلة الهجوم إلى [70] قتيلا بحسب المرصد                                            | false
            وقتل [20] شخصا من سكان القرية في الهجوم                                                   | false
            وأسفر الحريق عن مقتل [64] شخصا على الأقل، بحسب الحصيلة الرسمية                             | false
            Police had earlier said [five] people were killed                                          | true
            The toll rose to [nine] on Sunday                                                          | false
            """)
    void anEarlierFigureIsSupersededOrAnotherHappenings(String sentence, boolean earlier) {
        assertEquals(earlier, Sentences.earlierFigure(sentence.substring(0, sentence.indexOf('[')), sentence.substring(sentence.indexOf(']') + 1)));
    }

    /** The text above a sentence: the nearest line that holds a year alone heads a timeline, and dates the lines under it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            وهذه أبرز الحوادث:\\n2011\\nيناير: ارتطام طائرة ركاب أثناء الهبوط.\\n                | 2011
            2014\\nأغسطس: سقوط طائرة بعد إقلاعها.\\n2009\\n                                   | 2009
            قائمة الكوارث\\n- 2003 -\\n                                                       | 2003
            وقال الوزير إن الطائرة دخلت الخدمة عام 1993.\\n                                    | none
            وسقطت الطائرة صباح الأحد 2018 بحسب الوكالة.\\n                                    | none
            رحلة رقم 3704\\n                                                                   | none
            """)
    void aYearOnALineOfItsOwnHeadsATimeline(String above, String year) {
        assertEquals(year, Sentences.headingYear(above.replace("\\n", "\n")));
    }

    /** The text of a count's sentence before it: other incidents than the one reported ("وفي أماكن أخرى") are not its. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وفي أماكن أخرى قتل                               | true
            في مكان آخر من الإقليم، لقي                      | true
            وفي حادث منفصل قتل                               | true
            elsewhere in the province, a bomb killed         | true
            وأدى أسوأ حوادث العنف إلى مقتل                  | false
            وفي مكانين قرب المدينة قتل                       | false
            وقد قتل في ذلك الزلزال                           | true
            مثيرا الذعر بعد أسبوع على زلزال أول أوقع         | true
            وضرب الجزيرة زلزالا آخرا أسفر عن مقتل            | true
            وأدى الزلزال الذي وقع مساء الأحد إلى مقتل         | false
            وأسفر هذا الزلزال عن مقتل                        | false
            """)
    void aCountOfOtherIncidentsIsNotTheEvents(String before, boolean other) {
        assertEquals(other, Sentences.otherIncident(before));
    }

    /** The words after a count: an item of a list of counts by place is one place's part of the toll, not the toll. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
             أشخاص على الأقل في فلوريدا و5 في فرجينيا و3 في نورث كارولينا     | true
             في فلوريدا، و5 في فيرجينيا                                       | true
             قتلى في ولاية ألاباما واثنين في جورجيا                           | true
             أشخاص على الأقل بولاية فلوريدا و 2 بولاية جورجيا                  | true
             people in Florida and 5 in Virginia                              | false
             شخصا على الأقل في الولايات الأربع                                | false
             شخصا في الهجوم و100 من الجرحى                                    | false
             أشخاص في فلوريدا وتوفي في المستشفى آخرون                         | false
             شخصا على الأقل، وقالت السلطات إن 5 في المستشفى                    | false
            """)
    void aCountInAListOfCountsByPlaceIsOnePlacesPart(String after, boolean part) {
        assertEquals(part, Sentences.oneOfCountsByPlace(after));
    }

    @Test
    void aSentenceEndsAtAFullStopOrALineBreakButNotInsideANumber() {
        String window = "قال المرصد إن 52.5 بالمئة صوتوا. وقتل 12 شخصا، بحسب المصادر. وانتهى اليوم";
        int figure = window.indexOf("12");
        assertArrayEquals(new int[] {100 + window.indexOf("وقتل"), 100 + window.indexOf(". وانتهى")},
                Sentences.bounds(window, 100, 100 + figure, 100 + figure + 2));
        int share = window.indexOf("52.5");
        assertEquals(100, Sentences.bounds(window, 100, 100 + share, 100 + share + 4)[0]);
        assertEquals(100 + window.indexOf(". وقتل"), Sentences.bounds(window, 100, 100 + share, 100 + share + 4)[1]);
    }
}
