package news.parallax.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * HTTP/1.1 over a plain socket, for what HTTP clients refuse to send: any Host header, control
 * bytes in a header, a malformed percent-encoding, a body in any bytes with no Content-Type.
 */
public final class RawHttp {

    /** A response: status, headers (names lower-cased, last value wins) and body as UTF-8. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type.split(";")[0].strip();
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, CRLF-separated, without the blank line) and {@code body}. */
    public static Answer send(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write(head);
            String extra = (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "Connection: close\r\n\r\n";
            request.write(("\r\n" + extra).getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                request.write(body);
            }
            out.write(request.toByteArray());
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** A request with the admin key and a Host of localhost, plus {@code headers} ("Name: value" lines). */
    public static Answer send(String method, String target, byte[] body, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + Api.ADMIN_KEY + "\r\nAccept: application/json, application/problem+json");
        for (String header : headers) {
            head.append("\r\n").append(header);
        }
        return send(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    public static Answer json(String method, String target, String json, String... headers) throws IOException {
        String[] all = new String[headers.length + 1];
        all[0] = "Content-Type: application/json";
        System.arraycopy(headers, 0, all, 1, headers.length);
        return send(method, target, json.getBytes(StandardCharsets.UTF_8), all);
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("No HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < chunked.length) {
            int lineEnd = indexOfCrlf(chunked, i);
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return bytes.length;
    }

}
