package news.parallax.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

import news.parallax.problem.ApiProblem;
import news.parallax.text.SearchForm;

/**
 * A search box's text made ready for PostgreSQL's {@code websearch_to_tsquery}: every word is in
 * the {@link SearchForm} the claims were indexed in (so "الإنتخابات" finds "انتخابات"), while the syntax a user
 * types — "a quoted phrase", -excluded, or — is kept.
 */
final class SearchQuery {

    static final int MAX_LENGTH = 300;

    /** Lucene's Arabic and English stop words, as written (before normalisation, as Lucene applies them). */
    private static final CharArraySet STOP_WORDS = stopWords();

    private SearchQuery() {
    }

    static String normalize(String q) {
        if (q == null || q.isBlank()) {
            throw ApiProblem.badRequest("q", "is empty; give words or a \"quoted phrase\" to look for");
        }
        if (q.length() > MAX_LENGTH) {
            throw ApiProblem.badRequest("q", "is longer than " + MAX_LENGTH + " characters");
        }
        List<String> parts = new ArrayList<>();
        String[] segments = q.split("\"", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i % 2 == 1) {
                String phrase = SearchForm.of(segments[i]);
                if (!phrase.isEmpty()) {
                    parts.add('"' + phrase + '"');
                }
                continue;
            }
            for (String word : segments[i].trim().split("\\s+")) {
                if (word.equalsIgnoreCase("or")) {
                    parts.add("or");
                } else if (word.startsWith("-") && !SearchForm.of(word).isEmpty()) {
                    parts.add("-" + SearchForm.of(word).replace(' ', '-'));
                } else if (!SearchForm.of(word).isEmpty() && !STOP_WORDS.contains(word.toLowerCase())) {
                    parts.add(SearchForm.of(word)); // "في", "the": every claim has them
                }
            }
        }
        if (parts.stream().noneMatch(p -> !p.equals("or") && !p.startsWith("-"))) {
            throw ApiProblem.badRequest("q", "has no words to look for (only punctuation or common words such as \"في\" or \"the\")");
        }
        return String.join(" ", parts);
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(ArabicAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return words;
    }
}
