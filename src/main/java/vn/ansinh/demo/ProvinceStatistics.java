package vn.ansinh.demo;

import java.util.List;
import java.util.Locale;

/**
 * Population and working-age labour force per area and year, counted from the generated people on each 31 December
 * (the year after the data end is projected at the last year's growth), and the coverage targets managers would set:
 * the province follows the seed's path (SI 26-27 % of the labour force in 2025 rising toward 37 % in 2030, HI 95 %
 * in 2025 toward 98.56 % in 2030, lower before), cities and industrial communes are asked more than mountain ones.
 */
final class ProvinceStatistics {

    private static final int FIRST = Timeline.FIRST_STATISTIC_YEAR;
    private static final int COUNTED = Timeline.LAST_COUNTED_YEAR - FIRST + 1;
    private static final int YEARS = Timeline.LAST_STATISTIC_YEAR - FIRST + 1;
    /** Province targets for 2020..2026, percent. */
    private static final double[] SI_TARGET = {20.0, 21.5, 23.0, 24.5, 25.7, 26.5, 28.6};
    private static final double[] HI_TARGET = {90.0, 91.0, 92.0, 93.0, 94.0, 95.0, 95.7};

    private final Geography geography;
    private final long[][] population;
    private final long[][] labourForce;
    private final int[] yearEnds = new int[COUNTED];

    ProvinceStatistics(Geography geography) {
        this.geography = geography;
        int places = geography.places().size();
        population = new long[places][YEARS];
        labourForce = new long[places][YEARS];
        for (int y = 0; y < COUNTED; y++) {
            yearEnds[y] = Days.dec31(FIRST + y);
        }
    }

    void count(int communeIndex, CommunePopulation.Resident r) {
        for (int y = 0; y < COUNTED; y++) {
            if (r.aliveOn(yearEnds[y])) {
                population[communeIndex][y]++;
                if (r.inLabourForce(yearEnds[y])) {
                    labourForce[communeIndex][y]++;
                }
            }
        }
    }

    /** Sums communes into districts and the province, projects the last year and writes both tables. */
    void write(Chunk chunk, Identifiers ids) {
        List<Geography.Place> places = geography.places();
        int projected = YEARS - 1;
        for (Geography.Place c : geography.communes()) {
            long[] pop = population[c.index()];
            long[] lf = labourForce[c.index()];
            pop[projected] = grow(pop[projected - 1], pop[projected - 2]);
            lf[projected] = Math.min(pop[projected], grow(lf[projected - 1], lf[projected - 2]));
            for (int y = 0; y < YEARS; y++) {
                population[c.parent()][y] += pop[y];
                labourForce[c.parent()][y] += lf[y];
                population[0][y] += pop[y];
                labourForce[0][y] += lf[y];
            }
        }
        Chunk.Rows rows = chunk.rows(Table.AREA_STATISTIC);
        for (Geography.Place p : places) {
            for (int y = 0; y < YEARS; y++) {
                rows.add(ids.areaId(p.index())).add(FIRST + y).add(population[p.index()][y])
                        .add(labourForce[p.index()][y]).add(y == projected ? "demo: projected" : "demo: counted").end();
            }
        }
        int referenceYear = Days.year(Timeline.REFERENCE_DAY) - FIRST;
        ids.summary().populationOnReferenceDay = population[0][referenceYear];
        ids.summary().labourForceOnReferenceDay = labourForce[0][referenceYear];
        writeTargets(chunk, ids, referenceYear);
    }

    private void writeTargets(Chunk chunk, Identifiers ids, int referenceYear) {
        List<Geography.Place> places = geography.places();
        double[] siFactor = new double[places.size()];
        double[] hiOffset = new double[places.size()];
        double factorSum = 0;
        double offsetSum = 0;
        for (Geography.Place c : geography.communes()) {
            siFactor[c.index()] = switch (c.kind()) {
                case CITY_WARD -> 1.5;
                case TOWN_WARD -> 1.25;
                case TOWNSHIP -> 1.2;
                case INDUSTRIAL -> 1.6;
                case MOUNTAIN -> 0.5;
                default -> 0.85;
            };
            hiOffset[c.index()] = switch (c.kind()) {
                case CITY_WARD, MOUNTAIN -> 1.5;
                case TOWN_WARD -> 1.0;
                case RURAL -> -0.5;
                default -> 0.5;
            };
            factorSum += siFactor[c.index()] * labourForce[c.index()][referenceYear];
            offsetSum += hiOffset[c.index()] * population[c.index()][referenceYear];
        }
        double meanFactor = factorSum / Math.max(1, labourForce[0][referenceYear]);
        double meanOffset = offsetSum / Math.max(1, population[0][referenceYear]);
        Chunk.Rows rows = chunk.rows(Table.COVERAGE_TARGET);
        double[][] si = new double[places.size()][YEARS];
        double[][] hi = new double[places.size()][YEARS];
        for (int y = 0; y < YEARS; y++) {
            si[0][y] = SI_TARGET[y];
            hi[0][y] = HI_TARGET[y];
            double[] siWeighted = new double[places.size()];
            double[] hiWeighted = new double[places.size()];
            for (Geography.Place c : geography.communes()) {
                int i = c.index();
                si[i][y] = clamp(SI_TARGET[y] * siFactor[i] / meanFactor, 1, 95);
                hi[i][y] = clamp(HI_TARGET[y] + hiOffset[i] - meanOffset, 50, 99.8);
                siWeighted[c.parent()] += si[i][y] * labourForce[i][y];
                hiWeighted[c.parent()] += hi[i][y] * population[i][y];
            }
            for (Geography.Place d : geography.districts()) {
                si[d.index()][y] = siWeighted[d.index()] / Math.max(1, labourForce[d.index()][y]);
                hi[d.index()][y] = hiWeighted[d.index()] / Math.max(1, population[d.index()][y]);
            }
        }
        for (Geography.Place p : places) {
            for (int y = 0; y < YEARS; y++) {
                rows.add(ids.areaId(p.index())).add(FIRST + y).add(percent(si[p.index()][y]))
                        .add(percent(hi[p.index()][y])).add("demo").timestamp(Days.of(FIRST + y - 1, 12, 15)).end();
            }
        }
    }

    private static long grow(long last, long before) {
        return before == 0 ? last : Math.round(last * (double) last / before);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
