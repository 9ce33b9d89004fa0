package vn.ansinh.demo;

/** Coverage of a generated province on the reference day, to log and to check against the seeds. */
final class GenerationSummary {

    long hiOnReferenceDay;
    long siOnReferenceDay;
    long populationOnReferenceDay;
    long labourForceOnReferenceDay;

    double hiCoverage() {
        return populationOnReferenceDay == 0 ? 0 : 100.0 * hiOnReferenceDay / populationOnReferenceDay;
    }

    double siCoverage() {
        return labourForceOnReferenceDay == 0 ? 0 : 100.0 * siOnReferenceDay / labourForceOnReferenceDay;
    }

    @Override
    public String toString() {
        return String.format("on %s: HI %,d = %.2f %% of %,d people, SI %,d = %.2f %% of a labour force of %,d",
                Days.iso(Timeline.REFERENCE_DAY), hiOnReferenceDay, hiCoverage(), populationOnReferenceDay,
                siOnReferenceDay, siCoverage(), labourForceOnReferenceDay);
    }
}
