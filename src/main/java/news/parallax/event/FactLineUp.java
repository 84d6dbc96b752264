package news.parallax.event;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import news.parallax.api.model.FacetComparison;
import news.parallax.api.model.FacetReport;
import news.parallax.api.model.FacetValue;
import news.parallax.api.model.OutletRef;
import news.parallax.fact.Agreement;
import news.parallax.fact.FactKey;
import news.parallax.fact.FactValue;

/**
 * Lines up the facts of an event, key by key, from every report of them in its linked articles:
 * each value with its outlets, articles, claims, first report, precision and attribution; the
 * agreement ({@link Agreement}); and a one-line summary. Pure, so that it is tested without HTTP.
 */
final class FactLineUp {

    /**
     * One facet of a linked article: what it states, where, when and on whose word; {@code linkedClaim} when the claim
     * stating it is linked to the event (a figure in another claim of the article is no more the event's than one outside
     * any claim); {@code laterThanStamped} when the article tells how the count rose to it (an earlier figure of it is left
     * out), so it was written later than it is stamped ({@link Agreement}).
     */
    record Report(String key, String type, String value, String unit, Long claimId, boolean linkedClaim, OutletRef outlet,
            long articleId, OffsetDateTime published, String attribution, boolean laterThanStamped) {

        /** The same report from an article that tells how the count rose to it. */
        Report writtenLater() {
            return new Report(key, type, value, unit, claimId, linkedClaim, outlet, articleId, published, attribution, true);
        }
    }

    private static final int SUMMARY_VALUES = 8;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private FactLineUp() {
    }

    /**
     * The facts, in the order their keys were first reported; {@code keep} drops reports that are not about the event.
     * Reports come in text order within an article. Outside a claim linked to the event (in another claim, too), an article contributes only
     * its first figure of each kind on each source's word: the lead states the event's toll, later ones on the same word are mostly
     * context (an earlier attack, a total since March) that would show as disagreement; a figure given on another source's word
     * is that source's report ("about thirty", the minister said; "the official toll is 25", said the prime minister).
     */
    static List<FacetComparison> lineUp(List<Report> reports, Predicate<Report> keep) {
        Map<String, List<Report>> byKey = new LinkedHashMap<>();
        Set<String> leads = new HashSet<>();
        reports.stream().filter(keep)
                .filter(r -> r.linkedClaim() || FactKey.of(r.key()).kind() == FactKey.Kind.SET || leads.add(r.articleId() + " " + r.key() + " " + r.attribution()))
                .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r));
        List<FacetComparison> facts = new ArrayList<>();
        byKey.forEach((key, stated) -> facts.add(fact(FactKey.of(key), stated)));
        return facts;
    }

    private static FacetComparison fact(FactKey key, List<Report> reports) {
        String type = reports.get(0).type();
        Map<String, FacetValue> values = new LinkedHashMap<>();
        for (Report report : reports) {
            FacetValue value = values.computeIfAbsent(report.value(), v -> newValue(type, report));
            if (!value.getOutlets().contains(report.outlet())) {
                value.getOutlets().add(report.outlet());
                value.getReportedBy().add(new FacetReport().outlet(report.outlet()).articleId(report.articleId())
                        .publishedAt(report.published()));
            }
            addOnce(value.getArticleIds(), report.articleId());
            if (report.claimId() != null) {
                addOnce(value.getClaimIds(), report.claimId());
            }
            if (report.attribution() != null) {
                addOnce(value.getAttribution(), report.attribution());
            }
            if (report.published() != null && (value.getFirstReportedAt() == null || report.published().isBefore(value.getFirstReportedAt()))) {
                value.setFirstReportedAt(report.published());
            }
        }
        List<FacetValue> ordered = new ArrayList<>(values.values());
        ordered.forEach(v -> v.getReportedBy().sort(Comparator.comparing(FacetReport::getPublishedAt,
                Comparator.nullsLast(Comparator.naturalOrder()))));
        ordered.sort(key.kind() == FactKey.Kind.SET
                ? Comparator.comparing((FacetValue v) -> -v.getOutlets().size()).thenComparing(FacetValue::getValue)
                : Comparator.comparing(FacetValue::getFirstReportedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FacetValue::getValue));
        Agreement agreement = Agreement.of(key, type, reports.stream()
                .map(r -> new Agreement.Report(r.value(), r.outlet().getId(), r.published(), r.laterThanStamped())).toList());
        return new FacetComparison().key(key.key()).label(key.label()).type(FacetComparison.TypeEnum.fromValue(type))
                .kind(FacetComparison.KindEnum.fromValue(key.kind().name().toLowerCase(Locale.ROOT)))
                .agreement(FacetComparison.AgreementEnum.fromValue(agreement.name().toLowerCase(Locale.ROOT)))
                .summary(summary(key, agreement, ordered)).values(ordered);
    }

    private static FacetValue newValue(String type, Report report) {
        FactValue parsed = FactValue.parse(type, report.value());
        return new FacetValue().value(report.value()).unit(report.unit())
                .precision(parsed == null ? null : FacetValue.PrecisionEnum.fromValue(parsed.precision().name().toLowerCase(Locale.ROOT)))
                .outlets(new ArrayList<>()).articleIds(new ArrayList<>()).claimIds(new ArrayList<>()).attribution(new ArrayList<>())
                .reportedBy(new ArrayList<>());
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) {
            list.add(item);
        }
    }

    /**
     * "Death toll (updated over time): 7 (Sky News Arabia, 2 May 14:10); 12 (BBC Arabic, 2 May 20:03)";
     * a set reads "Participants: Emmanuel Macron (4 outlets); Khalifa Haftar (3 outlets)".
     */
    static String summary(FactKey key, Agreement agreement, List<FacetValue> values) {
        StringBuilder line = new StringBuilder(key.label());
        if (key.kind() == FactKey.Kind.SINGLE) {
            line.append(" (").append(agreement.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(')');
        }
        line.append(": ");
        for (int i = 0; i < Math.min(values.size(), SUMMARY_VALUES); i++) {
            FacetValue value = values.get(i);
            line.append(i == 0 ? "" : "; ").append(value.getValue()).append(" (");
            if (key.kind() == FactKey.Kind.SET) {
                line.append(value.getOutlets().size()).append(value.getOutlets().size() == 1 ? " outlet)" : " outlets)");
                continue;
            }
            FacetReport first = value.getReportedBy().get(0);
            line.append(first.getOutlet().getName());
            if (first.getPublishedAt() != null) {
                line.append(", ").append(WHEN.format(first.getPublishedAt().withOffsetSameInstant(ZoneOffset.UTC)));
            }
            if (value.getOutlets().size() > 1) {
                line.append(" and ").append(value.getOutlets().size() - 1).append(value.getOutlets().size() == 2 ? " other" : " others");
            }
            line.append(')');
        }
        if (values.size() > SUMMARY_VALUES) {
            line.append("; and ").append(values.size() - SUMMARY_VALUES).append(" more");
        }
        return line.toString();
    }
}
