package vn.ansinh.area;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas", description = "Provinces, districts and communes; population, labour force and coverage targets")
class AreaController {

    private final Areas areas;
    private final AreaFigures figures;

    AreaController(Areas areas, AreaFigures figures) {
        this.areas = areas;
        this.figures = figures;
    }

    record AreaView(Area area, List<Area> children) {
    }

    record TargetRequest(
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "100", message = "must be 100 or less")
            @Digits(integer = 3, fraction = 2, message = "at most two decimals") BigDecimal siLabourShare,
            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
            @DecimalMax(value = "100", message = "must be 100 or less")
            @Digits(integer = 3, fraction = 2, message = "at most two decimals") BigDecimal hiPopulationShare) {
    }

    record StatisticRequest(
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer population,
            @NotNull(message = "is required") @Min(value = 0, message = "must be 0 or more") Integer labourForce,
            @Size(max = 200, message = "at most 200 characters") String source) {
    }

    @GetMapping
    @Operation(summary = "Areas in force inside your area scope, in tree order")
    Page<Area> list(@RequestParam(required = false) AreaLevel level,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return areas.within(Actors.current().scope().likePattern(), level, PageRequest.of(page, size));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One area with the areas directly under it")
    AreaView get(@PathVariable String code) {
        Area area = areas.byCode(code).orElseThrow(() -> new NotFound("Area", code));
        return new AreaView(area, areas.children(area.id()));
    }

    @GetMapping("/{code}/statistics")
    @Operation(summary = "Population and working-age labour force by year")
    List<AreaStatistic> statistics(@PathVariable String code) {
        return figures.statistics(code);
    }

    @PutMapping("/{code}/statistics/{year}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','MANAGER')")
    @Operation(summary = "Record population and labour force for a year")
    AreaStatistic setStatistic(@PathVariable String code, @PathVariable @Min(2000) @Max(2100) int year,
                               @Valid @RequestBody StatisticRequest request) {
        return figures.setStatistic(code, year, request.population(), request.labourForce(), request.source());
    }

    @GetMapping("/{code}/targets")
    @Operation(summary = "Coverage targets by year")
    List<CoverageTarget> targets(@PathVariable String code) {
        return figures.targets(code);
    }

    @PutMapping("/{code}/targets/{year}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','MANAGER')")
    @Operation(summary = "Set the SI and HI coverage targets of an area for a year")
    CoverageTarget setTarget(@PathVariable String code, @PathVariable @Min(2000) @Max(2100) int year,
                             @Valid @RequestBody TargetRequest request) {
        return figures.setTarget(code, year, request.siLabourShare(), request.hiPopulationShare());
    }
}
