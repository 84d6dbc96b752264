package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
