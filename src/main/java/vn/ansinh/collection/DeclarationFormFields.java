package vn.ansinh.collection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** A declaration carries the fields its kind needs and no field of another kind; reports each on its own field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DeclarationFormFieldsValidator.class)
@interface DeclarationFormFields {

    String message() default "fields do not fit the kind of declaration";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
