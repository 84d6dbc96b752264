package news.parallax.text;

import java.util.OptionalLong;

/** Helpers for fields that name a resource "by id, or by any of its names". */
public final class References {

    private References() {
    }

    /** The id when {@code reference} is a plain positive number, else empty (then it is a name). */
    public static OptionalLong asId(String reference) {
        String text = reference.strip();
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    /**
     * The creation key of an outlet or speaker made for a name nobody had ("name:" + normalised
     * name): unique per table, so concurrent ingests naming it create it once.
     */
    public static String nameKey(String normalizedName) {
        return "name:" + normalizedName;
    }
}
