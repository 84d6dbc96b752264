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

import news.parallax.problem.ApiProblem;

/**
 * Turns a name as written into the form used for look-ups and uniqueness: "Al-Jazeera",
 * "al jazeera" and "AL JAZEERA" meet, and so do "الغارديان" and "الغاردیان" or "إنترفاكس" and
 * "انترفاكس". Lucene does the work: Unicode word tokenisation, lower-casing, Arabic
 * normalisation (diacritics, tatweel, alef/hamza forms, ta marbuta, alef maqsura), decimal digits
 * of any script to ASCII, and Latin accents folded. Tokens are joined with single spaces.
 */
public final class NameNormalizer {

    private static final Analyzer ANALYZER = analyzer(false);

    /** The analysis chain of names, and with {@code stemmed} of search ({@link SearchForm}): the stemmer is their one difference. */
    static Analyzer analyzer(boolean stemmed) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new DecimalDigitFilter(stream);
                stream = new ArabicNormalizationFilter(stream);
                if (stemmed) {
                    stream = new ArabicStemFilter(stream);
                }
                stream = new LatinFoldingFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    private NameNormalizer() {
    }

    /** The normalised form of a required name, or a 400 naming the field when nothing would be left of it. */
    public static String require(String field, String name) {
        String normalized = normalize(name);
        if (normalized.isEmpty()) {
            throw ApiProblem.badRequest(field, "must contain at least one letter or digit");
        }
        return normalized;
    }

    /** The normalised form; empty when the text has no letters or digits at all. */
    public static String normalize(String text) {
        return tokens(ANALYZER, text);
    }

    /** The text's tokens through {@code analyzer}, joined with single spaces, in order. */
    static String tokens(Analyzer analyzer, String text) {
        // NFKC first: it maps Arabic presentation forms and full-width Latin to plain letters.
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringJoiner tokens = new StringJoiner(" ");
        try (TokenStream stream = analyzer.tokenStream("text", composed)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) { // a token of tatweel alone normalises to nothing
                    tokens.add(term);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the input is an in-memory string
        }
        return tokens.toString();
    }
}
