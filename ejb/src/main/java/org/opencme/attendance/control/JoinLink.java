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
import java.net.URI;

/**
 * A session's join link: an https:// address with a host, of at most
 * {@link #max} characters, surrounding blanks not counted (the session stores
 * it stripped). Empty means no link and is valid. A link that is not https is
 * reported as that alone, whatever its length.
 */
@Documented
@Constraint(validatedBy = JoinLink.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface JoinLink {

	String message() default "The join link must be an https:// address.";

	/** The longest link, in characters. */
	int max();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the scheme and host, then the length. */
	final class Check implements ConstraintValidator<JoinLink, String> {

		private int max;

		@Override
		public void initialize(JoinLink constraint) {
			max = constraint.max();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			String link = value.strip();
			if (!isHttps(link)) {
				return false;
			}
			if (link.length() > max) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("At most {max} characters.").addConstraintViolation();
				return false;
			}
			return true;
		}

		private static boolean isHttps(String url) {
			try {
				URI uri = URI.create(url);
				return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
			} catch (IllegalArgumentException e) {
				return false;
			}
		}
	}
}
