package news.parallax.access;

/**
 * Who sent a request. {@code client} names the caller for rate limits and idempotency keys:
 * {@code key:<id>} for an API key, {@code address:<ip>} for an anonymous client.
 */
public record Caller(String client, Role role, Integer rateLimitPerMinute) {

    public static Caller anonymous(String address) {
        return new Caller("address:" + address, null, null);
    }

    public static Caller key(ApiKeyEntity key) {
        return new Caller("key:" + key.id, Role.of(key.role), key.rateLimitPerMinute);
    }

    public boolean anonymous() {
        return role == null;
    }
}
