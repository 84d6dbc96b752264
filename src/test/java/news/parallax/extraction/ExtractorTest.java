package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'بيروت، لبنان (CNN)-- انهار مبنى سكني في مدينة الإسكندرية صباح الأحد'         | Alexandria
            'دبي، الإمارات العربية المتحدة (CNN) -- افتتح معرض للسيارات في الشارقة'       | Sharjah
            'دبي، الإمارات العربية المتحدة (CNN)-- افتتح معرض للسيارات في دبي'            | Dubai
            'القاهرة، مصر (CNN)-- التقى وزير الخارجية الأردني نظيره المصري في القاهرة'     | Cairo
            'انهار مبنى سكني في مدينة الإسكندرية صباح الأحد، وقال مسعفون في بيروت إن'     | Alexandria, Beirut
            """)
    void theDatelinesPlacesAreNoPlacesOfTheStory(String text, String places) {
        List<String> found = Extractor.run(text, LocalDate.of(2018, 8, 14), ShippedRegistry.get()).facets().stream()
                .filter(f -> f.key().equals("place")).map(Found.Facet::value).distinct().toList();
        assertEquals(List.of(places.split(", ")), found);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال المتحدث إن الحكومة قد ترد بخطوات من جانبها.        | الحكومة قد ترد بخطوات من جانبها | المتحدث
            وقال المتحدث إن الحكومة قد ترد بخطوات من جانبها وحدها.  | الحكومة قد ترد بخطوات من جانبها وحدها | المتحدث
            """)
    void aSentenceMayEndOnAFiller(String text, String said, String source) {
        // the filler "من جانبها" at the very end once took the name check past the last word (a 500 on a real article)
        List<Found.Claim> claims = Extractor.run(text, LocalDate.of(2018, 4, 5), ShippedRegistry.get()).claims();
        assertEquals(List.of(said + " / " + source), claims.stream().map(c -> c.text() + " / " + c.citedSource().name()).toList());
    }
}
