package vn.ansinh.area;

import java.math.BigDecimal;
import java.time.Instant;

/** A year's coverage plan for an area: SI participants per labour force and HI participants per population, in %. */
public record CoverageTarget(String areaCode, int year, BigDecimal siLabourShare, BigDecimal hiPopulationShare,
                             String setBy, Instant setAt) {
}
