package news.parallax.testing;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Entry points for HTTP tests. Every request and response is checked against openapi.yaml, so an
 * undocumented status, field or media type fails the test that produced it.
 */
public final class Api {

    private static final String CONTRACT = "openapi.yaml";

    // resolveCombinators merges allOf parts, so a property of one part is not "additional" to the other
    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).withResolveCombinators(true).build());

    /** For requests that break the contract on purpose: only the response is checked. */
    private static final OpenApiValidationFilter RESPONSE_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).withResolveCombinators(true)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** The admin key of the test profile (parallax.admin-key); admin includes every other role. */
    public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef";

    private Api() {
    }

    /** A request that follows the contract, sent with the admin key; request and response are validated. */
    public static RequestSpecification api() {
        return withKey(ADMIN_KEY);
    }

    /** A request that follows the contract, sent with {@code key} (none when null). */
    public static RequestSpecification withKey(String key) {
        RequestSpecification request = given().filter(CONTRACT_FILTER).contentType(ContentType.JSON)
                .accept("application/json, application/problem+json");
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }

    /** A request that follows the contract, without an API key. */
    public static RequestSpecification anonymous() {
        return withKey(null);
    }

    /** GET of a {@code next} link exactly as the service wrote it (already URL-encoded). */
    public static io.restassured.response.Response follow(String next) {
        return api().urlEncodingEnabled(false).get(local(next));
    }

    /**
     * The path and query of a link the service built on its configured public URL
     * ({@code http://localhost:8080} in tests), to send to the port the test instance listens on.
     */
    public static String local(String link) {
        java.net.URI uri = java.net.URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** A request that breaks the contract on purpose; the error response is still validated. */
    public static RequestSpecification badRequest() {
        return given().filter(RESPONSE_FILTER).header("Authorization", "Bearer " + ADMIN_KEY);
    }

    /** A request sent with the given Authorization header (none when null); only the response is validated. */
    public static RequestSpecification unchecked(String authorization) {
        RequestSpecification request = given().filter(RESPONSE_FILTER);
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    /** A value no other test uses, so tests share one database without wiping it. */
    public static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }
}
