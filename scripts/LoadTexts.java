import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Posts every .txt file of a folder to a running Parallax as an article, with nothing but a JDK:
 *
 * <pre>java scripts/LoadTexts.java ../shared/seeds [http://localhost:8080]</pre>
 *
 * A file may start with "key: value" header lines (url, outlet, title, author, language,
 * publishedAt) and a "---" line, as the demo articles do; otherwise the whole file is the body
 * and its URL is https://import.invalid/FOLDER/FILE. Posting is idempotent, so it can be rerun.
 * Writing needs an editor key: PARALLAX_API_KEY, or else the key the embedded start generated
 * in data/admin-key.
 */
public class LoadTexts {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java scripts/LoadTexts.java FOLDER [BASE_URL]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        String base = args.length > 1 ? args[1] : "http://localhost:8080";
        String key = System.getenv("PARALLAX_API_KEY");
        if (key == null && Files.exists(Path.of("data/admin-key"))) {
            key = Files.readString(Path.of("data/admin-key")).strip();
        }
        if (key == null) {
            System.err.println("set PARALLAX_API_KEY to an editor key (see README, 'Access')");
            System.exit(2);
        }
        HttpClient http = HttpClient.newHttpClient();
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int failed = 0;
        for (Path file : files) {
            String json = toJson(folder, file, Files.readString(file));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/articles"))
                    .header("Content-Type", "application/json").header("Accept", "application/json, application/problem+json")
                    .header("Authorization", "Bearer " + key)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String id = response.body().replaceFirst("(?s)^\\{\"id\":(\\d+).*", "$1");
            System.out.println(response.statusCode() + " " + file.getFileName()
                    + (response.statusCode() < 300 ? " -> /articles/" + id : " " + response.body()));
            failed += response.statusCode() < 300 ? 0 : 1;
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static String toJson(Path folder, Path file, String text) {
        StringBuilder json = new StringBuilder("{");
        String body = text;
        int separator = text.indexOf("\n---\n");
        boolean hasUrl = false;
        if (separator > 0 && text.startsWith("url:")) {
            for (String line : text.substring(0, separator).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String key = line.substring(0, colon).strip();
                    hasUrl |= key.equals("url");
                    json.append(quote(key)).append(':').append(quote(line.substring(colon + 1).strip())).append(',');
                }
            }
            body = text.substring(separator + 5);
        }
        if (!hasUrl) {
            String url = "https://import.invalid/" + encode(folder.toAbsolutePath().normalize().getFileName().toString())
                    + "/" + encode(file.getFileName().toString());
            json.append("\"url\":").append(quote(url)).append(',');
        }
        return json.append("\"body\":").append(quote(body)).append('}').toString();
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
