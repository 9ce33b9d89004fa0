package vn.ansinh.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a province pays of the HI contribution of a group on top of the state budget's share, from {@code validFrom}
 * to {@code validTo} (inclusive; null while in force), per its own decision.
 */
public record ProvinceHiSupport(long id, String provinceCode, HiSupportGroup group, LocalDate validFrom,
                                LocalDate validTo,
                                @Schema(description = "Percent of the HI contribution: 30 means 30 %", example = "30")
                                BigDecimal percent,
                                String legalReference) {
}
