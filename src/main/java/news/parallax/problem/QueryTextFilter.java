package news.parallax.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query and path parameters obey the same {@link TextRules} as JSON bodies. */
public class QueryTextFilter {

    @ServerRequestFilter
    public void rejectUnstorableText(ContainerRequestContext request) {
        check(request.getUriInfo().getQueryParameters());
        check(request.getUriInfo().getPathParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                String violation = TextRules.violation(value);
                if (violation != null) {
                    throw ApiProblem.badRequest(parameter.getKey(), violation);
                }
            }
        }
    }
}
