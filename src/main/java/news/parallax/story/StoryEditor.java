package news.parallax.story;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import news.parallax.api.model.LinkMethod;
import news.parallax.api.model.Story;
import news.parallax.api.model.StoryArticle;
import news.parallax.problem.ApiProblem;

/**
 * An editor's corrections to discovery: merging two stories, moving an article into another
 * story or out into one of its own. Each is one short transaction; once it has committed, the
 * in-memory index follows ({@link StoryAssigner#moved}) and the changed stories are recounted at
 * once, so the answer and the next read show the counters as they now are.
 * <p>
 * A moved article is marked {@code manual}; discovery assigns an article only when it is first
 * ingested (re-extraction and replacement keep its story), so a manual placement is never undone.
 */
@ApplicationScoped
public class StoryEditor {

    /**
     * One edit at a time across instances: a merge reads both stories' {@code merged_into} and must not race another.
     * Automatic merges do not take it (ingest would wait on it); {@link StoryAssigner#absorb} orders itself against them by row locks.
     */
    private static final long LOCK = 0x53544f5259L + 1;

    @Inject
    EntityManager entityManager;

    @Inject
    StoryService stories;

    @Inject
    StoryAssigner assigner;

    @Inject
    StoryCounters counters;

    /** Moves every article of a story into another, which survives; the merged id then stands for the survivor. */
    public Story merge(long requested, long requestedInto) {
        long into = edit(() -> {
            long from = stories.resolve(requested);
            long survivor = stories.resolve(requestedInto, "into");
            if (from == survivor) {
                if (requested == requestedInto) {
                    throw ApiProblem.badRequest("into", "names the story itself; name the story that should absorb story " + requested);
                }
                return survivor; // merged before: nothing to do
            }
            assigner.moved(assigner.absorb(from, survivor)); // moves nothing if ingest merged `from` away since it was resolved
            return survivor;
        });
        return stories.get(into);
    }

    /** Moves an article into a story (from whichever it is in). */
    public StoryArticle move(long articleId, long requested) {
        return edit(() -> {
            long into = stories.resolve(requested);
            List<Long> current = longs("SELECT story_id FROM story_article WHERE article_id = ?1", articleId);
            if (current.isEmpty()) {
                throw ApiProblem.notFound("article", articleId);
            }
            return place(articleId, current.get(0).longValue(), into);
        });
    }

    /** Moves an article out of a story into a new story of its own; an article alone in its story stays there. */
    public StoryArticle remove(long articleId, long requested) {
        return edit(() -> {
            long from = stories.resolve(requested);
            List<Long> members = longs("SELECT count(*) FROM story_article WHERE story_id = ?1 AND article_id <> ?2", from, articleId);
            if (longs("SELECT 1 FROM story_article WHERE article_id = ?1 AND story_id = ?2", articleId, from).isEmpty()) {
                throw ApiProblem.notFound("Article " + articleId + " is not in story " + requested
                        + "; GET /stories/" + requested + " lists its articles");
            }
            long into = members.get(0).longValue() == 0 ? from : longs("""
                    INSERT INTO story (first_published, last_published)
                    SELECT coalesce(published_at, now()), coalesce(published_at, now()) FROM article WHERE id = ?1 RETURNING id""",
                    articleId).get(0).longValue();
            return place(articleId, from, into);
        });
    }

    /** Puts the article in the story by hand, and the index with it once committed. */
    private StoryArticle place(long articleId, long from, long into) {
        update("UPDATE story_article SET story_id = ?1, method = 'manual', score = NULL WHERE article_id = ?2", into, articleId);
        assigner.moved(Map.of(articleId, into));
        return new StoryArticle().articleId(articleId).storyId(into).previousStoryId(from).method(LinkMethod.MANUAL);
    }

    /** Runs an edit in its own transaction under the edit lock, then recounts the stories it changed. */
    private <T> T edit(Supplier<T> change) {
        T result = QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, LOCK).getSingleResult();
            return change.get();
        });
        counters.catchUp();
        return result;
    }

    private List<Long> longs(String sql, Object... parameters) {
        return StoryService.longs(entityManager, sql, parameters);
    }

    private void update(String sql, Object... parameters) {
        StoryService.query(entityManager, sql, parameters).executeUpdate();
    }
}
