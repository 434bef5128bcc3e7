package cn.jsedu.ledger.command.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text a person typed: at most 1,000 characters and no control characters (line breaks and tabs
 * included), so nothing stored can forge a log line or a CSV row. Null is allowed; add {@code @NotBlank} where
 * the text is required.
 */
@Size(max = 1000)
@Pattern(regexp = "[^\\p{Cc}\\p{Cf}]*", message = "must not contain control characters")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must be plain text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
