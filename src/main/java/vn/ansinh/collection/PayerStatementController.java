package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.InvalidInput;

@RestController
@Tag(name = "Payer statements", description = "Dues, payments, interest and balance of one payer")
class PayerStatementController {

    private final PayerStatements statements;

    PayerStatementController(PayerStatements statements) {
        this.statements = statements;
    }

    @GetMapping("/api/v1/payers/{kind}/{code}/statement")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "A payer's statement per contribution month",
            description = "kind: employer, voluntary or household; code: unit code, SI code or household code; "
                    + "from and to: contribution months as YYYY-MM (default: the twelve months to this one).")
    PayerStatement statement(@PathVariable String kind, @PathVariable String code,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
                             @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to) {
        return statements.of(payerKind(kind), code, from, to);
    }

    private static PayerKind payerKind(String kind) {
        return Arrays.stream(PayerKind.values()).filter(k -> k != PayerKind.BUDGET)
                .filter(k -> k.name().equals(kind.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new InvalidInput("kind", "must be one of " + Arrays.stream(PayerKind.values())
                        .filter(k -> k != PayerKind.BUDGET).map(k -> k.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")) + ", was '" + kind + "'"));
    }
}
