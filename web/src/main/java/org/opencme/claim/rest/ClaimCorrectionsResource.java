package org.opencme.claim.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.claim.boundary.ClaimSummary;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code POST /api/claims/{id}/corrections}
 * {@code {creditType, amount, reason}}: an administrator corrects an awarded
 * line (a reversing entry plus the new award; 0 withdraws it). The answer is
 * the claim with its current awards.
 */
@Path("claims/{id}/corrections")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimCorrectionsResource {

	@Inject
	ClaimService claims;

	@Inject
	CurrentUser currentUser;

	/** Body of a correction. */
	public record Correction(@Size(max = 40) String creditType, BigDecimal amount, @Size(max = 1000) String reason) {
	}

	/** A claim line after the correction. */
	public record Line(String creditType, BigDecimal amount) {
	}

	/** The claim after the correction. */
	public record Corrected(long id, java.util.List<Line> awards) {
	}

	@POST
	public Corrected correct(@PathParam("id") long claimId, Correction body) {
		Correction c = body == null ? new Correction(null, null, null) : body;
		ClaimSummary claim = claims.correct(currentUser.required().asAccount(), claimId, c.creditType(), c.amount(),
				c.reason());
		return new Corrected(claim.id(),
				claim.lines().stream().map(l -> new Line(l.type().code(), l.amount())).toList());
	}
}
