package org.opencme.learning.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.opencme.learning.boundary.AllowanceGrant;

/**
 * An allowance period has a start and an end, and does not end before it starts
 * (a one-day period is fine). Both dates are one rule, so the violation names
 * the {@code period} as a whole.
 */
@Documented
@Constraint(validatedBy = PeriodInOrder.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PeriodInOrder {

	String message() default "Give a period whose end is not before its start, and a positive amount.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Compares the two dates of a grant. */
	final class Check implements ConstraintValidator<PeriodInOrder, AllowanceGrant> {

		@Override
		public boolean isValid(AllowanceGrant grant, ConstraintValidatorContext context) {
			if (grant == null) {
				return true;
			}
			boolean valid = grant.start() != null && grant.end() != null && !grant.end().isBefore(grant.start());
			if (!valid) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
						.addPropertyNode("period").addConstraintViolation();
			}
			return valid;
		}
	}
}
