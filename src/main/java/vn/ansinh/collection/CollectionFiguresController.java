package vn.ansinh.collection;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.InvalidInput;

@RestController
@RequestMapping("/api/v1/collection/figures")
@Tag(name = "Collection figures", description = "Collection plans per area and year; collected against plan, dues and debt")
class CollectionFiguresController {

    private final CollectionFigures figures;
    private final Clock clock;

    CollectionFiguresController(CollectionFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Collected against the annual plan, dues, debt and debt ratio of an area, with a row per area "
            + "one level down",
            description = "area: your own area by default. year: asOf's year by default; asOf: today, or the last day "
                    + "of a past year asked for.")
    AreaCollection figures(@RequestParam(required = false) String area,
                           @RequestParam(required = false) Integer year,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf != null ? asOf
                : year == null || year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
        if (year != null && year > today.getYear() && asOf == null) {
            throw new InvalidInput("year", "is in the future; give asOf to look ahead");
        }
        return figures.ofArea(area == null || area.isBlank() ? ownArea() : area, year == null ? day.getYear() : year, day);
    }

    /** The actor's own area: the last code of its scope path. */
    private static String ownArea() {
        String path = Actors.current().scope().path();
        if (path.equals("/")) {
            throw new InvalidInput("area", "is required for a nationwide scope");
        }
        String[] codes = path.split("/");
        return codes[codes.length - 1];
    }
}
