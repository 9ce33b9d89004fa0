package vn.ansinh.parameter;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/parameters")
@Tag(name = "Reference parameters", description = "Rates, amounts and thresholds in force over time, with their legal references")
class ParameterController {

    private final Parameters parameters;
    private final ParameterPeriods periods;
    private final ChangingParameters changing;

    ParameterController(Parameters parameters, ParameterPeriods periods, ChangingParameters changing) {
        this.parameters = parameters;
        this.periods = periods;
        this.changing = changing;
    }

    record CodeView(String code, ParameterUnit unit, String description, List<String> qualifiers) {
    }

    @GetMapping
    @Operation(summary = "List parameter periods, optionally of one code and qualifier or in force on a date")
    Page<ParameterValue> list(@RequestParam(required = false) String code,
                              @RequestParam(required = false) String qualifier,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return periods.find(blankToNull(code), blankToNull(qualifier), on, PageRequest.of(page, size));
    }

    @GetMapping("/codes")
    @Operation(summary = "The parameter codes with their unit and accepted qualifiers")
    List<CodeView> codes() {
        return Arrays.stream(ParameterCode.values())
                .map(c -> new CodeView(c.name(), c.unit(), c.description(), c.qualifiers())).toList();
    }

    @GetMapping("/{code}/value")
    @Operation(summary = "The period of a parameter in force on a date (today if none is given)")
    ParameterValue value(@PathVariable String code,
                         @RequestParam(required = false) String qualifier,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return parameters.inForce(code, qualifier, on == null ? LocalDate.now() : on);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Add a period; the open period that starts earlier is closed the day before")
    ResponseEntity<ParameterValue> add(@Valid @RequestBody NewParameterPeriod period) {
        ParameterValue added = changing.addPeriod(period);
        URI location = URI.create("/api/v1/parameters/" + added.code() + "/value?on=" + added.validFrom()
                + (added.qualifier() == null ? "" : "&qualifier=" + added.qualifier()));
        return ResponseEntity.created(location).body(added);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
