package vn.ansinh.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ansinh.TestAreas;
import vn.ansinh.area.AreaFigures;
import vn.ansinh.collection.Account;
import vn.ansinh.collection.Fund;
import vn.ansinh.collection.Journal;
import vn.ansinh.collection.Ledger;
import vn.ansinh.collection.PayerKind;
import vn.ansinh.collection.CollectionPlans;
import vn.ansinh.collection.ImportingPayments;
import vn.ansinh.collection.PaymentImportReceipt;
import vn.ansinh.security.Role;
import vn.ansinh.security.StaffAccounts;

/**
 * A small province with figures on every panel of the dashboard for last year (so every month's deadline but
 * November's and December's has passed by its last day, whatever day the tests run): statistics and targets for three
 * years, people taking part in SI and HI, three employers owing for January to October and partly paid, and staff.
 * Statistics, targets, plans, payments and accounts go through the services; each month's dues are booked in the
 * ledger the day after the month as the monthly assessment books them (an assessment run today would book them today,
 * after the year the figures are taken for); people, participation and employments are inserted as the registry's and
 * employer's own tests do.
 */
final class DashboardSeed {

    static final String PASSWORD = "dashboard-test-pass";
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

    final TestAreas areas;
    final int year = LocalDate.now().getYear() - 1;
    final LocalDate asOf = LocalDate.of(year, 12, 31);
    /** Province manager who also handles money (so the same login uploads a payment file). */
    final String manager;
    final String districtOfficer;
    final String searchedName;
    final String employerA;
    final String employerB;
    final String employerC;

    private final JdbcClient jdbc;

    DashboardSeed(JdbcClient jdbc, AreaFigures figures, CollectionPlans plans, Ledger ledger,
                  ImportingPayments payments, StaffAccounts staff) {
        this.jdbc = jdbc;
        this.areas = TestAreas.create(jdbc);
        long n = SEQ.incrementAndGet();
        manager = "dash-manager-" + n;
        districtOfficer = "dash-district-" + n;
        staff.create(manager, PASSWORD, "Lãnh đạo tỉnh thử", Set.of(Role.MANAGER, Role.COLLECTION_OFFICER),
                areas.provinceCode());
        staff.create(districtOfficer, PASSWORD, "Cán bộ huyện A", Set.of(Role.COLLECTION_OFFICER), areas.districtACode());

        // Population and labour force: communes, their districts and the province, for three years.
        String[] communes = {areas.communeA1Code(), areas.provinceCode() + "A2", areas.communeB1Code(), areas.provinceCode() + "B2"};
        int[] population = {40, 30, 20, 10};
        int[] labour = {25, 20, 12, 8};
        for (int y = year - 2; y <= year; y++) {
            for (int i = 0; i < communes.length; i++) {
                figures.setStatistic(communes[i], y, population[i], labour[i], "test");
            }
            figures.setStatistic(areas.districtACode(), y, 70, 45, "test");
            figures.setStatistic(areas.districtBCode(), y, 30, 20, "test");
            figures.setStatistic(areas.provinceCode(), y, 100, 65, "test");
        }
        figures.setTarget(areas.provinceCode(), year, new BigDecimal("30.00"), new BigDecimal("90.00"));
        figures.setTarget(areas.provinceCode(), year - 1, new BigDecimal("25.00"), new BigDecimal("85.00"));
        figures.setTarget(areas.districtACode(), year, new BigDecimal("35.00"), new BigDecimal("92.50"));
        plans.set(areas.provinceCode(), year, 500_000_000);
        plans.set(areas.districtACode(), year, 300_000_000);

        // People: 30 in A1, 20 in A2, 15 in B1, 5 in B2.
        long[] communeIds = {areas.communeA1(), areas.communeA2(), areas.communeB1(), areas.communeB2()};
        int[] people = {30, 20, 15, 5};
        List<List<Long>> living = new ArrayList<>();
        searchedName = "Trần Thị Bảng " + n;
        for (int c = 0; c < communeIds.length; c++) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < people[c]; i++) {
                ids.add(person(c == 0 && i == 0 ? searchedName : "Người Thử " + c + "-" + i, communeIds[c]));
            }
            living.add(ids);
        }
        LocalDate longAgo = LocalDate.of(year - 2, 1, 1);
        LocalDate lastYearStart = LocalDate.of(year - 1, 1, 1);
        LocalDate thisYearStart = LocalDate.of(year, 1, 1);
        for (int c = 0; c < communeIds.length; c++) {
            List<Long> ids = living.get(c);
            for (int i = 0; i < ids.size(); i++) {
                // HI: four in five people, half of them since two years ago, the others since this year.
                if (i % 5 != 4) {
                    participate(ids.get(i), "HI", i % 2 == 0 ? "GD" : "DN", i % 2 == 0 ? longAgo : thisYearStart, null);
                }
            }
        }
        // SI: employees of the employers below from last year on; three voluntary in A2; one HI that ended mid-year.
        for (int i = 0; i < 3; i++) {
            participate(living.get(1).get(i), "SI_VOLUNTARY", "NO", lastYearStart, null);
        }
        participate(living.get(2).get(14), "HI", "GD", longAgo, LocalDate.of(year, 6, 30));
        // One person died in the year: counted at the end of the year before, not at the end of this one.
        long deceased = living.get(3).get(0);
        jdbc.sql("update person set date_of_death = :d where id = :id").param("d", LocalDate.of(year, 3, 1))
                .param("id", deceased).update();

        employerA = employer("Công ty Dệt Thử", areas.communeA1());
        employerB = employer("Công ty Gỗ Thử", areas.communeB1());
        employerC = employer("Hợp tác xã Thử", areas.communeA2());
        employ(employerA, living.get(0).subList(0, 10), lastYearStart, 10_000_000);
        employ(employerB, living.get(2).subList(0, 5), lastYearStart, 8_000_000);
        employ(employerC, living.get(1).subList(3, 5), lastYearStart, 6_000_000);
        for (int month = 1; month <= 10; month++) {
            YearMonth m = YearMonth.of(year, month);
            due(ledger, employerA, m, 10 * 10_000_000L);
            due(ledger, employerB, m, 5 * 8_000_000L);
            due(ledger, employerC, m, 2 * 6_000_000L);
        }
        pay(payments, employerA, 150_000_000, LocalDate.of(year, 7, 15));
        pay(payments, employerB, 10_000_000, LocalDate.of(year, 3, 10));
        pay(payments, employerA, 20_000_000, LocalDate.of(year + 1, 1, 5).isAfter(LocalDate.now())
                ? LocalDate.now() : LocalDate.of(year + 1, 1, 5)); // after the year: not in its figures
    }

    /** A month's dues on the payroll at the employer's and employees' rates of RULES.md §4 (32 % in all). */
    private static void due(Ledger ledger, String unitCode, YearMonth month, long payroll) {
        Journal journal = new Journal(Journal.Kind.ASSESSMENT, month.plusMonths(1).atDay(1),
                "dashboard-test:" + unitCode + ":" + month, null);
        long[] basisPoints = {2200, 300, 50, 200, 450};
        Fund[] funds = {Fund.RETIREMENT, Fund.SICKNESS_MATERNITY, Fund.OCCUPATIONAL_ACCIDENT, Fund.UNEMPLOYMENT, Fund.HEALTH};
        for (int i = 0; i < funds.length; i++) {
            long amount = payroll * basisPoints[i] / 10_000;
            journal.debit(Account.RECEIVABLE, PayerKind.EMPLOYER, unitCode, month, funds[i], amount)
                    .credit(Account.CONTRIBUTION_REVENUE, PayerKind.EMPLOYER, unitCode, month, funds[i], amount);
        }
        ledger.book(journal);
    }

    private long person(String name, long communeId) {
        long n = SEQ.incrementAndGet();
        return jdbc.sql("""
                        insert into person (cccd, si_code, full_name, name_search, date_of_birth, sex, commune_id)
                        values (:cccd, :si, :name, :search, date '1985-04-01', 'F', :commune) returning id""")
                .param("cccd", String.format("04218%07d", n % 10_000_000)).param("si", String.format("43%08d", n % 100_000_000))
                .param("name", name).param("search", vn.ansinh.shared.VietnameseText.searchKey(name))
                .param("commune", communeId).query(Long.class).single();
    }

    private void participate(long personId, String scheme, String group, LocalDate from, LocalDate to) {
        jdbc.sql("""
                        insert into participation (person_id, scheme, group_code, valid_from, valid_to)
                        values (:p, :scheme, :group, :from, :to)""")
                .param("p", personId).param("scheme", scheme).param("group", group).param("from", from).param("to", to)
                .update();
    }

    private String employer(String name, long communeId) {
        long n = SEQ.incrementAndGet();
        String unit = "TD" + String.format("%08d", n % 100_000_000);
        jdbc.sql("""
                        insert into employer (unit_code, tax_code, name, name_search, commune_id, wage_region, ownership,
                                              sector, size_class, registered_on)
                        values (:unit, :tax, :name, :search, :commune, 2, 'PRIVATE', 'MANUFACTURING', 'SMALL',
                                date '2016-01-01')""")
                .param("unit", unit).param("tax", String.format("%010d", 2_000_000_000L + n % 7_999_999_999L))
                .param("name", name + " " + n).param("search", vn.ansinh.shared.VietnameseText.searchKey(name + " " + n))
                .param("commune", communeId).update();
        return unit;
    }

    private void employ(String unitCode, List<Long> people, LocalDate from, long salary) {
        for (long person : people) {
            long employment = jdbc.sql("""
                            insert into employment (employer_id, person_id, start_date)
                            values ((select id from employer where unit_code = :unit), :person, :from) returning id""")
                    .param("unit", unitCode).param("person", person).param("from", from).query(Long.class).single();
            jdbc.sql("insert into salary (employment_id, valid_from, amount) values (:e, :from, :amount)")
                    .param("e", employment).param("from", from).param("amount", salary).update();
            participate(person, "SI_COMPULSORY", "DN", from, null);
        }
    }

    private static void pay(ImportingPayments payments, String payer, long amount, LocalDate on) {
        String file = "transaction_id,payer_code,amount,date\nDASH" + SEQ.incrementAndGet() + "," + payer + "," + amount
                + "," + on + "\n";
        PaymentImportReceipt receipt = payments.importFile("bank.csv", file.getBytes(StandardCharsets.UTF_8), false);
        if (receipt.booked() != 1) {
            throw new IllegalStateException("seed payment not booked: " + receipt);
        }
    }

    /** A payment file with one good row and one of an unknown payer, for the upload screens. */
    String paymentFileWithABadRow() {
        return "transaction_id,payer_code,amount,date\n"
                + "DASHOK" + SEQ.incrementAndGet() + "," + employerC + ",1000000," + LocalDate.now().minusDays(1) + "\n"
                + "DASHBAD" + SEQ.incrementAndGet() + ",ZZ99999999,500000," + LocalDate.now().minusDays(1) + "\n";
    }
}
