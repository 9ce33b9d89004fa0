package vn.ansinh.employer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A {@link TaxCode} with a valid check digit; null passes (pair with {@code @NotBlank} where required). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTaxCode.Validator.class)
@interface ValidTaxCode {

    String message() default "is not a valid tax code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidTaxCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return TaxCode.problem(value).map(reason -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
