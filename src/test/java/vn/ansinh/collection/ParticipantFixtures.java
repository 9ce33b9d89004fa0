package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.TestAreas;

/**
 * People, households and enrolments for participant tests. Enrolments in months gone by (the RULES.md figures are
 * those of 2024-2026) go straight through the repositories, since the enrolment services refuse past start months.
 */
final class ParticipantFixtures {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000 * 1000 + 500);

    private final JdbcClient jdbc;
    final TestAreas areas;
    final VoluntaryEnrolments voluntary;
    final HouseholdHiEnrolments households;
    final BudgetHiEnrolments budget;

    ParticipantFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.areas = TestAreas.create(jdbc);
        this.voluntary = new VoluntaryEnrolments(jdbc);
        this.households = new HouseholdHiEnrolments(jdbc);
        this.budget = new BudgetHiEnrolments(jdbc);
    }

    record Person(long id, String siCode) {
    }

    Person person(LocalDate dateOfBirth) {
        return person(dateOfBirth, areas.communeA1(), null);
    }

    Person person(LocalDate dateOfBirth, long commune, Long household) {
        long n = SEQ.incrementAndGet();
        String si = String.format("43%08d", n % 100_000_000);
        long id = jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id,
                                            household_id, household_relation)
                        values (:cccd, :si, 'Trần Thị Thử', 'tran thi thu', :dob, 'F', :commune, :household,
                                case when cast(:household as bigint) is null then null else 'OTHER' end)
                        returning id""")
                .param("cccd", String.format("043190%06d", n % 1_000_000)).param("si", si).param("dob", dateOfBirth)
                .param("commune", commune).param("household", household)
                .query(Long.class).single();
        return new Person(id, si);
    }

    record Household(long id, String code, List<Person> members) {
    }

    /** A household in commune A1 with members born on the dates given. */
    Household household(LocalDate... birthDates) {
        String code = "HH" + SEQ.incrementAndGet();
        long id = jdbc.sql("insert into household (code, commune_id) values (:code, :commune) returning id")
                .param("code", code).param("commune", areas.communeA1()).query(Long.class).single();
        List<Person> members = java.util.Arrays.stream(birthDates).map(d -> person(d, areas.communeA1(), id)).toList();
        return new Household(id, code, members);
    }

    long voluntary(Person person, YearMonth start, YearMonth end, long income, PaymentSchedule schedule,
                   VoluntarySupportCategory category) {
        long id = voluntary.insert(person.id(), start, end, "test");
        voluntary.putTerm(id, new VoluntaryEnrolment.Term(start, income, schedule, category), "test");
        return id;
    }

    long household(Household household, YearMonth start, YearMonth end, PaymentSchedule schedule, List<Person> members) {
        return households.insert(household.id(), start, end, schedule, members.stream().map(Person::id).toList(), "test");
    }

    long budget(Person person, HiSupportGroup group, YearMonth start, YearMonth end, PaymentSchedule schedule) {
        return budget.insert(person.id(), group, start, end, schedule, "test");
    }

    void provinceSupport(HiSupportGroup group, LocalDate from, LocalDate to, String percent) {
        jdbc.sql("""
                        insert into hi_province_support (province_id, support_group, valid_from, valid_to, percent,
                                                         legal_reference, recorded_by)
                        values (:province, :group, :from, :to, :percent, 'Seed 002 province resolution', 'test')""")
                .param("province", areas.province()).param("group", group.name()).param("from", from).param("to", to)
                .param("percent", new BigDecimal(percent)).update();
    }

    /** An employment of the person at a new employer, straight into the tables. */
    void employ(Person person, LocalDate start, LocalDate end) {
        long n = SEQ.incrementAndGet();
        long employer = jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, registered_on)
                        values (:unit, :tax, 'Công ty Thử', 'cong ty thu', :commune, 1, 'PRIVATE', 'MANUFACTURING',
                                'SMALL', date '2016-01-01') returning id""")
                .param("unit", "TV" + String.format("%08d", n % 100_000_000))
                .param("tax", String.format("%010d", 2_000_000_000L + n % 7_999_999_999L))
                .param("commune", areas.communeA1()).query(Long.class).single();
        long employment = jdbc.sql("""
                        insert into employment (employer_id, person_id, start_date, end_date)
                        values (:employer, :person, :start, :end) returning id""")
                .param("employer", employer).param("person", person.id()).param("start", start).param("end", end)
                .query(Long.class).single();
        jdbc.sql("insert into salary (employment_id, valid_from, amount) values (:e, :from, 10000000)")
                .param("e", employment).param("from", start).update();
    }

    String state() {
        return "STATE:" + areas.provinceCode();
    }

    String province() {
        return "PROVINCE:" + areas.provinceCode();
    }

    /** What a journal booked for a payer: the RECEIVABLE debit of the journal with this source reference, 0 if none. */
    long booked(String sourceRef) {
        return jdbc.sql("""
                        select coalesce(sum(p.amount), 0) from ledger_posting p join ledger_journal j on j.id = p.journal_id
                        where j.source_ref = :ref and p.account = 'RECEIVABLE'""")
                .param("ref", sourceRef).query(Long.class).single();
    }
}
