package vn.ansinh.demo;

import vn.ansinh.employer.SizeClassLimits;

/**
 * Generates a whole province as a stream of chunks: first the areas and employers, then one chunk per commune, then
 * the statistics and targets. The same spec and id bases always give byte-identical chunks: every random draw comes
 * from generators seeded by the spec, communes are generated in a fixed order, and no date comes from the clock.
 * The pay scales and size-class limits are the only inputs from outside the spec, both reference parameters.
 */
final class SyntheticProvince {

    private final ProvinceSpec spec;
    private final Geography geography;
    private final EmployerRoster roster;
    private final SizeClassLimits sizeClasses;
    private final Salaries salaries;

    /**
     * @param payScales   the minimum wages and base salaries in force over the generated years
     * @param sizeClasses the enterprise size-class limits employers are classified by
     */
    SyntheticProvince(ProvinceSpec spec, PayScales payScales, SizeClassLimits sizeClasses) {
        this.spec = spec;
        this.geography = new Geography(spec);
        this.sizeClasses = sizeClasses;
        this.roster = new EmployerRoster(spec, geography, sizeClasses);
        this.salaries = new Salaries(payScales);
    }

    Geography geography() {
        return geography;
    }

    EmployerRoster roster() {
        return roster;
    }

    /** Upper bounds of the rows per table with ids, for reserving id blocks. */
    Identifiers.Limits limits() {
        return Identifiers.Limits.of(spec);
    }

    /** Generates the province; can be called again (the jobs employers offer are reset each time). */
    GenerationSummary generate(IdBases bases, ChunkSink sink) throws Exception {
        Identifiers ids = new Identifiers(spec, geography, bases);
        EmployerRoster roster = new EmployerRoster(spec, geography, sizeClasses);
        Chunk first = new Chunk();
        geography.write(first, bases.area());
        roster.write(first, bases.employer(), bases.area());
        sink.accept(first);
        ProvinceStatistics statistics = new ProvinceStatistics(geography);
        for (Geography.Place commune : geography.communes()) {
            Chunk chunk = new Chunk();
            new CommunePopulation(spec, commune, roster, ids, salaries).generate(chunk, statistics);
            sink.accept(chunk);
        }
        Chunk last = new Chunk();
        statistics.write(last, ids);
        sink.accept(last);
        return ids.summary();
    }

    /** Receives chunks in generation order. */
    @FunctionalInterface
    interface ChunkSink {
        void accept(Chunk chunk) throws Exception;
    }
}
