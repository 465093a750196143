package org.opencme.certification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.TooManyGuessesException;
import org.opencme.identity.web.ClientAddress;
import org.opencme.platform.rest.Problem;

/**
 * {@code GET /api/verify/{code}}, for anyone: whether a certificate is genuine
 * and stands, with only what a licensing board needs to see. Unknown codes:
 * 404; too many of them from one address: 429 with {@code Retry-After}.
 */
@Path("verify/{code}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

	@Inject
	CertificateService certificates;

	@Context
	HttpServletRequest request;

	@GET
	public Response verify(@PathParam("code") String code) {
		try {
			return Response.ok(certificates.verify(code, ClientAddress.of(request))).header("Cache-Control", "no-store")
					.build();
		} catch (TooManyGuessesException e) {
			return Response.fromResponse(Problem.of(429, "Too many requests", e.getMessage()).toResponse())
					.header("Retry-After", e.retryAfterSeconds()).build();
		}
	}
}
