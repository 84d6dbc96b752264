package news.parallax.paging;

import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import news.parallax.config.PublicUrl;

/**
 * One page of a keyset-paginated list. Queries fetch {@code limit + 1} rows; the extra row only
 * tells that a next page exists, and the last row kept becomes the next cursor.
 */
public record Page<T>(List<T> items, Cursor next) {

    public static <T> Page<T> of(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> kept = rows.subList(0, limit);
        return new Page<>(kept, cursorOf.apply(kept.get(limit - 1)));
    }

    /** 200 with the page body built by {@code body} from the items and the next link (null on the last page). */
    public <B> Response respond(UriInfo uriInfo, BiFunction<List<T>, String, B> body) {
        URI next = nextLink(uriInfo);
        return ok(body.apply(items, next == null ? null : next.toString()), next);
    }

    /** The request's own path and query with the cursor replaced, on the public URL; null on the last page. */
    public URI nextLink(UriInfo uriInfo) {
        return next == null ? null : PublicUrl.of(uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", next.encode()).build());
    }

    /** 200 with the body and, when there is a next page, an RFC 8288 {@code Link} header. */
    public static Response ok(Object body, URI next) {
        Response.ResponseBuilder response = Response.ok(body);
        if (next != null) {
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }
}
