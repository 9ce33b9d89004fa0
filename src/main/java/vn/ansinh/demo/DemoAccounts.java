package vn.ansinh.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.security.ApiClient;
import vn.ansinh.security.ApiTokens;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

/**
 * The demo's staff logins and machine-client tokens, fixed and documented so that anyone can try the platform:
 * <pre>
 * admin      / ansinh-admin      administrator, whole province
 * manager    / ansinh-manager    manager, whole province
 * collector  / ansinh-collector  collection officer, whole province
 * cards      / ansinh-cards      card officer, whole province
 * appraiser  / ansinh-appraiser  claims appraiser, whole province
 * benefits   / ansinh-benefits   benefit officer, whole province
 * district   / ansinh-district   collection and card officer of one district (the first rural one)
 * Bearer demo-facility-token-0001   the provincial general hospital (facility {province}001)
 * Bearer demo-employer-token-0001   the employer with the most employees (a garment factory)
 * </pre>
 * They are created in the demo load's transaction, so they exist exactly when the demo province does.
 */
@Component
class DemoAccounts {

    static final String FACILITY_TOKEN = "demo-facility-token-0001";
    static final String EMPLOYER_TOKEN = "demo-employer-token-0001";

    record Login(String username, String password, String displayName, Set<Role> roles, String areaCode) {
    }

    private final StaffAccounts staff;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    DemoAccounts(StaffAccounts staff, ApiTokens tokens, JdbcClient jdbc) {
        this.staff = staff;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    List<Login> logins(ProvinceSpec spec) {
        String province = spec.provinceCode();
        String district = jdbc.sql("""
                        select code from area where level = 'DISTRICT' and path like :like and valid_to is null
                        order by code offset 1 limit 1""")
                .param("like", "/" + province + "/%").query(String.class).optional().orElse(province);
        return List.of(
                new Login("admin", "ansinh-admin", "Quản trị hệ thống", EnumSet.of(Role.ADMINISTRATOR), province),
                new Login("manager", "ansinh-manager", "Lãnh đạo BHXH tỉnh", EnumSet.of(Role.MANAGER), province),
                new Login("collector", "ansinh-collector", "Cán bộ thu", EnumSet.of(Role.COLLECTION_OFFICER), province),
                new Login("cards", "ansinh-cards", "Cán bộ cấp sổ, thẻ", EnumSet.of(Role.CARD_OFFICER), province),
                new Login("appraiser", "ansinh-appraiser", "Giám định viên BHYT", EnumSet.of(Role.CLAIMS_APPRAISER), province),
                new Login("benefits", "ansinh-benefits", "Cán bộ chế độ BHXH", EnumSet.of(Role.BENEFIT_OFFICER), province),
                new Login("district", "ansinh-district", "Cán bộ BHXH huyện",
                        EnumSet.of(Role.COLLECTION_OFFICER, Role.CARD_OFFICER), district));
    }

    /** Creates what is missing and returns a printable list of the logins and tokens. */
    String create(ProvinceSpec spec) {
        StringBuilder text = new StringBuilder("Demo logins (username / password, roles, area):");
        for (Login login : logins(spec)) {
            if (!staff.exists(login.username())) {
                staff.create(login.username(), login.password(), login.displayName(), login.roles(), login.areaCode());
            }
            text.append(String.format("%n  %-10s / %-18s %s, area %s", login.username(), login.password(),
                    login.roles(), login.areaCode()));
        }
        String like = "/" + spec.provinceCode() + "/%";
        String facility = spec.provinceCode() + "001";
        if (!tokenExists(FACILITY_TOKEN)) {
            tokens.register("Bệnh viện Đa khoa " + spec.provinceName(), ApiClient.Kind.FACILITY, facility,
                    spec.provinceCode(), FACILITY_TOKEN);
        }
        text.append(String.format("%n  Bearer %s  health facility %s", FACILITY_TOKEN, facility));
        jdbc.sql("""
                        select e.unit_code, e.name, a.code from employer e join area a on a.id = e.commune_id
                        where a.path like :like
                        order by (select count(*) from employment m where m.employer_id = e.id and m.end_date is null) desc,
                                 e.unit_code
                        limit 1""")
                .param("like", like)
                .query((rs, i) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                .optional().ifPresent(employer -> {
                    if (!tokenExists(EMPLOYER_TOKEN)) {
                        tokens.register(employer[1], ApiClient.Kind.EMPLOYER, employer[0], employer[2], EMPLOYER_TOKEN);
                    }
                    text.append(String.format("%n  Bearer %s  employer %s %s", EMPLOYER_TOKEN, employer[0], employer[1]));
                });
        return text.toString();
    }

    /** Tokens are stored hashed; the hint is their first eight characters, enough to tell the demo ones apart. */
    private boolean tokenExists(String token) {
        return jdbc.sql("select exists (select 1 from api_client where token_hint = :hint and revoked_at is null)")
                .param("hint", token.substring(0, 8)).query(Boolean.class).single();
    }
}
