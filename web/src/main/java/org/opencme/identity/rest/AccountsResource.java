package org.opencme.identity.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * {@code POST /api/accounts}: self-registration of a learner, as on the
 * registration page.
 */
@Path("accounts")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

	@Inject
	AccountService accounts;

	/** Body of the registration. */
	public record Registration(@Size(max = 254) String email, @Size(max = MAX_PASSWORD) String password,
			@Size(max = 100) String givenName, @Size(max = 100) String familyName, @Size(max = 30) String profession,
			@Size(max = 10) String npi, @Size(max = 20) List<@Valid LicenceInput> licences) {
	}

	/**
	 * Longer passwords only cost hashing time: 1,000 characters are more than any
	 * passphrase.
	 */
	static final int MAX_PASSWORD = 1000;

	/** Answer of the registration. */
	public record Registered(long id, String email) {
	}

	@POST
	@Consumes(MediaType.APPLICATION_JSON)
	@Produces(MediaType.APPLICATION_JSON)
	public Response register(Registration body) {
		if (body == null) {
			throw new InvalidInputException("Send the registration as JSON.", Map.of());
		}
		long id = accounts.register(new RegistrationRequest(body.email(), body.password(), body.givenName(),
				body.familyName(), profession(body.profession()), body.npi(), body.licences()));
		return Response.status(201).entity(new Registered(id, body.email().trim().toLowerCase())).build();
	}

	private static Profession profession(String value) {
		try {
			return value == null ? null : Profession.valueOf(value);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
