package vn.ansinh.employer;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.ansinh.parameter.ParameterCode;
import vn.ansinh.parameter.Parameters;

/**
 * The headcount limits of the enterprise size classes in force on one day (Decree 80/2021/ND-CP, reference parameter
 * SME_HEADCOUNT_LIMIT): micro, small and medium each up to a limit, lower in trade and services
 * ({@link Sector#tradeOrServices}), large above. {@link SizeClassPolicy} classifies with it; callers that classify
 * many enterprises at once (the demo generator) read it once.
 */
public final class SizeClassLimits {

    private static final List<SizeClass> LIMITED = List.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM);

    private final Map<SizeClass, Integer> general;
    private final Map<SizeClass, Integer> tradeOrServices;

    private SizeClassLimits(Map<SizeClass, Integer> general, Map<SizeClass, Integer> tradeOrServices) {
        this.general = general;
        this.tradeOrServices = tradeOrServices;
    }

    /** The limits in force on the day; {@link vn.ansinh.parameter.NotInForce} when none are. */
    public static SizeClassLimits inForce(Parameters parameters, LocalDate on) {
        return new SizeClassLimits(read(parameters, "GENERAL", on), read(parameters, "TRADE_SERVICES", on));
    }

    private static Map<SizeClass, Integer> read(Parameters parameters, String sectorGroup, LocalDate on) {
        Map<SizeClass, Integer> limits = new EnumMap<>(SizeClass.class);
        for (SizeClass size : LIMITED) {
            limits.put(size, parameters.valueOf(ParameterCode.SME_HEADCOUNT_LIMIT, size.name() + ":" + sectorGroup, on)
                    .intValueExact());
        }
        return limits;
    }

    /** The smallest class whose limit the average headcount does not exceed. */
    public SizeClass classify(int headcount, Sector sector) {
        Map<SizeClass, Integer> limits = of(sector);
        for (SizeClass size : LIMITED) {
            if (headcount <= limits.get(size)) {
                return size;
            }
        }
        return SizeClass.LARGE;
    }

    /** The largest headcount of a micro, small or medium enterprise of the sector (a large one has no limit). */
    public int largest(SizeClass size, Sector sector) {
        if (!LIMITED.contains(size)) {
            throw new IllegalArgumentException(size + " has no headcount limit");
        }
        return of(sector).get(size);
    }

    private Map<SizeClass, Integer> of(Sector sector) {
        return sector.tradeOrServices() ? tradeOrServices : general;
    }
}
