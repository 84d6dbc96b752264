package news.parallax.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A response body serialised once, with its ETag, to be kept and sent many times: {@link EntityTags}
 * neither serialises nor hashes it again (a comparison or a stats answer is a few hundred kilobytes).
 */
public record JsonAnswer(byte[] json, String tag) {

    public Response response() {
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(new EntityTag(tag)).build();
    }
}
