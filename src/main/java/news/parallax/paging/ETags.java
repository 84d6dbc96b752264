package news.parallax.paging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Strong ETags computed from the JSON a response would carry, and 304 when the client has it already. */
public final class ETags {

    private ETags() {
    }

    public static Response respond(Object body, String ifNoneMatch, ObjectMapper json) {
        EntityTag tag = new EntityTag(hash(body, json));
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || ifNoneMatch.contains("\"" + tag.getValue() + "\""))) {
            return Response.notModified(tag).build();
        }
        return Response.ok(body).tag(tag).build();
    }

    private static String hash(Object body, ObjectMapper json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("A response body that cannot be hashed", e);
        }
    }
}
