package vn.ansinh.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaLevel;
import vn.ansinh.area.Areas;
import vn.ansinh.card.Facilities;
import vn.ansinh.card.FacilityLevel;
import vn.ansinh.card.IssuingCards;
import vn.ansinh.claim.ClaimGenerator;
import vn.ansinh.claim.ClaimGeneratorSource;
import vn.ansinh.claim.ReceivingClaims;
import vn.ansinh.claim.appraisal.AppraisalRun;
import vn.ansinh.claim.appraisal.AppraisingClaims;
import vn.ansinh.claim.settlement.FundPosition;
import vn.ansinh.claim.settlement.FacilitySettlement;
import vn.ansinh.claim.settlement.HealthInsuranceFund;
import vn.ansinh.claim.settlement.SettlementPeriod;
import vn.ansinh.claim.settlement.SettlingClaims;
import vn.ansinh.collection.AssessingContributions;
import vn.ansinh.collection.ChargingInterest;
import vn.ansinh.collection.CollectionPlans;
import vn.ansinh.collection.ImportingPayments;
import vn.ansinh.collection.PaymentImportReceipt;
import vn.ansinh.shared.VietnameseText;

/**
 * A year of the demo province's work, done through the same services staff and banks use: its health facilities
 * registered, every month of {@link #YEAR} assessed, the bank's payment file of each month imported (most employers
 * pay on time, some late, some in part, a few stop paying), interest charged at each month end, collection plans set
 * for the province and its districts, and HI cards issued at the year end. Each step is idempotent, so a start that was
 * interrupted finishes the rest; {@code demo_load.activity_done_at} marks the end.
 * <p>
 * Employers' behaviour is drawn from the province's seed, so the same demo always has the same debtors.
 */
@Component
class DemoActivity {

    private static final Logger log = LoggerFactory.getLogger(DemoActivity.class);

    /** One claim a year for this many people in the demo (real provinces see about two a person). */
    private static final int PEOPLE_PER_CLAIM = 5;
    /** The share of claims with one of the generator's known errors. */
    private static final double CLAIM_ERROR_RATE = 0.03;

    /** The demo's year of collection, ending on the day the generated data end. */
    static final int YEAR = LocalDate.ofEpochDay(Timeline.DATA_END).getYear();

    private final JdbcClient jdbc;
    private final Areas areas;
    private final Facilities facilities;
    private final AssessingContributions assessing;
    private final ImportingPayments payments;
    private final ChargingInterest interest;
    private final CollectionPlans plans;
    private final IssuingCards cards;
    private final ClaimGeneratorSource claimSource;
    private final ReceivingClaims receiving;
    private final AppraisingClaims appraising;
    private final HealthInsuranceFund fund;
    private final SettlingClaims settling;

    DemoActivity(JdbcClient jdbc, Areas areas, Facilities facilities, AssessingContributions assessing,
                 ImportingPayments payments, ChargingInterest interest, CollectionPlans plans, IssuingCards cards,
                 ClaimGeneratorSource claimSource, ReceivingClaims receiving, AppraisingClaims appraising,
                 HealthInsuranceFund fund, SettlingClaims settling) {
        this.settling = settling;
        this.claimSource = claimSource;
        this.receiving = receiving;
        this.appraising = appraising;
        this.fund = fund;
        this.jdbc = jdbc;
        this.areas = areas;
        this.facilities = facilities;
        this.assessing = assessing;
        this.payments = payments;
        this.interest = interest;
        this.plans = plans;
        this.cards = cards;
    }

    boolean isDone(String provinceCode) {
        return jdbc.sql("select activity_done_at is not null from demo_load where province_code = :code")
                .param("code", provinceCode).query(Boolean.class).optional().orElse(false);
    }

    void run(ProvinceSpec spec) {
        long started = System.nanoTime();
        Area province = areas.byCode(spec.provinceCode()).orElseThrow();
        int registered = registerFacilities(spec, province);
        SplittableRandom random = new SplittableRandom(spec.seed());
        Map<String, Behaviour> behaviours = behaviours(province, random);
        long assessed = 0;
        long paid = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            // Run on the first day of the next month, as the office does.
            assessed += assessing.assess(month, month.plusMonths(1).atDay(1)).rowsAdded();
            paid += payMonth(province, month, behaviours);
            interest.charge(month.atEndOfMonth());
        }
        setPlans(province);
        int issued = cards.issue(LocalDate.ofEpochDay(Timeline.DATA_END)).issued();
        int claims = claims(spec, province);
        jdbc.sql("update demo_load set activity_done_at = now() where province_code = :code")
                .param("code", spec.provinceCode()).update();
        log.info("Demo year {} of province {}: {} facilities, {} contribution rows assessed, {} VND paid, {} cards "
                        + "issued, {} claims received and appraised, in {} s", YEAR, spec.provinceCode(), registered,
                String.format(Locale.ROOT, "%,d", assessed), String.format(Locale.ROOT, "%,d", paid), issued, claims,
                String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9));
    }

    /**
     * The provincial general hospital ({province}001, the demo facility token's), provincial traditional-medicine and
     * rehabilitation hospitals, one hospital per district and one health station per commune.
     */
    private int registerFacilities(ProvinceSpec spec, Area province) {
        List<Area> districts = areas.children(province.id());
        LocalDate from = LocalDate.ofEpochDay(Timeline.HISTORY_START);
        String provincialCommune = areas.children(districts.get(0).id()).get(0).code();
        List<Object[]> wanted = new ArrayList<>();
        wanted.add(new Object[] {"001", "Bệnh viện Đa khoa tỉnh " + spec.provinceName(), FacilityLevel.PROVINCIAL,
                provincialCommune, true});
        wanted.add(new Object[] {"002", "Bệnh viện Y học cổ truyền tỉnh", FacilityLevel.PROVINCIAL, provincialCommune, false});
        wanted.add(new Object[] {"003", "Bệnh viện Phục hồi chức năng tỉnh", FacilityLevel.PROVINCIAL, provincialCommune, false});
        int number = 10;
        for (Area district : districts) {
            List<Area> communes = areas.children(district.id());
            wanted.add(new Object[] {"%03d".formatted(number++), "Trung tâm Y tế " + district.name(),
                    FacilityLevel.DISTRICT, communes.get(0).code(), true});
        }
        number = Math.max(number, 100);
        for (Area district : districts) {
            for (Area commune : areas.children(district.id())) {
                if (commune.level() == AreaLevel.COMMUNE && number <= 999) {
                    wanted.add(new Object[] {"%03d".formatted(number++), "Trạm Y tế " + commune.name(),
                            FacilityLevel.COMMUNE, commune.code(), true});
                }
            }
        }
        int registered = 0;
        int spare = 999;
        for (Object[] f : wanted) {
            String name = VietnameseText.normalizeName((String) f[1]);
            boolean present = jdbc.sql("""
                            select exists (select 1 from health_facility h join area a on a.id = h.commune_id
                                           where a.code = :commune and h.level = :level and h.name = :name)""")
                    .param("commune", f[3]).param("level", f[2].toString()).param("name", name)
                    .query(Boolean.class).single();
            if (present) {
                continue;
            }
            // A code already held elsewhere (a facility registered by hand) is replaced from the top of the range.
            String code = spec.provinceCode() + f[0];
            while (facilities.byCode(code).isPresent()) {
                code = spec.provinceCode() + "%03d".formatted(spare--);
            }
            facilities.register(code, name, (FacilityLevel) f[2], (String) f[3], (Boolean) f[4], from);
            registered++;
        }
        return registered;
    }

    /**
     * The year's claims from the province's facilities, sent as the Ministry's XML through intake (a few with the
     * generator's known errors), appraised, and the province's HI budget, allotted a little below what the claims come
     * to, as in seed 004. Runs once: a province with claims already has its year.
     */
    private int claims(ProvinceSpec spec, Area province) {
        boolean done = jdbc.sql("""
                        select exists (select 1 from claim c join health_facility f on f.code = c.facility_code
                                       join area a on a.id = f.commune_id where starts_with(a.path, :path))""")
                .param("path", province.path()).query(Boolean.class).single();
        if (done) {
            return 0;
        }
        LocalDate first = LocalDate.of(YEAR, 1, 1);
        claimSource.seedReferenceData(first);
        ClaimGenerator generator = claimSource.generator(province.path(), spec.seed(), spec.people(), CLAIM_ERROR_RATE,
                first, LocalDate.of(YEAR, 12, 31));
        int received = 0;
        while (received < spec.people() / PEOPLE_PER_CLAIM) {
            List<ReceivingClaims.IncomingFile> files = new ArrayList<>();
            while (files.size() < 1_000) {
                for (ClaimGenerator.Generated generated : generator.next()) {
                    files.add(ReceivingClaims.IncomingFile.of("demo-" + (received + files.size()) + ".xml",
                            ClaimGenerator.envelope(generated.claim())));
                }
            }
            receiving.receive(files, null, "demo");
            received += files.size();
        }
        AppraisalRun run = appraising.appraiseReceived();
        settleQuarters();
        FundPosition year = fund.ofArea(province.code(), YEAR, YearMonth.of(YEAR, 12));
        long budget = millions(year.spent().longValue() * 96 / 100);
        if (budget > 0) {
            fund.setBudget(province.code(), YEAR, budget, "Demo: HI budget allotted to the province for " + YEAR);
        }
        return run.claims();
    }

    /**
     * The office has settled the year's first three quarters with every facility that has nothing left in review or
     * unappraised (the fourth is still open): those claims' co-payments now count towards their patients' yearly caps
     * and show at look-up.
     */
    private void settleQuarters() {
        for (int quarter = 1; quarter <= 3; quarter++) {
            SettlementPeriod period = SettlementPeriod.parse("period", YEAR + "-Q" + quarter);
            for (FacilitySettlement statement : settling.statements(period)) {
                if (statement.settled() == null && statement.inReview() == 0 && statement.awaiting() == 0) {
                    settling.close(statement.facilityCode(), period);
                }
            }
        }
    }

    /** How an employer pays through the year. */
    private enum Behaviour {
        /** The month's dues in full during the following month. */
        ON_TIME,
        /** Two or three months at once, late. */
        LATE,
        /** Seven tenths of each month's dues. */
        PARTIAL,
        /** Pays on time until the middle of the year, then nothing. */
        STOPS
    }

    private Map<String, Behaviour> behaviours(Area province, SplittableRandom random) {
        List<String> employers = jdbc.sql("""
                        select e.unit_code from employer e join area a on a.id = e.commune_id
                        where a.path like :like order by e.unit_code""")
                .param("like", province.path() + "%").query(String.class).list();
        Map<String, Behaviour> behaviours = new java.util.HashMap<>();
        for (String unitCode : employers) {
            int draw = random.nextInt(100);
            behaviours.put(unitCode, draw < 82 ? Behaviour.ON_TIME : draw < 91 ? Behaviour.LATE
                    : draw < 96 ? Behaviour.PARTIAL : Behaviour.STOPS);
        }
        return behaviours;
    }

    /**
     * The bank's file for the month after {@code month} (only payments dated within the demo year): what each employer
     * was billed for the months it settles now, as its behaviour says. The bank file's transaction ids are stable, so
     * a file imported again books nothing twice.
     */
    private long payMonth(Area province, YearMonth month, Map<String, Behaviour> behaviours) {
        YearMonth payingIn = month.plusMonths(1);
        if (payingIn.getYear() != YEAR) {
            return 0;
        }
        // What each employer was billed per month: the demo plays the bank and the employers, who read their bills.
        List<Object[]> billed = jdbc.sql("""
                        select p.payer_code, p.period, sum(p.amount) as amount
                        from ledger_posting p
                        where p.payer_kind = 'EMPLOYER' and p.account = 'RECEIVABLE' and p.amount > 0
                          and p.period between :from and :to
                          and p.payer_code in (select e.unit_code from employer e join area a on a.id = e.commune_id
                                               where a.path like :like)
                        group by p.payer_code, p.period""")
                .param("from", month.minusMonths(2).atDay(1)).param("to", month.atDay(1))
                .param("like", province.path() + "%")
                .query((rs, i) -> new Object[] {rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getLong(3)})
                .list();
        StringBuilder file = new StringBuilder("transaction_id,payer_code,amount,date\n");
        long total = 0;
        int line = 0;
        for (Object[] bill : billed) {
            String unitCode = (String) bill[0];
            YearMonth period = (YearMonth) bill[1];
            long amount = (Long) bill[2];
            long pays = switch (behaviours.getOrDefault(unitCode, Behaviour.ON_TIME)) {
                case ON_TIME -> period.equals(month) ? amount : 0;
                // Late payers settle the three months up to this one every third month.
                case LATE -> month.getMonthValue() % 3 == 0 ? amount : 0;
                case PARTIAL -> period.equals(month) ? amount * 7 / 10 : 0;
                case STOPS -> period.equals(month) && month.getMonthValue() <= 6 ? amount : 0;
            };
            if (pays <= 0) {
                continue;
            }
            // Paid on a day of the following month spread over the first three weeks.
            LocalDate day = payingIn.atDay(5 + Math.floorMod(unitCode.hashCode(), 17));
            file.append("DEMO-").append(unitCode).append('-').append(period).append(',').append(unitCode).append(',')
                    .append(pays).append(',').append(day).append('\n');
            total += pays;
            line++;
        }
        if (line == 0) {
            return 0;
        }
        PaymentImportReceipt receipt = payments.importFile("demo-bank-" + payingIn + ".csv",
                file.toString().getBytes(StandardCharsets.UTF_8), true);
        if (receipt.badRows() > 0) {
            log.warn("Demo bank file {}: {} bad rows, first: {}", payingIn, receipt.badRows(), receipt.errors().get(0));
        }
        return total;
    }

    /**
     * Plans a little above what was billed, as offices are set stretching plans: the year's dues of each area plus 3 %,
     * and the next year 8 % above that, rounded to the million.
     */
    private void setPlans(Area province) {
        List<Area> planned = new ArrayList<>();
        planned.add(province);
        planned.addAll(areas.children(province.id()));
        for (Area area : planned) {
            long billed = jdbc.sql("""
                            select coalesce(sum(p.amount), 0) from ledger_posting p
                            where p.payer_kind = 'EMPLOYER' and p.account = 'RECEIVABLE' and p.amount > 0
                              and p.period between :from and :to
                              and p.payer_code in (select e.unit_code from employer e join area a on a.id = e.commune_id
                                                   where a.path like :like)""")
                    .param("from", LocalDate.of(YEAR, 1, 1)).param("to", LocalDate.of(YEAR, 12, 1))
                    .param("like", area.path() + "%").query(Long.class).single();
            long plan = millions(billed * 103 / 100);
            if (plan > 0) {
                plans.set(area.code(), YEAR, plan);
                plans.set(area.code(), YEAR + 1, millions(plan * 108 / 100));
            }
        }
    }

    private static long millions(long amount) {
        return (amount + 500_000) / 1_000_000 * 1_000_000;
    }
}
