package news.parallax.access;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;
import news.parallax.config.ReadReplica;
import news.parallax.config.ReadRouting;
import news.parallax.problem.ApiProblem;
import news.parallax.text.Sha256;

/**
 * Every API request passes here: who is calling (the bearer key), whether they are within their
 * rate limit, and whether their role allows the operation (from the contract's x-required-role).
 * Runs on the resource's worker thread, so the key look-up may use the database.
 */
public class AccessFilter {

    private static final String DECISION = AccessFilter.class.getName() + ".decision";
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final Pattern BEARER = Pattern.compile("^Bearer +([A-Za-z0-9._~+/-]{1,200}=*) *$", Pattern.CASE_INSENSITIVE);

    @Inject
    ApiKeyService keys;

    @Inject
    RequiredRoles requiredRoles;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ReadRouting readRouting;

    @Inject
    ReadReplica readReplica;

    // hashed once, and compared with each presented key's hash in constant time
    private final Optional<byte[]> configuredAdminKeyHash = ConfigProvider.getConfig()
            .getOptionalValue("parallax.admin-key", String.class).map(Sha256::of);

    @ConfigProperty(name = "parallax.auth.reads-require-key", defaultValue = "false")
    boolean readsRequireKey;

    @ConfigProperty(name = "parallax.rate-limit.anonymous-per-minute", defaultValue = "600")
    int anonymousLimit;

    @ConfigProperty(name = "parallax.rate-limit.key-per-minute", defaultValue = "3000")
    int keyLimit;

    @ServerRequestFilter
    public void check(ContainerRequestContext context, ResourceInfo resource, HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        String authorization = context.getHeaderString("Authorization");
        Caller caller = authorization == null ? Caller.anonymous(address) : identify(authorization).orElse(null);
        if (caller == null) {
            limit(context, Caller.anonymous(address)); // failed attempts count against the address
            throw unauthorized("The API key is unknown, revoked or expired; ask an administrator for a valid key");
        }
        limit(context, caller);
        currentCaller.set(caller);
        if (READS.contains(context.getMethod()) && readReplica.configured()) {
            readRouting.read(rateLimiter.lastWrite(caller.client()));
        }

        String operation = resource.getResourceMethod() == null ? "" : resource.getResourceMethod().getName();
        Optional<Role> needed = requiredRoles.of(operation).or(() -> readsRequireKey ? Optional.of(Role.READER) : Optional.empty());
        if (needed.isEmpty()) {
            return;
        }
        if (caller.anonymous()) {
            throw unauthorized("This operation needs an API key with the '" + needed.get().value()
                    + "' role, sent as 'Authorization: Bearer <key>'");
        }
        if (!caller.role().includes(needed.get())) {
            throw new ApiProblem(403, "Forbidden", "This operation needs the '" + needed.get().value()
                    + "' role; the key sent has the '" + caller.role().value() + "' role", List.of());
        }
    }

    @ServerResponseFilter
    public void rateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        // the client's next reads wait for the replica to replay this write (the response filter runs after the commit)
        if (readReplica.configured() && !READS.contains(request.getMethod()) && currentCaller.isSet()) {
            rateLimiter.wrote(currentCaller.get().client());
        }
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Limit", decision.limit());
            response.getHeaders().putSingle("RateLimit-Remaining", decision.remaining());
            response.getHeaders().putSingle("RateLimit-Reset", decision.resetSeconds());
        }
    }

    private Optional<Caller> identify(String authorization) {
        Matcher bearer = BEARER.matcher(authorization);
        if (!bearer.matches()) {
            throw unauthorized("The Authorization header must be 'Bearer <key>'");
        }
        String key = bearer.group(1);
        if (configuredAdminKeyHash.isPresent() && MessageDigest.isEqual(Sha256.of(key), configuredAdminKeyHash.get())) {
            return Optional.of(new Caller("key:configured-admin", Role.ADMIN, null));
        }
        return keys.authenticate(key).map(Caller::key);
    }

    private void limit(ContainerRequestContext context, Caller caller) {
        int limit = caller.rateLimitPerMinute() != null ? caller.rateLimitPerMinute() : caller.anonymous() ? anonymousLimit : keyLimit;
        RateLimiter.Decision decision = rateLimiter.take(caller.client(), limit);
        context.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw new ApiProblem(429, "Too Many Requests", "More than " + limit + " requests in a minute; retry in "
                    + decision.resetSeconds() + " seconds", List.of())
                    .withHeader("Retry-After", String.valueOf(decision.resetSeconds()));
        }
    }

    private static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "Unauthorized", detail, List.of()).withHeader("WWW-Authenticate", "Bearer");
    }
}
