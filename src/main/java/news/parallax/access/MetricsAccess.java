package news.parallax.access;

import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import news.parallax.api.model.Problem;
import news.parallax.config.RequestContexts;
import news.parallax.text.Sha256;

/**
 * {@code /q/metrics} tells anyone who can read it the service's traffic, error rates and pool
 * sizes, so it needs an admin key (a Prometheus scrape job sends it as a bearer token) unless
 * {@code parallax.metrics.public=true}. Health stays public: load balancers and orchestrators
 * probe it without credentials, and it says no more than UP or DOWN per check.
 */
@ApplicationScoped
public class MetricsAccess {

    private static final Pattern BEARER = Pattern.compile("^Bearer +([A-Za-z0-9._~+/-]{1,200}=*) *$", Pattern.CASE_INSENSITIVE);

    @Inject
    ApiKeyService keys;

    @ConfigProperty(name = "parallax.metrics.public", defaultValue = "false")
    boolean metricsPublic;

    private final Optional<byte[]> configuredAdminKeyHash = ConfigProvider.getConfig()
            .getOptionalValue("parallax.admin-key", String.class).map(Sha256::of);

    void install(@Observes Router router) {
        if (!metricsPublic) {
            // blocking: a key is looked up in the database
            router.route("/q/metrics*").order(Integer.MIN_VALUE + 2).blockingHandler(this::requireAdmin, false);
        }
    }

    private void requireAdmin(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        Matcher bearer = authorization == null ? null : BEARER.matcher(authorization);
        if (bearer == null || !bearer.matches()) {
            refuse(context, 401, "Unauthorized", "Metrics need an API key with the 'admin' role, sent as 'Authorization: Bearer <key>'");
            return;
        }
        String key = bearer.group(1);
        boolean admin = configuredAdminKeyHash.isPresent() && MessageDigest.isEqual(Sha256.of(key), configuredAdminKeyHash.get())
                || RequestContexts.run(() -> keys.authenticate(key).filter(k -> Role.of(k.role).includes(Role.ADMIN)).isPresent());
        if (admin) {
            context.next();
        } else {
            refuse(context, 403, "Forbidden", "Metrics need an API key with the 'admin' role; this key is unknown, "
                    + "expired or has a weaker role");
        }
    }

    private static void refuse(RoutingContext context, int status, String title, String detail) {
        Problem problem = new Problem().type("about:blank").title(title).status(status).detail(detail)
                .instance(context.request().path()).errors(null);
        context.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json");
        if (status == 401) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        context.response().end(Json.encode(problem));
    }

}
