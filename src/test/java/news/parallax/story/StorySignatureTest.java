package news.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.parallax.extraction.Extractor;
import news.parallax.extraction.ShippedRegistry;

/**
 * An Arabic and an English report of one happening share no word, only what the registry and the
 * facts say: the person and the place by their registry names (whatever the script they are written
 * in), the full date and the toll.
 */
class StorySignatureTest {

    private static StorySignature signature(String title, String body) {
        LocalDate published = LocalDate.of(2018, 5, 29);
        return StorySignature.of(title, body, Extractor.run(body, published, ShippedRegistry.get()).facets());
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

    @Test
    void aWordOfTheTitleCountsTwiceAndAWordOfTheLeadOnlyOnce() {
        StorySignature english = signature("Lavrov condemns attack", "The attack in Tripoli killed 11 people.");

        assertEquals(List.of("lavrov", "condemn", "attack", "tripoli", "kill", "11", "peopl",
                "title:lavrov", "title:condemn", "title:attack"), english.terms());
    }
}
