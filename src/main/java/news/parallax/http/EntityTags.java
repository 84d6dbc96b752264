package news.parallax.http;

import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.text.Sha256;

/**
 * Strong ETags on every successful read and update, computed from the JSON the response
 * carries, so a client can revalidate any GET with If-None-Match (304) and base an update on
 * the version it read with If-Match. Reads are marked no-cache: caches keep them but ask first.
 */
public class EntityTags {

    @Inject
    ObjectMapper json;

    public String of(Object body) {
        return tagOf(serialized(body));
    }

    /** {@code body} serialised and tagged once, to be kept and sent as is. */
    public JsonAnswer answer(Object body) {
        byte[] serialized = serialized(body);
        return new JsonAnswer(serialized, tagOf(serialized));
    }

    private static String tagOf(byte[] json) {
        return HexFormat.of().formatHex(Sha256.of(json), 0, 16);
    }

    private byte[] serialized(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body that cannot be hashed", e);
        }
    }

    /**
     * If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} matches our {@code "x"}.
     * Only {@code *} or a list of quoted entity tags counts; anything else matches nothing.
     */
    static boolean matchesWeakly(String header, String tag) {
        return header != null && (header.strip().equals("*") || entityTags(header).stream()
                .anyMatch(t -> t.equals("\"" + tag + "\"") || t.equals("W/\"" + tag + "\"")));
    }

    /**
     * If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches, since a weakly
     * equal representation may differ in the very bytes an update would overwrite.
     */
    static boolean matchesStrongly(String header, String tag) {
        return header != null && (header.strip().equals("*") || entityTags(header).contains("\"" + tag + "\""));
    }

    /** The comma-separated entity tags of an If-Match or If-None-Match header, each as written. */
    private static java.util.List<String> entityTags(String header) {
        return java.util.Arrays.stream(header.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && !response.getHeaders().containsKey("Cache-Control")) {
            response.getHeaders().putSingle("Cache-Control", "no-cache");
        }
        Object body = response.getEntity();
        boolean update = method.equals("PUT") || method.equals("PATCH");
        if (response.getStatus() != 200 || !(read || update) || body == null || body instanceof String) {
            return;
        }
        byte[] serialized;
        String tag;
        if (body instanceof byte[] json && response.getHeaders().getFirst("ETag") instanceof EntityTag kept) { // a JsonAnswer
            serialized = json;
            tag = kept.getValue();
        } else {
            serialized = serialized(body);
            tag = tagOf(serialized);
            response.getHeaders().putSingle("ETag", new EntityTag(tag));
        }
        if (read && matchesWeakly(request.getHeaderString("If-None-Match"), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(serialized); // sent as the very bytes the tag was computed from, not serialised a second time
        }
    }
}
