package news.parallax.problem;

import java.util.List;

import news.parallax.api.model.FieldError;

/**
 * A client-facing error: thrown anywhere below a resource and rendered as an RFC 9457
 * problem document by {@link ProblemMapper}. The detail must tell a person what to change.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

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

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, List.of());
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
