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
        try {
            return HexFormat.of().formatHex(Sha256.of(json.writeValueAsBytes(body)), 0, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body that cannot be hashed", e);
        }
    }

    static boolean matches(String header, String tag) {
        return header != null && (header.strip().equals("*") || header.contains("\"" + tag + "\""));
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
        String tag = of(body);
        response.getHeaders().putSingle("ETag", new EntityTag(tag));
        if (read && matches(request.getHeaderString("If-None-Match"), tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
