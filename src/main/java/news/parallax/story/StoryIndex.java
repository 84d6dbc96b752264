package news.parallax.story;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.parallax.text.TfIdf;

/**
 * The in-memory inverted index discovery finds candidate stories with: per publication day, each
 * feature (stem or key) to the articles that have it. An article is compared only with the
 * articles of stories active within {@code window} days of it that share a feature, never with all
 * stories. Days are filled from the database on first use ({@link StoryAssigner}), so the index is
 * rebuilt after a restart without a start-up pause, and only for the days ingest touches.
 * <p>
 * The index also knows each story's indexed articles and how many of them have each feature (the
 * story's centroid), so that two stories an article finds close can be compared as wholes and merged.
 * <p>
 * Features are numbered when first seen, so that scoring a candidate reads arrays instead of
 * hashing its strings again (Arabic words collide often under {@link String#hashCode}).
 * Not thread-safe: {@link StoryAssigner} holds its lock around every use, so that an article
 * sees the stories of articles ingested concurrently before they commit.
 */
final class StoryIndex {

    /** Weights of shared keys against a shared stem: a person, a full date or a figure says more than a word. */
    private static final Map<String, Double> KEY_BOOST = Map.of("place:", 0.8, "person:", 1.3, "date:", 1.5, "number:", 2.0);

    /** A feature in more than this share of the indexed articles is too common to find candidates by. */
    private static final double COMMON_SHARE = 0.2;

    /** A candidate's cached norm is reused while the number of indexed articles is within this share of its own. */
    private static final double NORM_REUSE = 0.02;

    /** A headline that calls a sudden happening new reports another one than a story's title of its kind this many days older. */
    private static final double NEW_HAPPENING_DAYS = 0.5;

    /** Loaded days kept; beyond it the least recently used day is dropped (and read again when needed). */
    private static final int MAX_DAYS = 400;

    /** An indexed article, with the running dot product of the query being scored. */
    private static final class Member {
        final long articleId;
        /** Changed only by a move or a merge ({@link #move}, {@link #merge}), which keep {@link #clusters} in step. */
        long storyId;
        /** Its publication time in days since the epoch, UTC, with the time of day as a fraction; its day is the whole part. */
        final double time;
        final int day;
        final int[] features;
        final Headline headline;
        double dot;
        int query;
        /** The norm of its features' weights, and the number of indexed articles it was computed at. */
        double norm;
        int normIndexed;

        Member(long articleId, long storyId, double time, int[] features, Headline headline) {
            this.articleId = articleId;
            this.storyId = storyId;
            this.time = time;
            this.day = (int) Math.floor(time);
            this.features = features;
            this.headline = headline;
        }
    }

    /**
     * A story's indexed articles, how many of them have each feature (the term counts of its centroid) and how many
     * titles name each kind of happening ({@link Headline}).
     */
    private static final class Cluster {
        final Set<Member> members = new LinkedHashSet<>();
        final Map<Integer, Integer> counts = new HashMap<>();
        final int[] titlesOfKind = new int[Headline.kindCount()];
        /** The publication time of its latest indexed article (as {@link Member#time}). */
        double latest = Double.NEGATIVE_INFINITY;

        /** The kinds of happening its titles name, a bit each as in {@link Headline#kinds()}. */
        int kinds() {
            int kinds = 0;
            for (int kind = 0; kind < titlesOfKind.length; kind++) {
                if (titlesOfKind[kind] > 0) {
                    kinds |= 1 << kind;
                }
            }
            return kinds;
        }

        void count(Headline headline, int change) {
            for (int kind = 0; kind < titlesOfKind.length; kind++) {
                if ((headline.kinds() & 1 << kind) != 0) {
                    titlesOfKind[kind] += change;
                }
            }
        }
    }

    /** A story an article is similar to, and how similar (0..1). */
    record Match(long storyId, double score) {
    }

    /** The most similar story first; ties go to the older (smaller) story id, so the order does not depend on map order. */
    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::score).reversed()
            .thenComparingLong(Match::storyId);

    private final Map<Integer, Map<Integer, List<Member>>> days = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Long, Member> byArticle = new HashMap<>();
    private final Map<Long, Cluster> clusters = new HashMap<>();

    /** Feature numbers; a number is given back when no indexed article has its feature any more. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final ArrayDeque<Integer> freeNumbers = new ArrayDeque<>();
    private String[] names = new String[1024];
    private int[] documentFrequency = new int[1024];
    private double[] boost = new double[1024];

    /** The weight of each feature in the current query, valid where {@code weightQuery} is the query's number. */
    private double[] weight = new double[1024];
    private int[] weightQuery = new int[1024];
    private int query;

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
                    if (byArticle.get(member.articleId) == member) { // listed under each of its features: forget once
                        forget(member);
                    }
                }
            }
        }
    }

    /** {@code time}: the publication time in days since the epoch (UTC; 12:00 on day d is d + 0.5). */
    void add(long articleId, long storyId, double time, String[] features) {
        add(articleId, storyId, time, features, Headline.of(features));
    }

    /** {@link #add(long, long, double, String[])} with the features' headline already read (ingest reads it to decide). */
    void add(long articleId, long storyId, double time, String[] features, Headline headline) {
        if (byArticle.containsKey(articleId)) {
            return;
        }
        int[] numbered = new int[features.length];
        for (int i = 0; i < features.length; i++) {
            numbered[i] = number(features[i]);
        }
        Member member = new Member(articleId, storyId, time, numbered, headline);
        byArticle.put(articleId, member);
        enter(member);
        Map<Integer, List<Member>> postings = days.computeIfAbsent(member.day, d -> new HashMap<>());
        for (int feature : numbered) {
            postings.computeIfAbsent(feature, f -> new ArrayList<>(2)).add(member);
            documentFrequency[feature]++;
        }
    }

    /**
     * Puts an indexed article under another story (an editor moved it, or merged its story), so
     * that later articles like it join where it is now; an article of a day not in memory is read
     * with its new story when the day is loaded.
     */
    void move(long articleId, long storyId) {
        Member member = byArticle.get(articleId);
        if (member != null && member.storyId != storyId) {
            leave(member);
            member.storyId = storyId;
            enter(member);
        }
    }

    /** Puts every indexed article of story {@code from} under story {@code into}; answers the articles moved, in id order. */
    List<Long> merge(long from, long into) {
        Cluster cluster = clusters.get(from);
        if (cluster == null || from == into) {
            return List.of();
        }
        List<Long> moved = cluster.members.stream().map(member -> member.articleId).sorted().toList();
        moved.forEach(article -> move(article, into));
        return moved;
    }

    /** The story an indexed article is under now (0: not indexed); bench/StoriesReplay reads its replay's stories here. */
    long storyOf(long articleId) {
        Member member = byArticle.get(articleId);
        return member == null ? 0 : member.storyId;
    }

    /** Undoes a {@link #merge} (its transaction rolled back): the articles it moved that are still under {@code into} go back. */
    void unmerge(List<Long> articles, long into, long from) {
        for (long article : articles) {
            Member member = byArticle.get(article);
            if (member != null && member.storyId == into) {
                move(article, from);
            }
        }
    }

    /**
     * The cosine of two stories' centroids: TF-IDF over their indexed articles' features, a feature
     * counting once per article that has it. A story-level test, so that one article resembling two
     * stories is not enough to merge them when the stories as wholes are about different things.
     */
    double similarity(long story, long other) {
        Cluster one = clusters.get(story);
        Cluster two = clusters.get(other);
        if (one == null || two == null) {
            return 0;
        }
        query++; // weights as the index is now, not as the last query read them
        int indexed = byArticle.size();
        double dot = 0;
        for (Map.Entry<Integer, Integer> count : one.counts.entrySet()) {
            Integer shared = two.counts.get(count.getKey());
            if (shared != null) {
                double weight = weight(count.getKey(), indexed);
                dot += weight * weight * count.getValue() * shared;
            }
        }
        return dot == 0 ? 0 : dot / Math.sqrt(squaredNorm(one, indexed) * squaredNorm(two, indexed));
    }

    /** The squared length of a story's centroid. */
    private double squaredNorm(Cluster cluster, int indexed) {
        double norm = 0;
        for (Map.Entry<Integer, Integer> count : cluster.counts.entrySet()) {
            double weight = weight(count.getKey(), indexed);
            norm += weight * weight * count.getValue() * count.getValue();
        }
        return norm;
    }

    /**
     * Whether an article with this headline, published at {@code time}, reports another happening than the story, however
     * much text they share: its title names a sudden happening (a quake, a bombing: {@code story/happenings.tsv}) that none
     * of the story's titles name while they name others, or calls one of a kind the story reported new ("a new attack")
     * half a day or more after the story's latest title of that kind.
     */
    boolean reportsAnotherHappening(long storyId, Headline headline, double time) {
        Cluster cluster = clusters.get(storyId);
        if (cluster == null || !headline.namesSudden()) {
            return false;
        }
        int storyKinds = cluster.kinds();
        if (!headline.namesOneOf(storyKinds)) {
            return storyKinds != 0;
        }
        if (!headline.saysNew()) {
            return false;
        }
        double latest = Double.NEGATIVE_INFINITY;
        for (Member member : cluster.members) {
            if (member.headline.namesOneOf(headline.kinds())) {
                latest = Math.max(latest, member.time);
            }
        }
        return time - latest >= NEW_HAPPENING_DAYS;
    }

    /** Takes an article out (its transaction rolled back). */
    void remove(long articleId) {
        Member member = byArticle.get(articleId);
        if (member == null) {
            return;
        }
        Map<Integer, List<Member>> postings = days.get(member.day);
        if (postings != null) {
            for (int feature : member.features) {
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
        leave(member);
        for (int feature : member.features) {
            if (--documentFrequency[feature] == 0) {
                numbers.remove(names[feature]);
                freeNumbers.push(feature);
            }
        }
    }

    private void enter(Member member) {
        Cluster cluster = clusters.computeIfAbsent(member.storyId, s -> new Cluster());
        cluster.members.add(member);
        cluster.latest = Math.max(cluster.latest, member.time);
        cluster.count(member.headline, 1);
        for (int feature : member.features) {
            cluster.counts.merge(feature, 1, Integer::sum);
        }
    }

    private void leave(Member member) {
        Cluster cluster = clusters.get(member.storyId);
        cluster.members.remove(member);
        if (cluster.members.isEmpty()) {
            clusters.remove(member.storyId);
            return;
        }
        cluster.count(member.headline, -1);
        if (member.time >= cluster.latest) {
            cluster.latest = cluster.members.stream().mapToDouble(other -> other.time).max().getAsDouble();
        }
        for (int feature : member.features) {
            cluster.counts.computeIfPresent(feature, (f, count) -> count == 1 ? null : count - 1);
        }
    }

    /**
     * The stories similar to an article published at {@code time} (as in {@link #add}), the most similar first: with
     * each, the cosine of TF-IDF weighted features with its articles of the {@code window} (UTC) days around its day,
     * divided by 1 + {@code dayPenalty} × the time between them in days (a report 12 hours later is half a day away,
     * whether or not the date changed in between); a story scores the mean of its {@code articles}
     * best (a story with fewer articles, of those it has; an article outside the window counts 0), of its articles
     * published at most {@code recentDays} before its latest: a story is followed through what it reports now, so an article
     * like only the reports a saga began with days before does not join it (docs/stories.md, session 42). With 1,
     * single link: a story that grows over days is followed by its latest articles, which an average over
     * all its articles would not; more asks an article to resemble several of the story's (measured in
     * docs/stories.md).
     */
    List<Match> matches(String[] features, double time, int window, int articles, double dayPenalty, double recentDays) {
        int day = (int) Math.floor(time);
        query++;
        int indexed = byArticle.size();
        List<Member> candidates = new ArrayList<>();
        double norm = 0;
        for (String text : features) {
            Integer feature = numbers.get(text);
            if (feature == null) { // in no indexed article: it weighs in the norm only
                double unseen = TfIdf.idf(0, indexed) * boostOf(text);
                norm += unseen * unseen;
                continue;
            }
            double weight = weight(feature, indexed);
            norm += weight * weight;
            if (documentFrequency[feature] > Math.max(50, indexed * COMMON_SHARE)) {
                continue;
            }
            for (int d = day - window; d <= day + window; d++) {
                Map<Integer, List<Member>> postings = days.get(d);
                List<Member> members = postings == null ? null : postings.get(feature);
                if (members != null) {
                    for (Member member : members) {
                        if (member.query != query) {
                            member.query = query;
                            member.dot = 0;
                            candidates.add(member);
                        }
                        member.dot += weight * weight;
                    }
                }
            }
        }
        int counted = Math.max(1, articles);
        Map<Long, double[]> best = new HashMap<>(); // each story's best scores, highest first
        for (Member member : candidates) {
            if (member.time < Math.min(time, clusters.get(member.storyId).latest) - recentDays) { // a late article: as of its time
                continue;
            }
            double score = member.dot / Math.sqrt(norm * norm(member, indexed)) / (1 + dayPenalty * Math.abs(member.time - time));
            double[] top = best.computeIfAbsent(member.storyId, s -> new double[counted]);
            for (int i = 0; i < counted; i++) {
                if (score > top[i]) {
                    double lower = top[i];
                    top[i] = score;
                    score = lower;
                }
            }
        }
        List<Match> matches = new ArrayList<>(best.size());
        best.forEach((story, top) -> {
            int of = Math.min(counted, clusters.get(story).members.size());
            double sum = 0;
            for (int i = 0; i < of; i++) {
                sum += top[i];
            }
            matches.add(new Match(story, sum / of));
        });
        matches.sort(BEST_FIRST);
        return matches;
    }

    /**
     * A member's norm, computed again only when the index has grown or shrunk by more than
     * {@link #NORM_REUSE} since: a candidate's norm is the sum over all its features, and
     * recomputing it for every candidate of every query was most of the scoring's time (JFR); weights move
     * little while the number of articles does.
     */
    private double norm(Member member, int indexed) {
        if (member.normIndexed == 0 || Math.abs(indexed - member.normIndexed) > indexed * NORM_REUSE) {
            double sum = 0;
            for (int feature : member.features) {
                double weight = weight(feature, indexed);
                sum += weight * weight;
            }
            member.norm = sum;
            member.normIndexed = indexed;
        }
        return member.norm;
    }

    /** A feature's weight in the current query: computed once per query, as the frequencies do not change during it. */
    private double weight(int feature, int indexed) {
        if (weightQuery[feature] != query) {
            weightQuery[feature] = query;
            weight[feature] = TfIdf.idf(documentFrequency[feature], indexed) * boost[feature];
        }
        return weight[feature];
    }

    private static double boostOf(String feature) {
        int colon = feature.indexOf(':');
        return colon < 0 ? 1.0 : KEY_BOOST.getOrDefault(feature.substring(0, colon + 1), 1.0);
    }

    private int number(String feature) {
        Integer known = numbers.get(feature);
        if (known != null) {
            return known;
        }
        int fresh = freeNumbers.isEmpty() ? numbers.size() : freeNumbers.pop();
        if (fresh >= documentFrequency.length) {
            int size = documentFrequency.length * 2;
            documentFrequency = Arrays.copyOf(documentFrequency, size);
            names = Arrays.copyOf(names, size);
            boost = Arrays.copyOf(boost, size);
            weight = Arrays.copyOf(weight, size);
            weightQuery = Arrays.copyOf(weightQuery, size);
        }
        numbers.put(feature, fresh);
        names[fresh] = feature;
        documentFrequency[fresh] = 0;
        boost[fresh] = boostOf(feature);
        weightQuery[fresh] = 0;
        return fresh;
    }
}
