package news.parallax.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers kept in memory, each with the version of the data it was built from: an answer is built again
 * only when the caller reads a different version. The least recently asked for goes when more than
 * {@code size} are kept. Every instance keeps its own; the version is read from the database, so a
 * change committed through any instance is seen by the next request.
 */
public final class KeptAnswers<K, V> {

    private record Kept<V>(String version, V answer) {
    }

    private final Map<K, Kept<V>> kept;

    public KeptAnswers(int size) {
        kept = new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The answer kept for {@code key} if it was built at {@code version}, else {@code build}'s, kept. Read the
     * version before building: data newer than its version costs one extra build, never a stale answer.
     * Two requests that miss at once both build (no lock is held while building).
     */
    public V get(K key, String version, Supplier<V> build) {
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.version().equals(version)) {
            return found.answer();
        }
        V answer = build.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(version, answer));
        }
        return answer;
    }
}
