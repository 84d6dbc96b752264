package news.parallax.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

/**
 * JAX-RS turns a query or path parameter of the wrong type into a 404, as if the resource did not
 * exist, without saying which parameter. This finds the parameter of the matched contract method
 * whose value does not convert, so the client gets a 400 that names it.
 */
final class ParameterTypeCheck {

    private ParameterTypeCheck() {
    }

    /** The problem with the first mistyped parameter of {@code method}, or null if every value converts. */
    static ApiProblem findMistyped(Method method, UriInfo uriInfo) {
        Method contract = contractMethod(method);
        Class<?>[] types = contract.getParameterTypes();
        Annotation[][] annotations = contract.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            Class<?> type = types[i];
            for (Annotation annotation : annotations[i]) {
                String name = null;
                List<String> values = null;
                if (annotation instanceof QueryParam query) {
                    name = query.value();
                    values = uriInfo.getQueryParameters().get(name);
                } else if (annotation instanceof PathParam path) {
                    name = path.value();
                    values = uriInfo.getPathParameters().get(name);
                }
                String wrong = values == null ? null : values.stream().filter(v -> !converts(type, v)).findFirst().orElse(null);
                if (wrong != null) {
                    return ApiProblem.badRequest(name, "must be " + expected(type) + ", not '" + wrong + "'");
                }
            }
        }
        return null;
    }

    /** Parameter annotations live on the generated interface, not on the implementing resource. */
    static Method contractMethod(Method method) {
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            try {
                return type.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                // not declared by this interface
            }
        }
        return method;
    }

    private static boolean converts(Class<?> type, String value) {
        try {
            if (type == Integer.class) {
                Integer.valueOf(value);
            } else if (type == Long.class) {
                Long.valueOf(value);
            } else if (type == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type.isEnum()) {
                return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.toString().equals(value));
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == OffsetDateTime.class) {
            return "an ISO 8601 date and time with offset, such as 2018-05-29T10:00:00Z";
        }
        if (type == LocalDate.class) {
            return "an ISO 8601 date, such as 2018-05-29";
        }
        return "an integer";
    }
}
