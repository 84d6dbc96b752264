package news.parallax.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcurrentWritesTest {

    /** A write that fails {@code failures} times with the SQL state, then answers "stored". */
    @ParameterizedTest
    @CsvSource(textBlock = """
            40P01, 0, 1, stored
            40P01, 1, 2, stored
            40001, 2, 3, stored
            40P01, 3, 3, failed
            23505, 1, 1, failed
            ,      1, 1, failed
            """)
    void aWriteGivenUpForAConcurrentOneIsRunAgainUpToThreeTimes(String state, int failures, int attempts, String outcome) {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException given = new IllegalStateException("commit failed", new SQLException("could not commit", state));
        if (outcome.equals("stored")) {
            assertEquals("stored", ConcurrentWrites.retried(() -> {
                if (calls.incrementAndGet() <= failures) {
                    throw given;
                }
                return "stored";
            }));
        } else {
            assertSame(given, assertThrows(RuntimeException.class, () -> ConcurrentWrites.retried(() -> {
                calls.incrementAndGet();
                throw given;
            })));
        }
        assertEquals(attempts, calls.get());
    }
}
