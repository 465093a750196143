package org.opencme.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opencme.identity.boundary.PasswordResetService;

/**
 * {@code /api/password}: forgotten passwords, for anyone. {@code POST forgot}
 * answers 202 whether or not the e-mail is registered; {@code POST reset} sets
 * a new password with the secret of the mailed link (400 for a used, expired or
 * unknown link).
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
	public Response forgot(Forgot body) {
		if (body != null && body.email() != null && body.email().length() <= 254) {
			resets.request(body.email());
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
