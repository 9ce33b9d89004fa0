package vn.ansinh.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

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
    private final TokenClients clients;

    ApiTokens(JdbcClient jdbc, AuditLog audit, ScopeAreas areas, TokenClients clients) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.audit = audit;
        this.clients = clients;
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
        clients.forget();
        if (changed > 0) {
            audit.record("REVOKE_TOKEN", "api_client", clientId, null, Map.of("revoked", true));
        }
    }

    // Cloned per call rather than looked up: MessageDigest.getInstance searches the security providers each time,
    // about 1 % of a card look-up's CPU.
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String token) {
        try {
            MessageDigest digest = (MessageDigest) SHA_256.clone();
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
