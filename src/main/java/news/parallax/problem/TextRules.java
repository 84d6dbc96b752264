package news.parallax.problem;

/**
 * Text the service accepts must be valid Unicode without NUL: PostgreSQL cannot store NUL in
 * text, and an unpaired surrogate cannot be encoded as UTF-8, so either would be lost or mangled.
 */
public final class TextRules {

    private TextRules() {
    }

    /** Why {@code text} cannot be stored, or {@code null} when it can. */
    public static String violation(String text) {
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
}
