package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The Guardian              | the guardian
            الغارديان                  | الغارديان
            الغارْدِيان                 | الغارديان
            الغـــارديان               | الغارديان
            إنترفاكس                   | انترفاكس
            أنترفاكس                   | انترفاكس
            آر تي                      | ار تي
            وكالة الأنباء الليبية      | وكاله الانباء الليبيه
            بعثة الأمم المتحدة          | بعثه الامم المتحده
            مصطفى                     | مصطفي
            Al-Jazeera                | al jazeera
            AL JAZEERA                | al jazeera
            Élysée                    | elysee
            Recep Tayyip Erdoğan      | recep tayyip erdogan
            Ağrı Dağı                 | agri dagi
            Straße                    | strasse
            Élyséeالعربية             | elyseeالعربيه
            قناة ٢٤                    | قناه 24
            فرانس ۲٤                   | فرانس 24
            ﻻ                          | لا
            RIA  Novosti              | ria novosti
            News.ru                   | news.ru
            '  «صحيفة “الجارديان”»  ' | صحيفه الجارديان
            """)
    void normalisesSpellingVariantsToOneForm(String written, String expected) {
        assertEquals(expected, NameNormalizer.normalize(written));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '   '
            '!!! ...'
            '\u200b\u200c'
            'ـــ'
            """)
    void textWithoutLettersOrDigitsNormalisesToNothing(String written) {
        assertEquals("", NameNormalizer.normalize(written));
    }
}
