package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cited outlets and other sources, pattern by pattern, on sentences written for this test (never an outlet's text): the
 * relay grammar that names an outlet away from its verb, outlet names and where a source phrase ends.
 */
class CitationExtractorTest {

    /** The names of the outlets ({@code outlets}) or of the other sources cited, in order, joined by "|". */
    private static String cited(String sentence, boolean outlets) {
        Extractor.Result result = Extractor.run(sentence, LocalDate.of(2018, 4, 2), ShippedRegistry.get());
        return String.join("|", result.citations().stream().map(Found.Citation::source)
                .filter(s -> (s.mention() == null) == outlets).map(Found.Source::name).distinct().toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال الضابط المسؤول عن الملف في مركز الشرطة لوكالة رويترز "المتهم اعترف بكل شيء".          | Reuters
            وقال مسؤولون وشاهد عيان، في الميناء، لرويترز، إن خفر السواحل انتشل المهاجرين.               | Reuters
            وقال سامي ناصر، مدرب الفريق في تصريحات لوكالة الأنباء الألمانية داخل المعسكر: نحن جاهزون.  | Deutsche Presse-Agentur
            وقال نادر الخطيب الباحث في معهد "الأفق للدراسات" لوكالة الأنباء الفرنسية "الوضع صعب".        | Agence France-Presse
            وأكد الفريق الذي يساعد المنسق الأممي في اليمن لوكالة "رويترز" أنه سيزيد عدد المفتشين.       | Reuters
            وقال الوزير أثناء مقابلة مع قناة الجزيرة "سأستقيل غدا".                                    | Al Jazeera
            وفي مقابلة مع قناة "فرانس 24"، الجمعة، قال الرئيس الفرنسي إن الحقائق مقلقة.                | France 24
            وخلال مقابلة مع قناة "روسيا اليوم"، بثت الخميس، قال الأسد إن المشكلة باقية.                 | RT Arabic
            وقال الوزير، الذي كان مقدما لبرنامج تلفزيوني وناشط بيئي، إنه استقال.                       | ''
            وأكد الرئيس دعم بلاده لوكالة الأونروا في مؤتمر المانحين.                                   | ''
            وقال رئيس تحرير صحيفة الأهرام إن العدد سيصدر غدا.                                          | ''
            """)
    void outletToldAwayFromItsVerb(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '"لا أعرف. اسألوا الوزارة"، وفق ما ذكرت وكالة "يونهاب" للأنباء.'                          | Yonhap
            'وقال الوزير إن الوضع "مستقر". وأضاف أن الجيش مستعد، وفق ما ذكرت وكالة رويترز.'          | Reuters
            ونقلت صحيفة الجمهورية المحلية عن مصادر أمنية أن الطريق أغلق.                              | الجمهورية
            وذكرت هيئة البث الإسرائيلية أن الحكومة اجتمعت مساء الأحد.                                 | Kan
            وذكرت هيئة الإذاعة الأسترالية أن السفن وصلت إلى الميناء.                                  | Australian Broadcasting Corporation
            وأكد الوزير أن الاتفاق قائم، وفقا لما نقلته إيلاف عن مصدر في الحكومة.                    | Elaph
            حسب وكالة أنباء كوريا الشمالية الرسمية فإن القمة كانت تاريخية.                            | Korean Central News Agency
            """)
    void outletNamesAndQuotes(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ووصفت الشرطة الفيدرالية الألمانية المداهمات بأنها الأكبر في تاريخها.                     | الشرطة الفيدرالية الألمانية
            ووصفت الحكومة السورية الهجوم التركي بأنه اعتداء على سيادتها.                             | الحكومة السورية
            وأعلنت حركة الشباب الإسلامية المتشددة مسؤوليتها عن الهجوم.                               | حركة الشباب الإسلامية المتشددة
            وأوضح البيان الروسي الأخير أنه لا قوات نظامية في المنطقة.                                | البيان الروسي الأخير
            'أعلنت طهران أن التجارة مع الدوحة زادت خلال العام الماضي".'                               | طهران
            وأشار تقرير لوكالة رويترز إلى أن المصنع سيغلق أبوابه.                                      | تقرير
            وأشار تقرير وكالة الأناضول إلى أن المصنع سيغلق أبوابه.                                     | تقرير
            قال متحدث باسم حكومة سريلانكا، الثلاثاء، إن الشرطة فرضت حظر التجول.                      | متحدث باسم حكومة سريلانكا
            وقال متحدث باسم حكومة كينيا لوكالة رويترز إن الطريق أغلق.                                  | متحدث باسم حكومة كينيا
            """)
    void otherSourceEndsBeforeTheVerbsObject(String sentence, String sources) {
        assertEquals(sources, cited(sentence, false));
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وعادت القضية إلى الواجهة بعد تقرير لصحيفة وول ستريت جورنال، أفاد بأن المبلغ دفع سرا.          | The Wall Street Journal
            وأشار تقرير لوكالة رويترز إلى أن المصنع سيغلق أبوابه.                                          | Reuters
            وردا على سؤال لوكالة الأنباء الفرنسية، أكدت السفارة أن القنصل غادر.                           | Agence France-Presse
            وأضاف المسؤول أن الجندي قتل، ليؤكد خبرا لإذاعة "صوت الجبل" بهذا الشأن.                      | صوت الجبل
            علمت وكالة فرانس برس من مصدر قريب من التحقيق أن المتهم غادر البلاد.                          | Agence France-Presse
            وقالت الممثلة في مقابلة مع مجلة النجوم عام 2012، إنها التقت المنتج.                          | النجوم
            ورفع المتظاهرون علم الجزيرة العربية في الساحة.                                                | ''
            ونفى المتحدث تقريرا لصحيفة محلية عن استقالته.                                                 | ''
            وقدم الوزير مشروعا لقناة مائية جديدة.                                                          | ''
            وجاء ذلك في رسالة رد فيها السفير على افتتاحية صحيفة "ديلي نيوز" البريطانية.                  | ديلي نيوز
            وأشار تقرير وكالة الأناضول إلى أن المصنع سيغلق أبوابه.                                         | Anadolu Agency
            وكشف تحقيق شبكة "إن بي سي" أن الشركة أخفت الوثائق.                                            | NBC News
            وأشار تقرير وكالة الطاقة الدولية إلى أن الطلب سيرتفع.                                          | ''
            """)
    void outletOfAReportAQuestionOrWhatItLearned(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وأكد الوزير أن الميناء سيفتح قريبا، وفقا لوكالة الأنباء الروسية (سبوتنيك).                   | Sputnik
            وكشف موقع الأخبار النرويجي "سولا نيت" أن المصنع أغلق.                                      | سولا نيت
            وقالت وكالة الأنباء الروسية "إن السفينة غرقت" في بيان.                                       | الأنباء الروسية
            وقالت وكالة نجمة التابعة لحزب الوسط إن الانتخابات تأجلت.                                     | نجمة
            وأشاد الوزير بالاتفاق، وفقا لما نقلته على لسانه وكالة "الأناضول".                          | Anadolu Agency
            وعزت قناة (سي.إن.إن ترك) الانقطاع إلى عطل فني.                                              | CNN Türk
            """)
    void outletDescribedThenNamedOrQualifiedAfterItsName(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال مسؤول أمني لوكالة الأناضول، الأحد، إن الهجوم أحبط قبل وقوعه.                           | Anadolu Agency
            وقال المتحدث باسم الشرطة لقناة الجزيرة إن التحقيق ما زال مستمرا.                            | Al Jazeera
            وقال وزير المالية لصحيفة الأهرام إن الميزانية الجديدة جاهزة.                                | Al-Ahram
            وقال مصدر عسكري لقناة العربية: "القوات تتقدم نحو المطار".                                   | Al Arabiya
            وقال المدير العام لقناة الجزيرة سامي ناصر إن القناة ستفتح مكتبا جديدا.                      | ''
            وقال الشاهد أليكس براون لشبكة سي تي في إن الحافلة انقلبت قرب الجسر.                        | CTV
            وذكرت بوليتيكو أن البيت الأبيض يدرس خيارات جديدة.                                        | Politico
            وقال مسؤول لشبكة إيه بي سي إن القوات جاهزة للانتشار.                                      | ABC News
            """)
    void outletToldAfterARoleWithoutAName(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وبثت قناة الجزيرة مقطعا مصورا يظهر الدمار في السوق القديم.                                 | Al Jazeera
            وأظهرت لقطات عرضتها قناة "العربية" طوابير طويلة أمام المخابز.                              | Al Arabiya
            وبث التلفزيون السوري مشاهد لدخول القوات إلى البلدة.                                       | Syrian state television
            ونشرت صحيفة الغارديان صورا للسفينة قبل غرقها بساعات.                                       | The Guardian
            وعرض التلفزيون الرسمي مشاهد للاحتفالات في العاصمة.                                         | ''
            وعرض الرئيس الفرنسي وساطة بلاده بين الطرفين.                                               | ''
            وتعرضت صحيفة "النهار" لهجوم إلكتروني مساء أمس.                                             | ''
            """)
    void outletThatBroadcastOrPublished(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقال الوزير خلال برنامج "حديث الساعة" إن الأزمة انتهت.                                    | حديث الساعة
            ويعد برنامج الطائرات المسيرة الأكبر من نوعه في المنطقة.                                    | ''
            وقال برنامج الأغذية العالمي إن المساعدات وصلت إلى المدينة.                                 | ''
            """)
    void programmeNamedOnlyInQuotes(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    /** The sources as written, in order, joined by "|". */
    private static String written(String sentence) {
        Extractor.Result result = Extractor.run(sentence, LocalDate.of(2018, 4, 2), ShippedRegistry.get());
        return String.join("|", result.citations().stream().map(Found.Citation::sourceText).distinct().toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ونقلت صحيفة الأهرام التصريحات عن وكالة رويترز مساء الأحد.                                   | 'Reuters|Al-Ahram'
            ونقلت قناة الجزيرة الخبر عن وكالة الأنباء الألمانية دون تفاصيل.                             | 'Deutsche Presse-Agentur|Al Jazeera'
            ونقلت الشاحنات المساعدات عن طريق المعبر الحدودي.                                            | ''
            """)
    void outletRelayedByAnotherAfterWhatItRelays(String sentence, String outlets) {
        assertEquals(outlets, cited(sentence, true));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            وقالت مصادر مطلعة إن الاتفاق قريب، ووفقا للمصدر فإن التوقيع سيتم الشهر المقبل.              | مصادر مطلعة
            وقالت متحدثة باسم البلدية إن الطريق أغلق، وأضاف المصدر نفسه أن الإصلاح سيستغرق أسبوعا.     | متحدثة باسم البلدية
            وقال مدير المستشفى سامي ناصر إن الجرحى كثر، ووفقا للمصدر فإن بينهم أطفالا.                | ''
            ونقل المحتجون إلى مركز الشرطة، بحسب متحدثة باسم الشرطة.                                     | متحدثة باسم الشرطة
            وأكدت الإذاعة، نقلا عن مسؤولي الدفاع المدني، أن الحريق أخمد.                                | مسؤولي الدفاع المدني
            علمت وكالة الأنباء الألمانية من مصدر مطلع أن المحادثات توقفت.                              | مصدر مطلع
            'ونقلت صحيفة "النهار" اللبنانية، الثلاثاء، عن مصادر مطلعة أن الحكومة ستستقيل.'             | مصادر مطلعة
            وبثت قناة الجزيرة من موقع الحادث مشاهد للدمار.                                              | ''
            """)
    void sourceRelayedNamedBeforeOrOfAConstruct(String sentence, String sources) {
        assertEquals(sources, cited(sentence, false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'ونقلت "سكاي نيوز" البريطانية عن متحدث باسم الوزارة قوله إن الجندي قتل.'                    | 'متحدث باسم الوزارة|"سكاي نيوز" البريطانية'
            'وأفادت صحيفة "الغارديان" البريطانية بأن الاتفاق انهار.'                                     | صحيفة "الغارديان" البريطانية
            """)
    void quotedNameWrittenWithBothQuotes(String sentence, String sources) {
        assertEquals(sources, written(sentence));
    }
}
