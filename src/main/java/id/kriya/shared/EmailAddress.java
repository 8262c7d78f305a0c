package id.kriya.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address a mail can reach: something before and after the {@code @}, a dot in the domain, no spaces,
 * and no longer than an address may be. Each part reports its own message, as {@link Email} and {@link Size} do.
 */
@Documented
@Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")
@Size(max = 254)
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
