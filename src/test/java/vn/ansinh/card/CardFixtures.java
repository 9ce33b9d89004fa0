package vn.ansinh.card;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.TestAreas;
import vn.ansinh.collection.Account;
import vn.ansinh.collection.Fund;
import vn.ansinh.collection.Journal;
import vn.ansinh.collection.Ledger;
import vn.ansinh.collection.PayerKind;

/** People, participation, employers, dues and payments written for card tests, with codes unique per test run. */
final class CardFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 100_000 * 1000);

    private final JdbcClient jdbc;
    private final Ledger ledger;
    final TestAreas areas;

    CardFixtures(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.areas = TestAreas.create(jdbc);
    }

    record Person(long id, String cccd, String siCode, String fullName, LocalDate dateOfBirth) {
    }

    Person person(String fullName, LocalDate dateOfBirth) {
        long n = SEQ.incrementAndGet();
        String cccd = String.format("098%09d", n % 1_000_000_000L);
        String si = String.format("97%08d", n % 100_000_000L);
        long id = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, :name, lower(:name), :dob, 'M', :commune) returning id""")
                .param("cccd", cccd).param("si", si).param("name", fullName).param("dob", dateOfBirth)
                .param("commune", areas.communeA1()).query(Long.class).single();
        return new Person(id, cccd, si, fullName, dateOfBirth);
    }

    void participates(Person person, String group, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into participation (person_id, scheme, group_code, valid_from, valid_to)
                        values (:person, 'HI', :group, :from, :to)""")
                .param("person", person.id()).param("group", group).param("from", from).param("to", to).update();
    }

    String facility() {
        String code = String.format("%05d", SEQ.incrementAndGet() % 100_000);
        jdbc.sql("""
                        insert into health_facility (code, name, name_search, level, commune_id, valid_from)
                        values (:code, 'Trạm y tế xã', 'tram y te xa', 'COMMUNE', :commune, date '2015-01-01')""")
                .param("code", code).param("commune", areas.communeA1()).update();
        return code;
    }

    String employer() {
        long n = SEQ.incrementAndGet();
        String unit = "TC" + String.format("%08d", n % 100_000_000);
        jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, registered_on)
                        values (:unit, :tax, :unit, lower(:unit), :commune, 1, 'PRIVATE', 'MANUFACTURING', 'SMALL',
                                date '2016-01-01')""")
                .param("unit", unit).param("tax", String.format("%010d", 2_000_000_000L + n % 7_999_999_999L))
                .param("commune", areas.communeA1()).update();
        return unit;
    }

    /** An employee of the employer since the date, taking part in HI as DN. */
    Person employee(String unitCode, String fullName, LocalDate since) {
        Person person = person(fullName, LocalDate.of(1990, 5, 1));
        jdbc.sql("""
                        insert into employment (employer_id, person_id, start_date)
                        select id, :person, :start from employer where unit_code = :unit""")
                .param("person", person.id()).param("start", since).param("unit", unitCode).update();
        participates(person, "DN", since, null);
        return person;
    }

    /** Enrolled with the state budget supporting their HI (e.g. NEAR_POOR), assessed the given number of months at once. */
    void budgetSupported(Person person, String supportGroup, YearMonth start, int months) {
        jdbc.sql("""
                        insert into budget_hi_enrolment (person_id, support_group, start_month, months, enrolled_by)
                        values (:person, :group, :start, :months, 'test')""")
                .param("person", person.id()).param("group", supportGroup).param("start", start.atDay(1))
                .param("months", months).update();
    }

    /** Pays the participant's own share due in the period, in full. */
    void paysOwnShare(Person person, YearMonth period) {
        long due = ledger.openDues(PayerKind.VOLUNTARY, person.siCode()).stream()
                .filter(d -> d.period().equals(period)).mapToLong(vn.ansinh.collection.Due::outstanding).sum();
        ledger.book(new Journal(Journal.Kind.PAYMENT, period.atDay(5), "card-test-own:" + person.siCode() + ":" + period, null)
                .debit(Account.BANK, PayerKind.VOLUNTARY, person.siCode(), null, null, due)
                .credit(Account.RECEIVABLE, PayerKind.VOLUNTARY, person.siCode(), period, Fund.HEALTH, due));
    }

    void assessed(String unitCode, YearMonth month, long health) {
        ledger.book(new Journal(Journal.Kind.ASSESSMENT, month.plusMonths(1).atDay(1), "card-test:" + unitCode + ":" + month, null)
                .debit(Account.RECEIVABLE, PayerKind.EMPLOYER, unitCode, month, Fund.HEALTH, health)
                .credit(Account.CONTRIBUTION_REVENUE, PayerKind.EMPLOYER, unitCode, month, Fund.HEALTH, health));
    }

    void paid(String unitCode, YearMonth month, long health) {
        ledger.book(new Journal(Journal.Kind.PAYMENT, month.plusMonths(1).atDay(20), "card-test-pay:" + unitCode + ":" + month, null)
                .debit(Account.BANK, PayerKind.EMPLOYER, unitCode, null, null, health)
                .credit(Account.RECEIVABLE, PayerKind.EMPLOYER, unitCode, month, Fund.HEALTH, health));
    }
}
