package news.parallax.problem;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.vertx.core.http.HttpServerRequest;
import news.parallax.api.model.FieldError;
import news.parallax.api.model.Problem;

/**
 * The one place where exceptions become HTTP responses: every error leaves the service as an
 * RFC 9457 {@code application/problem+json} document, never with a stack trace, class name or SQL.
 */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://parallax.news/problems/";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, HttpServerRequest request) {
        Response response = respond(problem.status(), problem.title(), problem.getMessage(), problem.errors(), request);
        ((Problem) response.getEntity()).existingId(problem.existingId()).existingUrl(problem.existingUrl());
        problem.headers().forEach(response.getHeaders()::putSingle);
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, HttpServerRequest request) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new FieldError().field(fieldOf(v)).message(v.getMessage()))
                .sorted(Comparator.comparing(FieldError::getField).thenComparing(FieldError::getMessage))
                .toList();
        String detail = errors.stream().map(e -> e.getField() + ": " + e.getMessage()).collect(Collectors.joining("; "));
        return respond(400, "Invalid request", detail, errors, request);
    }

    @ServerExceptionMapper
    public Response validation(ValidationException exception, HttpServerRequest request) {
        if (exception instanceof ConstraintViolationException violation) {
            return constraintViolation(violation, request);
        }
        return unexpected(exception, request);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException exception, HttpServerRequest request) {
        String field = pathOf(exception);
        String allowed = exception.getKnownPropertyIds() == null ? "" : "; allowed fields: "
                + exception.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return respond(400, "Invalid request", "Unknown field '" + field + "'" + allowed,
                List.of(new FieldError().field(field).message("unknown field")), request);
    }

    @ServerExceptionMapper
    public Response wrongInput(MismatchedInputException exception, HttpServerRequest request) {
        String field = pathOf(exception);
        String message = exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()
                ? "must be one of " + enumValues(invalid.getTargetType())
                : exception.getTargetType() == null ? exception.getOriginalMessage()
                : "expected " + describe(exception.getTargetType());
        if (exception.getOriginalMessage().startsWith("Missing required creator property")) {
            message = "is required";
        } else if (exception instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && (invalid.getTargetType() == String.class || invalid.getTargetType().getName().startsWith("java.time."))) {
            // our own deserializers say what is wrong with the text (StrictStringDeserializer, StrictTemporalDeserializers)
            message = exception.getOriginalMessage().replaceFirst("(?s)^Cannot deserialize value of type `[^`]*` from String \".*\": ", "");
        }
        if (field.isEmpty()) {
            return respond(400, "Invalid request", "The request body must be a JSON object", List.of(), request);
        }
        return respond(400, "Invalid request", field + ": " + message,
                List.of(new FieldError().field(field).message(message)), request);
    }

    @ServerExceptionMapper
    public Response badJson(JsonMappingException exception, HttpServerRequest request) {
        String field = pathOf(exception);
        String message = exception.getOriginalMessage();
        if (exception.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            message = cause.getMessage(); // generated enums reject unknown values this way
        }
        return respond(400, "Invalid request", (field.isEmpty() ? "" : field + ": ") + message,
                field.isEmpty() ? List.of() : List.of(new FieldError().field(field).message(message)), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception, HttpServerRequest request) {
        var location = exception.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return respond(400, "Malformed JSON", "The request body is not valid JSON" + where + ": "
                + exception.getOriginalMessage().lines().findFirst().orElse(""), List.of(), request);
    }

    @ServerExceptionMapper
    public Response tooDeep(StreamConstraintsException exception, HttpServerRequest request) {
        return respond(400, "Malformed JSON", "The request body nests JSON deeper than "
                + StrictJson.MAX_NESTING_DEPTH + " levels", List.of(), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException exception, HttpServerRequest request, ResourceInfo resource, UriInfo uriInfo) {
        Throwable cause = exception.getCause();
        if (exception instanceof NotFoundException && cause != null && resource.getResourceMethod() != null) {
            ApiProblem mistyped = ParameterTypeCheck.findMistyped(resource.getResourceMethod(), uriInfo);
            if (mistyped != null) {
                return apiProblem(mistyped, request);
            }
        }
        if (cause instanceof JsonParseException parse) {
            return malformedJson(parse, request);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, request);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return wrongInput(mismatch, request);
        }
        if (cause instanceof JsonMappingException mapping) {
            return badJson(mapping, request);
        }
        int status = exception.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + request.path() + "; see /q/openapi for the API's paths";
            case 405 -> "Method " + request.method() + " is not allowed on " + request.path();
            case 406 -> "This resource answers with application/json only; accept it in the Accept header";
            case 413 -> "The request body is too large";
            case 415 -> "Send the request body as application/json";
            default -> status >= 500 ? "The request could not be completed" : exception.getMessage();
        };
        if (status >= 500) {
            return unexpected(exception, request);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return respond(status, known == null ? "Error" : known.getReasonPhrase(), detail, List.of(), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, HttpServerRequest request) {
        return apiProblem(problemOf(exception, request.method() + " " + request.path()), request);
    }

    /**
     * The problem a client gets for an exception the code did not throw as an {@link ApiProblem}: a database that cannot be
     * reached or gave the request up for a concurrent one (503, worth retrying), a stored row the request collides with or a
     * data rule it breaks (409, 400); anything else is a defect, logged with {@code where} under the reference the 500 quotes.
     */
    public static ApiProblem problemOf(Throwable exception, String where) {
        if (databaseUnavailable(exception)) {
            return new ApiProblem(503, "Service unavailable", "The database is not reachable right now; retry in a few seconds",
                    List.of()).withHeader("Retry-After", "5");
        }
        if (ConcurrentWrites.givenUp(exception)) { // a deadlock or serialization failure: a retry goes through
            return new ApiProblem(503, "Service unavailable", "The database gave this request up to let a concurrent one that"
                    + " changed the same data go through; retry it", List.of()).withHeader("Retry-After", "1");
        }
        String sqlState = sqlState(exception);
        if ("23505".equals(sqlState)) {
            return ApiProblem.conflict("The request conflicts with data that is already stored");
        }
        if ("23503".equals(sqlState)) {
            return ApiProblem.conflict("The resource is still referred to by other data, or refers to data that does not exist");
        }
        if ("23514".equals(sqlState)) {
            return new ApiProblem(400, "Invalid request", "The request breaks a data rule: " + checkMessage(exception), List.of());
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(exception, "Unexpected error %s on %s", reference, where);
        return new ApiProblem(500, "Internal error", "The service failed unexpectedly; quote reference " + reference
                + " when reporting it", List.of());
    }

    static Response respond(int status, String title, String detail, List<FieldError> errors, HttpServerRequest request) {
        Problem problem = document(new ApiProblem(status, title, detail, errors), request == null ? null : request.path());
        return Response.status(status).type(PROBLEM_JSON).entity(problem).build();
    }

    /** The problem document for {@code problem}; also for answers inside a body, such as one item of a batch. */
    public static Problem document(ApiProblem problem, String instance) {
        return new Problem()
                .type(typeFor(problem.status()))
                .title(problem.title())
                .status(problem.status())
                .detail(problem.getMessage())
                .instance(instance)
                .errors(problem.errors().isEmpty() ? null : new ArrayList<>(problem.errors()));
    }

    private static String typeFor(int status) {
        return switch (status) {
            case 400 -> TYPE_BASE + "invalid-request";
            case 409 -> TYPE_BASE + "conflict";
            case 503 -> TYPE_BASE + "unavailable";
            default -> "about:blank";
        };
    }

    /** "createOutlet.outletCreate.aliases[0].alias" becomes "aliases[0].alias"; "listOutlets.limit" becomes "limit". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean bodyParameter = node.getKind() == jakarta.validation.ElementKind.PARAMETER && i < nodes.size() - 1;
            if (node.getKind() == jakarta.validation.ElementKind.METHOD || bodyParameter) {
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (field.length() > 0 && node.getName() != null) {
                field.append('.');
            }
            if (node.getName() != null) {
                field.append(node.getName());
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String pathOf(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(constant.toString());
        }
        return String.join(", ", values);
    }

    private static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || java.util.Set.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO 8601 date or time";
        }
        return "an object";
    }

    /**
     * The database is down, restarting or out of connections: worth retrying, so 503. SQLSTATE
     * class 08 is a connection failure, 57P0x a server shutting down or starting up, 53300 too
     * many connections; and a pool whose connections are all busy for the acquisition timeout.
     */
    public static boolean databaseUnavailable(Throwable exception) {
        return causes(exception).anyMatch(t -> t instanceof JDBCConnectionException
                || t instanceof java.sql.SQLTransientConnectionException
                || t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                        || sql.getSQLState().startsWith("57P0") || sql.getSQLState().equals("53300"))
                // Agroal signals a pool with no free connection only by this message, without an SQLSTATE
                || t instanceof SQLException && t.getMessage() != null && t.getMessage().startsWith("Sorry, acquisition timeout"));
    }

    /**
     * The exception, its causes, and what they suppressed: a failed commit carries the
     * database's own error only as a suppressed exception of the transaction manager's.
     */
    private static Stream<Throwable> causes(Throwable exception) {
        Stream.Builder<Throwable> all = Stream.builder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(exception));
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (seen.add(t)) {
                all.add(t);
                if (t.getCause() != null) {
                    pending.push(t.getCause());
                }
                pending.addAll(Arrays.asList(t.getSuppressed()));
            }
        }
        return all.build();
    }

    static String sqlState(Throwable exception) {
        return causes(exception).filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .map(t -> ((SQLException) t).getSQLState()).findFirst().orElse(null);
    }

    /** Our own CHECK triggers raise readable messages; constraint names are not for clients. */
    private static String checkMessage(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && psql.getServerErrorMessage().getConstraint() == null) {
                return psql.getServerErrorMessage().getMessage();
            }
        }
        return "a value is out of range";
    }
}
