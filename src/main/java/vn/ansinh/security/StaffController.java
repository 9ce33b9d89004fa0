package vn.ansinh.security;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Administrators manage staff accounts and machine-client tokens inside their own area. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access", description = "Staff accounts and machine-client tokens")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class StaffController {

    private final StaffAccounts staff;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;
    private final ScopeAreas areas;

    StaffController(StaffAccounts staff, ApiTokens tokens, JdbcClient jdbc, ScopeAreas areas) {
        this.areas = areas;
        this.staff = staff;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    record NewStaff(@NotBlank(message = "is required") String username,
                    @NotBlank(message = "is required") @Size(min = 8, message = "must have at least 8 characters") String password,
                    @NotBlank(message = "is required") String displayName,
                    @NotEmpty(message = "at least one role is required") Set<Role> roles,
                    @NotBlank(message = "is required") String areaCode) {
    }

    record StaffView(String username, String displayName, List<String> roles, String areaCode, String areaName,
                     boolean enabled) {
    }

    record NewClient(@NotBlank(message = "is required") String name,
                     @NotNull(message = "is required: FACILITY, EMPLOYER or AGENCY") ApiClient.Kind kind,
                     @NotBlank(message = "is required") String subjectCode,
                     String areaCode) {
    }

    record IssuedToken(String token, String note) {
    }

    @GetMapping("/staff")
    @Operation(summary = "Staff accounts inside your area")
    List<StaffView> list() {
        return jdbc.sql("""
                        select u.username, u.display_name, u.roles, a.code, a.name, u.enabled
                        from staff_user u join area a on a.id = u.area_id
                        where a.path like :scope order by u.username""")
                .param("scope", Actors.current().scope().likePattern())
                .query((rs, i) -> new StaffView(rs.getString(1), rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    @PostMapping("/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account scoped to an area inside yours")
    StaffView create(@Valid @RequestBody NewStaff request) {
        requireAreaInScope(request.areaCode());
        staff.create(request.username(), request.password(), request.displayName(), request.roles(), request.areaCode());
        return list().stream().filter(s -> s.username().equals(request.username())).findFirst().orElseThrow();
    }

    @PostMapping("/api-clients")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token to a health facility, employer or agency; it is shown only once")
    IssuedToken issue(@Valid @RequestBody NewClient request) {
        if (request.areaCode() != null) {
            requireAreaInScope(request.areaCode());
        }
        String token = tokens.issue(request.name(), request.kind(), request.subjectCode(), request.areaCode());
        return new IssuedToken(token, "Store this token now: only its hash is kept.");
    }

    private void requireAreaInScope(String areaCode) {
        Actors.requireInScope(areas.byCode(areaCode).path(), "Area " + areaCode);
    }
}
