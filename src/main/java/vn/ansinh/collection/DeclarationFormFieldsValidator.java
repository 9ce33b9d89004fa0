package vn.ansinh.collection;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link DeclarationFormFields}: which fields each kind of declaration requires and allows. */
class DeclarationFormFieldsValidator implements ConstraintValidator<DeclarationFormFields, DeclarationForm> {

    private static final Map<DeclarationKind, List<String>> REQUIRED = Map.of(
            DeclarationKind.HIRE, List.of(LabourChange.EFFECTIVE_DATE, LabourChange.MONTHLY_SALARY),
            DeclarationKind.LEAVE, List.of(LabourChange.EFFECTIVE_DATE),
            DeclarationKind.SALARY_CHANGE, List.of(LabourChange.EFFECTIVE_DATE, LabourChange.MONTHLY_SALARY),
            DeclarationKind.UNPAID_LEAVE, List.of(LabourChange.MONTH, LabourChange.UNPAID_DAYS));

    private static final Map<DeclarationKind, List<String>> OPTIONAL = Map.of(
            DeclarationKind.HIRE, List.of(),
            DeclarationKind.LEAVE, List.of(),
            DeclarationKind.SALARY_CHANGE, List.of(),
            DeclarationKind.UNPAID_LEAVE, List.of(LabourChange.MATERNITY));

    @Override
    public boolean isValid(DeclarationForm form, ConstraintValidatorContext context) {
        if (form == null || form.kind() == null) {
            return true; // @NotNull reports a missing kind
        }
        context.disableDefaultConstraintViolation();
        if (Arrays.stream(DeclarationKind.values()).noneMatch(k -> k.name().equals(form.kind()))) {
            return violation(context, LabourChange.KIND, "must be one of " + Arrays.stream(DeclarationKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        DeclarationKind kind = DeclarationKind.valueOf(form.kind());
        boolean valid = true;
        Map<String, Object> fields = fields(form);
        for (String field : REQUIRED.get(kind)) {
            if (fields.get(field) == null) {
                valid = violation(context, field, "is required for a " + kind + " declaration");
            }
        }
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            boolean belongs = REQUIRED.get(kind).contains(field.getKey()) || OPTIONAL.get(kind).contains(field.getKey());
            if (field.getValue() != null && !belongs) {
                valid = violation(context, field.getKey(), "does not apply to a " + kind + " declaration");
            }
        }
        return valid;
    }

    /** The fields that depend on the kind. */
    private static Map<String, Object> fields(DeclarationForm f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(LabourChange.EFFECTIVE_DATE, f.effectiveDate());
        fields.put(LabourChange.MONTH, f.month());
        fields.put(LabourChange.MONTHLY_SALARY, f.monthlySalary());
        fields.put(LabourChange.UNPAID_DAYS, f.unpaidDays());
        fields.put(LabourChange.MATERNITY, f.maternity());
        return fields;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String reason) {
        context.buildConstraintViolationWithTemplate(reason).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
