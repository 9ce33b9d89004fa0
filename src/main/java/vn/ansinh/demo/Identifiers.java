package vn.ansinh.demo;

/**
 * The running counters of one generation: ids, household and SI codes, CCCD numbers. Communes are generated in a
 * fixed order, so the same spec always hands out the same numbers.
 */
final class Identifiers {

    private final IdBases bases;
    private final Limits limits;
    private final Geography geography;
    private final String provinceCode;
    private final CitizenNumbers citizens;
    private final CodePermutation siShuffle;
    private final GenerationSummary summary = new GenerationSummary();
    private long households;
    private long people;
    private long employments;
    private long participations;

    /** The most rows the generation may write per table; the loader reserves that many ids. */
    record Limits(long households, long people, long employments, long participations) {
        static Limits of(ProvinceSpec spec) {
            return new Limits(spec.people(), spec.people(), 2L * spec.people(), 16L * spec.people());
        }
    }

    Identifiers(ProvinceSpec spec, Geography geography, IdBases bases) {
        this.bases = bases;
        this.limits = Limits.of(spec);
        this.geography = geography;
        this.provinceCode = spec.provinceCode();
        this.citizens = new CitizenNumbers(spec.provinceNumber());
        // Keyed by the province only: SI codes, like CCCDs, must stay unique across provinces in one database.
        this.siShuffle = new CodePermutation(100_000_000, 0x51C0DEL * 100 + spec.provinceNumber());
    }

    long nextHousehold() {
        return bases.household() + check(households++, limits.households(), "households");
    }

    long householdBase() {
        return bases.household();
    }

    long nextPerson() {
        return bases.person() + check(people++, limits.people(), "people");
    }

    long nextEmployment() {
        return bases.employment() + check(employments++, limits.employments(), "employments");
    }

    long nextParticipation() {
        return bases.participation() + check(participations++, limits.participations(), "participations");
    }

    /** The SI code of a person: the province code and eight digits that never repeat within the province. */
    String siCode(long personId) {
        return provinceCode + Digits.padded(siShuffle.apply(personId - bases.person()), 8);
    }

    long areaId(int placeIndex) {
        return bases.area() + placeIndex;
    }

    long employerId(int employerIndex) {
        return bases.employer() + employerIndex;
    }

    CitizenNumbers citizens() {
        return citizens;
    }

    Geography geography() {
        return geography;
    }

    GenerationSummary summary() {
        return summary;
    }

    private static long check(long n, long limit, String what) {
        if (n >= limit) {
            throw new IllegalStateException("generated more " + what + " than the " + limit + " ids reserved");
        }
        return n;
    }
}
