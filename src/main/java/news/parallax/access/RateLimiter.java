package news.parallax.access;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Fixed one-minute windows per client, in memory: each instance of the service counts its own
 * requests. Simple, and enough for one instance; several instances would each allow the limit.
 */
@ApplicationScoped
public class RateLimiter {

    static final long WINDOW_MILLIS = 60_000;
    private static final int PURGE_ABOVE = 50_000;

    public record Decision(int limit, int remaining, int resetSeconds, boolean allowed) {
    }

    private record Window(long index, AtomicInteger used) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public Decision take(String client, int limit) {
        long now = System.currentTimeMillis();
        long index = now / WINDOW_MILLIS;
        Window window = windows.compute(client, (k, old) -> old != null && old.index == index ? old : new Window(index, new AtomicInteger()));
        int used = window.used.incrementAndGet();
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(w -> w.index < index);
        }
        int reset = (int) Math.ceil(((index + 1) * WINDOW_MILLIS - now) / 1000.0);
        return new Decision(limit, Math.max(0, limit - used), reset, used <= limit);
    }
}
