package vn.ansinh.collection;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.ansinh.collection.ContributionQuote.QuoteKind;

/** Checks {@link QuoteRequestFields}: which fields each kind requires and allows, and the named values. */
class QuoteRequestFieldsValidator implements ConstraintValidator<QuoteRequestFields, QuoteRequest> {

    private static final Map<QuoteKind, List<String>> REQUIRED = Map.of(
            QuoteKind.COMPULSORY, List.of("salary", "wageRegion"),
            QuoteKind.VOLUNTARY, List.of("income", "category"),
            QuoteKind.HOUSEHOLD, List.of("member"),
            QuoteKind.BUDGET_HI, List.of("group"));

    private static final Map<QuoteKind, List<String>> OPTIONAL = Map.of(
            QuoteKind.COMPULSORY, List.of("workerType", "reducedAccidentRate", "unpaidDays"),
            QuoteKind.VOLUNTARY, List.of("months"),
            QuoteKind.HOUSEHOLD, List.of(),
            QuoteKind.BUDGET_HI, List.of("provinceSupportPercent"));

    /** The values a worker type may take, as in the employment register. */
    static final List<String> WORKER_TYPES = List.of("VIETNAMESE", "FOREIGN");

    @Override
    public boolean isValid(QuoteRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        valid &= known(context, "workerType", request.workerType(), WORKER_TYPES);
        valid &= known(context, "category", request.category(), names(VoluntarySupportCategory.values()));
        valid &= known(context, "group", request.group(), names(HiSupportGroup.values()));
        if (request.months() != null && !VoluntaryIncome.PAYMENT_MONTHS.contains(request.months())) {
            valid = violation(context, "months", "must be 1, 3, 6 or 12 (months paid at once)");
        }
        if (request.kind() == null) {
            return valid; // @NotNull reports it
        }
        if (!names(QuoteKind.values()).contains(request.kind())) {
            return violation(context, "kind", "must be one of " + String.join(", ", names(QuoteKind.values())));
        }
        QuoteKind kind = QuoteKind.valueOf(request.kind());
        Map<String, Object> fields = fields(request);
        for (String field : REQUIRED.get(kind)) {
            if (fields.get(field) == null) {
                valid = violation(context, field, "is required for a " + kind + " quote");
            }
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            boolean belongs = REQUIRED.get(kind).contains(field.getKey()) || OPTIONAL.get(kind).contains(field.getKey());
            if (field.getValue() != null && !belongs) {
                valid = violation(context, field.getKey(), "does not apply to a " + kind + " quote");
            }
        }
        return valid;
    }

    private static Map<String, Object> fields(QuoteRequest r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("salary", r.salary());
        fields.put("wageRegion", r.wageRegion());
        fields.put("workerType", r.workerType());
        fields.put("reducedAccidentRate", r.reducedAccidentRate());
        fields.put("unpaidDays", r.unpaidDays());
        fields.put("income", r.income());
        fields.put("category", r.category());
        fields.put("months", r.months());
        fields.put("member", r.member());
        fields.put("group", r.group());
        fields.put("provinceSupportPercent", r.provinceSupportPercent());
        return fields;
    }

    private static boolean known(ConstraintValidatorContext context, String field, String value, List<String> known) {
        if (value == null || known.contains(value)) {
            return true;
        }
        return violation(context, field, "must be one of " + String.join(", ", known));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String reason) {
        context.buildConstraintViolationWithTemplate(reason).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
