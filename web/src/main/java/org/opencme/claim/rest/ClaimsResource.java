package org.opencme.claim.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.claim.boundary.ClaimPage;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.claim.boundary.ClaimSummary;
import org.opencme.claim.boundary.RequestedCredit;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code /api/enrollments/{id}/claims}: {@code GET} what the learner may claim
 * (eligible types with maximum, limit and increment; reporting details still
 * missing; claims so far), {@code POST} a claim — one line
 * {@code {creditType, amount}} or several {@code {claims: [...]}} — answered
 * with the claim and its certificate.
 */
@Path("enrollments/{id}/claims")
@RolesAllowed("LEARNER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClaimsResource {

	@Inject
	ClaimService claims;

	@Inject
	CertificateService certificates;

	@Inject
	CurrentUser currentUser;

	/** One line of a claim. */
	public record Line(@Size(max = 40) String creditType, BigDecimal amount) {
	}

	/** Body of a claim: one line, or several in {@code claims}. */
	public record ClaimBody(@Size(max = 40) String creditType, BigDecimal amount,
			@Size(max = 20) List<@Valid Line> claims) {
	}

	/** A claimable type as the API shows it. */
	public record Option(String creditType, String name, String unit, BigDecimal maximum, BigDecimal limit,
			BigDecimal increment, boolean claimed) {
	}

	/** A reporting detail still needed before a reported type can be claimed. */
	public record Missing(String field, String message) {
	}

	/** An awarded line. */
	public record Award(String creditType, String name, BigDecimal amount, String unit) {
	}

	/** The certificate of a claim. */
	public record Certificate(String number, String status, String verificationUrl, String pdf) {
	}

	/** A claim with its awards and certificate. */
	public record Claim(long id, long enrollmentId, String outcome, Instant claimedAt, List<Award> awards,
			Certificate certificate) {
	}

	/** What may be claimed. */
	public record Options(boolean completed, List<String> stillRequired, String outcome, List<Option> options,
			List<Missing> missingDetails, List<Claim> claims) {
	}

	@GET
	public Options options(@PathParam("id") long enrollmentId) {
		ClaimPage page = claims.page(currentUser.required().asAccount(), enrollmentId);
		List<Option> options = page.options().options().stream().map(o -> new Option(o.code(), o.type().name(),
				o.type().unitLabel(), o.maximum(), o.limit(), o.increment(), o.claimed())).toList();
		return new Options(page.facts().completed(), page.facts().stillRequired(), page.options().outcome().name(),
				options, page.missingForReported().stream().map(m -> new Missing(m.field(), m.sentence())).toList(),
				page.claims().stream().map(this::claim).toList());
	}

	@POST
	public Response claim(@PathParam("id") long enrollmentId, @Valid ClaimBody body) {
		List<RequestedCredit> lines = new ArrayList<>();
		if (body != null && body.claims() != null) {
			body.claims().stream().filter(l -> l != null)
					.forEach(l -> lines.add(new RequestedCredit(l.creditType(), l.amount())));
		}
		if (body != null && (body.creditType() != null || body.amount() != null)) {
			lines.add(new RequestedCredit(body.creditType(), body.amount()));
		}
		ClaimSummary claimed = claims.claim(currentUser.required().asAccount(), enrollmentId, lines);
		return Response.status(201).entity(claim(claimed)).build();
	}

	private Claim claim(ClaimSummary c) {
		Certificate certificate = certificates.ofClaim(c.id()).map(s -> new Certificate(s.number(), s.status().label(),
				"/verify/" + s.verificationCode(), "/api/certificates/" + s.number() + ".pdf")).orElse(null);
		return new Claim(c.id(), c.enrollmentId(), c.outcome().name(), c.claimedAt(), c.lines().stream()
				.map(l -> new Award(l.type().code(), l.type().name(), l.amount(), l.type().unitLabel())).toList(),
				certificate);
	}
}
