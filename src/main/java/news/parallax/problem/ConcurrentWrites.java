package news.parallax.problem;

import java.util.function.Supplier;

/**
 * A write that PostgreSQL gave up to let a concurrent one through (a deadlock or a serialization failure) is run again
 * before the client hears of it: a client's replacement of an article can meet the background linking of that same article,
 * and a valid request is not to be refused for that. Only after {@value #ATTEMPTS} attempts is it a 503 ({@link ProblemMapper}).
 */
public final class ConcurrentWrites {

    static final int ATTEMPTS = 3;

    private ConcurrentWrites() {
    }

    /** Runs {@code write}, which must open its own transaction, up to {@value #ATTEMPTS} times while it is given up. */
    public static <T> T retried(Supplier<T> write) {
        for (int attempt = 1;; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException exception) {
                if (attempt == ATTEMPTS || !givenUp(exception)) {
                    throw exception;
                }
            }
        }
    }

    /** Whether PostgreSQL gave the statement up for a concurrent one: deadlock (40P01) or serialization failure (40001). */
    static boolean givenUp(Throwable exception) {
        String state = ProblemMapper.sqlState(exception);
        return "40P01".equals(state) || "40001".equals(state);
    }
}
