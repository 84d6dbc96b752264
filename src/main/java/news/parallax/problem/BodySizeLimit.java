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
 * says too much (413) or a chunked body gives no length at all (411), and as a failure handler
 * for any other 413 of the HTTP layer.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkDeclaredLength);
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.statusCode() == 413) {
                tooLarge(context);
            } else {
                context.next();
            }
        });
    }

    private void checkDeclaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        String transfer = context.request().getHeader("Transfer-Encoding");
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > maxBodySize.asLongValue()) {
            tooLarge(context);
        } else if (length == null && transfer != null && transfer.toLowerCase().contains("chunked")) {
            // the REST layer does not stop a chunked body at the limit, so a body of unknown length is refused up front
            refuse(context, 411, "Length Required", "Send the request body with a Content-Length header "
                    + "(at most " + maxBodySize.asLongValue() + " bytes); chunked bodies are not accepted");
        } else {
            context.next();
        }
    }

    private void tooLarge(RoutingContext context) {
        refuse(context, 413, "Payload Too Large", "The request body is larger than the limit of " + maxBodySize.asLongValue() + " bytes");
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        Problem problem = new Problem().type("about:blank").title(title).status(status).detail(detail)
                .instance(context.request().path())
                .errors(null);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
    }
}
