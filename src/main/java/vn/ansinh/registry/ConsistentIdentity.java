package vn.ansinh.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The identity in a registration request holds together: a CCCD agreeing with sex and date of birth, a plausible
 * date of birth, and a household code only with a relation. Reports every problem on its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ConsistentIdentityValidator.class)
@interface ConsistentIdentity {

    String message() default "identity does not hold together";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
