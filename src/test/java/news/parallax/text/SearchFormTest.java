package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search form is the name form with Arabic words stemmed: both spellings of a word meet, words stay in order. The light
 * stemmer also cuts names ("الغارديان" -> "غارد"), which is why names are looked up in the unstemmed form.
 */
class SearchFormTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            الانتخابات                 | انتخاب
            انتخابات                   | انتخاب
            والانتخابات المقبلة         | انتخاب مقبل
            مؤتمر باريس                | مؤتمر باريس
            الغـــارديان               | غارد
            The Elections in Paris    | the elections in paris
            Élysée ٢٤                  | elysee 24
            """)
    void stemsArabicWordsOfTheNameForm(String written, String expected) {
        assertEquals(expected, SearchForm.of(written));
    }
}
