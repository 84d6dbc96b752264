package news.parallax.ui;

import java.util.List;

import news.parallax.api.model.Comparison;
import news.parallax.api.model.ComparisonOutlet;
import news.parallax.api.model.FacetComparison;

/** What the event page shows: the comparison as the API answers it, laid out for reading. */
public record EventView(Comparison comparison, List<Column> columns, List<FactRow> facts, CoverageChart chart, CitationGraph graph) {

    /**
     * One outlet's column, written in the language of its articles ({@code dir="rtl"} for Arabic);
     * {@code colour} picks the outlet's colour class, the same in the table, the chart and the graph.
     */
    public record Column(ComparisonOutlet outlet, String lang, String dir, int colour) {
    }

    /** One fact, one cell per outlet column; {@code agreement} is the CSS class, {@code words} what it says. */
    public record FactRow(FacetComparison fact, String agreement, String words, List<Cell> cells) {
    }

    /** What one outlet stated of a fact: nothing, one value, or several. */
    public record Cell(Column column, List<CellValue> values) {
    }

    /** A value as the API normalises it, and the words the outlet wrote it with ("العاشر من كانون الأول/ديسمبر"). */
    public record CellValue(String value, String unit, List<String> written) {
    }
}
