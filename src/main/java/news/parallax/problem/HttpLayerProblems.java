package news.parallax.problem;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import news.parallax.api.model.Problem;

/**
 * Errors the HTTP layer answers before JAX-RS sees the request, with an empty body of its own:
 * a URL with a malformed percent-encoding, a status set by a Vert.x handler (such as the metrics
 * endpoint's 406). These answer with a problem document like every other error.
 * <p>
 * Quarkus checks each request URI with {@code java.net.URI} and answers an empty 400 when it
 * does not parse; {@code ParallaxMain} (and the test configuration) turn that check off with
 * {@code vertx.disableURIValidation}, and {@link #checkUrl} makes the same check first thing
 * in the router, answering with a problem document.
 */
@ApplicationScoped
public class HttpLayerProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkUrl);
        router.route("/q/metrics*").order(Integer.MIN_VALUE + 1).handler(this::checkMetricsAccept);
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(context -> {
            int status = context.statusCode();
            if (status >= 400 && status < 500 && !context.response().headWritten()) {
                HttpResponseStatus known = HttpResponseStatus.valueOf(status);
                refuse(context, status, known.reasonPhrase(), status == 400
                        ? "The request is malformed: check the URL's percent-encoding and the header values"
                        : "The request cannot be answered: " + known.reasonPhrase());
            } else {
                context.next();
            }
        });
    }

    private void checkUrl(RoutingContext context) {
        String uri = context.request().uri();
        String malformed = malformedPercentEncoding(uri);
        if (malformed != null) {
            refuse(context, 400, "Bad Request", "The URL has a malformed percent-encoding at '" + malformed
                    + "': a '%' must be followed by two hexadecimal digits (write '%25' for '%' itself)");
            return;
        }
        if (!percentEncodedUtf8(uri)) {
            refuse(context, 400, "Bad Request", "The URL's percent-encoded bytes are not valid UTF-8 (invalid, overlong or "
                    + "truncated sequence); encode text as UTF-8 before percent-encoding it");
            return;
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            refuse(context, 400, "Bad Request", "The URL is not valid (" + e.getReason() + " at index " + e.getIndex()
                    + "); percent-encode spaces, quotes, brackets and non-ASCII characters");
            return;
        }
        context.next();
    }

    /** The prometheus endpoint answers text formats only; it would say so with an empty 406. */
    private void checkMetricsAccept(RoutingContext context) {
        String accept = context.request().getHeader("Accept");
        if (accept == null || accept.isBlank() || accept.contains("*/*") || accept.contains("text/")
                || accept.contains("application/openmetrics-text")) {
            context.next();
        } else {
            refuse(context, 406, "Not Acceptable", "Metrics are served as text/plain (Prometheus) or "
                    + "application/openmetrics-text; accept one of them in the Accept header");
        }
    }

    /** The first bad escape of {@code uri} ("%G1", "%" at the end), or null when every '%' starts a valid escape. */
    static String malformedPercentEncoding(String uri) {
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 1)) {
            if (!hex(uri, i + 1) || !hex(uri, i + 2)) {
                return uri.substring(i, Math.min(uri.length(), i + 3));
            }
        }
        return null;
    }

    /** Whether the bytes the escapes of {@code uri} stand for, with its other characters, are strict UTF-8. */
    static boolean percentEncodedUtf8(String uri) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%' && hex(uri, i + 1) && hex(uri, i + 2)) {
                bytes.write(Integer.parseInt(uri.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0 && text.charAt(index) < 128;
    }

    static void refuse(RoutingContext context, int status, String title, String detail) {
        if (context.response().headWritten()) {
            return;
        }
        Problem problem = new Problem().type(status == 400 ? "https://parallax.news/problems/invalid-request" : "about:blank")
                .title(title).status(status).detail(detail)
                .instance(safePath(context))
                .errors(null);
        context.response().setStatusCode(status)
                .putHeader("Content-Type", ProblemMapper.PROBLEM_JSON)
                .end(Json.encode(problem));
    }

    /** The raw path: decoding it is what may have failed. */
    private static String safePath(RoutingContext context) {
        String uri = context.request().uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        return path.length() > 200 ? path.substring(0, 200) : path;
    }
}
