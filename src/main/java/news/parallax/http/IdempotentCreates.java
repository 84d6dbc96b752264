package news.parallax.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.parallax.access.CurrentCaller;
import news.parallax.config.PublicUrl;
import news.parallax.problem.ApiProblem;
import news.parallax.text.Sha256;

/**
 * Idempotency-Key on creating POSTs. The key is claimed and the outcome stored in the same
 * transaction as the creation itself: a crash leaves both or neither, and a concurrent request
 * with the same key waits on the claimed row, then replays the stored response.
 */
@ApplicationScoped
public class IdempotentCreates {

    static final String KEPT_FOR = "24 hours";
    private static final long PURGE_EVERY_MILLIS = 3_600_000;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentCaller caller;

    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    @Transactional
    public Response create(String operation, String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        purgeExpiredHourly();
        String client = caller.get().client();
        byte[] requestHash = Sha256.of(write(request));
        // one statement claims a new key, or takes over an expired one; a live key claims nothing
        int claimed = entityManager.createNativeQuery("INSERT INTO idempotent_request AS r (client, operation, idempotency_key,"
                + " request_hash) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (client, operation, idempotency_key) DO UPDATE"
                + " SET request_hash = excluded.request_hash, status = NULL, location = NULL, body = NULL, created_at = now()"
                + " WHERE r.created_at < now() - interval '" + KEPT_FOR + "'")
                .setParameter(1, client).setParameter(2, operation).setParameter(3, key).setParameter(4, requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(client, operation, key, requestHash);
        }
        Response response = create.get();
        entityManager.createNativeQuery("UPDATE idempotent_request SET status = ?4, location = ?5, body = ?6"
                + " WHERE client = ?1 AND operation = ?2 AND idempotency_key = ?3")
                .setParameter(1, client).setParameter(2, operation).setParameter(3, key)
                .setParameter(4, response.getStatus())
                .setParameter(5, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(6, response.getEntity() == null ? null : new String(write(response.getEntity()), StandardCharsets.UTF_8))
                .executeUpdate();
        return response;
    }

    /** {@link #create} for the usual case: 201 with the new resource, at {@code path} followed by its id. */
    public <T> Response created(String operation, String key, Object request, Supplier<T> create, Function<T, Long> idOf,
            String path) {
        return create(operation, key, request, () -> {
            T created = create.get();
            return Response.created(PublicUrl.of(URI.create(path + idOf.apply(created)))).entity(created).build();
        });
    }

    private Response replay(String client, String operation, String key, byte[] requestHash) {
        Object[] stored = (Object[]) entityManager.createNativeQuery("SELECT request_hash, status, location, body"
                + " FROM idempotent_request WHERE client = ?1 AND operation = ?2 AND idempotency_key = ?3")
                .setParameter(1, client).setParameter(2, operation).setParameter(3, key).getSingleResult();
        if (!Arrays.equals((byte[]) stored[0], requestHash)) {
            throw new ApiProblem(422, "Idempotency key reused", "The Idempotency-Key '" + key + "' was already used with a "
                    + "different request body; use a new key for a new request", List.of());
        }
        Response.ResponseBuilder response = Response.status((Integer) stored[1]).header("Idempotent-Replayed", "true");
        if (stored[2] != null) {
            response.header("Location", stored[2]);
        }
        if (stored[3] != null) {
            response.entity(stored[3]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return response.build();
    }

    private void purgeExpiredHourly() {
        Instant last = lastPurge.get();
        Instant now = Instant.now();
        if (now.toEpochMilli() - last.toEpochMilli() > PURGE_EVERY_MILLIS && lastPurge.compareAndSet(last, now)) {
            entityManager.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < now() - interval '" + KEPT_FOR + "'")
                    .executeUpdate();
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request or response that cannot be written as JSON", e);
        }
    }
}
