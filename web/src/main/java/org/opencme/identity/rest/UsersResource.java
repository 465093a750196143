package org.opencme.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.Role;
import org.opencme.identity.web.CurrentUser;
import org.opencme.learning.boundary.AllowanceService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.Page;

/**
 * {@code /api/users}: administrators list accounts and grant or revoke PROCTOR,
 * DESIGNER and ADMIN.
 */
@Path("users")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

	@Inject
	AccountService accounts;

	@Inject
	CurrentUser currentUser;

	@Inject
	AllowanceService allowances;

	@GET
	public Page<AccountDetails> list(@QueryParam("q") String filter, @QueryParam("page") @DefaultValue("0") int page,
			@QueryParam("size") @DefaultValue("20") int size) {
		int pageSize = Math.max(1, Math.min(size, 100));
		return accounts.find(filter, Math.max(0, page) * pageSize, pageSize, "familyName", true);
	}

	@GET
	@Path("{id}")
	public AccountDetails one(@PathParam("id") long id) {
		return accounts.account(id);
	}

	/** Body of an allowance grant; amounts in minor units (cents). */
	public record AllowanceGrant(@NotNull java.time.LocalDate periodStart, @NotNull java.time.LocalDate periodEnd,
			@NotNull @Min(1) @Max(AllowanceService.MAX_GRANT_MINOR) Long amountMinor) {
	}

	@jakarta.ws.rs.POST
	@Path("{id}/allowances")
	@jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
	public jakarta.ws.rs.core.Response grantAllowance(@PathParam("id") long id, AllowanceGrant body) {
		accounts.account(id);
		var granted = allowances.grant(currentUser.required().email(), id, body == null ? null : body.periodStart(),
				body == null ? null : body.periodEnd(),
				body == null || body.amountMinor() == null ? 0 : body.amountMinor());
		return jakarta.ws.rs.core.Response.status(201).entity(granted).build();
	}

	/** Body of {@code PUT /api/users/{id}/enabled}. */
	public record Enabled(Boolean enabled) {
	}

	/**
	 * Deactivates ({@code {"enabled":false}}) or reactivates an account; a
	 * deactivated account's sessions, Basic credentials and tokens are refused from
	 * their next request on.
	 */
	@PUT
	@Path("{id}/enabled")
	@jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
	public AccountDetails setEnabled(@PathParam("id") long id, Enabled body) {
		if (body == null || body.enabled() == null) {
			throw new InvalidInputException("Say whether the account is enabled.",
					java.util.Map.of("enabled", "true or false"));
		}
		return accounts.setEnabled(currentUser.required().accountId(), id, body.enabled());
	}

	@PUT
	@Path("{id}/roles/{role}")
	public AccountDetails grant(@PathParam("id") long id, @PathParam("role") Role role) {
		return accounts.grant(currentUser.required().accountId(), id, role);
	}

	@DELETE
	@Path("{id}/roles/{role}")
	public AccountDetails revoke(@PathParam("id") long id, @PathParam("role") Role role) {
		return accounts.revoke(currentUser.required().accountId(), id, role);
	}
}
