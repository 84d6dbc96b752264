package news.parallax.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import news.parallax.api.model.CitedMention;
import news.parallax.api.model.CoverageBucket;
import news.parallax.api.model.CoverageGrouping;
import news.parallax.api.model.CoverageStats;
import news.parallax.api.model.MentionKind;
import news.parallax.api.model.MentionStats;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.QuotedSpeaker;
import news.parallax.api.model.SourceMention;
import news.parallax.api.model.SpeakerRef;
import news.parallax.api.model.SpeakerStats;

/** Answers over whole hours and partial hours added up: exact, or nothing when the whole hours' answer cannot tell. */
class AdditionTest {

    /** Speakers written "id:claims", the whole hours' answer cut at two entries (wholeLimit 2) unless it has fewer. */
    static Stream<Arguments> speakers() {
        return Stream.of(
                // the whole hours have every entry: the edges' own speakers join them
                Arguments.of("5:4", List.of("7:3", "5:1"), 2, "5:5 7:3"),
                // cut after 9:4: an unlisted speaker has at most 4 over the whole hours, 4 + 1 from an edge < 10 + 0
                Arguments.of("3:10 9:4", List.of("8:1"), 1, "3:10"),
                // the edge's speaker 8 could have 4 + 2 = 6 > 5: not told, the range is summed again
                Arguments.of("3:5 9:4", List.of("8:2"), 1, null),
                // a tie with what an unlisted speaker could reach is not told either
                Arguments.of("3:5 9:4", List.of("8:1"), 1, null),
                // both edges add to a listed speaker, the order is claims then id
                Arguments.of("3:6 9:4", List.of("9:1 4:1", "9:2"), 1, "9:7"),
                Arguments.of("3:6 9:4", List.of("9:1", "9:1"), 1, "3:6"));
    }

    @ParameterizedTest
    @MethodSource
    void speakers(String whole, List<String> edges, int limit, String expected) {
        Optional<SpeakerStats> sum = Addition.SPEAKERS.add(speakerStats(whole), 2, edges.stream().map(AdditionTest::speakerStats).toList(), limit);
        assertEquals(Optional.ofNullable(expected), sum.map(stats -> String.join(" ", stats.getSpeakers().stream()
                .map(s -> s.getSpeaker().getId() + ":" + s.getClaims()).toList())));
    }

    @Test
    void aMentionsOutletsAreJoinedByNameAndItsTextIsTheLeastOfThem() {
        OutletRef bbc = new OutletRef().id(38L).name("BBC").kind(OutletKind.BROADCASTER);
        OutletRef cnn = new OutletRef().id(41L).name("CNN Arabic").kind(OutletKind.BROADCASTER);
        MentionStats whole = new MentionStats().mentions(List.of(mention("مصدر أمني", 3, 1, cnn)));
        MentionStats edge = new MentionStats().mentions(List.of(mention("مصدر امني", 1, 0, bbc, cnn), mention("الشرطة", 1, 0, bbc)));
        CitedMention first = Addition.MENTIONS.add(whole, 2, List.of(edge), 5).orElseThrow().getMentions().get(0);
        assertEquals("مصدر أمني 4 1 [BBC, CNN Arabic]", first.getMention().getText() + " " + first.getCitations() + " " + first.getClaims()
                + " " + first.getOutlets().stream().map(OutletRef::getName).toList());
    }

    @Test
    void daysAreInTimeOrderSoACutAnswerOverTheWholeHoursTellsNothing() {
        Addition<CoverageStats, CoverageBucket> days = Addition.coverage(CoverageGrouping.DAY);
        CoverageStats edge = coverage("2018-05-31:2");
        assertEquals(Optional.empty(), days.add(coverage("2018-06-01:5 2018-06-02:1"), 2, List.of(edge), 1));
        assertEquals("2018-05-31:2 2018-06-01:5", days.add(coverage("2018-06-01:5"), 2, List.of(edge), 3).orElseThrow().getBuckets()
                .stream().map(b -> b.getKey() + ":" + b.getArticles()).reduce((a, b) -> a + " " + b).orElseThrow());
    }

    private static SpeakerStats speakerStats(String entries) {
        return new SpeakerStats().speakers(Arrays.stream(entries.split(" ")).map(entry -> entry.split(":"))
                .map(e -> new QuotedSpeaker().speaker(new SpeakerRef().id(Long.parseLong(e[0])).name("speaker " + e[0]))
                        .claims(Long.parseLong(e[1])).outlets(List.of()))
                .toList());
    }

    private static CitedMention mention(String text, long citations, long claims, OutletRef... outlets) {
        return new CitedMention().mention(new SourceMention().kind(MentionKind.ANONYMOUS).key("مصدر امني".equals(text) || "مصدر أمني".equals(text)
                ? "مصدر امني" : text).text(text)).citations(citations).claims(claims).outlets(List.of(outlets));
    }

    private static CoverageStats coverage(String buckets) {
        return new CoverageStats().groupBy(CoverageGrouping.DAY).buckets(Arrays.stream(buckets.split(" ")).map(b -> b.split(":"))
                .map(b -> new CoverageBucket().key(b[0]).label(b[0]).articles(Long.parseLong(b[1])).claims(0L)).toList());
    }
}
