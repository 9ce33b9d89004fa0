package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/collection")
@Tag(name = "Arrears", description = "Debt ageing and ratio, evasion cases, the monthly interest run")
class ArrearsController {

    private final DebtFigures debts;
    private final EvasionCases evasion;
    private final ChargingInterest charging;
    private final Clock clock;

    ArrearsController(DebtFigures debts, EvasionCases evasion, ChargingInterest charging, Clock clock) {
        this.debts = debts;
        this.evasion = evasion;
        this.charging = charging;
        this.clock = clock;
    }

    @GetMapping("/debt")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Employers' debt in an area by age, and the debt ratio",
            description = "Age buckets count days after the deadline (up to 30, 31-60, 61-90, 91-180, over 180); the "
                    + "ratio is debt / dues assessed for the contribution months of the year to date. asOf: today by default.")
    AreaDebt debt(@RequestParam String area,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return debts.ofArea(area, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/evasion")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Employers evading contributions on a date, in your area or an area inside it")
    Page<EvasionCase> evasion(@RequestParam(required = false) String area,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return evasion.on(asOf, area, PageRequest.of(page, size));
    }

    @PostMapping("/interest-runs")
    @PreAuthorize(CollectionRoles.RUN)
    @Operation(summary = "Charge the late-payment interest of a finished month to employers",
            description = "Every employer in the area (default: your whole area). Charging a month again charges nobody twice.")
    ChargingInterest.InterestRun chargeInterest(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                                @RequestParam(required = false) String area) {
        return charging.charge(month.atEndOfMonth(), area);
    }
}
