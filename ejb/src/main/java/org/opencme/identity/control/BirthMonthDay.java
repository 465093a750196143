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
import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import org.opencme.identity.boundary.ReportingDetails;

/**
 * Month and day of birth come together and name a day that exists in some year
 * (29 February does; 31 April does not). The wrong part is reported on its own
 * field.
 */
@Documented
@Constraint(validatedBy = BirthMonthDay.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BirthMonthDay {

	String message() default "Enter the month and the day of your birthday.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the pair; the ranges of each part are the fields' own constraints. */
	final class Check implements ConstraintValidator<BirthMonthDay, ReportingDetails> {

		@Override
		public boolean isValid(ReportingDetails details, ConstraintValidatorContext context) {
			if (details == null) {
				return true;
			}
			Integer month = details.birthMonth();
			Integer day = details.birthDay();
			if (month == null && day == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			if (month == null) {
				context.buildConstraintViolationWithTemplate("Choose the month of your birthday as well.")
						.addPropertyNode("birthMonth").addConstraintViolation();
				return false;
			}
			if (day == null) {
				context.buildConstraintViolationWithTemplate("Enter the day of your birthday as well.")
						.addPropertyNode("birthDay").addConstraintViolation();
				return false;
			}
			if (month < 1 || month > 12 || day < 1 || day > 31) {
				return true; // the field constraints say it
			}
			try {
				MonthDay.of(month, day);
				return true;
			} catch (DateTimeException e) {
				context.buildConstraintViolationWithTemplate("There is no day " + day + " in "
						+ Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ".")
						.addPropertyNode("birthDay").addConstraintViolation();
				return false;
			}
		}
	}
}
