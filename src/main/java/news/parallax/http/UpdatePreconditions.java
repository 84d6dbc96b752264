package news.parallax.http;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import news.parallax.problem.ApiProblem;

/**
 * If-Match on updates: the row is locked first, so no other update can slip in between the
 * version check and the write; then the client's ETag must be the current representation's.
 */
@ApplicationScoped
public class UpdatePreconditions {

    @Inject
    EntityManager entityManager;

    @Inject
    EntityTags tags;

    @ConfigProperty(name = "parallax.updates.require-if-match", defaultValue = "false")
    boolean required;

    /**
     * Runs {@code update} in one transaction with the check that {@code ifMatch} is the ETag of
     * {@code current}, the representation a GET of the resource answers.
     */
    @Transactional
    public <T> T update(String ifMatch, Class<?> entity, long id, Supplier<Object> current, Supplier<T> update) {
        if (ifMatch == null && required) {
            throw new ApiProblem(428, "Precondition Required", "Send If-Match with the ETag of the version you read "
                    + "(GET it first); this service refuses blind updates", List.of());
        }
        // an unknown id falls through to the update, which answers 404
        if (ifMatch != null && entityManager.find(entity, id, LockModeType.PESSIMISTIC_WRITE) != null
                && !EntityTags.matchesStrongly(ifMatch, tags.of(current.get()))) {
            throw new ApiProblem(412, "Precondition Failed", "The resource changed since the version in If-Match; "
                    + "GET it again, reapply your change and send the new ETag", List.of());
        }
        return update.get();
    }
}
