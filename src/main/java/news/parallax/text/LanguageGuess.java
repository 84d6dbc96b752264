package news.parallax.text;

import java.util.Optional;

/**
 * Tells Arabic from English by the script of the letters, which is all an article needs when
 * its publisher did not say: Arabic when most letters are Arabic, English when most are Latin.
 */
public final class LanguageGuess {

    private LanguageGuess() {
    }

    /** "ar", "en", or empty when the text has no Arabic or Latin letters at all. */
    public static Optional<String> of(String text) {
        long arabic = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint < 0x80 || isArabicLetter(codePoint)) { // most of a text: no look-up of its script needed
                if (codePoint >= 0x80) {
                    arabic++;
                } else if (Character.isLetter(codePoint)) {
                    latin++;
                }
            } else if (Character.isLetter(codePoint)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
                if (script == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
            i += Character.charCount(codePoint);
        }
        if (arabic == 0 && latin == 0) {
            return Optional.empty();
        }
        return Optional.of(arabic >= latin ? "ar" : "en");
    }

    /** The letters hamza to yeh, U+0621-U+064A, all of the Arabic script but the tatweel U+0640 (of the common one). */
    private static boolean isArabicLetter(int codePoint) {
        return codePoint >= 0x0621 && codePoint <= 0x064A && codePoint != 0x0640;
    }
}
