package news.parallax.ui;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateGlobal;
import news.parallax.config.PublicUrl;

/** What the templates share: where the pages live, and how times and highlighted snippets are written. */
public final class UiFormat {

    /** Colour classes c0..c7 in the pages' CSS; outlets beyond the eighth reuse them. */
    private static final int COLOURS = 8;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private UiFormat() {
    }

    /** The pages' path on the public URL ("/ui", or "/prefix/ui" behind a proxy that adds one), for links. */
    @TemplateGlobal(name = "ui")
    static String ui() {
        return URI.create(PublicUrl.base()).getRawPath() + "/ui";
    }

    /** "29 May 2018, 19:40 UTC". */
    @TemplateExtension
    static String utc(OffsetDateTime time) {
        return UTC.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The direction an outlet's column is written in: right to left for Arabic, left to right otherwise. */
    static String direction(String language) {
        return "ar".equals(language) ? "rtl" : "ltr";
    }

    /** The colour class of the outlet in column {@code index}, the same in its column, the chart and the graph. */
    static int colour(int index) {
        return index % COLOURS;
    }

    /**
     * A search snippet from PostgreSQL's ts_headline, which marks matches with {@code <mark>} but
     * leaves the claim's own text unescaped: everything is escaped, then the marks are put back.
     */
    static RawString highlighted(String snippet) {
        String escaped = snippet.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
        return new RawString(escaped.replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"));
    }
}
