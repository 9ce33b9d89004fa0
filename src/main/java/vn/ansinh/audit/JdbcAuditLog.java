package vn.ansinh.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // Joins the caller's transaction, so the change and its audit row commit together.
    @Override
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        jdbc.sql("""
                        insert into audit_log (actor, action, entity_type, entity_id, before, after)
                        values (:actor, :action, :type, :id, cast(:before as jsonb), cast(:after as jsonb))""")
                .param("actor", currentActor())
                .param("action", action)
                .param("type", entityType)
                .param("id", String.valueOf(entityId))
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEntry> trail(String entityType, Object entityId) {
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(
                find(entityType, String.valueOf(entityId), PageRequest.of(0, PageRequest.MAX_SIZE)).items());
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    Page<AuditEntry> find(String entityType, String entityId, PageRequest page) {
        String where = """
                where (cast(:type as text) is null or entity_type = :type)
                  and (cast(:id as text) is null or entity_id = :id)""";
        List<AuditEntry> rows = jdbc.sql("select id, at, actor, action, entity_type, entity_id, before::text, after::text "
                        + "from audit_log " + where + " order by id desc limit :limit offset :offset")
                .param("type", entityType).param("id", entityId)
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
        long total = jdbc.sql("select count(*) from audit_log " + where)
                .param("type", entityType).param("id", entityId).query(Long.class).single();
        return Page.of(rows, page, total);
    }

    /** The authenticated name (staff username, or a client's "client:kind:code"); "system" for start-up and batches. */
    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

}
