package org.opencme.attendance.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text of at most {@link #max} characters, surrounding blanks not counted
 * (the text is stored stripped, so they do not take room). Empty is valid.
 */
@Documented
@Constraint(validatedBy = AtMost.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AtMost {

	String message() default "At most {max} characters.";

	/** The longest text, in characters. */
	int max();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Counts the stripped text. */
	final class Check implements ConstraintValidator<AtMost, String> {

		private int max;

		@Override
		public void initialize(AtMost constraint) {
			max = constraint.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.strip().length() <= max;
		}
	}
}
