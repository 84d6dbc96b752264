package news.parallax.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word lists shipped as resources, one entry a line ({@code #} starts a comment). Text is matched
 * after normalisation ("ة" is "ه", "أ" is "ا"), so entries are normalised by {@link NameNormalizer}
 * when loaded: a list can be written as people write the words.
 */
public final class WordList {

    private WordList() {
    }

    /** The non-blank, non-comment lines of a resource, as written. */
    public static List<String> lines(String resource) {
        try (InputStream in = WordList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The entries of a resource, normalised. */
    public static Set<String> normalized(String resource) {
        return lines(resource).stream().map(NameNormalizer::normalize).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
