package news.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.Found;
import news.parallax.extraction.Registry;
import news.parallax.extraction.ShippedRegistry;

/**
 * An Arabic and an English report of one happening share no word, only what the registry and the
 * facts say: the person and the place by their registry names (whatever the script they are written
 * in), the full date and the toll.
 */
class StorySignatureTest {

    private static StorySignature signature(String title, String body) {
        return signature(title, body, ShippedRegistry.get());
    }

    private static StorySignature signature(String title, String body, Registry registry) {
        Extractor.Result extracted = Extractor.run(body, LocalDate.of(2018, 5, 29), registry);
        return StorySignature.of(title, extracted.ownText(), extracted.ownFacets(), extracted.people()); // as ingest calls it
    }

    /**
     * CNN Arabic's pages close with the leads of other articles (a quote of another minister, another city's toll): the
     * signature is of the article's own text, as if they were not there, and the trailer's speaker is still found.
     */
    @Test
    void aTrailerOfOtherArticlesLeadsLeavesTheSignatureAsItIs() {
        String title = "مصر تزيد مساحة القمح";
        String story = """
                القاهرة، مصر (CNN)-- أعلنت وزارة الزراعة المصرية، الأحد، عن خطة لزيادة مساحة الأراضي المزروعة بالقمح في                 محافظة أسيوط خلال الموسم المقبل.

                وقال المتحدث باسم الوزارة إن الخطة تشمل توزيع بذور محسنة على المزارعين في الصعيد بأسعار مدعومة.""";
        String trailer = """

                قال وزير الخارجية الأمريكي، مايك بومبيو، الثلاثاء، إن بلاده لن تتراجع عن العقوبات المفروضة على إيران قبل أن                 تغير سياستها في المنطقة.

                لقي 12 شخصا مصرعهم وأصيب 30 آخرون في انفجار سيارة مفخخة بسوق شعبي في مدينة الموصل شمال العراق، بحسب مصادر                 أمنية عراقية.

                كشف فريق من علماء الآثار عن مقبرة تعود إلى أكثر من ثلاثة آلاف عام قرب مدينة الأقصر جنوب مصر، وفقا لبيان رسمي                 صدر الأربعاء.""";

        StorySignature withTrailer = signature(title, story + "\n" + trailer);
        assertEquals(signature(title, story), withTrailer);
        assertEquals(List.of(), withTrailer.keys().stream().filter(key -> key.contains("Mosul") || key.contains("Pompeo")
                || key.contains("death_toll")).toList());
        assertEquals(List.of("Mike Pompeo"), Extractor.run(story + "\n" + trailer, LocalDate.of(2018, 5, 29), ShippedRegistry.get())
                .claims().stream().filter(claim -> claim.speaker() != null).map(claim -> claim.speaker().name()).toList());
    }

    @Test
    void arabicAndEnglishReportsOfOneHappeningShareTheirRegistryKeysAndNoWord() {
        StorySignature arabic = signature("لافروف يدين هجوم طرابلس", """
                قال وزير الخارجية الروسي سيرغي لافروف إن الهجوم الذي وقع في طرابلس يوم 28 مايو 2018 وأسفر عن مقتل 11 شخصا عمل إرهابي.""");
        StorySignature english = signature("Lavrov condemns Tripoli attack", """
                Russian Foreign Minister Sergei Lavrov said the attack in Tripoli on 28 May 2018, which killed 11 people, was an act of terror.""");

        Set<String> sharedKeys = new LinkedHashSet<>(arabic.keys());
        sharedKeys.retainAll(english.keys());
        assertEquals(Set.of("person:Sergey Lavrov", "place:Tripoli", "date:2018-05-28", "number:death_toll:11"), sharedKeys);
        Set<String> sharedTerms = new LinkedHashSet<>(arabic.terms());
        sharedTerms.retainAll(english.terms());
        assertTrue(sharedTerms.stream().allMatch(term -> term.matches("[0-9]+")), "words shared: " + sharedTerms);
    }

    /**
     * Ingest adds the speakers it finds to the registry, so the registry an article is extracted against depends on
     * what came before it: its person keys must not (two runs over the same articles, ingested in another order,
     * stored other person keys). Here earlier articles taught the registry a new person, and a longer name that hides a shipped one;
     * the participant facets change, the signature does not.
     */
    @Test
    void anArticleHasTheSameSignatureWhateverWasIngestedBeforeIt() {
        String title = "بوتين يستقبل سركيسيان في موسكو";
        String body = """
                استقبل الرئيس الروسي فلاديمير بوتين نظيره الأرمني أرمين سركيسيان في موسكو يوم 14 مايو 2018، وبحث معه \
                العلاقات بين البلدين.""";
        Registry grown = ShippedRegistry.grownBy(List.of("أرمين سركيسيان", "الروسي فلاديمير بوتين"));

        assertEquals(List.of("Vladimir Putin"), participants(body, ShippedRegistry.get()));
        assertEquals(List.of("الروسي فلاديمير بوتين", "أرمين سركيسيان"), participants(body, grown));
        StorySignature fresh = signature(title, body);
        assertEquals(fresh, signature(title, body, grown));
        assertEquals(List.of("person:Vladimir Putin", "place:Moscow", "date:2018-05-14"), fresh.keys());
    }

    private static List<String> participants(String body, Registry registry) {
        return Extractor.run(body, LocalDate.of(2018, 5, 29), registry).facets().stream().filter(f -> f.type().equals("participant"))
                .map(Found.Facet::value).toList();
    }

    @Test
    void aWordOfTheTitleCountsTwiceAndAWordOfTheLeadOnlyOnce() {
        StorySignature english = signature("Lavrov condemns attack", "The attack in Tripoli killed 11 people.");

        assertEquals(List.of("lavrov", "condemn", "attack", "tripoli", "kill", "11", "peopl",
                "title:lavrov", "title:condemn", "title:attack"), english.terms());
    }
}
