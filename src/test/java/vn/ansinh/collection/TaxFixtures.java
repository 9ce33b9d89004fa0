package vn.ansinh.collection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.employer.TaxCode;
import vn.ansinh.shared.VietnameseText;

/** Valid tax codes, people, employers and tax income files with codes unique in the shared test database. */
final class TaxFixtures {

    private TaxFixtures() {
    }

    record Employer(long id, String unitCode, String taxCode) {
    }

    /** A tax code that passes the register's rule (check digit included), unique in this test run. */
    static String taxCode() {
        while (true) {
            String base = "8" + String.format("%08d", CollectionFixtures.next() % 100_000_000L);
            for (int digit = 0; digit <= 9; digit++) {
                if (TaxCode.problem(base + digit).isEmpty()) {
                    return base + digit;
                }
            }
        }
    }

    static String cccd() {
        return "0791" + String.format("%08d", CollectionFixtures.next() % 100_000_000L);
    }

    static Employer employer(JdbcClient jdbc, long communeId) {
        String unitCode = "TL" + String.format("%08d", CollectionFixtures.next() % 100_000_000L);
        String taxCode = taxCode();
        String name = "Công ty Thuế " + unitCode;
        long id = jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, registered_on)
                        values (:unit, :tax, :name, :search, :commune, 1, 'PRIVATE', 'MANUFACTURING', 'SMALL',
                                date '2016-01-01') returning id""")
                .param("unit", unitCode).param("tax", taxCode).param("name", name)
                .param("search", VietnameseText.searchKey(name)).param("commune", communeId)
                .query(Long.class).single();
        return new Employer(id, unitCode, taxCode);
    }

    /** A person with this CCCD living in the commune. */
    static long person(JdbcClient jdbc, String cccd, long communeId) {
        return jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, 'Trần Thị Thuế', 'tran thi thue', date '1991-03-01', 'F', :commune)
                        returning id""")
                .param("cccd", cccd).param("si", "79" + cccd.substring(4)).param("commune", communeId)
                .query(Long.class).single();
    }

    /** An employment with its first salary from the start. */
    static long employ(JdbcClient jdbc, Employer employer, long person, LocalDate start, LocalDate end, long salary) {
        long id = jdbc.sql("""
                        insert into employment (employer_id, person_id, start_date, end_date)
                        values (:employer, :person, :start, :end) returning id""")
                .param("employer", employer.id()).param("person", person).param("start", start).param("end", end)
                .query(Long.class).single();
        salary(jdbc, id, start, salary);
        return id;
    }

    static void salary(JdbcClient jdbc, long employment, LocalDate from, long amount) {
        jdbc.sql("insert into salary (employment_id, valid_from, amount) values (:e, :from, :amount)")
                .param("e", employment).param("from", from).param("amount", amount).update();
    }

    /** A tax income file with a header line and the given data lines. */
    static byte[] file(String... lines) {
        return ("ma_so_thue,cccd,thang,thu_nhap_chiu_thue\n" + String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String row(String taxCode, String cccd, YearMonth month, long income) {
        return taxCode + "," + cccd + "," + month + "," + income;
    }
}
