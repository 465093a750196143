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
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.checkdigit.LuhnCheckDigit;

/**
 * A National Provider Identifier: 10 digits whose last is the Luhn check digit
 * over the 9 others with the 80840 prefix (CMS NPI standard). Empty means "no
 * NPI" and is valid; surrounding blanks are ignored, as the account stores the
 * trimmed number.
 */
@Documented
@Constraint(validatedBy = Npi.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Npi {

	String message() default "An NPI has 10 digits with a valid check digit.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** The rule itself, also used where an NPI is checked outside a request. */
	final class Check implements ConstraintValidator<Npi, String> {

		private static final Pattern DIGITS = Pattern.compile("^\\d{10}$");

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || isValid(value.trim());
		}

		/** Whether {@code npi} (already trimmed) is a valid NPI. */
		public static boolean isValid(String npi) {
			return DIGITS.matcher(npi).matches() && LuhnCheckDigit.LUHN_CHECK_DIGIT.isValid("80840" + npi);
		}
	}
}
