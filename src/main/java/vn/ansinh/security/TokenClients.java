package vn.ansinh.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The client holding a bearer token, asked on every API call by machine clients. Apart from {@link ApiTokens}, whose
 * transactional methods make it a proxy: the proxy's interception on this path was about 2 % of a card look-up's CPU
 * in bench/card-lookup.sh.
 */
@Component
class TokenClients {

    private static final long CACHE_NANOS = 30_000_000_000L;
    private static final int CACHE_LIMIT = 10_000;

    private record Cached(Optional<ApiClient> client, long at) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    TokenClients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The client holding the token. Answers are kept for 30 s (unknown tokens too), because facilities look up cards
     * at every check-in and a query per request would cost more than the look-up itself; a token revoked in the table
     * is therefore refused within that time.
     */
    Optional<ApiClient> authenticate(String token) {
        String hash = ApiTokens.hash(token);
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && now - cached.at() < CACHE_NANOS) {
            return cached.client();
        }
        if (cache.size() >= CACHE_LIMIT) {
            // Many different tokens (someone guessing): start again rather than grow without bound.
            cache.clear();
        }
        Optional<ApiClient> client = read(hash);
        cache.put(hash, new Cached(client, now));
        return client;
    }

    /** Forgets every cached answer, so a token revoked here is refused at once. */
    void forget() {
        cache.clear();
    }

    private Optional<ApiClient> read(String hash) {
        return jdbc.sql("""
                        select c.id, c.name, c.kind, c.subject_code, coalesce(a.path, '/') as path
                        from api_client c left join area a on a.id = c.area_id
                        where c.token_hash = :hash and c.revoked_at is null""")
                .param("hash", hash)
                .query((rs, i) -> new ApiClient(rs.getLong("id"), rs.getString("name"),
                        ApiClient.Kind.valueOf(rs.getString("kind")), rs.getString("subject_code"),
                        new AreaScope(rs.getString("path"))))
                .optional();
    }
}
