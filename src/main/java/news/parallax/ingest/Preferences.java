package news.parallax.ingest;

import java.util.Locale;

/** The {@code Prefer} request header (RFC 7240): preferences separated by commas, each {@code token[=value]} with parameters after ";". */
final class Preferences {

    private Preferences() {
    }

    /** True when the header asks for {@code return=minimal}; unknown preferences are ignored, as the RFC says. */
    static boolean returnMinimal(String prefer) {
        if (prefer == null) {
            return false;
        }
        for (String preference : prefer.split(",")) {
            String nameAndValue = preference.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).replace(" ", "");
            if (nameAndValue.equals("return=minimal") || nameAndValue.equals("return=\"minimal\"")) {
                return true;
            }
        }
        return false;
    }
}
