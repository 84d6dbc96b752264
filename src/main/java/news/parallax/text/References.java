package news.parallax.text;

import java.util.OptionalLong;

import jakarta.persistence.EntityManager;

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
     * Serialises, until the transaction ends, everyone who may create the resource named
     * {@code key}, so that two concurrent requests naming one new source create it once.
     */
    public static void lockName(EntityManager entityManager, String key) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, key).getSingleResult();
    }
}
