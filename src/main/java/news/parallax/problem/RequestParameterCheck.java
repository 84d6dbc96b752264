package news.parallax.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What JAX-RS conversion lets through but the contract does not mean: {@code Long.valueOf}
 * reads "٠١٨٨", "+188" and "0188" as 188 (a DELETE of one id must not reach another), java.time
 * parses a year of 300000 that PostgreSQL cannot hold, an empty {@code ?name=} is not the
 * minLength-1 string the contract asks for, and a body without a Content-Type is not JSON.
 * Runs after matching, before any parameter is converted.
 */
public class RequestParameterCheck {

    /** Decimal integers as the contract writes them: ASCII digits, no plus sign, no leading zeros. */
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    /** Each resource method's checked parameters, read once: reflection copies a method's annotations on every call. */
    private final Map<Method, Contract> contracts = new ConcurrentHashMap<>();

    /** Where a parameter's values are read from. */
    private enum Source { QUERY, PATH, HEADER }

    private record Parameter(String name, Source source, Class<?> type, Size size) {
    }

    private record Contract(boolean consumesJson, List<Parameter> parameters) {

        static Contract of(Method method) {
            Method contract = ParameterTypeCheck.contractMethod(method);
            Class<?>[] types = contract.getParameterTypes();
            Annotation[][] annotations = contract.getParameterAnnotations();
            List<Parameter> parameters = new ArrayList<>();
            for (int i = 0; i < types.length; i++) {
                String name = null;
                Source source = null;
                Size size = null;
                for (Annotation annotation : annotations[i]) {
                    if (annotation instanceof QueryParam query) {
                        name = query.value();
                        source = Source.QUERY;
                    } else if (annotation instanceof PathParam path) {
                        name = path.value();
                        source = Source.PATH;
                    } else if (annotation instanceof HeaderParam header) {
                        name = header.value();
                        source = Source.HEADER;
                    } else if (annotation instanceof Size s) {
                        size = s;
                    }
                }
                if (source != null) {
                    parameters.add(new Parameter(name, source, types[i], size));
                }
            }
            return new Contract(contract.isAnnotationPresent(Consumes.class), List.copyOf(parameters));
        }
    }

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Contract contract = contracts.computeIfAbsent(method, Contract::of);
        if (contract.consumesJson() && request.getHeaderString("Content-Type") == null) {
            throw new ApiProblem(415, "Unsupported Media Type", "Send the request body as JSON with the header "
                    + "'Content-Type: application/json'", List.of());
        }
        MultivaluedMap<String, String> query = null; // each call copies the request's parameters: read once, if needed
        for (Parameter parameter : contract.parameters()) {
            List<String> values = switch (parameter.source()) {
                case QUERY -> {
                    if (query == null) {
                        query = request.getUriInfo().getQueryParameters();
                    }
                    yield query.get(parameter.name());
                }
                case PATH -> request.getUriInfo().getPathParameters().get(parameter.name());
                case HEADER -> request.getHeaders().get(parameter.name());
            };
            if (values != null) {
                for (String value : values) {
                    String violation = violation(parameter.type(), parameter.size(), value);
                    if (violation != null) {
                        throw ApiProblem.badRequest(parameter.name(), violation);
                    }
                }
            }
        }
    }

    private static String violation(Class<?> type, Size size, String value) {
        if (type == Long.class || type == Integer.class) {
            if (!INTEGER.matcher(value).matches()) {
                boolean digits = !value.isEmpty() && value.replaceFirst("^[+-]", "").codePoints().allMatch(Character::isDigit);
                return digits ? "must be an integer written in ASCII digits (0-9), without '+' or leading zeros, not '" + value + "'"
                        : "must be an integer, not '" + value + "'";
            }
            try {
                if (type == Long.class) {
                    Long.parseLong(value);
                } else {
                    Integer.parseInt(value);
                }
            } catch (NumberFormatException e) {
                return "is too large: '" + value + "'";
            }
        } else if (type == OffsetDateTime.class) {
            try {
                return TemporalRange.violation(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            } catch (DateTimeParseException e) {
                return "must be an ISO 8601 date and time with offset, such as 2018-05-29T10:00:00Z, not '" + value + "'";
            }
        } else if (type == LocalDate.class) {
            try {
                return TemporalRange.violation(LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE));
            } catch (DateTimeParseException e) {
                return "must be an ISO 8601 date, such as 2018-05-29, not '" + value + "'";
            }
        } else if (type == String.class && size != null && size.min() > 0 && value.isEmpty()) {
            return "must not be empty; leave the parameter out instead";
        }
        return null;
    }
}
