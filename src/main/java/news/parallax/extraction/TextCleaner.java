package news.parallax.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.parallax.text.LanguageGuess;
import news.parallax.text.NameNormalizer;

/**
 * Turns a page's text into the clean text every span refers to: site furniture, breadcrumbs,
 * share buttons, comment prompts and bylines are dropped (a byline becomes the author), a
 * paragraph repeated within the article is kept once, and whitespace is normalised. Anything
 * else is kept: a line is only dropped when it matches one of these shapes exactly.
 */
final class TextCleaner {

    /** Whole lines that are page furniture, per language, in normalised form (see {@link NameNormalizer}). */
    private static final Set<String> FURNITURE = furniture();

    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:كتب|كتبت|بقلم|إعداد|اعداد)\\s*[:：]?\\s*(\\S.{1,60})|By:?\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s*){1,4}))$");
    private static final Pattern BREADCRUMB_START = Pattern.compile("^(?:الرئيسية|الرئيسيه|Home)\\s*[/>»›]");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[/>»›|]\\s");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern LATIN_ONLY = Pattern.compile("^[A-Za-z0-9 .,'&-]+$");

    /** The clean text, and the author a byline named (or null). */
    record Cleaned(String text, String author) {
    }

    private TextCleaner() {
    }

    static Cleaned clean(String body) {
        boolean arabic = LanguageGuess.of(body).map("ar"::equals).orElse(false);
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String author = null;
        for (String rawLine : body.lines().toList()) {
            String line = SPACES.matcher(rawLine).replaceAll(" ").strip();
            if (line.isEmpty()) {
                continue;
            }
            String normalized = NameNormalizer.normalize(line);
            if (normalized.isEmpty() || FURNITURE.contains(normalized) || isBreadcrumb(line)) {
                continue;
            }
            Matcher byline = BYLINE.matcher(line);
            if (byline.matches() && line.split(" ").length <= 8) {
                String name = byline.group(1) != null ? byline.group(1) : byline.group(2);
                author = author == null ? name.strip() : author;
                continue;
            }
            // In an Arabic article a short line of Latin letters only is a publisher tag or an image caption.
            if (arabic && LATIN_ONLY.matcher(line).matches() && line.split(" ").length <= 6) {
                continue;
            }
            if (!seen.add(normalized)) {
                continue; // a paragraph the page repeats
            }
            kept.add(line);
        }
        return new Cleaned(String.join("\n", kept), author);
    }

    private static Set<String> furniture() {
        Set<String> lines = new HashSet<>();
        for (String language : List.of("ar", "en")) {
            String resource = "extraction/" + language + "/furniture.txt";
            try (InputStream in = TextCleaner.class.getClassLoader().getResourceAsStream(resource)) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(NameNormalizer::normalize).forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return Set.copyOf(lines);
    }

    private static boolean isBreadcrumb(String line) {
        if (BREADCRUMB_START.matcher(line).find()) {
            return true;
        }
        Matcher separators = SEPARATOR.matcher(line);
        int count = 0;
        while (separators.find()) {
            count++;
        }
        return count >= 2 && line.split(" ").length <= 3 * (count + 1);
    }
}
