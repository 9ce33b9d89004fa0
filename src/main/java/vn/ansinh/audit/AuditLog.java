package vn.ansinh.audit;

import java.util.List;

/** Records a change made by the current actor. {@code before} is null for a creation, {@code after} for a deletion. */
public interface AuditLog {

    void record(String action, String entityType, Object entityId, Object before, Object after);

    /** What was recorded of one entity, oldest first (at most the latest 500 entries), for a screen's audit trail. */
    List<AuditEntry> trail(String entityType, Object entityId);
}
