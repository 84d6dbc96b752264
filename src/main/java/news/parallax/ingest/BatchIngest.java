package news.parallax.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import news.parallax.api.model.ArticleCreate;
import news.parallax.config.RequestContexts;
import news.parallax.problem.ApiProblem;
import news.parallax.problem.ProblemMapper;

/**
 * {@code POST /articles/batch}: the items of a batch go through the {@link IngestPipeline} on a
 * pool of workers shared by every batch, so one client's batch keeps the cores and the database
 * busy while an item waits on either, and no number of batches opens more transactions than the
 * pool has workers. Items with the same URL run one after another in their order, so a batch that
 * repeats a URL is answered as if it ran item by item.
 */
@ApplicationScoped
class BatchIngest {

    /** One item's answer: what the pipeline stored or found, or why the item was refused. */
    record Outcome(IngestPipeline.Ingested ingested, ApiProblem problem) {
    }

    @Inject
    IngestPipeline pipeline;

    private final ExecutorService workers;

    BatchIngest(@ConfigProperty(name = "parallax.ingest.batch-workers", defaultValue = "4") int workerCount) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("parallax.ingest.batch-workers must be at least 1; it is " + workerCount);
        }
        AtomicInteger number = new AtomicInteger();
        workers = Executors.newFixedThreadPool(workerCount, runnable -> {
            Thread thread = new Thread(runnable, "batch-ingest-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /**
     * Each item's outcome, in the items' order ({@code readBack}: with the article as stored); a
     * database that cannot be reached fails the batch, since no item can be stored.
     */
    List<Outcome> ingestAll(List<ArticleCreate> items, boolean readBack) {
        Map<String, List<Integer>> byUrl = new LinkedHashMap<>();
        for (int index = 0; index < items.size(); index++) {
            String url = items.get(index).getUrl();
            byUrl.computeIfAbsent(url == null ? "" : url.strip(), u -> new ArrayList<>()).add(index);
        }
        Outcome[] outcomes = new Outcome[items.size()];
        List<Future<?>> running = new ArrayList<>();
        for (List<Integer> sameUrl : byUrl.values()) {
            running.add(workers.submit(() -> {
                for (int index : sameUrl) {
                    outcomes[index] = ingest(items.get(index), readBack);
                }
            }));
        }
        RuntimeException failure = null;
        for (Future<?> item : running) { // every item ends before the batch answers, even when one has failed
            try {
                item.get();
            } catch (ExecutionException e) {
                failure = failure != null ? failure
                        : e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a batch was being stored", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return List.of(outcomes);
    }

    /**
     * One item on a worker thread, with a request context of its own as the pipeline's beans expect. A failure on the item
     * (a defect in extraction, a write given up for a concurrent one) is its answer, as {@code POST /articles} would give it:
     * the item's transaction is rolled back and the other items of the batch are stored.
     */
    private Outcome ingest(ArticleCreate item, boolean readBack) {
        return RequestContexts.run(() -> {
            try {
                return new Outcome(pipeline.ingest(item, readBack), null);
            } catch (ApiProblem problem) {
                return new Outcome(null, problem);
            } catch (RuntimeException failure) {
                if (ProblemMapper.databaseUnavailable(failure)) {
                    throw failure;
                }
                return new Outcome(null, ProblemMapper.problemOf(failure, "POST /articles/batch, the item " + item.getUrl()));
            }
        });
    }
}
