package vn.ansinh.collection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A quote request carries the fields its kind needs and no field of another kind, and its named values (kind,
 * worker type, category, group) and months are known ones. Reports every problem on its own field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = QuoteRequestFieldsValidator.class)
@interface QuoteRequestFields {

    String message() default "fields do not fit the kind of quote";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
