package news.parallax.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class DaemonsTest {

    /** A run that fails, with an exception or with an error, is followed by the next run: the daemon never stops by itself. */
    @Test
    void aFailedRunIsFollowedByTheNext() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch afterBoth = new CountDownLatch(1);
        ScheduledExecutorService worker = Daemons.every("daemons-test", Duration.ofMillis(10), () -> {
            switch (runs.incrementAndGet()) {
                case 1 -> throw new IllegalStateException("first run fails with an exception");
                case 2 -> throw new NoClassDefFoundError("second run fails with an error");
                default -> afterBoth.countDown();
            }
        }, "test run failed (expected)");
        try {
            assertTrue(afterBoth.await(30, TimeUnit.SECONDS), "runs after the failures: " + runs.get());
        } finally {
            Daemons.stop(worker);
        }
    }
}
