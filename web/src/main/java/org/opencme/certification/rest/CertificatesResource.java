package org.opencme.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.CertificateSummary;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code /api/certificates}: a certificate and its PDF for its learner or an
 * administrator (anyone else: 403); revoke, reissue and search for
 * administrators.
 */
@Path("certificates")
@RolesAllowed("LEARNER")
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

	@Inject
	CertificateService certificates;

	@Inject
	CurrentUser currentUser;

	/** Body of a revocation. */
	public record Revocation(@Size(max = 1000) String reason) {
	}

	@GET
	@RolesAllowed("ADMIN")
	public List<CertificateSummary> find(@QueryParam("q") String query,
			@QueryParam("max") @DefaultValue("50") int max) {
		return certificates.find(currentUser.required().asAccount(), query, Math.max(1, Math.min(max, 200)));
	}

	@GET
	@Path("{number: OCME-[0-9]{4}-[0-9]+}")
	public CertificateSummary get(@PathParam("number") String number) {
		return certificates.get(currentUser.required().asAccount(), number);
	}

	/** The certificate as PDF/A-2b. */
	@GET
	@Path("{number: OCME-[0-9]{4}-[0-9]+}.pdf")
	@Produces("application/pdf")
	public Response pdf(@PathParam("number") String number) {
		byte[] pdf = certificates.pdf(currentUser.required().asAccount(), number);
		return Response.ok(pdf, "application/pdf")
				.header("Content-Disposition", "attachment; filename=\"" + number + ".pdf\"")
				.header("Cache-Control", "private, no-store").build();
	}

	@POST
	@Path("{number}/revoke")
	@RolesAllowed("ADMIN")
	@Consumes(MediaType.APPLICATION_JSON)
	public CertificateSummary revoke(@PathParam("number") String number, Revocation body) {
		return certificates.revoke(currentUser.required().asAccount(), number, body == null ? null : body.reason());
	}

	@POST
	@Path("{number}/reissue")
	@RolesAllowed("ADMIN")
	public Response reissue(@PathParam("number") String number) {
		return Response.status(201).entity(certificates.reissue(currentUser.required().asAccount(), number)).build();
	}
}
