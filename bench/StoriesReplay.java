package news.parallax.story;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.config.WithDefault;

/**
 * Story discovery replayed offline (a diagnosis for sweeps, not a result): the signatures a run of
 * bench/stories-quality.sh stored ({@code story_article.tsv}) go through the service's own
 * {@link StoryIndex} and {@link StoryAssigner#decide} in article-id order, the order ingest indexed
 * them in, with the settings given as system properties named as in {@link StoryAssigner.Settings}
 * ({@code -DscoreArticles=3 -Dthreshold=0.07}; unset ones take the service's defaults). Writes
 * "docno TAB story" for bench/StoriesQuality.java's {@code score} mode and prints how many stories and
 * merges it made and whether its partition is the one the service read (it is with the run's settings,
 * as long as the run's articles were indexed in id order). Run by bench/stories-replay.sh.
 */
public class StoriesReplay {

    public static void main(String[] args) throws Exception {
        Path signatures = Path.of(args[0]);
        Path articles = Path.of(args[1]);
        Path clusters = Path.of(args[2]);
        StoryAssigner.Settings settings = settings();

        Map<Long, String> docnoOf = new HashMap<>();
        Map<Long, Long> serviceStory = new HashMap<>();
        for (String line : Files.readAllLines(articles, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            docnoOf.put(Long.parseLong(f[1]), f[0]);
            serviceStory.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
        }
        StoryIndex index = new StoryIndex();
        long[] next = {1};
        int merges = 0;
        List<Long> order = new ArrayList<>();
        Map<Long, Long> first = new HashMap<>(); // story -> the article that started it
        Set<String> trace = Set.of(System.getProperty("trace", "").split(","));
        for (String line : Files.readAllLines(signatures, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            long article = Long.parseLong(f[0]);
            double time = Long.parseLong(f[4]) / 86_400.0; // the publication time the service indexed it at
            String[] features = f[3].isEmpty() ? new String[0] : f[3].split("\u001f");
            if (trace.contains(docnoOf.get(article))) { // what the article saw: its best stories, each with its first article
                StringBuilder seen = new StringBuilder();
                index.matches(features, time, settings.coldDays(), settings.scoreArticles(), settings.dayPenalty(), settings.recentDays()).stream().limit(4)
                        .forEach(m -> seen.append(String.format(" %s%s %.3f", "s" + m.storyId(), "(" + docnoOf.get(first.get(m.storyId())) + ")",
                                m.score())));
                System.out.println("trace " + docnoOf.get(article) + ":" + seen);
            }
            long[] started = {0};
            StoryAssigner.Decision decision = StoryAssigner.decide(index, settings, article, features, time, () -> started[0] = next[0]++);
            if (started[0] != 0) {
                first.put(started[0], article);
            }
            merges += decision.merged().size();
            order.add(article);
        }
        Map<Long, Long> storyOf = new HashMap<>();
        Map<Long, Integer> sizes = new HashMap<>();
        StringBuilder out = new StringBuilder();
        for (long article : order) {
            long story = index.storyOf(article);
            storyOf.put(article, story);
            sizes.merge(story, 1, Integer::sum);
            if (docnoOf.containsKey(article)) {
                out.append(docnoOf.get(article)).append("\tr").append(story).append('\n');
            }
        }
        Files.writeString(clusters, out, StandardCharsets.UTF_8);
        System.out.printf("replay: %d articles, %d stories, %d merges, largest story %d articles; %s%n", order.size(), sizes.size(), merges,
                sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0), sameAsService(storyOf, serviceStory));
    }

    /** Whether the replay's partition is the service's: every replay story is exactly one service story. */
    static String sameAsService(Map<Long, Long> replay, Map<Long, Long> service) {
        Map<Long, Set<Long>> forth = new HashMap<>();
        Map<Long, Set<Long>> back = new HashMap<>();
        replay.forEach((article, story) -> {
            Long other = service.get(article);
            if (other != null) {
                forth.computeIfAbsent(story, s -> new HashSet<>()).add(other);
                back.computeIfAbsent(other, s -> new HashSet<>()).add(story);
            }
        });
        long split = forth.values().stream().filter(s -> s.size() > 1).count();
        long joined = back.values().stream().filter(s -> s.size() > 1).count();
        return split == 0 && joined == 0 ? "same partition as the service run"
                : "differs from the service run (" + split + " replay stories span several of its stories, " + joined + " of its stories are split)";
    }

    /** The service's settings, each overridden by a system property of its method's name, else its default. */
    static StoryAssigner.Settings settings() {
        return (StoryAssigner.Settings) Proxy.newProxyInstance(StoryAssigner.Settings.class.getClassLoader(),
                new Class<?>[] {StoryAssigner.Settings.class}, (proxy, method, args) -> value(method));
    }

    static Object value(Method method) {
        WithDefault fallback = method.getAnnotation(WithDefault.class);
        String text = System.getProperty(method.getName(), fallback == null ? null : fallback.value());
        if (method.getReturnType() == double.class) {
            return Double.parseDouble(text);
        }
        if (method.getReturnType() == int.class) {
            return Integer.parseInt(text);
        }
        if (method.getName().equals("toString")) {
            return "replay settings";
        }
        throw new IllegalArgumentException("not a replay setting: " + method.getName());
    }
}
