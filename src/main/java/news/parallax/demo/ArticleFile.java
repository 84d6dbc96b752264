package news.parallax.demo;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import news.parallax.api.model.ArticleCreate;

/**
 * A demo article as a text file: "key: value" header lines (url, outlet, title, author,
 * language, publishedAt), a line "---", then the body exactly as a page would give it.
 */
final class ArticleFile {

    private static final String SEPARATOR = "\n---\n";

    private ArticleFile() {
    }

    static ArticleCreate parse(String name, String content) {
        int separator = content.indexOf(SEPARATOR);
        if (separator < 0) {
            throw new IllegalArgumentException(name + ": no '---' line between header and body");
        }
        Map<String, String> header = new HashMap<>();
        for (String line : content.substring(0, separator).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        if (!header.containsKey("url")) {
            throw new IllegalArgumentException(name + ": the header has no url");
        }
        return new ArticleCreate()
                .url(header.get("url"))
                .outlet(header.get("outlet"))
                .title(header.get("title"))
                .author(header.get("author"))
                .language(header.get("language"))
                .publishedAt(header.containsKey("publishedAt") ? OffsetDateTime.parse(header.get("publishedAt")) : null)
                .body(content.substring(separator + SEPARATOR.length()));
    }
}
