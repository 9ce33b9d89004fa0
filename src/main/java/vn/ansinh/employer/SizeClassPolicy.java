package vn.ansinh.employer;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.ansinh.parameter.Parameters;

/**
 * Suggests an enterprise size class from the average headcount (Decree 80/2021/ND-CP): micro up to 10, small up to
 * 100 (50 in trade and services), medium up to 200 (100 in trade and services), large above. The limits are
 * reference parameters (SME_HEADCOUNT_LIMIT, read by {@link SizeClassLimits}), so a new decree is a new period, not
 * a code change.
 */
@Component
class SizeClassPolicy {

    private final Parameters parameters;

    SizeClassPolicy(Parameters parameters) {
        this.parameters = parameters;
    }

    SizeClass suggest(int headcount, Sector sector, LocalDate on) {
        return SizeClassLimits.inForce(parameters, on).classify(headcount, sector);
    }
}
