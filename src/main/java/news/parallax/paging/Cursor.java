package news.parallax.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import news.parallax.problem.ApiProblem;

/**
 * A keyset position: the sort key and id of the last row of a page. Clients see it only as an
 * opaque base64url token inside {@code next} links.
 */
public record Cursor(String key, long id) {

    private static final char SEPARATOR = '\u001f'; // the id comes first, so the key may contain anything

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((id + String.valueOf(SEPARATOR) + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded cursor, or null when none was given; a token we did not issue is a 400. */
    public static Cursor decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int separator = text.indexOf(SEPARATOR);
            return new Cursor(text.substring(separator + 1), Long.parseLong(text.substring(0, separator)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw ApiProblem.badRequest("cursor", "is not a cursor this service issued; follow the 'next' link of the previous page");
        }
    }
}
