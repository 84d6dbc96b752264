package news.parallax.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import news.parallax.config.EmbeddedDatabase;

/**
 * Someone must be able to create the first key. Either PARALLAX_ADMIN_KEY is set, or, on the
 * embedded database only, an admin key is generated on first start and written to a file that
 * only this user can read. The key itself never reaches the log.
 */
@ApplicationScoped
public class AdminKeyBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminKeyBootstrap.class);
    static final int MIN_CONFIGURED_LENGTH = 24;

    @Inject
    ApiKeyService keys;

    @ConfigProperty(name = "parallax.admin-key")
    Optional<String> configuredAdminKey;

    void onStart(@Observes StartupEvent event) {
        if (configuredAdminKey.isPresent()) {
            if (configuredAdminKey.get().length() < MIN_CONFIGURED_LENGTH) {
                throw new IllegalStateException("PARALLAX_ADMIN_KEY must be at least " + MIN_CONFIGURED_LENGTH
                        + " characters; generate one with: openssl rand -base64 32");
            }
            LOG.info("Admin access: the key set in PARALLAX_ADMIN_KEY");
            return;
        }
        EmbeddedDatabase.running().ifPresentOrElse(db -> generateOnce(db.dataDirectory().toAbsolutePath().getParent().resolve("admin-key")),
                () -> {
                    if (!keys.anyAdmin()) {
                        LOG.warn("No admin API key exists: set PARALLAX_ADMIN_KEY to create and manage keys");
                    }
                });
    }

    private void generateOnce(Path file) {
        if (keys.anyAdmin() && Files.exists(file)) {
            LOG.infof("Admin access: the key in %s (created on first start)", file);
            return;
        }
        String key = ApiKeyService.newKey();
        keys.store("Bootstrap admin (" + file.getFileName() + ")", Role.ADMIN, key);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, key + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the admin key to " + file, e);
        }
        LOG.infof("Admin access: generated an admin API key and wrote it to %s (readable only by you); "
                + "send it as 'Authorization: Bearer <key>' to POST /admin/keys", file);
    }
}
