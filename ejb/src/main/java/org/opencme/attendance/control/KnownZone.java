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
 * A time zone id that {@code java.time} knows, such as America/Chicago;
 * surrounding blanks are ignored. Empty is valid here (whether a zone is needed
 * is another constraint's).
 */
@Documented
@Constraint(validatedBy = KnownZone.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownZone {

	String message() default "Unknown time zone \"${validatedValue}\"; use a name such as America/Chicago.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks {@link SessionSchedule#zone}. */
	final class Check implements ConstraintValidator<KnownZone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || SessionSchedule.zone(value).isPresent();
		}
	}
}
