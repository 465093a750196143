package org.opencme.identity.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.opencme.identity.boundary.LicenceInput;

/**
 * A licence line of the registration form: a line left empty is ignored; a
 * filled one needs the US state (or territory) that issued it and a number of
 * at most 40 characters. Each wrong part is reported on its own field.
 */
@Documented
@Constraint(validatedBy = IssuedLicence.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IssuedLicence {

	String message() default "The licence is incomplete.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks state and number of a filled line. */
	final class Check implements ConstraintValidator<IssuedLicence, LicenceInput> {

		private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
				"GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
				"NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
				"UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");

		@Override
		public boolean isValid(LicenceInput licence, ConstraintValidatorContext context) {
			if (licence == null || licence.isBlank()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (!isState(licence.state())) {
				context.buildConstraintViolationWithTemplate("Choose the state that issued the licence.")
						.addPropertyNode("state").addConstraintViolation();
				valid = false;
			}
			String number = licence.number();
			if (number == null || number.isBlank() || number.trim().length() > 40) {
				context.buildConstraintViolationWithTemplate("Enter the licence number (at most 40 characters).")
						.addPropertyNode("number").addConstraintViolation();
				valid = false;
			}
			return valid;
		}

		/** Whether {@code code} names a US state or territory, whatever its case. */
		public static boolean isState(String code) {
			return code != null && STATES.contains(code.trim().toUpperCase());
		}
	}
}
