package news.parallax.paging;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

import news.parallax.problem.ApiProblem;

/**
 * A keyset position: the sort key and id of the last row of a page. Clients see it only as an
 * opaque base64url token inside {@code next} links.
 * <p>
 * The token is signed (HMAC-SHA-256, see {@link CursorSecret}) together with a format version
 * and the path of the list that issued it. A cursor from another list, a tampered or hand-made
 * one, or one from an older format therefore fails the signature check and answers 400 naming
 * {@code cursor}, before its key can reach a query that would not know how to read it.
 */
public record Cursor(String key, long id) {

    /**
     * 3: claim search's relevance cursors carry their claim's day and their window's days (December 2026); 4: those days are
     * 2 or 4 (were 1 or 4), so a cursor of 3 would name a window that no longer exists.
     */
    static final byte VERSION = 4;
    private static final int MAC_BYTES = 16;
    private static final char SEPARATOR = '\u001f'; // the id comes first, so the key may contain anything
    private static volatile byte[] secret = randomSecret();

    /** Set once at start from configuration ({@link CursorSecret}); tests without a running service keep a random one. */
    static void useSecret(byte[] configured) {
        secret = configured.clone();
    }

    /** The token for this position in the list being answered by the current request. */
    public String encode() {
        return encode(currentList());
    }

    String encode(String list) {
        byte[] payload = (id + String.valueOf(SEPARATOR) + key).getBytes(StandardCharsets.UTF_8);
        byte[] token = ByteBuffer.allocate(1 + MAC_BYTES + payload.length)
                .put(VERSION).put(mac(list, payload)).put(payload).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The decoded cursor, or null when none was given; a token this list did not issue is a 400. */
    public static Cursor decode(String token) {
        return decode(token, currentList());
    }

    static Cursor decode(String token, String list) {
        if (token == null) {
            return null;
        }
        if (token.isEmpty()) {
            throw ApiProblem.badRequest("cursor", "must not be empty; leave it out to get the first page");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw notIssued();
        }
        if (bytes.length <= 1 + MAC_BYTES || bytes[0] != VERSION) {
            throw notIssued();
        }
        byte[] payload = Arrays.copyOfRange(bytes, 1 + MAC_BYTES, bytes.length);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(bytes, 1, 1 + MAC_BYTES), mac(list, payload))) {
            throw notIssued();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
            int separator = text.indexOf(SEPARATOR);
            String id = text.substring(0, separator);
            if (!id.matches("0|[1-9][0-9]{0,18}")) {
                throw notIssued();
            }
            return new Cursor(text.substring(separator + 1), Long.parseLong(id));
        } catch (CharacterCodingException | IndexOutOfBoundsException | NumberFormatException e) {
            throw notIssued();
        }
    }

    private static ApiProblem notIssued() {
        return ApiProblem.badRequest("cursor", "is not a cursor this list issued (it may come from another list, be altered, "
                + "or predate a restart with a new cursor secret); follow the 'next' link of the previous page of this list, "
                + "or leave cursor out to start again");
    }

    /** The list is the request's path: a cursor of /events/5/articles is not one of /events/6/articles or /articles. */
    private static String currentList() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? "" : request.getPath();
    }

    private static byte[] mac(String list, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(new byte[] {VERSION});
            mac.update(list.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] randomSecret() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
