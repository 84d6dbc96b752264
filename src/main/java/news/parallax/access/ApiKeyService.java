package news.parallax.access;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import news.parallax.api.model.ApiKey;
import news.parallax.api.model.ApiKeyCreate;
import news.parallax.api.model.ApiKeyCreated;
import news.parallax.api.model.ApiKeyRole;
import news.parallax.paging.Cursor;
import news.parallax.paging.Page;
import news.parallax.problem.ApiProblem;
import news.parallax.text.Sha256;

/** Creates, finds and revokes API keys. Only a key's SHA-256 is stored; the key is shown once. */
@ApplicationScoped
public class ApiKeyService {

    static final String KEY_PREFIX = "plx_";
    private static final int SHOWN_PREFIX_LENGTH = 10;
    // last_used_at is a hint for people, not an audit log: one write a minute per key is enough
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager entityManager;

    @Transactional
    public ApiKeyCreated create(ApiKeyCreate request) {
        String name = request.getName().strip(); // TextRules already refused names without a visible character
        if (request.getExpiresAt() != null && !request.getExpiresAt().isAfter(OffsetDateTime.now())) {
            throw ApiProblem.badRequest("expiresAt", "must be in the future");
        }
        String key = newKey();
        ApiKeyEntity entity = store(name, Role.of(request.getRole().toString()), key);
        entity.expiresAt = request.getExpiresAt();
        entity.rateLimitPerMinute = request.getRateLimitPerMinute();
        ApiKey view = toApi(entity);
        return new ApiKeyCreated().id(view.getId()).name(view.getName()).role(view.getRole()).prefix(view.getPrefix())
                .rateLimitPerMinute(view.getRateLimitPerMinute()).createdAt(view.getCreatedAt())
                .expiresAt(view.getExpiresAt()).key(key);
    }

    /** Stores a key generated elsewhere (the bootstrap admin key). */
    @Transactional
    public ApiKeyEntity store(String name, Role role, String key) {
        ApiKeyEntity entity = new ApiKeyEntity();
        entity.name = name;
        entity.role = role.value();
        entity.keyHash = Sha256.of(key);
        entity.prefix = key.substring(0, Math.min(SHOWN_PREFIX_LENGTH, key.length()));
        entityManager.persist(entity);
        return entity;
    }

    @Transactional
    public boolean anyAdmin() {
        return !entityManager.createQuery("select k.id from ApiKeyEntity k where k.role = 'admin' and k.revokedAt is null", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Newest first; {@code revoked} false: only usable keys, true: only revoked or expired ones, null: all. */
    @Transactional
    public Page<ApiKey> list(Boolean revoked, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        String usable = "(k.revokedAt is null and (k.expiresAt is null or k.expiresAt > :now))";
        String filter = revoked == null ? "" : revoked ? " and not " + usable : " and " + usable;
        var query = entityManager.createQuery("from ApiKeyEntity k where k.id < :after" + filter + " order by k.id desc",
                ApiKeyEntity.class)
                .setParameter("after", after == null ? Long.MAX_VALUE : after.id());
        if (revoked != null) {
            query.setParameter("now", OffsetDateTime.now(ZoneOffset.UTC));
        }
        List<ApiKeyEntity> rows = query.setMaxResults(limit + 1).getResultList();
        return Page.of(rows.stream().map(ApiKeyService::toApi).toList(), limit, k -> new Cursor("", k.getId()));
    }

    @Transactional
    public ApiKey get(long id) {
        return toApi(find(id));
    }

    /** Deletes the key: it is unknown, hence refused, from the next request on. */
    @Transactional
    public void delete(long id) {
        entityManager.remove(find(id));
    }

    /** The usable key with this secret, noting its use; empty for unknown, revoked and expired keys. */
    @Transactional
    public Optional<ApiKeyEntity> authenticate(String key) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // the look-up is by hash, so timing reveals nothing about stored secrets
        Optional<ApiKeyEntity> found = entityManager.createQuery("from ApiKeyEntity k where k.keyHash = :hash", ApiKeyEntity.class)
                .setParameter("hash", Sha256.of(key)).getResultStream().findFirst().filter(k -> k.usableAt(now));
        found.filter(k -> k.lastUsedAt == null || k.lastUsedAt.isBefore(now.minus(LAST_USE_RESOLUTION)))
                .ifPresent(k -> k.lastUsedAt = now);
        return found;
    }

    static String newKey() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private ApiKeyEntity find(long id) {
        ApiKeyEntity entity = entityManager.find(ApiKeyEntity.class, id);
        if (entity == null) {
            throw ApiProblem.notFound("API key", id);
        }
        return entity;
    }

    private static ApiKey toApi(ApiKeyEntity entity) {
        return new ApiKey().id(entity.id).name(entity.name).role(ApiKeyRole.fromValue(entity.role)).prefix(entity.prefix)
                .rateLimitPerMinute(entity.rateLimitPerMinute).createdAt(entity.createdAt).lastUsedAt(entity.lastUsedAt)
                .expiresAt(entity.expiresAt).revokedAt(entity.revokedAt);
    }
}
