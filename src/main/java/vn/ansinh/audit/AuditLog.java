package vn.ansinh.audit;

/** Records a change made by the current actor. {@code before} is null for a creation, {@code after} for a deletion. */
public interface AuditLog {

    void record(String action, String entityType, Object entityId, Object before, Object after);
}
