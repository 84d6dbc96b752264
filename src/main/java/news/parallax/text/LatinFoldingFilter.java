package news.parallax.text;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Lucene's ASCII folding ("Müller" -> "muller"), skipped for tokens whose only non-ASCII letters
 * are Arabic, which it never changes. Why: its folding method is too large for the JIT to compile,
 * so running it over every Arabic token cost more than the rest of normalisation together.
 */
final class LatinFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[64];

    LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80 && !isArabic(buffer[i])) {
                fold(buffer, length);
                break;
            }
        }
        return true;
    }

    private void fold(char[] buffer, int length) {
        int longest = 4 * length; // one character folds to at most four
        if (folded.length < longest) {
            folded = new char[ArrayUtil.oversize(longest, Character.BYTES)];
        }
        int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
        term.copyBuffer(folded, 0, foldedLength);
    }

    /** The Arabic blocks: Arabic, Supplement, Extended-A and the presentation forms. */
    private static boolean isArabic(char c) {
        return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0x08A0 && c <= 0x08FF
                || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
    }
}
