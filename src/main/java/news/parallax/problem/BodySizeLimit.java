package news.parallax.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import news.parallax.api.model.Problem;

/**
 * Oversize bodies are refused by the HTTP layer before JAX-RS sees them, with an empty 413.
 * These handlers answer with a problem document instead: up front when Content-Length already
 * says too much, and as a failure handler when a chunked body grows past the limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void checkDeclaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            refuse(context);
        } else {
            context.next();
        }
    }

    private void refuse(RoutingContext context) {
        if (context.response().headWritten()) {
            return;
        }
        Problem problem = new Problem().type("about:blank").title("Payload Too Large").status(413)
                .detail("The request body is larger than the limit of " + maxBodySize.asLongValue() + " bytes")
                .instance(context.request().path())
                .errors(null);
        context.response().setStatusCode(413)
                .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
    }
}
