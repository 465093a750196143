package org.opencme.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.opencme.identity.boundary.PasswordResetService;
import org.opencme.identity.web.AttemptsThrottledException;
import org.opencme.identity.web.ClientAddress;

/**
 * {@code /api/password}: forgotten passwords, for anyone. {@code POST forgot}
 * answers 202 whether or not the e-mail is registered (429 with
 * {@code Retry-After} when the client address asked too often);
 * {@code POST reset} sets a new password with the secret of the mailed link
 * (400 for a used, expired or unknown link).
 */
@Path("password")
@PermitAll
public class PasswordResource {

	@Inject
	PasswordResetService resets;

	/** Body of {@code POST /api/password/forgot}. */
	public record Forgot(String email) {
	}

	/** Body of {@code POST /api/password/reset}. */
	public record Reset(String token, String newPassword) {
	}

	@POST
	@Path("forgot")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response forgot(Forgot body, @Context HttpServletRequest request) {
		if (body != null && body.email() != null && body.email().length() <= 254) {
			Duration wait = resets.request(body.email(), ClientAddress.of(request));
			if (!wait.isZero()) {
				throw AttemptsThrottledException.resetRequests(wait);
			}
		}
		return Response.accepted().build();
	}

	@POST
	@Path("reset")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response reset(Reset body) {
		resets.reset(body == null ? null : body.token(), body == null ? null : body.newPassword());
		return Response.noContent().header("Cache-Control", "no-store").build();
	}
}
