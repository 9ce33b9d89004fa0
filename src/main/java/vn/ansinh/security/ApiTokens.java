package vn.ansinh.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.InvalidInput;

/**
 * Bearer tokens for machine clients. A token is shown once when issued; only its SHA-256 is stored, so a leaked
 * table reveals no usable token.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ScopeAreas areas;

    ApiTokens(JdbcClient jdbc, AuditLog audit, ScopeAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
    }

    /** Issues a new token and returns it in clear: the caller hands it to the client, it is not kept. */
    @Transactional
    public String issue(String clientName, ApiClient.Kind kind, String subjectCode, String areaCode) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "ans_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return register(clientName, kind, subjectCode, areaCode, token);
    }

    /** Registers a token chosen by the caller (demo data with documented tokens). */
    @Transactional
    public String register(String clientName, ApiClient.Kind kind, String subjectCode, String areaCode, String token) {
        if (token == null || token.length() < 16) {
            throw new InvalidInput("token", "must have at least 16 characters");
        }
        Long areaId = areaCode == null ? null : areas.byCode(areaCode).id();
        long id = jdbc.sql("""
                        insert into api_client (name, kind, subject_code, token_hash, token_hint, area_id)
                        values (:name, :kind, :subject, :hash, :hint, :areaId) returning id""")
                .param("name", clientName).param("kind", kind.name()).param("subject", subjectCode)
                .param("hash", hash(token)).param("hint", token.substring(0, 8)).param("areaId", areaId)
                .query(Long.class).single();
        audit.record("ISSUE_TOKEN", "api_client", id, null,
                Map.of("name", clientName, "kind", kind.name(), "subjectCode", subjectCode));
        return token;
    }

    /** Revokes a client's token: refused from now on here, and within the cache time on other instances. */
    @Transactional
    public void revoke(long clientId) {
        int changed = jdbc.sql("update api_client set revoked_at = now() where id = :id and revoked_at is null")
                .param("id", clientId).update();
        cache.clear();
        if (changed > 0) {
            audit.record("REVOKE_TOKEN", "api_client", clientId, null, Map.of("revoked", true));
        }
    }

    /**
     * The client holding the token. Answers are kept for {@link #CACHE_NANOS} (unknown tokens too), because facilities
     * look up cards at every check-in and a query per request would cost more than the look-up itself; a token
     * revoked in the table is therefore refused within that time.
     */
    Optional<ApiClient> authenticate(String token) {
        String hash = hash(token);
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

    private static final long CACHE_NANOS = 30_000_000_000L;
    private static final int CACHE_LIMIT = 10_000;

    private record Cached(Optional<ApiClient> client, long at) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

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

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
