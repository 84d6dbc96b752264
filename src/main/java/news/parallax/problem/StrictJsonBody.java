package news.parallax.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import news.parallax.api.model.FieldError;

/**
 * Checks a JSON request body as bytes and tokens before it is bound to a model, where the
 * binding would hide the mistake: invalid UTF-8 (Jackson decodes the overlong {@code C0 AF} as
 * "/"), a {@code null} anywhere (the contract has no nullable value, and a null in an array or a
 * PATCH field would otherwise reach the service as "absent" or crash it), and a key given twice
 * (which one wins is not something a client should have to guess).
 */
@Provider
public class StrictJsonBody implements ReaderInterceptor {

    private static final JsonFactory TOKENS = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(StrictJson.MAX_NESTING_DEPTH).build())
            .build();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        checkUtf8(body);
        checkTokens(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static void checkUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new ApiProblem(400, "Malformed JSON", "The request body is not valid UTF-8 (invalid, overlong or "
                    + "truncated byte sequence); send JSON encoded as UTF-8", List.of());
        }
    }

    /** Walks the tokens once, keeping the path for the error; malformed JSON is left to the binding's own message. */
    private static void checkTokens(byte[] body) throws IOException {
        try (JsonParser parser = TOKENS.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NULL) {
                    String field = path(parser);
                    String message = "must not be null; leave an optional field out instead";
                    throw new ApiProblem(400, "Invalid request", field + ": " + message,
                            List.of(new FieldError().field(field).message(message)));
                }
            }
        } catch (JsonParseException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Duplicate field")) {
                String field = path(e.getProcessor());
                String message = "is given more than once";
                throw new ApiProblem(400, "Invalid request", field + ": " + message,
                        List.of(new FieldError().field(field).message(message)));
            }
            // any other syntax error is reported by the binding, with its line and column
        } catch (StreamConstraintsException e) {
            // reported by the binding
        }
    }

    /** "aliases[0]", "participants[1].speakerId", or "body" for the document itself. */
    private static String path(JsonParser parser) {
        if (parser == null) {
            return "body";
        }
        StringBuilder path = new StringBuilder();
        var contexts = new java.util.ArrayDeque<com.fasterxml.jackson.core.JsonStreamContext>();
        for (var c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            contexts.push(c);
        }
        for (var c : contexts) {
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }
}
