package news.parallax.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.parallax.text.Stems;

class EventProfileTest {

    private static final String NAME = "تفجير مسجد قوات الطوارئ في عسير";
    private static final List<Set<String>> OWN_WORDS = List.of(new LinkedHashSet<>(Stems.of("مسجد قوات الطوارئ عسير")));

    /** Each word of the name in {@code articles} of the articles counted. */
    private static Map<String, Integer> each(int articles) {
        Map<String, Integer> frequencies = new HashMap<>();
        OWN_WORDS.get(0).forEach(word -> frequencies.put(word, articles));
        return frequencies;
    }

    @Test
    void aBigEventsOwnCoverageDoesNotMakeTheWordsOfItsNameCommon() {
        // the bombing's words are in 5% of the 8,000 articles of its weeks, its own coverage; in 0.3% of the 3,000 outside its days
        Set<String> title = EventProfile.topicTerms("أمير عسير يؤدي الصلاة على شهداء مسجد قوات الطوارئ");
        EventProfile counted = EventProfile.of(OWN_WORDS, List.of(NAME), null, List.of(), each(400), 8000);
        assertEquals(0, counted.similarity(title, words -> false).value(), "read as common words, shared without the kind: no name");
        EventProfile usual = EventProfile.of(OWN_WORDS, List.of(NAME), null, List.of(), each(400), 8000,
                new EventProfile.Background(each(10), 3000));
        EventProfile.Similarity similarity = usual.similarity(title, words -> false);
        assertEquals(1.0, similarity.value(), 1e-9);
        assertTrue(similarity.enough());
        // one such word alone is any mosque's story of the week, not the name
        assertEquals(0, usual.similarity(EventProfile.topicTerms("محاكمة المتهمين بتفجير مسجد الصادق في الكويت"), words -> false).value());
        // words as common outside the event's days as in them stay common
        EventProfile common = EventProfile.of(OWN_WORDS, List.of(NAME), null, List.of(), each(400), 8000,
                new EventProfile.Background(each(150), 3000));
        assertEquals(0, common.similarity(title, words -> false).value());
    }
}
