package news.parallax.text;

import org.apache.lucene.analysis.Analyzer;

/**
 * The form claims are indexed and searched in: {@link NameNormalizer}'s normalisation plus
 * Lucene's light Arabic stemmer, words kept in order for phrase search. PostgreSQL's Snowball
 * Arabic stemmer alone is not consistent ("الانتخابات" gives انتخاب, "انتخابات" gives انتخابا);
 * taking the article and plural suffixes off first makes both spellings one word.
 */
public final class SearchForm {

    private static final Analyzer ANALYZER = NameNormalizer.analyzer(true);

    private SearchForm() {
    }

    public static String of(String text) {
        return NameNormalizer.tokens(ANALYZER, text);
    }
}
