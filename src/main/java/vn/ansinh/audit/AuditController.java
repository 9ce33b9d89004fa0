package vn.ansinh.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Who changed what, when, before and after")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','MANAGER')")
class AuditController {

    private final JdbcAuditLog audit;

    AuditController(JdbcAuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "List audit entries, newest first, optionally for one entity")
    Page<AuditEntry> list(@RequestParam(required = false) String entityType,
                          @RequestParam(required = false) String entityId,
                          @RequestParam(required = false) Integer page,
                          @RequestParam(required = false) Integer size) {
        return audit.find(entityType, entityId, PageRequest.of(page, size));
    }
}
