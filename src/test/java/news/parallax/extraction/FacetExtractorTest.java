package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FacetExtractorTest {

    @ParameterizedTest(name = "{0} published {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            في 29 مايو 2018                          | 2017-01-01 | 2018-05-29
            في ٢٩ مايو ٢٠١٨                          | 2017-01-01 | 2018-05-29
            الإثنين 14 أغسطس/آب                      | 2017-08-16 | 2017-08-14
            في العاشر من كانون الأول/ديسمبر          | 2018-06-20 | 2018-12-10
            يومي 12-13 نوفمبر                         | 2018-11-09 | 2018-11-12/2018-11-13
            في الثامن من نوفمبر                       | 2018-11-09 | 2018-11-08
            في 10 ديسمبر الماضي                       | 2018-11-09 | 2017-12-10
            في 16 فبراير المقبل                       | 2017-02-10 | 2017-02-16
            ديسمبر العام 2015                          | 2017-02-10 | 2015-12
            نهاية يوليو/تموز الماضي                   | 2017-08-15 | 2017-07
            وفي أبريل / نيسان الماضي                  | 2018-04-11 | 2017-04
            on December 10                            | 2018-05-30 | 2017-12-10
            elections on December 10                  | 2018-05-30 | 2018-12-10
            on 10 December 2018                       | 2017-01-01 | 2018-12-10
            وقع الهجوم في السابع من الشهر الحالي       | 2018-04-15 | 2018-04-07
            اجتمعوا في 20 من الشهر الماضي              | 2018-05-03 | 2018-04-20
            تنطلق القمة في اليوم العاشر من ديسمبر     | 2018-06-20 | 2018-12-10
            أعلنت الحكومة الليبية موعد 12 أكتوبر      | 2018-06-20 | 2018-10-12
            """)
    void normalisesDates(String text, LocalDate published, String expected) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), published);
        assertEquals(List.of(expected), facets.stream().map(Found.Facet::value).toList());
    }

    /**
     * The date patterns are tried only where a day or a month can start a word (FacetExtractor.DateStarts): at the text's
     * first char, after a bracket, a newline or a comma without a space, and never inside a word ("ومايو").
     */
    @ParameterizedTest(name = "{0} published {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            29 مايو 2018 موعد القمة                  | 2017-01-01 | 2018-05-29
            مارس 2016 شهد أول جولة                   | 2017-01-01 | 2016-03
            الثامن من نوفمبر موعد الجولة             | 2018-11-09 | 2018-11-08
            يعقد الاجتماع (العاشر من ديسمبر)         | 2018-06-20 | 2018-12-10
            ذكر التقرير،يناير 2016                    | 2017-01-01 | 2016-01
            the meeting:december 10                   | 2018-05-30 | 2017-12-10
            وصل الوفد ومايو 2018                      | 2017-01-01 |
            وصل الوفد في الثلاثاء2 مارس               | 2018-03-01 |
            """)
    void datesAreReadWhereverTheirWordStarts(String text, LocalDate published, String expected) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), published);
        assertEquals(expected == null ? List.of() : List.of(expected), facets.stream().map(Found.Facet::value).toList());
    }

    @org.junit.jupiter.api.Test
    void aDateAfterALineBreakIsRead() {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of("أعلن المتحدث الموعد\n15 مارس المقبل"), LocalDate.of(2018, 3, 1));
        assertEquals(List.of("2018-03-15"), facets.stream().map(Found.Facet::value).toList());
    }

    @org.junit.jupiter.api.Test
    void eachRiseTakesTheCountedWordNearestIt() {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of("ارتفع عدد القتلى إلى 58 والجرحى إلى 2771"), null);
        assertEquals(List.of("death_toll 58", "injured_count 2771"), facets.stream().map(f -> f.key() + " " + f.value()).toList());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            سقط تسعة قتلى              | death_toll    | 9    | killed
            سقط ٧ قتلى                  | death_toll    | 7    | killed
            وجود ألف جندي أمريكي        | troop_count   | 1000 | soldiers
            أصيب اثنا عشر جريحا         | injured_count | 12   | injured
            خلف الفيضان سبعة عشر مفقودا على الأقل | missing_count | 17+ | missing
            وأعلن الدفاع المدني ثلاثة عشر قتيلا | death_toll | 13 | killed
            خلف دمارا واسعا وسبعة عشر مفقودا | missing_count | 17 | missing
            ما أسفر عن تسع عشرة حالة وفاة | death_toll | 19 | killed
            سقط عشرة قتلى في القصف | death_toll | 10 | killed
            at least 11 killed          | death_toll    | 11+  | killed
            ارتفع عدد القتلى إلى 58     | death_toll    | 58   | killed
            ارتفع عدد القتلى في هجوم طرابلس إلى 12 | death_toll | 12 | killed
            أسفر عن مقتل 43 فلسطينيا    | death_toll    | 43   | killed
            وإصابة 2,771 آخرين          | injured_count | 2771 | injured
            سقط أكثر من 30 قتيلا        | death_toll    | 30+  | killed
            قتل 7 أشخاص على الأقل       | death_toll    | 7+   | killed
            حصيلة الهجمات تتخطى 180 قتيلا | death_toll  | 180+ | killed
            وتجاوزت الحصيلة عتبة 90 قتيلا | death_toll  | 90+  | killed
            نحو 150 قتيلا               | death_toll    | ~150 | killed
            أطلقت 105 صواريخ            | missile_count | 105  | missiles
            نزاع أوقع 350 ألف قتيل       | death_toll    | 350000 | killed
            تسبب بمقتل ما لا يقل عن 25 شخصا | death_toll | 25+  | killed
            سجل المرصد 21 حالة وفاة      | death_toll    | 21   | killed
            قتل 54 فلسطينيا منذ عام 2014 | death_toll_total | 54 | killed
            وإصابة 1600 شخص منذ بدء الحملة | injured_count_total | 1600 | injured
            وأصيب أكثر من 900 آخرين      | injured_count | 900+ | injured
            قال إن 49 شخصا لقوا حتفهم في الهجوم | death_toll | 49 | killed
            وأشار إلى أن 11 شخصا بينهم أربعة أطفال توفوا | death_toll | 11 | killed
            وكان 12 شخصا على الأقل قد لقوا مصرعهم في الانهيار | death_toll | 12+ | killed
            وقال المسعفون إن 8 أشخاص ربما لقوا حتفهم تحت الركام | death_toll | 8 | killed
            وقالت الشرطة إن 15 شخصا على الأقل قتلوا في الحريق | death_toll | 15+ | killed
            وكان 20 شخصا على الأقل قد وصلوا إلى المستشفى | - | - | -
            وذكر أن 30 شخصا من بينهم 6 نساء أصيبوا بجروح | injured_count | 30 | injured
            قالت إن 12 شخصا بينهم ثلاثة من أفراد الأسرة نجوا | - | - | -
            وأعلنت الوزارة أن الجرحى ارتفعوا إلى 2771 | injured_count | 2771 | injured
            وأصيب نحو 12 ألفا آخرين | injured_count | ~12000 | injured
            لقي 3 أشخاص حتفهم | death_toll | 3 | killed
            ومنذ ذلك اليوم لقي 110 فلسطينيين مصرعهم | death_toll_total | 110 | killed
            وبهذا يرتفع إلى نحو 90 عدد القتلى منذ بداية المسيرة | death_toll_total | ~90 | killed
            قتلت القوات الحكومية 46 متظاهرا منذ بدأت الاحتجاجات | death_toll_total | 46 | killed
            وقتلت الشرطة 5 أشخاص في المدينة | death_toll | 5 | killed
            the troops killed 12 people | death_toll | 12 | killed
            اعتقلت الشرطة 30 شخصا | arrested_count | 30 | arrested
            زار الوزير 12 شخصا في المستشفى | - | - | -
            كان بين الجرحى البالغ عددهم نحو 2500 | injured_count | ~2500 | injured
            وقالت السلطات إن عدد القتلى البالغ 18 على الأقل قد يرتفع | death_toll | 18+ | killed
            ونقل الجرحى البالغ 40 إلى مستشفيات المنطقة | injured_count | 40 | injured
            وكانت كل طائرة تحمل 4 صواريخ | - | - | -
            each plane carried four missiles | - | - | -
            أطلقت كل من بريطانيا وفرنسا 12 صاروخا | missile_count | 12 | missiles
            قصفت كل المواقع، وأطلقت 20 صاروخا | missile_count | 20 | missiles
            وقتل متظاهر برصاص الشرطة صباح اليوم | death_toll | 1 | killed
            قتل شرطيان في الاشتباكات | death_toll | 2 | killed
            أسفرت المواجهات عن إصابة طفلين | injured_count | 2 | injured
            لقي شاب مصرعه في الحادث | death_toll | 1 | killed
            وقتل متظاهر آخر في المساء | - | - | -
            وكان بين القتلى صحفي | - | - | -
            زار الوزير شخصا واحدا | - | - | -
            أعلنت الحكومة مقتل اثنين من مواطنيها في الحادث | - | - | -
            the crash killed two of its citizens | - | - | -
            أسفر الحادث عن مقتل 107 من أصل 110 ركاب | death_toll | 107 | killed
            فنحن 30 مليون جندي نحمي هذه الأرض | - | - | -
            وقال المتظاهرون نحن 5 آلاف جندي في الميدان | - | - | -
            we are 40 million soldiers | - | - | -
            ونشر الجيش 3000 جندي على الحدود | troop_count | 3000 | soldiers
            """)
    void countsWhatNumbersCount(String text, String key, String value, String unit) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), null);
        if (key.equals("-")) { // people with no verb that counts them: no fact
            assertEquals(List.of(), facets);
            return;
        }
        assertEquals(1, facets.size(), facets.toString());
        assertEquals(List.of(key, value, unit), List.of(facets.get(0).key(), facets.get(0).value(), facets.get(0).unit()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل 120 شخصا بينهم ثمانية من أفراد الطاقم في تحطم الطائرة | death_toll 120
            أسفر الحادث عن مقتل 40 شخصا من بينهم 12 طفلا | death_toll 40
            وأصيب 25 آخرون بينهم 4 في حالة خطرة | injured_count 25
            قتل عشرة أشخاص، بينهم ثلاثة من رجال الشرطة | death_toll 10
            وقتل ثلاثة من رجال الشرطة في الهجوم | death_toll 3
            """)
    void aCountAfterAmongThemIsAPartOfTheCountBeforeIt(String text, String facts) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), null);
        assertEquals(facts, facets.stream().map(f -> f.key() + " " + f.value()).collect(java.util.stream.Collectors.joining("; ")));
    }

    /** A count of one group "in addition to" another's is one figure, their sum; a count of something else after it is not added. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            نتج عن الانفجار استشهاد عشرة من منسوبي الحرس إضافة إلى ثلاثة من العمال وإصابة تسعة آخرين | death_toll 13; injured_count 9
            أسفر الهجوم عن مقتل 5 جنود بالإضافة إلى 3 مدنيين | death_toll 8
            قتل أكثر من 20 من عناصر الشرطة علاوة على 4 من المارة | death_toll 24+
            the blast killed 6 guards in addition to 2 passers-by | death_toll 8
            قتل 4 أشخاص إضافة إلى منفذ الهجوم | death_toll 4
            أعلنت الشرطة مقتل 3 من الحراس علاوة على 5 جرحى | death_toll 3; injured_count 5
            قتل 7 أشخاص في المدينة، إضافة إلى 3 في القرية المجاورة | death_toll 7
            قتل 7 أشخاص إضافة إلى 99999999999999999999 آخرين | death_toll 100000000000000000006
            """)
    void aCountInAdditionToAnotherGroupsCountIsTheirSum(String text, String facts) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), null);
        assertEquals(facts, facets.stream().filter(f -> f.type().equals("number")).map(f -> f.key() + " " + f.value())
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وبلغ عدد الضحايا أكثر من 100 قتيل وجريح في المدينة والريف | ''
            سقط 60 قتيلا وجريحا في التفجير | ''
            أسفرت الهجمات عن 40 قتيلا و70 جريحا | death_toll 40; injured_count 70
            قتل 38 شخصا على الأقل وأصيب 37 آخرون | death_toll 38+; injured_count 37
            """)
    void theDeadAndTheInjuredCountedTogetherAreNeitherCount(String text, String facts) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), null);
        assertEquals(facts, facets.stream().map(f -> f.key() + " " + f.value()).collect(java.util.stream.Collectors.joining("; ")));
    }

    /**
     * The attackers killed are no victims: the toll of an attack counts its victims ("من بين 25 راكبا" counts the dead of those
     * aboard). A singular noun followed by a figure did the killing ("قتل شخص 5 نساء"): it is no toll of one (the figure after
     * such a subject is not read either, left).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وتمكن السكان من قتل نحو 20 مسلحا من بين 70 شخصا قتلوا من التنظيم في الهجوم | ''
            قتل الجيش 12 مسلحا في اشتباكات قرب القرية | ''
            قتل 30 شخصا من داعش في الغارات | ''
            وأسفر الهجوم عن مقتل 45 شخصا بينهم 10 مهاجمين | death_toll 45
            قتل 8 أشخاص من بين 25 راكبا كانوا في الحافلة | death_toll 8
            قتل مسلحون 14 مدنيا في القرية | death_toll 14
            وقتل 20 عنصرا من الشرطة في الهجوم | death_toll 20
            قتل شخص 5 نساء أمام كنيسة في المدينة | ''
            قتل رجل 3 من جيرانه في القرية | ''
            قتل شخص في إطلاق نار أمام كنيسة | death_toll 1
            """)
    void theAttackersKilledAndAPartOfANumberAreNoToll(String text, String facts) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), null);
        assertEquals(facts, facets.stream().filter(f -> f.type().equals("number")).map(f -> f.key() + " " + f.value())
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            تجرى الانتخابات في العاشر من ديسمبر                                 | 2018-05-29 | election_date | 2018-12-10
            تجرى الانتخابات في ديسمبر المقبل                                     | 2018-05-29 | election_date | 2018-12
            الانتخابات التي جرت في 12 مايو                                       | 2018-05-20 | election_date | 2018-05-12
            الانتخابات التشريعية التي أجريت يوم 12 مايو                            | 2018-06-10 | election_date | 2018-05-12
            the election that took place on May 12                               | 2018-06-10 | election_date | 2018-05-12
            تجرى الانتخابات في 12 مايو                                            | 2018-05-20 | election_date | 2019-05-12
            اعتماد القوانين الانتخابية بحلول 16 سبتمبر                            | 2018-05-29 | deadline      | 2018-09-16
            the electoral laws must be adopted by September 16                   | 2018-05-29 | deadline      | 2018-09-16
            فاز في انتخابات مايو 2014                                             | 2018-05-13 | date          | 2014-05
            التقى الوفدان في 29 مايو                                              | 2018-05-30 | date          | 2018-05-29
            مدد المنتجون خفض الإنتاج حتى ديسمبر 2018                               | 2018-05-08 | date          | 2018-12
            منح الرئيس الحلفاء مهلة حتى 12 مايو                                     | 2018-05-05 | deadline      | 2018-05-12
            وأمهل الرئيس الحلفاء حتى 12 مايو لإصلاح الاتفاق                          | 2018-05-05 | deadline      | 2018-05-12
            the talks went on until May 12                                       | 2018-05-05 | date          | 2018-05-12
            they were given until May 12 to agree                                | 2018-05-05 | deadline      | 2018-05-12
            للانتخابات البرلمانية تم تحديد 30 أغسطس الجاري، موعدا مبدئيا لفتح باب الترشح | 2015-08-06 | date | 2015-08-30
            لمتابعة الانتخابات بعد فتح الباب لتصاريح المراقبة حتى 20 أغسطس          | 2015-08-08 | date          | 2015-08-20
            تجرى الانتخابات البرلمانية في 18 أكتوبر، ويفتح باب الترشح قبلها بشهرين وسط ترقب واسع | 2015-08-06 | election_date | 2015-10-18
            تجرى الانتخابات البرلمانية في 18 أكتوبر المقبل                        | 2015-08-06 | election_date | 2015-10-18
            """)
    void aDateIsAnElectionDateOnlyWhenItsSentenceSaysSo(String text, LocalDate published, String key, String value) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), published);
        assertEquals(List.of(key + "=" + value), facets.stream().map(f -> f.key() + "=" + f.value()).toList());
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ويحتفل المصريون بإنجازات ثورة 30 يونيو                 | 2015-08-08 | ''
            بإنجازات ثورة (30 يونيو)                                | 2015-08-08 | ''
            ستجرى عملية الاقتراع في الأسبوع الثاني من أكتوبر        | 2015-08-06 | ''
            على مرحلتين (الأسبوع الثاني من أكتوبر، والأسبوع الثالث من نوفمبر) | 2015-08-06 | ''
            وصلت القوات إلى المدينة في 30 يونيو                     | 2015-08-08 | date=2015-06-30
            ستجرى عملية الاقتراع في الثاني من أكتوبر                | 2015-08-06 | election_date=2015-10-02
            """)
    void aRevolutionNamedByItsDayAndAWeekOfAMonthAreNoDates(String text, LocalDate published, String dates) {
        assertEquals(dates, String.join("; ", FacetExtractor.extract(NormalizedText.of(text), published).stream()
                .map(f -> f.key() + "=" + f.value()).toList()));
    }

    @ParameterizedTest
    @CsvSource({"فيها, false", "المشير, false", "الجيش, false", "تنظيم, false", "موقع, false", "خليفة حفتر, true", "Emmanuel Macron, true",
        "إدلب, false", "ادلب, false", "طهران, false", "Idlib, false",
        "توقيت غرينتش, false", "ناجون, false", "لاعبو, false", "إعلان, false", "الإعلان, false", "عدم, false", "بي سي, false",
        "منصب, false", "المنصب, false", "العالم, false", "رؤساء, false", "تريب, false", "هاواي, false", "أنباء, false", "الأنباء, false"})
    void functionWordsCommonNounsAndPlacesAreNotParticipants(String name, boolean participant) {
        assertEquals(participant, FacetExtractor.isParticipant(name));
    }

    /** A line that opens with a month's name and a colon is a timeline's entry of that month; a story's line is none. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            يناير/ كانون ثاني : ارتطام طائرة ركاب أثناء الهبوط ومقتل 78 شخصا | 1
            أغسطس/ آب: تحطم طائرة شحن ومقتل 39 راكبا                      | 8
            مارس: انفجار في مصنع للكيماويات أودى بحياة 12 عاملا            | 3
            ديسمبر / كانون الأول: حريق في سوق قديمة                        | 12
            قتل 12 شخصا في انفجار وقع صباح اليوم                           | none
            يناير الماضي شهد حادثا مماثلا: قتل فيه 5 أشخاص                 | none
            وقال المتحدث: قتل 78 شخصا                                      | none
            """)
    void aLineThatOpensWithAMonthAndAColonIsATimelinesEntry(String line, Integer month) {
        assertEquals(month, Extractor.timelineMonth(line));
    }
}
