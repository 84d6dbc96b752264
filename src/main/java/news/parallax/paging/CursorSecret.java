package news.parallax.paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import news.parallax.config.EmbeddedDatabase;
import news.parallax.text.Sha256;

/**
 * The key that signs cursors. Instances behind one load balancer must share it, and it must
 * outlive restarts for a client to keep paging: PARALLAX_CURSOR_SECRET when set; on the embedded
 * database a secret generated once into data/cursor-secret; otherwise a random one per start
 * (cursors then end with the process, and the log says so).
 */
@ApplicationScoped
public class CursorSecret {

    private static final Logger LOG = Logger.getLogger(CursorSecret.class);
    static final int MIN_CONFIGURED_LENGTH = 24;

    @ConfigProperty(name = "parallax.cursor-secret")
    Optional<String> configured;

    void onStart(@Observes StartupEvent event) {
        if (configured.isPresent()) {
            if (configured.get().length() < MIN_CONFIGURED_LENGTH) {
                throw new IllegalStateException("PARALLAX_CURSOR_SECRET must be at least " + MIN_CONFIGURED_LENGTH
                        + " characters; generate one with: openssl rand -base64 32");
            }
            Cursor.useSecret(Sha256.of(configured.get()));
            return;
        }
        EmbeddedDatabase.running().ifPresentOrElse(
                db -> Cursor.useSecret(generateOnce(db.dataDirectory().toAbsolutePath().getParent().resolve("cursor-secret"))),
                () -> LOG.warn("PARALLAX_CURSOR_SECRET is not set: cursors in 'next' links are valid only until this "
                        + "process stops, and only on this instance"));
    }

    private static byte[] generateOnce(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            }
            byte[] secret = Cursor.randomSecret();
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(secret) + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the cursor secret in " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold a base64 cursor secret; delete it to generate a new one", e);
        }
    }
}
