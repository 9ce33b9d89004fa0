package vn.ansinh.security;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;

/** Staff accounts: created by an administrator (or the demo loader), looked up at login. */
@Service
public class StaffAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final ScopeAreas areas;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, AuditLog audit, ScopeAreas areas) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }

    Optional<StaffMember> find(String username) {
        return jdbc.sql("""
                        select u.id, u.username, u.password_hash, u.display_name, u.roles, u.enabled, a.path, a.name
                        from staff_user u join area a on a.id = u.area_id
                        where u.username = :username""")
                .param("username", username)
                .query(StaffAccounts::staffMember)
                .optional();
    }

    /** Creates a staff account scoped to the area with the given code; refuses a username already taken. */
    @Transactional
    public long create(String username, String rawPassword, String displayName, Set<Role> roles, String areaCode) {
        if (username == null || !username.matches("[a-z0-9._-]{3,60}")) {
            throw new InvalidInput("username", "3 to 60 lower-case letters, digits, '.', '_' or '-'");
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new InvalidInput("password", "must have at least 8 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInput("roles", "at least one role is required");
        }
        if (find(username).isPresent()) {
            throw new Conflict("username", "'" + username + "' is already taken");
        }
        long areaId = areas.byCode(areaCode).id();
        String[] roleNames = roles.stream().map(Role::name).sorted().toArray(String[]::new);
        long id = jdbc.sql("""
                        insert into staff_user (username, password_hash, display_name, roles, area_id)
                        values (:username, :hash, :displayName, :roles, :areaId) returning id""")
                .param("username", username)
                .param("hash", passwords.encode(rawPassword))
                .param("displayName", displayName)
                .param("roles", roleNames)
                .param("areaId", areaId)
                .query(Long.class).single();
        audit.record("CREATE", "staff_user", id, null,
                Map.of("username", username, "displayName", displayName, "roles", Arrays.asList(roleNames), "areaCode", areaCode));
        return id;
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    private static StaffMember staffMember(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = Arrays.stream((String[]) array.getArray()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("display_name"), roles, new AreaScope(rs.getString("path")), rs.getString("name"),
                rs.getBoolean("enabled"));
    }
}
