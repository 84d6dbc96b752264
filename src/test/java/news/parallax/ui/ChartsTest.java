package news.parallax.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import news.parallax.api.model.CitedSource;
import news.parallax.api.model.OutletKind;
import news.parallax.api.model.OutletRef;

/** The coverage timeline and the citation graph are laid out on the server; their coordinates are pure arithmetic. */
class ChartsTest {

    @Test
    void coverageWithinThreeDaysIsCountedPerHourOnAScaledAxis() {
        CoverageChart chart = CoverageChart.of(List.of(
                series("الرصد الليبي", 0, "2018-05-29T19:40:00+02:00", "2018-05-29T17:05:00Z"),
                series("Desert Ledger", 1, "2018-05-30T08:15:00Z", null)));

        assertEquals("hour", chart.unit());
        assertEquals(1, chart.undated());
        assertEquals(2 * CoverageChart.LANE + CoverageChart.AXIS, chart.height());
        // 17:00 to 08:00 next day is 16 hourly buckets across the 530 px plot: 33.1 px each
        CoverageChart.Bar first = chart.lanes().get(0).bars().get(0);
        assertEquals(2, first.articles(), "19:40+02:00 and 17:05Z fall in the same UTC hour");
        assertEquals("29 May 17:00 UTC", first.when());
        assertEquals(CoverageChart.LABELS, first.x());
        assertEquals(CoverageChart.LANE - 10, first.height(), "the fullest bucket fills its lane");
        CoverageChart.Bar later = chart.lanes().get(1).bars().get(0);
        assertEquals(1, later.articles());
        assertEquals(Math.round((CoverageChart.LABELS + 15 * 530 / 16.0) * 10) / 10.0, later.x());
        assertEquals(17.0, later.height(), "half the articles, half the height");
        assertEquals(List.of("29 May 17:00", "30 May 08:00"), chart.ticks().stream().map(CoverageChart.Tick::label).toList());
    }

    @Test
    void longerCoverageIsCountedPerDay() {
        CoverageChart chart = CoverageChart.of(List.of(
                series("نافذة المتوسط", 2, "2018-05-29T09:00:00Z", "2018-11-09T09:00:00Z", "2018-11-09T23:59:00Z")));

        assertEquals("day", chart.unit());
        assertEquals(List.of(1, 2), chart.lanes().get(0).bars().stream().map(CoverageChart.Bar::articles).toList());
        assertEquals(List.of("29 May 2018", "9 Nov 2018"), chart.ticks().stream().map(CoverageChart.Tick::label).toList());
        assertEquals(3.0, chart.lanes().get(0).bars().get(0).width(), "a thin bar is still drawn");
    }

    @Test
    void coverageWithoutDatesDrawsNoBars() {
        CoverageChart chart = CoverageChart.of(List.of(series("Desert Ledger", 0, (String) null)));
        assertEquals(List.of(), chart.lanes());
        assertEquals(1, chart.undated());
    }

    @Test
    void theCitationGraphDrawsEachCitedOutletOnceAndWeighsArrowsByCitations() {
        OutletRef reuters = outlet(1, "Reuters");
        OutletRef newsRu = outlet(35, "News.ru");
        OutletRef alrasd = outlet(58, "الرصد الليبي");
        CitationGraph graph = CitationGraph.of(List.of(
                new CitationGraph.Publisher(alrasd, 0, List.of(cites(reuters, 1))),
                new CitationGraph.Publisher(outlet(59, "Desert Ledger"), 1, List.of()),
                new CitationGraph.Publisher(outlet(60, "نافذة المتوسط"), 2, List.of(cites(newsRu, 2), cites(reuters, 1), cites(alrasd, 1)))),
                Map.of(58L, 0, 59L, 1, 60L, 2));

        assertEquals(List.of("الرصد الليبي", "نافذة المتوسط"), graph.publishers().stream().map(CitationGraph.Node::name).toList(),
                "an outlet that cites nobody is not drawn");
        assertEquals(List.of("Reuters", "News.ru", "الرصد الليبي"), graph.cited().stream().map(CitationGraph.Node::name).toList());
        assertEquals(List.of(-1, -1, 0), graph.cited().stream().map(CitationGraph.Node::colour).toList(),
                "a cited outlet with a column keeps its colour");
        assertEquals(4, graph.edges().size());
        CitationGraph.Edge newsRuEdge = graph.edges().get(1);
        assertEquals("News.ru", newsRuEdge.to());
        assertEquals(5.0, newsRuEdge.strokeWidth(), "the most cited pair gets the thickest arrow");
        assertEquals(graph.cited().get(1).y(), newsRuEdge.y2());
        assertEquals(3.25, graph.edges().get(0).strokeWidth());
    }

    private static CoverageChart.Series series(String outlet, int colour, String... times) {
        return new CoverageChart.Series(outlet, colour, Arrays.stream(times).map(t -> t == null ? null : OffsetDateTime.parse(t)).toList());
    }

    private static OutletRef outlet(long id, String name) {
        return new OutletRef().id(id).name(name).kind(OutletKind.ONLINE);
    }

    private static CitedSource cites(OutletRef outlet, int citations) {
        return new CitedSource().outlet(outlet).citations(citations);
    }
}
