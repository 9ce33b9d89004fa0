package vn.ansinh.registry;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Runs {@link CccdPolicy} and {@link BirthDatePolicy} on a registration request, one violation per reason. */
class ConsistentIdentityValidator implements ConstraintValidator<ConsistentIdentity, PeopleController.RegistrationRequest> {

    @Override
    public boolean isValid(PeopleController.RegistrationRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Sex sex = "M".equals(request.sex()) || "F".equals(request.sex()) ? Sex.valueOf(request.sex()) : null;
        boolean valid = true;
        for (String reason : CccdPolicy.check(request.cccd(), sex, request.dateOfBirth()).reasons()) {
            valid = violation(context, CccdPolicy.FIELD, reason);
        }
        if (request.dateOfBirth() != null) {
            valid &= BirthDatePolicy.check(request.dateOfBirth(), BirthDatePolicy.today())
                    .map(reason -> violation(context, BirthDatePolicy.FIELD, reason)).orElse(true);
        }
        if (request.householdCode() != null && request.householdRelation() == null) {
            valid = violation(context, "householdRelation", "is required with a household code");
        }
        if (request.householdCode() == null && request.householdRelation() != null) {
            valid = violation(context, "householdCode", "is required with a household relation");
        }
        return valid;
    }

    private static boolean violation(ConstraintValidatorContext context, String field, String reason) {
        // Reasons are plain text, never message templates.
        String literal = reason.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
        context.buildConstraintViolationWithTemplate(literal).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
