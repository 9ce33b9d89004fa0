package vn.ansinh.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.shared.InvalidInput;

/**
 * Resolves the area a staff account or client is scoped to. Reads the area table directly because the area module
 * itself depends on this one for scoping; going through it would make a cycle.
 */
@Component
class ScopeAreas {

    record ScopeArea(long id, String path) {
    }

    private final JdbcClient jdbc;

    ScopeAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ScopeArea byCode(String areaCode) {
        return jdbc.sql("select id, path from area where code = :code and valid_to is null order by level limit 1")
                .param("code", areaCode)
                .query((rs, i) -> new ScopeArea(rs.getLong("id"), rs.getString("path")))
                .optional()
                .orElseThrow(() -> new InvalidInput("areaCode", "no current area has code " + areaCode));
    }
}
