package news.parallax.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.StringJoiner;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The form claims are indexed and searched in: {@link NameNormalizer}'s normalisation plus
 * Lucene's light Arabic stemmer, words kept in order for phrase search. PostgreSQL's Snowball
 * Arabic stemmer alone is not consistent ("الانتخابات" gives انتخاب, "انتخابات" gives انتخابا);
 * taking the article and plural suffixes off first makes both spellings one word.
 */
public final class SearchForm {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new DecimalDigitFilter(stream);
            stream = new ArabicNormalizationFilter(stream);
            stream = new ArabicStemFilter(stream);
            stream = new LatinFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    private SearchForm() {
    }

    public static String of(String text) {
        StringJoiner words = new StringJoiner(" ");
        try (TokenStream stream = ANALYZER.tokenStream("text", Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    words.add(term);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the input is an in-memory string
        }
        return words.toString();
    }
}
