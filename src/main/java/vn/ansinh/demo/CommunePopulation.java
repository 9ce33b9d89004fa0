package vn.ansinh.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.ansinh.shared.VietnameseText;

/**
 * The people of one commune: households, their members, jobs, salaries and scheme participation, written to a chunk.
 * <p>
 * Households are composed the way they are in Vietnam (a couple with children, often a grandparent, three
 * generations under an older head), which gives the age pyramid: many people aged 25-45, few over 70. Jobs go to
 * labour-force members with an age- and place-dependent chance; health insurance follows each person's situation
 * over time (a child's TE card until the sixth birthday, then a pupil's, the household's group, an employee's while
 * employed...), and finally household participation fills coverage up to the commune's level on the reference day.
 */
final class CommunePopulation {

    private static final int HS = Timeline.HISTORY_START;
    private static final int R = Timeline.REFERENCE_DAY;
    private static final int END = Timeline.DATA_END;
    private static final int OPEN = Integer.MAX_VALUE;
    /** Ages are drawn as of the end of the data year: a person of age a was born in DATA_YEAR - a. */
    private static final int DATA_YEAR = Days.year(END);
    private static final int REFERENCE_YEAR = Days.year(R);

    private static final Weighted<Integer> HOUSEHOLD_SIZE = Weighted.<Integer>builder()
            .add(1, 8).add(2, 17).add(3, 22).add(4, 28).add(5, 14).add(6, 7).add(7, 4).build();
    /** Ages of household heads by band (lower bound, upper bound, weight). */
    private static final int[][] HEAD_AGES = {{22, 34, 16}, {35, 44, 25}, {45, 54, 23}, {55, 64, 19}, {65, 79, 14},
            {80, 92, 3}};
    /** Provinces people were born in when not at home: the neighbours, the big cities, the southern work places. */
    private static final Weighted<Integer> ELSEWHERE = Weighted.<Integer>builder()
            .add(38, 18).add(40, 18).add(42, 14).add(44, 8).add(45, 3).add(46, 3).add(1, 8).add(79, 6).add(48, 4)
            .add(36, 3).add(34, 3).add(37, 2).add(22, 2).add(31, 2).add(75, 3).add(74, 3).add(66, 3).add(68, 2)
            .build();

    private final ProvinceSpec spec;
    private final Geography.Place commune;
    private final EmployerRoster roster;
    private final Identifiers ids;
    private final Salaries salaries;
    private final SplittableRandom random;
    private final List<Household> households = new ArrayList<>();
    private final List<Resident> residents = new ArrayList<>();
    private final double meanEmployment;
    private final double meanVoluntary;

    CommunePopulation(ProvinceSpec spec, Geography.Place commune, EmployerRoster roster, Identifiers ids,
                      Salaries salaries) {
        this.spec = spec;
        this.commune = commune;
        this.roster = roster;
        this.ids = ids;
        this.salaries = salaries;
        this.random = new SplittableRandom(CodePermutation.mix(spec.seed() * 1_000_003L + Long.parseLong(commune.code())));
        this.meanEmployment = ids.geography().meanOverPeople(CommunePopulation::employmentFactor);
        this.meanVoluntary = ids.geography().meanOverPeople(CommunePopulation::voluntaryFactor);
    }

    /** Generates the commune into the chunk and adds its people to the statistics. */
    void generate(Chunk chunk, ProvinceStatistics statistics) {
        int left = commune.people();
        while (left > 0) {
            int size = Math.min(HOUSEHOLD_SIZE.pick(random), left);
            household(size);
            left -= size;
        }
        for (Resident r : residents) {
            work(r);
        }
        fillHouseholdCoverage();
        write(chunk, statistics);
        chunk.addPeople(residents.size());
    }

    // ---------------------------------------------------------------------------------------------------- people

    private void household(int size) {
        Household h = new Household();
        h.id = ids.nextHousehold();
        h.code = spec.provinceCode() + Digits.padded(h.id - ids.householdBase() + 1, 8);
        h.minority = random.nextInt(1000) < switch (commune.kind()) {
            case MOUNTAIN -> 300;
            case TOWNSHIP -> mountainDistrict() ? 80 : 3;
            default -> 3;
        };
        h.standard = livingStandard(h.minority);
        h.address = address();
        h.mountain = mountainDistrict();
        h.family = VietnameseNames.familyName(random, h.minority);
        households.add(h);

        int headAge;
        char headSex;
        if (size == 1) {
            int roll = random.nextInt(100);
            headAge = roll < 40 ? between(20, 35) : roll < 60 ? between(36, 59) : between(60, 92);
            headSex = random.nextInt(100) < (roll < 40 ? 60 : roll < 60 ? 50 : 30) ? 'M' : 'F';
        } else {
            int[] band = HEAD_AGES[bandIndex()];
            headAge = between(band[0], band[1]);
            headSex = random.nextInt(100) < 78 ? 'M' : 'F';
        }
        Resident head = member(h, "HEAD", headSex, headAge);
        h.head = head;
        int left = size - 1;
        Resident spouse = null;
        if (left > 0 && random.nextInt(100) < (headAge < 70 ? 90 : 65)) {
            int gap = (int) Math.round(Math.max(-5, Math.min(12, 3 + 3 * Geography.gaussian(random))));
            int spouseAge = clamp(headSex == 'M' ? headAge - gap : headAge + gap, 18, 98);
            spouse = member(h, "SPOUSE", opposite(headSex), spouseAge);
            left--;
        }
        int motherAge = headSex == 'F' ? headAge : spouse != null ? age(spouse) : headAge;
        if (left > 0 && headAge >= 55 && motherAge - 22 >= 18 && random.nextInt(100) < 60) {
            int childAge = Math.max(18, motherAge - between(22, 34));
            char childSex = random.nextInt(100) < 65 ? 'M' : 'F';
            member(h, "CHILD", childSex, childAge);
            left--;
            int youngMotherAge = childAge;
            if (left > 0 && random.nextInt(100) < 80) {
                int inLawAge = clamp(childAge + between(-4, 3), 18, 80);
                member(h, "OTHER", opposite(childSex), inLawAge);
                if (childSex == 'M') {
                    youngMotherAge = inLawAge;
                }
                left--;
            }
            while (left-- > 0) {
                member(h, "GRANDCHILD", randomSex(), childAge(youngMotherAge));
            }
            return;
        }
        if (left >= 2 && headAge < 55 && random.nextInt(100) < 25) {
            member(h, "PARENT", random.nextInt(100) < 65 ? 'F' : 'M', Math.min(98, headAge + between(24, 34)));
            left--;
        }
        while (left-- > 0) {
            member(h, "CHILD", randomSex(), childAge(motherAge));
        }
    }

    /** A child born when the mother was between 19 and 38 (any age up to 38 years ago for a young mother). */
    private int childAge(int motherAge) {
        return between(Math.max(0, motherAge - 38), Math.max(0, motherAge - 19));
    }

    private static int age(Resident r) {
        return DATA_YEAR - r.birthYear;
    }

    private Resident member(Household h, String relation, char sex, int age) {
        Resident r = new Resident();
        r.household = h;
        r.relation = relation;
        r.sex = sex;
        r.birthYear = DATA_YEAR - age;
        r.birthDay = Days.inYear(random, r.birthYear);
        boolean patriline = relation.equals("CHILD") || relation.equals("GRANDCHILD")
                || (sex == 'M' && (relation.equals("HEAD") || relation.equals("SPOUSE")));
        String family = patriline ? h.family : VietnameseNames.familyName(random, h.minority);
        r.fullName = VietnameseText.normalizeName(family + " " + VietnameseNames.personalName(random, sex, r.birthYear));
        r.minority = h.minority;
        int homeShare = switch (relation) {
            case "HEAD" -> 94;
            case "SPOUSE" -> 85;
            case "CHILD", "GRANDCHILD" -> 97;
            case "PARENT" -> 93;
            default -> 88;
        };
        int home = spec.provinceNumber();
        int bornIn = random.nextInt(100) < homeShare ? home : ELSEWHERE.pick(random);
        String cccd = ids.citizens().issue(bornIn, sex, r.birthYear);
        r.cccd = cccd != null ? cccd : ids.citizens().issue(home, sex, r.birthYear);
        r.id = ids.nextPerson();
        r.siCode = ids.siCode(r.id);
        if (!relation.equals("HEAD")) {
            int deathChance = age >= 80 ? 220 : age >= 70 ? 90 : age >= 60 ? 35 : age > 0 ? 2 : 0;
            if (random.nextInt(1000) < deathChance) {
                r.deathDay = Days.between(random, Math.max(Days.of(2020, 1, 1), r.birthDay + 1), END);
            }
        }
        int school = random.nextInt(100);
        r.schoolLeavingAge = school < 8 ? 15 : school < 60 ? 18 : 22;
        r.studentCovered = random.nextInt(100) < 97;
        if (age >= 60 && random.nextInt(100) < pensionerShare()) {
            r.pensioner = true;
            r.retirementDay = Days.plusYears(r.birthDay, sex == 'M' ? 60 : 55);
        }
        if (age >= 40) {
            int merit = random.nextInt(1000);
            r.meritorious = merit < 3 ? "CC" : merit < 13 ? "CK" : null;
        }
        r.disabled = random.nextInt(1000) < 10;
        h.members.add(r);
        residents.add(r);
        return r;
    }

    private String livingStandard(boolean minority) {
        int[] poorNearFarm = switch (commune.kind()) {
            case CITY_WARD, TOWN_WARD -> new int[]{8, 15, 5};
            case TOWNSHIP -> new int[]{15, 25, 40};
            case MOUNTAIN -> new int[]{minority ? 130 : 70, 70, 110};
            default -> new int[]{30, 40, 140};
        };
        int roll = random.nextInt(1000);
        return roll < poorNearFarm[0] ? "POOR" : roll < poorNearFarm[0] + poorNearFarm[1] ? "NEAR_POOR"
                : roll < poorNearFarm[0] + poorNearFarm[1] + poorNearFarm[2] ? "FARM_AVERAGE" : "ORDINARY";
    }

    private String address() {
        return switch (commune.kind()) {
            case CITY_WARD, TOWN_WARD -> "Số " + between(1, 250) + ", đường "
                    + PlaceNames.STREETS.get(random.nextInt(PlaceNames.STREETS.size()));
            case TOWNSHIP -> "Tổ dân phố " + between(1, 15);
            case MOUNTAIN -> "Bản " + PlaceNames.MOUNTAIN_FIRST.get(random.nextInt(PlaceNames.MOUNTAIN_FIRST.size())) + " "
                    + PlaceNames.MOUNTAIN_SECOND.get(random.nextInt(PlaceNames.MOUNTAIN_SECOND.size()));
            default -> (random.nextBoolean() ? "Thôn " : "Xóm ") + between(1, 14);
        };
    }

    private int pensionerShare() {
        return switch (commune.kind()) {
            case CITY_WARD -> 55;
            case TOWN_WARD, TOWNSHIP -> 45;
            case INDUSTRIAL -> 33;
            case MOUNTAIN -> 14;
            default -> 30;
        };
    }

    private boolean mountainDistrict() {
        return commune.kind() == Geography.Kind.MOUNTAIN
                || ids.geography().places().get(commune.district()).kind() == Geography.Kind.MOUNTAIN_DISTRICT;
    }

    // ------------------------------------------------------------------------------------------------------ work

    /** Jobs on the reference day (about a fifth of the labour force), jobs that ended before it, hires in 2025. */
    private void work(Resident r) {
        if (r.deathDay != Days.NONE || !r.inLabourForce(R) || REFERENCE_YEAR - r.birthYear < 18) {
            return;
        }
        int adult = Math.max(Days.plusYears(r.birthDay, 18), Days.plusYears(r.birthDay, r.schoolLeavingAge));
        // Relative to the province's mix of places, so that a small, mostly urban province is not over-employed.
        double place = employmentFactor(commune.kind()) / meanEmployment;
        int age = REFERENCE_YEAR - r.birthYear;
        double byAge = age < 25 ? 0.21 : age < 35 ? 0.29 : age < 45 ? 0.24 : age < 55 ? 0.12 : 0.05;
        double roll = random.nextDouble();
        double employed = byAge * place * 0.98;
        if (roll < employed) {
            EmployerRoster.Employer employer = roster.hire(random);
            Job job = job(r, employer, Math.max(adult, Math.max(HS, employer.registeredOn())), R);
            if (random.nextInt(100) < 10) {
                job.end = Days.between(random, R + 1, END);
            }
            if (random.nextInt(100) < 25 && job.start - Math.max(adult, HS) > 400) {
                EmployerRoster.Employer before = roster.any(random);
                int from = Math.max(Math.max(adult, HS), before.registeredOn());
                if (before != employer && from < job.start - 200) {
                    Job prior = job(r, before, from, job.start - 200);
                    prior.end = job.start - 1;
                }
            }
        } else if (roll < employed + 0.07 * place) {
            EmployerRoster.Employer employer = roster.any(random);
            int from = Math.max(Math.max(adult, HS), employer.registeredOn());
            if (from < R - 150) {
                Job job = job(r, employer, from, R - 150);
                job.end = Days.between(random, job.start + 60, R - 1);
            }
        } else if (roll < employed + 0.07 * place + 0.025) {
            job(r, roster.hire(random), R + 1, END);
        }
        if (r.pensioner && r.jobs != null) {
            // A man who turns 60 in 2025 retires: his job ends the day before his pension starts.
            r.jobs.removeIf(job -> job.start >= r.retirementDay);
            r.jobs.forEach(job -> job.end = job.end == Days.NONE || job.end >= r.retirementDay
                    ? r.retirementDay - 1 : job.end);
            if (r.jobs.isEmpty()) {
                r.jobs = null;
            }
        }
        double voluntary = voluntaryFactor(commune.kind()) / meanVoluntary;
        if (r.jobs == null && random.nextDouble() < Calibration.VOLUNTARY_SI * voluntary) {
            int year = VOLUNTARY_YEARS.pick(random);
            r.voluntaryFrom = Math.max(adult, Days.inYear(random, year));
            if (r.voluntaryFrom < Days.of(2023, 1, 1) && r.voluntaryFrom + 365 < R - 1 && random.nextInt(100) < 7) {
                r.voluntaryTo = Days.between(random, r.voluntaryFrom + 365, R - 1);
            }
        }
    }

    /** Where jobs are: cities and industrial zones, much less in the mountains. */
    static double employmentFactor(Geography.Kind kind) {
        return switch (kind) {
            case CITY_WARD -> 1.45;
            case TOWN_WARD, TOWNSHIP -> 1.2;
            case INDUSTRIAL -> 1.5;
            case MOUNTAIN -> 0.45;
            default -> 0.85;
        };
    }

    /** Farmers take voluntary SI more than townspeople (who are more often employed) and mountain people. */
    static double voluntaryFactor(Geography.Kind kind) {
        return switch (kind) {
            case RURAL, INDUSTRIAL -> 1.2;
            case MOUNTAIN -> 0.7;
            default -> 0.85;
        };
    }

    private static final Weighted<Integer> VOLUNTARY_YEARS = Weighted.<Integer>builder().add(2016, 1).add(2017, 1)
            .add(2018, 1).add(2019, 2).add(2020, 3).add(2021, 4).add(2022, 5).add(2023, 5).add(2024, 4).add(2025, 4)
            .build();

    /** A job starting on a day drawn between the two (the latest start when the range is empty). */
    private Job job(Resident r, EmployerRoster.Employer employer, int from, int to) {
        Job job = new Job();
        job.employer = employer;
        job.start = Days.between(random, Math.min(from, to), to);
        job.title = EmployerRoster.jobTitle(random, employer);
        if (r.jobs == null) {
            r.jobs = new ArrayList<>(2);
        }
        r.jobs.add(job);
        r.jobs.sort((a, b) -> Integer.compare(a.start, b.start)); // a job before the current one is added after it
        return job;
    }

    // --------------------------------------------------------------------------------------- health insurance

    /**
     * The group that pays first for the person's HI on a day when not employed (RULES.md section 6), or null when
     * nothing covers them. Budget-paid groups come before supported ones, and those before the household's.
     */
    private static String groupOn(Resident r, int day) {
        int age = ageOn(r, day);
        if (age < 6) {
            return "TE";
        }
        if (r.pensioner && day >= r.retirementDay) {
            return "HT";
        }
        if ("CC".equals(r.meritorious)) {
            return "CC";
        }
        if ("CK".equals(r.meritorious)) {
            return "CK";
        }
        Household h = r.household;
        if (h.standard.equals("POOR")) {
            return "HN";
        }
        if (r.disabled || age >= 80) {
            return "BT";
        }
        if (r.minority && h.mountain) {
            return "DT";
        }
        if (h.standard.equals("NEAR_POOR")) {
            return "CN";
        }
        if (age < r.schoolLeavingAge && r.studentCovered) {
            return age < 18 ? "HS" : "SV";
        }
        if (h.joinDay != Days.NONE && day >= h.joinDay) {
            return h.standard.equals("FARM_AVERAGE") ? "GB" : "GD";
        }
        return null;
    }

    private static int ageOn(Resident r, int day) {
        return Days.wholeYears(r.birthDay, day);
    }

    private static boolean coveredOn(Resident r, int day) {
        if (!r.aliveOn(day)) {
            return false;
        }
        if (r.jobs != null) {
            for (Job j : r.jobs) {
                if (j.covers(day)) {
                    return true;
                }
            }
        }
        return groupOn(r, day) != null;
    }

    /**
     * Farm households of average standard mostly take their supported card; then households join household HI, in a
     * random order, until the commune's coverage on the reference day reaches its level. A few more join in 2025.
     */
    private void fillHouseholdCoverage() {
        for (Household h : households) {
            if (h.standard.equals("FARM_AVERAGE") && random.nextInt(100) < 85) {
                h.joinDay = Days.between(random, HS, R);
            }
        }
        double level = Math.max(0.88, Math.min(0.985, Calibration.HI_COVERAGE + 0.012 * Geography.gaussian(random)));
        int alive = 0;
        int covered = 0;
        for (Resident r : residents) {
            if (r.aliveOn(R)) {
                alive++;
                if (coveredOn(r, R)) {
                    covered++;
                }
            }
        }
        int needed = (int) Math.ceil(level * alive) - covered;
        List<Household> candidates = new ArrayList<>();
        for (Household h : households) {
            if (h.joinDay == Days.NONE && uncovered(h) > 0) {
                candidates.add(h);
            }
        }
        for (int i = candidates.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Household t = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, t);
        }
        for (Household h : candidates) {
            if (needed > 0) {
                needed -= uncovered(h);
                h.joinDay = Days.between(random, HS, R);
            } else if (random.nextInt(100) < 4) {
                h.joinDay = Days.between(random, R + 1, END);
            }
        }
    }

    private static int uncovered(Household h) {
        int n = 0;
        for (Resident r : h.members) {
            if (r.aliveOn(R) && !coveredOn(r, R)) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------------------------------------------- rows

    private void write(Chunk chunk, ProvinceStatistics statistics) {
        long communeId = ids.areaId(commune.index());
        Chunk.Rows householdRows = chunk.rows(Table.HOUSEHOLD);
        for (Household h : households) {
            householdRows.add(h.id).add(h.code).add(communeId).add(h.address).add(h.standard).add(h.head.id)
                    .timestamp(HS).end();
        }
        Chunk.Rows people = chunk.rows(Table.PERSON);
        for (Resident r : residents) {
            people.add(r.id).add(r.cccd).add(r.siCode).add(r.fullName).add(VietnameseText.searchKey(r.fullName))
                    .day(r.birthDay).add(String.valueOf(r.sex)).add(communeId).add(r.household.id).add(r.relation)
                    .add(r.minority).day(r.deathDay).timestamp(Math.max(r.birthDay, HS)).end();
            writeJobs(chunk, r);
            writeParticipation(chunk, r);
            statistics.count(commune.index(), r);
        }
    }

    private void writeJobs(Chunk chunk, Resident r) {
        if (r.jobs == null) {
            return;
        }
        Chunk.Rows jobs = chunk.rows(Table.EMPLOYMENT);
        Chunk.Rows salaryRows = chunk.rows(Table.SALARY);
        for (Job job : r.jobs) {
            job.id = ids.nextEmployment();
            jobs.add(job.id).add(ids.employerId(job.employer.index())).add(r.id).day(job.start).day(job.end)
                    .add(job.title).add("VIETNAMESE").end();
            salaries.write(salaryRows, random, job.id, job.employer, job.start, job.end, ageOn(r, job.start));
        }
    }

    private void writeParticipation(Chunk chunk, Resident r) {
        Chunk.Rows rows = chunk.rows(Table.PARTICIPATION);
        int end = r.deathDay == Days.NONE ? OPEN : r.deathDay + 1;
        if (r.jobs != null) {
            for (Job job : r.jobs) {
                int jobEnd = Math.min(end, job.end == Days.NONE ? OPEN : job.end + 1);
                String group = job.employer.hiGroup();
                participation(rows, r, "SI_COMPULSORY", group, job.start, jobEnd);
                if (!job.employer.civilService()) {
                    participation(rows, r, "UI", group, job.start, jobEnd);
                }
            }
        }
        if (r.voluntaryFrom != Days.NONE) {
            participation(rows, r, "SI_VOLUNTARY", "TN", r.voluntaryFrom,
                    Math.min(end, r.voluntaryTo == Days.NONE ? OPEN : r.voluntaryTo + 1));
        }
        // HI: the person's situation in periods between the days it can change, with jobs taking precedence.
        int start = Math.max(HS, r.birthDay);
        int[] changes = {Days.plusYears(r.birthDay, 6), Days.plusYears(r.birthDay, 18),
                Days.plusYears(r.birthDay, r.schoolLeavingAge),
                r.pensioner ? r.retirementDay : OPEN, Days.plusYears(r.birthDay, 80),
                r.household.joinDay == Days.NONE ? OPEN : r.household.joinDay};
        java.util.Arrays.sort(changes);
        int from = start;
        String group = start < end ? groupOn(r, start) : null;
        for (int i = 0; i <= changes.length && from < end; i++) {
            int to = i < changes.length ? Math.min(changes[i], end) : end;
            if (to <= from) {
                continue;
            }
            String next = to < end ? groupOn(r, to) : null;
            if (to == end || !java.util.Objects.equals(next, group)) {
                healthInsurance(rows, r, group, from, to);
                from = to;
                group = next;
            }
        }
        flushHealthInsurance(rows, r);
    }

    /** Writes the HI periods of a non-employment group, leaving out the times a job covers (with its own group). */
    private void healthInsurance(Chunk.Rows rows, Resident r, String group, int from, int to) {
        int cursor = from;
        if (r.jobs != null) {
            for (Job job : r.jobs) {
                int jobEnd = job.end == Days.NONE ? OPEN : job.end + 1;
                if (jobEnd <= cursor || job.start >= to) {
                    continue;
                }
                if (job.start > cursor && group != null) {
                    participation(rows, r, "HI", group, cursor, job.start);
                }
                int covered = Math.min(jobEnd, to);
                participation(rows, r, "HI", job.employer.hiGroup(), Math.max(cursor, job.start), covered);
                cursor = covered;
            }
        }
        if (cursor < to && group != null) {
            participation(rows, r, "HI", group, cursor, to);
        }
    }

    /** One row; {@code to} is exclusive ({@link #OPEN} for no end), stored as the inclusive last day. */
    private void participation(Chunk.Rows rows, Resident r, String scheme, String group, int from, int to) {
        if (to <= from) {
            return;
        }
        if (scheme.equals("HI")) {
            // Periods of one group that meet (a job cut by a change of the household's situation) make one row.
            if (pendingGroup != null && pendingTo == from && pendingGroup.equals(group)) {
                pendingTo = to;
                return;
            }
            flushHealthInsurance(rows, r);
            pendingGroup = group;
            pendingFrom = from;
            pendingTo = to;
            return;
        }
        row(rows, r, scheme, group, from, to);
    }

    private String pendingGroup;
    private int pendingFrom;
    private int pendingTo;

    private void flushHealthInsurance(Chunk.Rows rows, Resident r) {
        if (pendingGroup != null) {
            row(rows, r, "HI", pendingGroup, pendingFrom, pendingTo);
            pendingGroup = null;
        }
    }

    private void row(Chunk.Rows rows, Resident r, String scheme, String group, int from, int to) {
        rows.add(ids.nextParticipation()).add(r.id).add(scheme).add(group).day(from).day(to == OPEN ? Days.NONE : to - 1)
                .end();
        if (scheme.equals("HI") && from <= R && R < to) {
            ids.summary().hiOnReferenceDay++;
        } else if (scheme.startsWith("SI") && from <= R && R < to) {
            ids.summary().siOnReferenceDay++;
        }
    }

    // -------------------------------------------------------------------------------------------------- helpers

    private int bandIndex() {
        int total = 0;
        for (int[] band : HEAD_AGES) {
            total += band[2];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < HEAD_AGES.length; i++) {
            roll -= HEAD_AGES[i][2];
            if (roll < 0) {
                return i;
            }
        }
        return HEAD_AGES.length - 1;
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private char randomSex() {
        return random.nextBoolean() ? 'M' : 'F';
    }

    private static char opposite(char sex) {
        return sex == 'M' ? 'F' : 'M';
    }

    static final class Household {
        long id;
        String code;
        String family;
        String standard;
        String address;
        boolean minority;
        boolean mountain;
        Resident head;
        int joinDay = Days.NONE;
        final List<Resident> members = new ArrayList<>(4);
    }

    static final class Resident {
        long id;
        Household household;
        String relation;
        char sex;
        int birthDay;
        int birthYear;
        String fullName;
        String cccd;
        String siCode;
        boolean minority;
        int deathDay = Days.NONE;
        int schoolLeavingAge;
        boolean studentCovered;
        boolean pensioner;
        int retirementDay;
        String meritorious;
        boolean disabled;
        List<Job> jobs;
        int voluntaryFrom = Days.NONE;
        int voluntaryTo = Days.NONE;

        boolean aliveOn(int day) {
            return birthDay <= day && (deathDay == Days.NONE || deathDay > day);
        }

        /** Working-age labour force on a 31 December: 15-59, alive, not in school, not retired. */
        boolean inLabourForce(int dec31) {
            int age = Days.year(dec31) - birthYear;
            return aliveOn(dec31) && age >= 15 && age <= 59 && age >= schoolLeavingAge
                    && !(pensioner && retirementDay <= dec31);
        }
    }

    static final class Job {
        long id;
        EmployerRoster.Employer employer;
        int start;
        int end = Days.NONE;
        String title;

        boolean covers(int day) {
            return start <= day && (end == Days.NONE || end >= day);
        }
    }
}
