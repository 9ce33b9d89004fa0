package vn.ansinh.collection;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.TestAreas;

/** Employers, people and employments written straight to the tables, for collection tests that need exact set-ups. */
final class EmploymentFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

    private final JdbcClient jdbc;
    final TestAreas areas;

    EmploymentFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.areas = TestAreas.create(jdbc);
    }

    record Employer(long id, String unitCode) {
    }

    Employer employer(int wageRegion, boolean reducedAccidentRate) {
        long n = SEQ.incrementAndGet();
        String unit = "TU" + String.format("%08d", n % 100_000_000);
        String tax = String.format("%010d", 1_000_000_000L + n % 8_999_999_999L);
        long id = jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, reduced_accident_rate, registered_on)
                        values (:unit, :tax, :name, :name, :commune, :region, 'PRIVATE', 'MANUFACTURING', 'SMALL',
                                :reduced, date '2016-01-01') returning id""")
                .param("unit", unit).param("tax", tax).param("name", "Công ty " + unit)
                .param("commune", areas.communeA1()).param("region", wageRegion).param("reduced", reducedAccidentRate)
                .query(Long.class).single();
        return new Employer(id, unit);
    }

    long person() {
        long n = SEQ.incrementAndGet();
        return jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, 'Nguyễn Văn Thử', 'nguyen van thu', date '1990-05-01', 'M', :commune)
                        returning id""")
                .param("cccd", String.format("042090%06d", n % 1_000_000)).param("si", String.format("42%08d", n % 100_000_000))
                .param("commune", areas.communeA1())
                .query(Long.class).single();
    }

    long employ(Employer employer, long person, LocalDate start, LocalDate end, long salary, boolean foreign) {
        long id = jdbc.sql("""
                        insert into employment (employer_id, person_id, start_date, end_date, worker_type)
                        values (:employer, :person, :start, :end, :type) returning id""")
                .param("employer", employer.id()).param("person", person).param("start", start).param("end", end)
                .param("type", foreign ? "FOREIGN" : "VIETNAMESE").query(Long.class).single();
        salary(id, start, salary);
        return id;
    }

    /** The kinds of the assessment journals that booked the employer's dues of the month, oldest first. */
    java.util.List<String> assessmentJournalKinds(Employer employer, java.time.YearMonth month) {
        return jdbc.sql("""
                        select j.kind from ledger_journal j
                        where starts_with(j.source_ref, :prefix)
                          and exists (select 1 from ledger_posting p where p.journal_id = j.id and p.payer_code = :unit)
                        order by j.id""")
                .param("prefix", "assessment:" + month + ":").param("unit", employer.unitCode())
                .query(String.class).list();
    }

    void salary(long employment, LocalDate from, long amount) {
        jdbc.sql("insert into salary (employment_id, valid_from, amount) values (:e, :from, :amount)")
                .param("e", employment).param("from", from).param("amount", amount).update();
    }

    void end(long employment, LocalDate end) {
        jdbc.sql("update employment set end_date = :end where id = :id").param("end", end).param("id", employment).update();
    }

    void unpaidLeave(long employment, LocalDate month, int days, boolean maternity) {
        jdbc.sql("insert into unpaid_leave (employment_id, month, days, maternity) values (:e, :m, :d, :mat)")
                .param("e", employment).param("m", month).param("d", days).param("mat", maternity).update();
    }
}
