package news.parallax.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index's story-level view: every similar story ranked, centroids compared, a merge and its undoing, what a headline says happened. */
class StoryIndexTest {

    private static final String[] BLAST = { "انفجر", "مصنع", "كيماويات", "ميناء", "place:Qaranful", "number:death_toll:12" };
    private static final String[] BLAST_UPDATE = { "انفجر", "مصنع", "ميناء", "تحقيق", "place:Qaranful" };
    private static final String[] MATCH = { "منتخب", "فوز", "مباراه", "هدف" };

    @Test
    void everySimilarStoryIsRankedTheMostSimilarFirstAndTiesGoToTheOlderStory() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, BLAST);
        index.add(2, 20, 100, BLAST);
        index.add(3, 30, 101, BLAST_UPDATE);
        index.add(4, 40, 100, MATCH);

        List<StoryIndex.Match> matches = index.matches(BLAST, 100, 2, 1, 0.1, 2);
        assertEquals(List.of(10L, 20L, 30L), matches.stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(1.0, matches.get(0).score(), 1e-9);
        assertEquals(1.0, matches.get(1).score(), 1e-9);
        assertEquals(List.of(), index.matches(BLAST, 110, 2, 1, 0.1, 2)); // beyond the window
    }

    @Test
    void aSimilarityIsDividedByOnePlusTheDayPenaltyTimesTheDaysBetween() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, BLAST);
        index.add(2, 20, 102, BLAST);

        List<StoryIndex.Match> matches = index.matches(BLAST, 101, 2, 1, 0.4, 2); // one day from each
        assertEquals(List.of(10L, 20L), matches.stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(1 / 1.4, matches.get(0).score(), 1e-9);
        assertEquals(1 / 1.1, index.matches(BLAST, 101, 2, 1, 0.1, 2).get(0).score(), 1e-9);
        assertEquals(1 / 1.8, index.matches(BLAST, 102, 2, 1, 0.4, 2).get(1).score(), 1e-9); // two days from story 10
    }

    @Test
    void theDayPenaltyCountsTheHoursBetweenTwoReportsNotTheDatesTheyFallOn() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100 + 19.5 / 24, BLAST); // 19:30 UTC
        index.add(2, 20, 100 + 1.0 / 24, BLAST); // 01:00 UTC, the same day

        List<StoryIndex.Match> matches = index.matches(BLAST, 101 + 7.5 / 24, 2, 1, 0.4, 2); // 07:30 the next day
        assertEquals(List.of(10L, 20L), matches.stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(1 / (1 + 0.4 * 0.5), matches.get(0).score(), 1e-9); // 12 hours: half a day, though the date changed
        assertEquals(1 / (1 + 0.4 * 30.5 / 24), matches.get(1).score(), 1e-9); // 30.5 hours
    }

    @Test
    void aStoryScoresTheMeanOfItsBestArticlesWhenAskedFor() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, BLAST);
        index.add(2, 10, 100, MATCH);
        index.add(3, 20, 100, BLAST);

        double single = index.matches(BLAST, 100, 2, 1, 0.1, 2).get(0).score();
        List<StoryIndex.Match> two = index.matches(BLAST, 100, 2, 2, 0.1, 2);
        assertEquals(1.0, single, 1e-9);
        assertEquals(List.of(20L, 10L), two.stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(1.0, two.get(0).score(), 1e-9); // one article: the mean of the one it has
        assertEquals(0.5, two.get(1).score(), 1e-9); // an exact copy and an article that shares nothing
    }

    @Test
    void aStoryIsScoredWithItsArticlesOfTheDaysBeforeItsLatestNotWithTheReportsItBeganWith() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, BLAST); // how story 10 began
        index.add(2, 10, 102.5, MATCH); // what it reports now
        index.add(3, 20, 100, BLAST); // a story that has had nothing since

        List<StoryIndex.Match> recent = index.matches(BLAST, 102.75, 3, 1, 0.1, 2);
        assertEquals(List.of(20L), recent.stream().map(StoryIndex.Match::storyId).toList()); // a quiet story: through its latest
        assertEquals(1 / (1 + 0.1 * 2.75), recent.get(0).score(), 1e-9);
        List<StoryIndex.Match> whole = index.matches(BLAST, 102.75, 3, 1, 0.1, 3);
        assertEquals(List.of(10L, 20L), whole.stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(List.of(10L, 20L), index.matches(BLAST, 100.25, 3, 1, 0.1, 2).stream().map(StoryIndex.Match::storyId).toList()); // as of its time
    }

    @Test
    void centroidsOfStoriesWithTheSameArticlesAreEqualAndOfUnrelatedOnesOrthogonal() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, BLAST);
        index.add(2, 10, 100, BLAST_UPDATE);
        index.add(3, 20, 100, BLAST_UPDATE);
        index.add(4, 20, 100, BLAST);
        index.add(5, 30, 100, MATCH);

        assertEquals(1.0, index.similarity(10, 20), 1e-9);
        assertEquals(0.0, index.similarity(10, 30), 1e-9);
        assertEquals(0.0, index.similarity(10, 99), 1e-9); // no such story in the index
    }

    @Test
    void aMergePutsTheAbsorbedArticlesUnderTheSurvivorAndItsUndoingPutsThemBack() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, BLAST);
        index.add(2, 20, 100, BLAST_UPDATE);
        index.add(3, 20, 100, BLAST_UPDATE);

        assertEquals(List.of(2L, 3L), index.merge(20, 10));
        assertEquals(List.of(10L), index.matches(BLAST_UPDATE, 100, 2, 1, 0.1, 2).stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(List.of(), index.merge(20, 10)); // nothing left under the absorbed story

        index.unmerge(List.of(2L, 3L), 10, 20);
        assertEquals(List.of(20L, 10L), index.matches(BLAST_UPDATE, 100, 2, 1, 0.1, 2).stream().map(StoryIndex.Match::storyId).toList());
        assertEquals(1.0, index.similarity(20, 20), 1e-9);
    }

    private static String[] reported(String title, String lead) {
        return StorySignature.of(title, lead, List.of(), List.of("Joko Widodo")).features();
    }

    private static final String[] QUAKE = reported("زلزال بقوة 7 درجات يضرب جزيرة سولاويسي", "ضرب زلزال قوي جزيرة سولاويسي وأعقبته موجات مد");
    private static final String[] QUAKE_TOLL = reported("ارتفاع حصيلة ضحايا الزلزال إلى 800", "ارتفعت حصيلة ضحايا زلزال سولاويسي");
    private static final String[] VISIT = reported("الرئيس يزور المنطقة المنكوبة", "زار الرئيس جوكو ويدودو جزيرة سولاويسي");

    /** A story's titles name a quake (its first and a later toll); what another headline says happened decides. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ثوران بركان قرب مدينة بالو في سولاويسي         | 0.5  | true
            حريق في مخزن للوقود بسولاويسي                   | 0.5  | true
            ارتفاع حصيلة ضحايا الزلزال إلى 1300             | 3    | false
            الرئيس يتفقد المتضررين من الزلزال              | 3    | false
            زلزال جديد يضرب سولاويسي                       | 1.5  | true
            زلزال جديد يضرب سولاويسي                       | 0.9  | false
            """)
    void aHeadlineReportsAnotherHappeningWhenItNamesASuddenOneTheStoryNeverReportedOrCallsOneOfItsKindNew(String title,
            double daysAfterTheStory, boolean another) {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, QUAKE);
        index.add(2, 10, 100.5, QUAKE_TOLL); // the story's latest quake title: a new one must come half a day after it
        index.add(3, 10, 100.9, VISIT);

        Headline headline = Headline.of(reported(title, "سولاويسي"));
        assertEquals(another, index.reportsAnotherHappening(10, headline, 100 + daysAfterTheStory));
    }

    @Test
    void aStoryWhoseTitlesNameNoHappeningTakesAnyHeadline() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, VISIT);

        assertFalse(index.reportsAnotherHappening(10, Headline.of(reported("ثوران بركان قرب مدينة بالو", "")), 100.2));
        assertFalse(index.reportsAnotherHappening(99, Headline.of(reported("ثوران بركان قرب مدينة بالو", "")), 100.2)); // no such story
    }

    @Test
    void anArticleOfAnotherHappeningStartsItsOwnStoryAndMergesNothingThoughItResemblesTheStory() {
        StoryIndex index = new StoryIndex();
        index.add(1, 10, 100, QUAKE);
        index.add(2, 10, 100.5, QUAKE_TOLL);
        String[] eruption = reported("ثوران بركان في سولاويسي يزيد معاناة السكان", "ضرب زلزال قوي جزيرة سولاويسي وأعقبته موجات مد");
        String[] tollAgain = reported("ارتفاع حصيلة ضحايا الزلزال في سولاويسي", "ضرب زلزال قوي جزيرة سولاويسي وأعقبته موجات مد");
        assertTrue(index.matches(eruption, 101, 2, 2, 0.375, 2).get(0).score() > 0.08, "the eruption's report resembles the quake story");

        StoryAssigner.Decision eruptionDecision = StoryAssigner.decide(index, SETTINGS, 3, eruption, 101, () -> 20);
        StoryAssigner.Decision tollDecision = StoryAssigner.decide(index, SETTINGS, 4, tollAgain, 101.1, () -> 30);

        assertEquals(new StoryAssigner.Decision(20, 0, Map.of()), eruptionDecision);
        assertEquals(10, tollDecision.storyId());
        assertEquals(Map.of(), tollDecision.merged());
    }

    /** The service's defaults. */
    private static final StoryAssigner.Settings SETTINGS = new StoryAssigner.Settings() {
        public double threshold() { return 0.08; }
        public double mergeScore() { return 0.15; }
        public double mergeCentroid() { return 0.5; }
        public int scoreArticles() { return 2; }
        public double dayPenalty() { return 0.375; }
        public double recentDays() { return 2; }
        public int coldDays() { return 2; }
        public Duration recountInterval() { return Duration.ZERO; }
        public Duration wordCountInterval() { return Duration.ZERO; }
    };
}
