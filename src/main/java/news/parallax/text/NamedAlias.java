package news.parallax.text;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns every alias table shares (outlet, speaker and event aliases): a name as written,
 * its {@link NameNormalizer} form, and the language it is written in.
 */
@MappedSuperclass
public abstract class NamedAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String alias;

    /** {@link NameNormalizer} applied to {@link #alias}. */
    public String normalized;

    public String language;

    /**
     * Adds an alias made by {@code create} to {@code aliases} unless one with the same normalised
     * form is there; returns the alias of that form either way.
     */
    public static <A extends NamedAlias> A addIfNew(List<A> aliases, String alias, String normalized, String language,
            Supplier<A> create) {
        for (A existing : aliases) {
            if (existing.normalized.equals(normalized)) {
                return existing;
            }
        }
        A added = create.get();
        added.alias = alias;
        added.normalized = normalized;
        added.language = language;
        aliases.add(added);
        return added;
    }
}
