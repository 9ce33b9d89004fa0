package vn.ansinh;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small province for a test: one province, two districts, two communes in each. Codes are unique per call so
 * tests sharing one database do not collide.
 */
public record TestAreas(long province, long districtA, long districtB, long communeA1, long communeA2, long communeB1,
                        long communeB2, String provinceCode, String districtACode, String districtBCode,
                        String communeA1Code, String communeB1Code) {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public static TestAreas create(JdbcClient jdbc) {
        int n = SEQ.incrementAndGet() + (int) (ProcessHandle.current().pid() % 1000) * 100;
        String p = "P" + n;
        long province = insert(jdbc, p, "PROVINCE", "Tỉnh Thử " + n, null, "/" + p + "/", null);
        long dA = insert(jdbc, p + "DA", "DISTRICT", "Huyện A " + n, province, "/" + p + "/" + p + "DA/", null);
        long dB = insert(jdbc, p + "DB", "DISTRICT", "Huyện B " + n, province, "/" + p + "/" + p + "DB/", null);
        long a1 = insert(jdbc, p + "A1", "COMMUNE", "Xã Đông A1", dA, "/" + p + "/" + p + "DA/" + p + "A1/", 3);
        long a2 = insert(jdbc, p + "A2", "COMMUNE", "Xã Tây A2", dA, "/" + p + "/" + p + "DA/" + p + "A2/", 4);
        long b1 = insert(jdbc, p + "B1", "COMMUNE", "Phường Bắc B1", dB, "/" + p + "/" + p + "DB/" + p + "B1/", 2);
        long b2 = insert(jdbc, p + "B2", "COMMUNE", "Xã Nam B2", dB, "/" + p + "/" + p + "DB/" + p + "B2/", 3);
        return new TestAreas(province, dA, dB, a1, a2, b1, b2, p, p + "DA", p + "DB", p + "A1", p + "B1");
    }

    private static long insert(JdbcClient jdbc, String code, String level, String name, Long parent, String path,
                               Integer wageRegion) {
        return jdbc.sql("""
                        insert into area (code, level, name, parent_id, path, wage_region, valid_from)
                        values (:code, :level, :name, :parent, :path, :region, date '2008-01-01') returning id""")
                .param("code", code).param("level", level).param("name", name).param("parent", parent)
                .param("path", path).param("region", wageRegion).query(Long.class).single();
    }
}
