package news.parallax.problem;

/**
 * Text the service accepts must be valid Unicode without NUL: PostgreSQL cannot store NUL in
 * text, and an unpaired surrogate cannot be encoded as UTF-8, so either would be lost or mangled.
 * A string made only of invisible characters is refused too: it would store a name no one can see.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} cannot be stored, or {@code null} when it can. */
    public static String violation(String text) {
        if (!text.isEmpty() && text.codePoints().allMatch(TextRules::invisible)) {
            return "must contain a visible character, not only spaces, zero-width or direction marks";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters (U+0000, position " + i + ")";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode: unpaired surrogate U+" + Integer.toHexString(c).toUpperCase() + " at position " + i;
            }
        }
        return null;
    }

    /** Spaces and format characters (zero-width joiners and spaces, bidi controls, BOM, soft hyphen). */
    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.getType(codePoint) == Character.FORMAT;
    }
}
