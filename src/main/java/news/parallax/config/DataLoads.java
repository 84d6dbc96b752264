package news.parallax.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Remembers which version of a shipped data file (outlet registry, demo corpus) was loaded, so
 * each version loads once, even with several instances starting on one database.
 */
@ApplicationScoped
public class DataLoads {

    /**
     * The seconds a registry file's load may take in its one transaction (all of a version or none of it): a few seconds on
     * an idle machine, but past the default 60 s on a busy one, where the service then failed to start (5 December: 6,000
     * people on a fresh database, load average above 20).
     */
    public static final int LOAD_TIMEOUT_SECONDS = 900;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /** A shipped data file ({@code registry/outlets.json}, {@code registry/people.json}) read from the classpath. */
    public <T> T read(String resource, Class<T> type) {
        try (InputStream in = DataLoads.class.getClassLoader().getResourceAsStream(resource)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /**
     * True when {@code version} of {@code name} has not been loaded yet. Holds a lock until the
     * caller's transaction ends, so a concurrent loader waits and then sees the recorded version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isNew(String name, int version) {
        entityManager.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "data-load:" + name)
                .getSingleResult();
        Number loaded = (Number) entityManager.createNativeQuery("SELECT coalesce(max(version), 0) FROM data_load WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        return loaded.intValue() < version;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String name, int version) {
        entityManager.createNativeQuery("""
                INSERT INTO data_load (name, version) VALUES (?1, ?2)
                ON CONFLICT (name) DO UPDATE SET version = excluded.version, loaded_at = now()""")
                .setParameter(1, name).setParameter(2, version).executeUpdate();
    }
}
