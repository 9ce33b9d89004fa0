package vn.ansinh.employer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The name of one of an enum's constants. Requests carry enums as text checked with this, so a wrong value is
 * reported with the field's name and the accepted values alongside every other invalid field, rather than as an
 * unreadable body.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Validator.class)
@interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "is not an accepted value";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] accepted;

        @Override
        public void initialize(OneOf annotation) {
            accepted = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.stream(accepted).anyMatch(e -> e.name().equals(value))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of "
                    + Arrays.stream(accepted).map(Enum::name).collect(Collectors.joining(", "))).addConstraintViolation();
            return false;
        }
    }
}
