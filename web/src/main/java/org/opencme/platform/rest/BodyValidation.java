package org.opencme.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.Set;

/**
 * Checks every JSON request body against the Bean Validation constraints of its
 * record ({@code @Size}, {@code @NotNull}, {@code @Min}, ...) as soon as it is
 * read, before the resource method runs, so an invalid body stores nothing. A
 * violation becomes a 400 problem naming each field
 * ({@link ProblemMappers.ConstraintViolationMapper}).
 */
@Provider
public class BodyValidation implements ReaderInterceptor {

	private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

	@Override
	public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
		Object body = context.proceed();
		if (body != null && body.getClass().isRecord()) {
			Set<ConstraintViolation<Object>> violations = VALIDATOR.validate(body);
			if (!violations.isEmpty()) {
				throw new ConstraintViolationException(violations);
			}
		}
		return body;
	}
}
