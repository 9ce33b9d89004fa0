package vn.ansinh.audit;

import java.time.Instant;

/** One recorded change, as read back; {@code before} and {@code after} are JSON text. */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
                         String before, String after) {
}
