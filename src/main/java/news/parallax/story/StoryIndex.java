package news.parallax.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.parallax.text.TfIdf;

/**
 * The in-memory inverted index discovery finds candidate stories with: per publication day, each
 * feature (stem or key) to the articles that have it. An article is compared only with the
 * articles of stories active within {@code window} days of it that share a feature, never with all
 * stories. Days are filled from the database on first use ({@link StoryAssigner}), so the index is
 * rebuilt after a restart without a start-up pause, and only for the days ingest touches.
 * <p>
 * Not thread-safe: {@link StoryAssigner} holds its lock around every use, so that an article
 * sees the stories of articles ingested concurrently before they commit.
 */
final class StoryIndex {

    /** Weights of shared keys against a shared stem: a person, a full date or a figure says more than a word. */
    private static final Map<String, Double> KEY_BOOST = Map.of("place:", 0.8, "person:", 1.3, "date:", 1.5, "number:", 2.0);

    /** A feature in more than this share of the indexed articles is too common to find candidates by. */
    private static final double COMMON_SHARE = 0.2;

    /** Loaded days kept; beyond it the least recently used day is dropped (and read again when needed). */
    private static final int MAX_DAYS = 400;

    /** An indexed article. Its story changes when stories are merged. */
    static final class Member {
        final long articleId;
        long storyId;
        final int day;
        final String[] features;

        Member(long articleId, long storyId, int day, String[] features) {
            this.articleId = articleId;
            this.storyId = storyId;
            this.day = day;
            this.features = features;
        }
    }

    /** The best story for an article and its similarity (0..1). */
    record Match(long storyId, double score) {
    }

    private final Map<Integer, Map<String, List<Member>>> days = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Long, Member> byArticle = new HashMap<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();

    boolean isLoaded(int day) {
        return days.containsKey(day);
    }

    /** Marks a day as read from the database (with whatever members it had there). */
    void loaded(int day) {
        days.computeIfAbsent(day, d -> new HashMap<>());
        while (days.size() > MAX_DAYS) {
            int eldest = days.keySet().iterator().next();
            for (List<Member> members : days.remove(eldest).values()) {
                for (Member member : members) {
                    forget(member);
                }
            }
        }
    }

    void add(Member member) {
        if (byArticle.putIfAbsent(member.articleId, member) != null) {
            return;
        }
        Map<String, List<Member>> postings = days.computeIfAbsent(member.day, d -> new HashMap<>());
        for (String feature : member.features) {
            postings.computeIfAbsent(feature, f -> new ArrayList<>(2)).add(member);
            documentFrequency.merge(feature, 1, Integer::sum);
        }
    }

    /** Takes an article out (its transaction rolled back, or it moved). */
    void remove(long articleId) {
        Member member = byArticle.get(articleId);
        if (member == null) {
            return;
        }
        Map<String, List<Member>> postings = days.get(member.day);
        if (postings != null) {
            for (String feature : member.features) {
                List<Member> list = postings.get(feature);
                if (list != null) {
                    list.remove(member);
                }
            }
        }
        forget(member);
    }

    private void forget(Member member) {
        byArticle.remove(member.articleId);
        for (String feature : member.features) {
            documentFrequency.computeIfPresent(feature, (f, n) -> n <= 1 ? null : n - 1);
        }
    }

    /** Moves every indexed article of {@code from} to {@code into}. */
    void merge(long from, long into) {
        byArticle.values().stream().filter(m -> m.storyId == from).forEach(m -> m.storyId = into);
    }

    /**
     * The story most similar to an article published on {@code day}: the cosine of TF-IDF weighted
     * features with its most similar article within {@code window} days, lowered by the days between
     * them (single link: a story that grows over days is followed by its latest articles, which an
     * average over all its articles would not; measured in docs/stories.md). Ties go to the older
     * (smaller) story id, so the answer does not depend on map order.
     */
    Match best(String[] features, int day, int window) {
        int indexed = byArticle.size();
        Map<Member, Double> dots = new HashMap<>();
        double norm = 0;
        for (String feature : features) {
            double weight = weight(feature, indexed);
            norm += weight * weight;
            if (documentFrequency.getOrDefault(feature, 0) > Math.max(50, indexed * COMMON_SHARE)) {
                continue;
            }
            for (int d = day - window; d <= day + window; d++) {
                Map<String, List<Member>> postings = days.get(d);
                List<Member> members = postings == null ? null : postings.get(feature);
                if (members != null) {
                    for (Member member : members) {
                        dots.merge(member, weight * weight, Double::sum);
                    }
                }
            }
        }
        Match best = null;
        for (Map.Entry<Member, Double> candidate : dots.entrySet()) {
            Member member = candidate.getKey();
            double memberNorm = 0;
            for (String feature : member.features) {
                double weight = weight(feature, indexed);
                memberNorm += weight * weight;
            }
            double cosine = candidate.getValue() / Math.sqrt(norm * memberNorm);
            double score = cosine / (1 + 0.1 * Math.abs(member.day - day));
            if (best == null || score > best.score() || score == best.score() && member.storyId < best.storyId()) {
                best = new Match(member.storyId, score);
            }
        }
        return best;
    }

    /** Inverse document frequency, smoothed so that it stays positive in an empty index, times the key's boost. */
    private double weight(String feature, int indexed) {
        double idf = TfIdf.idf(documentFrequency.getOrDefault(feature, 0), indexed);
        int colon = feature.indexOf(':');
        return colon < 0 ? idf : idf * KEY_BOOST.getOrDefault(feature.substring(0, colon + 1), 1.0);
    }
}
