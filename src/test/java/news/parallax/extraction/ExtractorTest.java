package news.parallax.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

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

    private static final String LEAD = "القاهرة، مصر (CNN)-- أعلنت وزارة الزراعة المصرية، الأحد، عن خطة لزيادة مساحة الأراضي المزروعة"
            + " بالقمح في محافظة أسيوط خلال الموسم المقبل.";
    private static final String SAID = "وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع بذور محسنة على 40 ألف مزارع في الصعيد بأسعار"
            + " مدعومة، وإن 3 أشخاص قتلوا في حادث.";
    private static final String OTHER_LEAD_SPEAKER = "قال وزير الخارجية الأمريكي، مايك بومبيو، الثلاثاء، إن بلاده لن تتراجع عن العقوبات"
            + " المفروضة على إيران قبل أن تغير سياستها في المنطقة.";
    private static final String OTHER_LEAD_TOLL = "لقي 12 شخصا مصرعهم وأصيب 30 آخرون في انفجار سيارة مفخخة بسوق شعبي في مدينة الموصل"
            + " شمال العراق، بحسب مصادر أمنية عراقية.";
    private static final String OTHER_LEAD_FIND = "كشف فريق من علماء الآثار عن مقبرة تعود إلى أكثر من ثلاثة آلاف عام قرب مدينة الأقصر"
            + " جنوب مصر، وفقا لبيان رسمي صدر الأربعاء.";
    private static final String NOTED = "يذكر أن مصر تستورد نحو نصف احتياجاتها من القمح سنويا، وكانت قد اشترت شحنات كبيرة منه"
            + " من روسيا العام الماضي.";
    private static final String AS_FOR = "أما المزارعون في الصعيد فقد طالبوا برفع سعر توريد القمح حتى يغطي تكاليف الزراعة التي"
            + " ارتفعت كثيرا هذا العام.";
    private static final String FROM_HIS_SIDE = "من جهته، قال وزير الخارجية الأمريكي مايك بومبيو في تصريح سابق إن بلاده تدعم برامج"
            + " الأمن الغذائي في مصر والسودان.";

    static Stream<Arguments> ownTexts() {
        return Stream.of(
                Arguments.of("a trailer of other leads is left out of the own text, its facets and people",
                        List.of(LEAD, SAID, OTHER_LEAD_SPEAKER, OTHER_LEAD_TOLL, OTHER_LEAD_FIND), 2, "", "3", ""),
                Arguments.of("without the dateline of a publisher that closes its pages so, all is the own text",
                        List.of(LEAD.replace("(CNN)", "(رويترز)"), SAID, OTHER_LEAD_SPEAKER, OTHER_LEAD_TOLL, OTHER_LEAD_FIND), 5,
                        "Iran, Mosul, Iraq, Luxor, Egypt", "3, 12", "Mike Pompeo"),
                Arguments.of("closing paragraphs that open without a conjunction are the article's own",
                        List.of(LEAD, SAID, NOTED, AS_FOR, FROM_HIS_SIDE), 5, "Egypt, Russia, Sudan", "3", "Mike Pompeo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownTexts")
    void whatDescribesTheArticleReadsItsOwnTextOnly(String why, List<String> paragraphs, int own, String places, String tolls,
            String people) {
        Extractor.Result result = Extractor.run(String.join("\n\n", paragraphs), LocalDate.of(2018, 8, 14), ShippedRegistry.get());
        assertEquals(String.join("\n", paragraphs), result.cleanText());
        assertEquals(String.join("\n", paragraphs.subList(0, own)), result.ownText());
        assertEquals(places, String.join(", ", result.ownFacets().stream().filter(f -> f.type().equals("place"))
                .map(Found.Facet::value).distinct().toList()));
        assertEquals(tolls, String.join(", ", result.ownFacets().stream().filter(f -> "death_toll".equals(f.key()))
                .map(Found.Facet::value).toList()));
        assertEquals(people, String.join(", ", result.people()));
        // attribution reads the whole clean text: the quote of another article's lead is still found, with its speaker
        assertEquals(List.of("Mike Pompeo"), result.claims().stream().map(Found.Claim::speaker).filter(Objects::nonNull)
                .map(speaker -> speaker.name()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وأكد لافروف أن العمل جار في المنطقة.                       | Lavrov
            وصل خالد بحاح إلى عدن وقال إن العمل سيبدأ من المنطقة.      | Khaled Bahah
            وقال رئيس الوزراء إن الأمن مستتب وإن العمل لم يتوقف.       | ''
            وأدان المجلس حادث التفجير وقال إن العمل مستمر.             | ''
            """)
    void aParticipantIsACheckedSpeakerOrAFullName(String text, String participants) {
        // ingest registered "العمل", "الأمن", "حادث التفجير" and "خالد بحاح", unchecked; a person checked the one-word "لافروف"
        Registry.Entry lavrov = new Registry.Entry(1, "Lavrov", "speaker");
        Registry.Entry work = new Registry.Entry(2, "العمل", "speaker");
        Registry.Entry security = new Registry.Entry(3, "الأمن", "speaker");
        Registry.Entry bahah = new Registry.Entry(4, "Khaled Bahah", "speaker");
        Registry.Entry bombing = new Registry.Entry(5, "حادث التفجير", "speaker");
        Registry registry = new Registry(Map.of(), Map.of("لافروف", lavrov, "العمل", work, "الامن", security, "خالد بحاح", bahah,
                "حادث التفجير", bombing),
                Map.of("لافروف", lavrov), Map.of());
        assertEquals(participants, String.join(", ", Extractor.run(text, LocalDate.of(2015, 8, 1), registry).facets().stream()
                .filter(f -> f.key().equals("participants")).map(Found.Facet::value).distinct().toList()));
    }
}
