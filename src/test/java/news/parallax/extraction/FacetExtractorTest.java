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
            on December 10                            | 2018-05-30 | 2017-12-10
            elections on December 10                  | 2018-05-30 | 2018-12-10
            on 10 December 2018                       | 2017-01-01 | 2018-12-10
            """)
    void normalisesDates(String text, LocalDate published, String expected) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), published);
        assertEquals(List.of(expected), facets.stream().map(Found.Facet::value).toList());
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            سقط تسعة قتلى              | death_toll    | 9    | killed
            سقط ٧ قتلى                  | death_toll    | 7    | killed
            وجود ألف جندي أمريكي        | troop_count   | 1000 | soldiers
            أصيب اثنا عشر جريحا         | injured_count | 12   | injured
            at least 11 killed          | death_toll    | 11   | killed
            """)
    void countsWhatNumbersCount(String text, String key, String value, String unit) {
        List<Found.Facet> facets = FacetExtractor.extract(NormalizedText.of(text), null);
        assertEquals(1, facets.size(), facets.toString());
        assertEquals(List.of(key, value, unit), List.of(facets.get(0).key(), facets.get(0).value(), facets.get(0).unit()));
    }
}
