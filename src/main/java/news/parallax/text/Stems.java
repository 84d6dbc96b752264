package news.parallax.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The distinct word stems of a text, for comparing an event's title with an article regardless
 * of inflection ("المؤتمر" / "مؤتمر", "conferences" / "conference") and spelling variants. Lucene's
 * Arabic and English stop words are dropped, so "في" or "the" never count as shared words.
 */
public final class Stems {

    private static final CharArraySet STOP_WORDS = stopWords();

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new DecimalDigitFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS); // before normalisation, as Lucene's ArabicAnalyzer does
            stream = new ArabicNormalizationFilter(stream);
            stream = new ArabicStemFilter(stream);
            stream = new LatinFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    private Stems() {
    }

    public static Set<String> of(String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", Normalizer.normalize(text, Normalizer.Form.NFKC))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 1) {
                    stems.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the input is an in-memory string
        }
        return stems;
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(ArabicAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return words;
    }
}
