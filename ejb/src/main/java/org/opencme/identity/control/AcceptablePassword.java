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
import java.util.Optional;
import org.opencme.identity.boundary.RegistrationRequest;

/**
 * The {@link PasswordPolicy} on a registration. It sits on the request, not on
 * the password, because one rule compares the password with the e-mail address;
 * the violation is reported on the {@code password} field with the policy's own
 * message.
 */
@Documented
@Constraint(validatedBy = AcceptablePassword.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "The password is not acceptable.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Asks the policy and names its problem. */
	final class Check implements ConstraintValidator<AcceptablePassword, RegistrationRequest> {

		@Override
		public boolean isValid(RegistrationRequest r, ConstraintValidatorContext context) {
			if (r == null) {
				return true;
			}
			Optional<String> problem = PasswordPolicy.problem(r.password(), r.email());
			problem.ifPresent(p -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(Templates.literal(p)).addPropertyNode("password")
						.addConstraintViolation();
			});
			return problem.isEmpty();
		}
	}
}
