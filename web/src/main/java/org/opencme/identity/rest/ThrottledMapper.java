package org.opencme.identity.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opencme.identity.web.AttemptsThrottledException;
import org.opencme.platform.rest.Problem;

/**
 * A throttled password check in a call (changing the password): 429 with
 * {@code Retry-After}.
 */
@Provider
public class ThrottledMapper implements ExceptionMapper<AttemptsThrottledException> {

	@Override
	public Response toResponse(AttemptsThrottledException e) {
		long seconds = Math.max(1, (e.waitFor().toMillis() + 999) / 1000);
		return Response.fromResponse(Problem.of(429, "Too many attempts", e.getMessage()).toResponse())
				.header("Retry-After", seconds).header("Cache-Control", "no-store").build();
	}
}
