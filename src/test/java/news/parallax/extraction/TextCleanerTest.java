package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @ParameterizedTest(name = "drops \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            اعلان
            إقرأ أيضاً
            اقرأ أيضا
            WhatsApp
            Telegram
            Back to top
            Share this article
            الرئيسية / دولي / موسكو تريد تأكيد عودتها
            Home > World > Libya
            أضف تعليقك
            تم النشر: تم التحديث:
            اظهر المزيد
            مقالات ذات صلة
            زر الذهاب إلى الأعلى
            إغلاق
            لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
            """)
    void dropsSiteFurniture(String furniture) {
        assertEquals("نص الخبر الحقيقي.", TextCleaner.clean(furniture + "\nنص الخبر الحقيقي.").text());
    }

    @Test
    void keepsARepeatedParagraphOnceAndNormalisesWhitespace() {
        String body = "الفقرة الأولى  من   الخبر.\n\n\tالفقرة الثانية.\nالفقرة الأولى من الخبر.\n";
        assertEquals("الفقرة الأولى من الخبر.\nالفقرة الثانية.", TextCleaner.clean(body).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no-break spaces                  | وصل\u00A0الوزير \u00A0 إلى موسكو.
            a zero-width space between words | وصل\u200Bالوزير إلى\u200B\u200Bموسكو.
            thin and ideographic spaces      | وصل\u2009الوزير\u3000\u202Fإلى\u205Fموسكو.
            tabs and spaces at the ends      | \t  وصل الوزير\t\tإلى   موسكو. \u00A0
            """)
    void anyRunOfSpacesIsOneSpace(String why, String line) { // the text block writes each space as an escape
        assertEquals("وصل الوزير إلى موسكو.", TextCleaner.clean(line + "\n\u00A0\u200B\n").text(), why);
    }

    @Test
    void aBylineBecomesTheAuthor() {
        TextCleaner.Cleaned cleaned = TextCleaner.clean("كتب : سها صلاح\nوصل حفتر إلى موسكو.");
        assertEquals("سها صلاح", cleaned.author());
        assertEquals("وصل حفتر إلى موسكو.", cleaned.text());
        assertNull(TextCleaner.clean("By the way, Haftar arrived.").author(), "a sentence is not a byline");
    }

    @Test
    void aLatinTagInAnArabicArticleIsDroppedButEnglishTextIsKept() {
        assertEquals("وصل حفتر إلى موسكو.", TextCleaner.clean("elmaouid\nوصل حفتر إلى موسكو.").text());
        assertEquals("Reuters\nHaftar arrived in Moscow.", TextCleaner.clean("Reuters\nHaftar arrived in Moscow.").text());
    }

    private static final String DATELINE_LEAD = "القاهرة، مصر (CNN)-- أعلنت وزارة الزراعة، الأحد، عن خطة جديدة لزيادة مساحة الأراضي المزروعة بالقمح خلال الموسم المقبل.";
    private static final String SAID = "وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع بذور محسنة على المزارعين في محافظات الصعيد والدلتا بأسعار مدعومة.";
    private static final String ADDED = "وأضاف أن الوزارة تتوقع أن يرتفع الإنتاج المحلي بنسبة عشرة في المائة مقارنة بالعام الماضي إذا استمرت الأمطار.";
    private static final String NOTED = "يذكر أن مصر تستورد نحو نصف احتياجاتها من القمح سنويا، وتعد من أكبر الدول المستوردة لهذه السلعة في العالم كله.";
    private static final String AS_FOR = "أما المزارعون فقد طالبوا برفع سعر توريد القمح إلى الحكومة حتى يغطي تكاليف الزراعة التي ارتفعت كثيرا هذا العام.";
    private static final String FROM_ITS_SIDE = "من جهته، رحب اتحاد المزارعين بالخطة، لكنه دعا إلى توفير الأسمدة في الجمعيات الزراعية قبل بدء موسم الزراعة بأسابيع.";
    private static final String OTHER_LEAD_1 = "قال وزير النقل الأردني، خالد الحمود، الإثنين، إن بلاده ستفتتح خطا جديدا للحافلات السريعة بين عمان والزرقاء مطلع العام المقبل.";
    private static final String OTHER_LEAD_2 = "أعلنت شركة طيران خليجية، مساء الجمعة، عن إلغاء عشرين رحلة بسبب عاصفة رملية ضربت المنطقة وأدت إلى انعدام الرؤية في المطار.";
    private static final String OTHER_LEAD_3 = "وافقت الحكومة التونسية، الثلاثاء، على مشروع قانون يقضي برفع الحد الأدنى للأجور في القطاع الخاص ابتداء من الشهر المقبل.";
    private static final String OTHER_LEAD_4 = "كشف فريق من علماء الآثار عن مقبرة تعود إلى أكثر من ثلاثة آلاف عام قرب مدينة الأقصر جنوب مصر، وفقا لبيان رسمي صدر الأربعاء.";
    private static final String OTHER_LEAD_5 = "فاز المنتخب المغربي لكرة اليد، السبت، ببطولة إفريقيا للمرة الثانية في تاريخه بعد مباراة نهائية مثيرة أمام منتخب الجزائر.";
    private static final String OTHER_LEAD_6 = "دعا الأمين العام لجامعة الدول العربية، الخميس، إلى اجتماع طارئ لوزراء الخارجية العرب لبحث أزمة المياه في المنطقة وسبل حلها.";
    private static final String STAGE_1 = "المرحلة الأولى: توزيع البذور المحسنة على المزارعين في محافظات الصعيد قبل نهاية الشهر الجاري بأسعار مدعومة من الدولة.";
    private static final String STAGE_2 = "المرحلة الثانية: متابعة الحقول من قبل مهندسين زراعيين مرة كل أسبوعين حتى موعد الحصاد وتسجيل ملاحظاتهم في تقارير دورية.";
    private static final String STAGE_3 = "المرحلة الثالثة: شراء المحصول من المزارعين بسعر ثابت يعلن قبل الحصاد بشهرين على الأقل حتى يطمئن الجميع إلى العائد.";

    static Stream<Arguments> trailers() {
        return Stream.of(
                Arguments.of("a trailer of four other leads closes the article",
                        List.of(DATELINE_LEAD, SAID, ADDED, OTHER_LEAD_1, OTHER_LEAD_2, OTHER_LEAD_3, OTHER_LEAD_4), 3),
                Arguments.of("at most five closing leads are a trailer",
                        List.of(DATELINE_LEAD, SAID, OTHER_LEAD_6, OTHER_LEAD_1, OTHER_LEAD_2, OTHER_LEAD_3, OTHER_LEAD_4, OTHER_LEAD_5), 3),
                Arguments.of("the trailer ends where a paragraph continues the article",
                        List.of(DATELINE_LEAD, SAID, NOTED, OTHER_LEAD_1, OTHER_LEAD_2, OTHER_LEAD_3), 3),
                Arguments.of("closing paragraphs that open without a conjunction but continue the article are kept",
                        List.of(DATELINE_LEAD, SAID, ADDED, NOTED, AS_FOR, FROM_ITS_SIDE), 6),
                Arguments.of("two closing leads are too few to be a trailer",
                        List.of(DATELINE_LEAD, SAID, ADDED, OTHER_LEAD_1, OTHER_LEAD_2), 5),
                Arguments.of("list items with an early colon are not leads",
                        List.of(DATELINE_LEAD, SAID, STAGE_1, STAGE_2, STAGE_3), 5),
                Arguments.of("the article's own first paragraph is never part of a trailer",
                        List.of(DATELINE_LEAD, OTHER_LEAD_1, OTHER_LEAD_2, OTHER_LEAD_3), 1),
                Arguments.of("without the dateline of a publisher that closes its pages so, all is the own text",
                        List.of(DATELINE_LEAD.replace("(CNN)", "(رويترز)"), SAID, ADDED, OTHER_LEAD_1, OTHER_LEAD_2, OTHER_LEAD_3, OTHER_LEAD_4), 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trailers")
    void theOwnTextEndsBeforeClosingLeadsOfOtherArticles(String why, List<String> lines, int own) {
        TextCleaner.Cleaned cleaned = TextCleaner.clean(String.join("\n\n", lines));
        assertEquals(String.join("\n", lines), cleaned.text()); // the trailer stays in the clean text
        assertEquals(String.join("\n", lines.subList(0, own)), cleaned.text().substring(0, cleaned.ownTextEnd()));
    }
}
