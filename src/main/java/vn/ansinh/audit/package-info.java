/**
 * The audit trail: every change to recorded data, with who made it, when, and the state before and after.
 * Modules call {@link vn.ansinh.audit.AuditLog} inside the transaction that makes the change, so the change and its
 * audit row commit together or not at all.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package vn.ansinh.audit;
