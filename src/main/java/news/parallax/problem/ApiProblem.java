package news.parallax.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import news.parallax.api.model.FieldError;

/**
 * A client-facing error: thrown anywhere below a resource and rendered as an RFC 9457
 * problem document by {@link ProblemMapper}. The detail must tell a person what to change.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Long existingId;
    private String existingUrl;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(400, "Invalid request", field + ": " + message,
                List.of(new FieldError().field(field).message(message)));
    }

    public static ApiProblem notFound(String what, long id) {
        return new ApiProblem(404, "Not found", "There is no " + what + " with id " + id, List.of());
    }

    /** A 404 for something that has no id to name. */
    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, List.of());
    }

    /** A 409 for a request that duplicates a stored resource, naming it so that a client can use it instead. */
    public static ApiProblem duplicate(String detail, long existingId, String existingUrl) {
        ApiProblem problem = conflict(detail);
        problem.existingId = existingId;
        problem.existingUrl = existingUrl;
        return problem;
    }

    public Long existingId() {
        return existingId;
    }

    public String existingUrl() {
        return existingUrl;
    }

    /** A header the error response must carry, such as {@code Retry-After} or {@code WWW-Authenticate}. */
    public ApiProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
