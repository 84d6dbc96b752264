package news.parallax.access;

/** What a caller may do; each role includes the ones before it. */
public enum Role {
    READER, EDITOR, ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String value() {
        return name().toLowerCase();
    }

    public static Role of(String value) {
        return valueOf(value.toUpperCase());
    }
}
