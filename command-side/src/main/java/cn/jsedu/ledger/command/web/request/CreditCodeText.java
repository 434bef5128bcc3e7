package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.kernel.id.CreditCode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A valid unified social credit code (统一社会信用代码), check character included. Null is allowed. */
@Constraint(validatedBy = CreditCodeText.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCodeText {

    String message() default "must be a valid 18-character unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreditCodeText, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            try {
                new CreditCode(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
