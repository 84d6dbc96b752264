package news.parallax.http;

import java.net.URI;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import news.parallax.config.PublicUrl;

/**
 * JAX-RS resolves a relative {@code Location} against the request's Host header. Whatever
 * resource set it, the header leaves with the same path on the configured public URL.
 */
public class PublicLinks {

    @ServerResponseFilter
    public void location(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst("Location");
        if (location != null) {
            try {
                URI uri = location instanceof URI u ? u : URI.create(location.toString());
                response.getHeaders().putSingle("Location", PublicUrl.of(uri));
            } catch (IllegalArgumentException e) {
                response.getHeaders().remove("Location"); // never echo a location that is not a URI
            }
        }
    }
}
