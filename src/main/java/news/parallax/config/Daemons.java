package news.parallax.config;

import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The background threads of this process, and its name among the instances that share a database. */
public final class Daemons {

    /** Names this process in the leases of background jobs ({@code claimed_by}). */
    public static final String INSTANCE = ProcessHandle.current().pid() + "-" + UUID.randomUUID();

    private Daemons() {
    }

    /** One named daemon thread that runs scheduled work: it never keeps a stopping service alive. */
    public static ScheduledExecutorService thread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
