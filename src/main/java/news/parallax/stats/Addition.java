package news.parallax.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import news.parallax.api.model.CitationEdge;
import news.parallax.api.model.CitationStats;
import news.parallax.api.model.CitedMention;
import news.parallax.api.model.CoverageBucket;
import news.parallax.api.model.CoverageGrouping;
import news.parallax.api.model.CoverageStats;
import news.parallax.api.model.MentionStats;
import news.parallax.api.model.OutletRef;
import news.parallax.api.model.QuotedSpeaker;
import news.parallax.api.model.SourceMention;
import news.parallax.api.model.SpeakerStats;

/**
 * How the entries of one aggregate answer ({@code A}, a list of {@code T}) add up over disjoint pieces of time: a range
 * whose edges fall inside an hour is answered as its whole hours (read from the rollups and kept) plus the partial hour
 * at each edge (aggregated from the articles), see {@link StatsService.Scope#wholeHours()}.
 *
 * @param entries the answer's entries, in its order
 * @param answer  an answer like the given one with other entries
 * @param key     what makes two entries the same (a speaker, a mention, a pair of outlets, a bucket)
 * @param plus    two entries of the same key added up
 * @param order   the answer's order, the same as its SQL's
 * @param rank    the count the order ranks by, highest first; null for an order by key (days, weeks)
 */
record Addition<A, T>(Function<A, List<T>> entries, BiFunction<A, List<T>, A> answer, Function<T, Object> key, BinaryOperator<T> plus,
        Comparator<T> order, ToLongFunction<T> rank) {

    static final Addition<SpeakerStats, QuotedSpeaker> SPEAKERS = new Addition<>(SpeakerStats::getSpeakers,
            (stats, speakers) -> new SpeakerStats().speakers(speakers), s -> s.getSpeaker().getId(),
            (a, b) -> new QuotedSpeaker().speaker(a.getSpeaker()).claims(a.getClaims() + b.getClaims())
                    .outlets(outlets(a.getOutlets(), b.getOutlets())),
            Comparator.comparing(QuotedSpeaker::getClaims).reversed().thenComparing((QuotedSpeaker s) -> s.getSpeaker().getId()), QuotedSpeaker::getClaims);

    static final Addition<MentionStats, CitedMention> MENTIONS = new Addition<>(MentionStats::getMentions,
            (stats, mentions) -> new MentionStats().mentions(mentions), m -> List.of(m.getMention().getKind(), m.getMention().getKey()),
            (a, b) -> new CitedMention().mention(new SourceMention().kind(a.getMention().getKind()).key(a.getMention().getKey())
                            .text(min(a.getMention().getText(), b.getMention().getText()))) // the SQL's min(text)
                    .citations(a.getCitations() + b.getCitations()).claims(a.getClaims() + b.getClaims())
                    .outlets(outlets(a.getOutlets(), b.getOutlets())),
            Comparator.comparingLong((CitedMention m) -> cited(m)).reversed().thenComparing((CitedMention m) -> m.getMention().getKey())
                    .thenComparing((CitedMention m) -> m.getMention().getKind().toString()),
            m -> cited(m));

    static final Addition<CitationStats, CitationEdge> CITATIONS = new Addition<>(CitationStats::getEdges,
            (stats, edges) -> new CitationStats().edges(edges), e -> List.of(e.getPublisher().getId(), e.getCited().getId()),
            (a, b) -> new CitationEdge().publisher(a.getPublisher()).cited(a.getCited())
                    .citations(a.getCitations() + b.getCitations()).articles(a.getArticles() + b.getArticles()),
            Comparator.comparing(CitationEdge::getCitations).reversed().thenComparing((CitationEdge e) -> e.getPublisher().getId())
                    .thenComparing((CitationEdge e) -> e.getCited().getId()),
            CitationEdge::getCitations);

    /** Buckets by outlet or language rank by articles; by day or week they are in time order. */
    static Addition<CoverageStats, CoverageBucket> coverage(CoverageGrouping groupBy) {
        boolean inTimeOrder = StatsService.inTimeOrder(groupBy);
        Comparator<CoverageBucket> byKey = Comparator.comparing(CoverageBucket::getKey);
        return new Addition<>(CoverageStats::getBuckets, (stats, buckets) -> new CoverageStats().groupBy(stats.getGroupBy()).buckets(buckets),
                CoverageBucket::getKey,
                (a, b) -> new CoverageBucket().key(a.getKey()).label(a.getLabel())
                        .articles(a.getArticles() + b.getArticles()).claims(a.getClaims() + b.getClaims()),
                inTimeOrder ? byKey : Comparator.comparing(CoverageBucket::getArticles).reversed().thenComparing(byKey),
                inTimeOrder ? null : CoverageBucket::getArticles);
    }

    /**
     * The first {@code limit} entries of the sum of {@code whole}, the first {@code wholeLimit} entries over the whole
     * hours, and {@code edges}, complete answers over the partial hours; empty when these do not tell them: when an
     * entry left out of {@code whole} could be among the first {@code limit} once its edges are added (its count over
     * the whole hours is at most the last one {@code whole} has).
     */
    Optional<A> add(A whole, int wholeLimit, List<A> edges, int limit) {
        List<T> wholeEntries = entries.apply(whole);
        boolean complete = wholeEntries.size() < wholeLimit;
        if (!complete && rank == null) {
            return Optional.empty();
        }
        Map<Object, T> summed = new LinkedHashMap<>();
        wholeEntries.forEach(entry -> summed.put(key.apply(entry), entry));
        Map<Object, T> outside = new LinkedHashMap<>(); // entries of the edges alone
        for (A edge : edges) {
            for (T entry : entries.apply(edge)) {
                Object k = key.apply(entry);
                if (summed.containsKey(k)) {
                    summed.merge(k, entry, plus);
                } else {
                    outside.merge(k, entry, plus);
                }
            }
        }
        List<T> sorted = new ArrayList<>(summed.values());
        if (complete) {
            sorted.addAll(outside.values());
        }
        sorted.sort(order);
        List<T> first = List.copyOf(sorted.subList(0, Math.min(limit, sorted.size())));
        if (!complete) {
            long lastWhole = rank.applyAsLong(wholeEntries.get(wholeEntries.size() - 1));
            long mostOutside = lastWhole + outside.values().stream().mapToLong(rank).max().orElse(0);
            if (first.size() < limit || rank.applyAsLong(first.get(first.size() - 1)) <= mostOutside) {
                return Optional.empty();
            }
        }
        return Optional.of(answer.apply(whole, first));
    }

    private static long cited(CitedMention mention) {
        return mention.getCitations() + mention.getClaims();
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Both lists' outlets once each, in the order {@link StatsService} lists them. */
    private static List<OutletRef> outlets(List<OutletRef> a, List<OutletRef> b) {
        Map<Long, OutletRef> byId = new LinkedHashMap<>();
        a.forEach(outlet -> byId.put(outlet.getId(), outlet));
        b.forEach(outlet -> byId.putIfAbsent(outlet.getId(), outlet));
        return byId.values().stream().sorted(StatsService.OUTLETS_ORDER).toList();
    }
}
