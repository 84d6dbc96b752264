package news.parallax.config;

import java.util.function.Supplier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.ManagedContext;

/**
 * Work outside an HTTP request (background threads, batch workers, Vert.x routes) that uses
 * Hibernate runs in a request context of its own: Hibernate asks {@link ReadRouting}, which is
 * request scoped, which database a session uses, and without a context Quarkus answers none.
 * Such work always gets the primary.
 */
public final class RequestContexts {

    private RequestContexts() {
    }

    /** Runs {@code work} in a new request context; before Quarkus has started (no container), as it is. */
    public static <T> T run(Supplier<T> work) {
        Runnable close = open();
        try {
            return work.get();
        } finally {
            close.run();
        }
    }

    /** Activates a new request context on this thread; the answer terminates it (before Quarkus has started: nothing to do). */
    static Runnable open() {
        ArcContainer container = Arc.container();
        if (container == null) {
            return () -> { };
        }
        ManagedContext context = container.requestContext();
        context.activate();
        return context::terminate;
    }
}
