package news.parallax.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.parallax.api.model.Comparison;
import news.parallax.api.model.ComparisonArticle;
import news.parallax.api.model.ComparisonOutlet;
import news.parallax.api.model.FacetComparison;
import news.parallax.api.model.FacetValue;
import news.parallax.event.ComparisonCache;

/** Builds the event page from the API's comparison, plus the words each outlet wrote its facts with. */
@ApplicationScoped
public class EventPages {

    @Inject
    ComparisonCache comparisons; // the page reads the comparison the API answers, kept while its rows are unchanged

    @Inject
    EntityManager entityManager;

    @Transactional
    public EventView view(long eventId) {
        Comparison comparison = comparisons.compare(eventId).comparison();
        List<EventView.Column> columns = new ArrayList<>();
        Map<Long, Integer> colours = new HashMap<>();
        for (ComparisonOutlet outlet : comparison.getOutlets()) {
            String lang = outlet.getArticles().isEmpty() ? "und" : outlet.getArticles().get(0).getLanguage();
            EventView.Column column = new EventView.Column(outlet, lang, UiFormat.direction(lang), UiFormat.colour(columns.size()));
            columns.add(column);
            colours.put(outlet.getOutlet().getId(), column.colour());
        }
        Map<String, List<String>> written = written(eventId);
        List<EventView.FactRow> facts = comparison.getFacets().stream().map(fact -> factRow(fact, columns, written)).toList();
        CoverageChart chart = CoverageChart.of(columns.stream()
                .map(c -> new CoverageChart.Series(c.outlet().getOutlet().getName(), c.colour(),
                        c.outlet().getArticles().stream().map(ComparisonArticle::getPublishedAt).toList())).toList());
        CitationGraph graph = CitationGraph.of(columns.stream()
                .map(c -> new CitationGraph.Publisher(c.outlet().getOutlet(), c.colour(), c.outlet().getCites())).toList(), colours);
        return new EventView(comparison, columns, facts, chart, graph);
    }

    static EventView.FactRow factRow(FacetComparison fact, List<EventView.Column> columns, Map<String, List<String>> written) {
        List<EventView.Cell> cells = new ArrayList<>();
        for (EventView.Column column : columns) {
            long outlet = column.outlet().getOutlet().getId();
            List<EventView.CellValue> values = new ArrayList<>();
            for (FacetValue value : fact.getValues()) {
                if (value.getOutlets().stream().anyMatch(o -> o.getId() == outlet)) {
                    values.add(new EventView.CellValue(value.getValue(), value.getUnit(),
                            written.getOrDefault(key(outlet, fact.getKey(), value.getValue()), List.of())));
                }
            }
            cells.add(new EventView.Cell(column, values));
        }
        String agreement = fact.getAgreement().toString();
        return new EventView.FactRow(fact, agreement.replace('_', '-'), words(agreement), cells);
    }

    /** The agreement in words, so that colour is never the only sign of it. */
    static String words(String agreement) {
        return switch (agreement) {
            case "agree" -> "agree";
            case "agree_refined" -> "agree (one is more precise)";
            case "updated_over_time" -> "updated over time";
            case "disagree" -> "disagree";
            default -> "one outlet only";
        };
    }

    /** The text each outlet's linked articles wrote each fact value with, keyed by {@link #key}; one statement. */
    @SuppressWarnings("unchecked")
    private Map<String, List<String>> written(long eventId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT coalesce(a.outlet_id, 0), f.key, f.value, f.raw_text
                FROM facet f JOIN article a ON a.id = f.article_id
                JOIN article_event ae ON ae.article_id = a.id AND ae.event_id = ?1 AND ae.linked
                ORDER BY 4""").setParameter(1, eventId).getResultList();
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (Object[] row : rows) {
            written.computeIfAbsent(key(((Number) row[0]).longValue(), (String) row[1], (String) row[2]), k -> new ArrayList<>())
                    .add((String) row[3]);
        }
        return written;
    }

    private static String key(long outlet, String fact, String value) {
        return outlet + "\n" + fact + "\n" + value;
    }
}
