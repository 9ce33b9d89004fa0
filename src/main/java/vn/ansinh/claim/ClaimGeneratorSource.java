package vn.ansinh.claim;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/** The card holders and facilities in the database a {@link ClaimGenerator} claims for. */
@Component
class ClaimGeneratorSource {

    private final JdbcClient jdbc;
    private final Parameters parameters;

    ClaimGeneratorSource(JdbcClient jdbc, Parameters parameters) {
        this.jdbc = jdbc;
        this.parameters = parameters;
    }

    /** Up to {@code limit} holders of active cards (lowest ids first, so a seed gives the same claims) and facilities. */
    ClaimGenerator generator(long seed, int limit, double errorRate, LocalDate from, LocalDate to) {
        List<ClaimGenerator.Holder> holders = jdbc.sql("""
                        select c.card_number, p.full_name, p.date_of_birth, p.sex, p.cccd, c.benefit_level, c.valid_from,
                               c.valid_to,
                               (select f.facility_code from hi_card_facility f where f.card_id = c.id
                                order by f.valid_from desc limit 1) as facility
                        from hi_card c join person p on p.id = c.person_id
                        where c.status = 'ACTIVE' and c.valid_to >= :from and c.valid_from <= :to
                        order by c.id limit :limit""")
                .param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new ClaimGenerator.Holder(rs.getString(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class), "F".equals(rs.getString(4)) ? 2 : 1, rs.getString(5),
                        parameters.valueOf(ParameterCode.HI_BENEFIT_LEVEL, rs.getString(6), from),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9)))
                .list();
        List<String> facilities = jdbc.sql("select code from health_facility order by code").query(String.class).list();
        return new ClaimGenerator(seed, holders, facilities, errorRate, from, to);
    }
}
