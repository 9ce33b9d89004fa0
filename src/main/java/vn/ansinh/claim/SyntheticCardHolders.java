package vn.ansinh.claim;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People with HI cards and facilities written straight into the database for the intake benchmark and tests, in one
 * set-based statement each; {@code base} keeps identity numbers unique between runs sharing a database.
 */
final class SyntheticCardHolders {

    private SyntheticCardHolders() {
    }

    /** Creates the facilities and card holders in a commune; returns the facility codes. */
    static List<String> create(JdbcClient jdbc, long communeId, long base, int holders, int facilities) {
        List<String> codes = jdbc.sql("""
                        insert into health_facility (code, name, name_search, level, commune_id, valid_from)
                        select lpad(((:base + g) % 100000)::text, 5, '0'), 'Bệnh viện thử ' || g, 'benh vien thu ' || g,
                               'DISTRICT', :commune, date '2015-01-01'
                        from generate_series(1, :n) g
                        on conflict do nothing
                        returning code""")
                .param("base", base).param("commune", communeId).param("n", facilities).query(String.class).list();
        jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        select lpad((:base * 100000 + g)::text, 12, '0'), lpad((:base * 100000 + g)::text, 10, '0'),
                               (array['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em',
                                      'Vũ Thị Giang'])[1 + g % 6] || ' ' || g,
                               'nguoi ' || g, date '1950-01-01' + (g * 37 % 25000), case when g % 2 = 0 then 'M' else 'F' end,
                               :commune
                        from generate_series(1, :n) g""")
                .param("base", base).param("commune", communeId).param("n", holders).update();
        jdbc.sql("""
                        insert into hi_card (person_id, card_number, group_code, benefit_group, benefit_level, valid_from,
                                             valid_to)
                        select p.id, g.grp || g.lvl || '42' || p.si_code, g.grp, g.grp, g.lvl, date '2024-01-01',
                               date '2025-12-31'
                        from person p
                        join (values (0, 'DN', 4), (1, 'HT', 3), (2, 'HN', 2), (3, 'GD', 4)) g(k, grp, lvl)
                          on g.k = (cast(p.si_code as bigint) % 4)
                        where p.si_code between lpad((:base * 100000 + 1)::text, 10, '0')
                                            and lpad((:base * 100000 + :n)::text, 10, '0')""")
                .param("base", base).param("n", holders).update();
        return codes;
    }
}
