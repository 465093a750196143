package org.opencme.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencme.content.pkg.PackageRejectedException;
import org.opencme.platform.boundary.DomainException;

/**
 * Turns every failure of the API into a problem-JSON answer; stack traces stay
 * in the server log.
 */
public final class ProblemMappers {

	private ProblemMappers() {
	}

	static Response forDomain(DomainException e) {
		return switch (e.kind()) {
			case INVALID -> Problem.of(400, "Invalid request", e.getMessage(), e.fieldErrors()).toResponse();
			case NOT_FOUND -> Problem.of(404, "Not found", e.getMessage()).toResponse();
			case CONFLICT -> Problem.of(409, "Conflict", e.getMessage(), e.fieldErrors()).toResponse();
			case FORBIDDEN -> Problem.of(403, "Forbidden", e.getMessage()).toResponse();
			case MISSING_DETAILS -> Problem.of(422, "Details missing", e.getMessage(), e.fieldErrors()).toResponse();
			case TOO_MANY -> Problem.of(429, "Too many requests", e.getMessage()).toResponse();
		};
	}

	static Response forPackage(PackageRejectedException e) {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		e.problems().forEach(
				p -> errors.merge(p.path().isEmpty() ? "package" : p.path(), p.message(), (a, b) -> a + "; " + b));
		return Problem.of(400, "Invalid package",
				"The package was refused: " + e.problems().size() + " problem(s). Nothing of it was stored.", errors)
				.toResponse();
	}

	static Response invalidBody(java.util.Map<String, String> errors) {
		return Problem.of(400, "Invalid request", "The request body has errors; nothing was stored.", errors)
				.toResponse();
	}

	/**
	 * A request body that breaks a constraint of its record (checked by
	 * {@link BodyValidation}), or a service parameter that does.
	 */
	@Provider
	public static class ConstraintViolationMapper
			implements
				ExceptionMapper<jakarta.validation.ConstraintViolationException> {
		@Override
		public Response toResponse(jakarta.validation.ConstraintViolationException e) {
			return invalidBody(BodyProblems.violations(e));
		}
	}

	/**
	 * Anything else: a body JSON-B could not read (malformed JSON, a wrong type, a
	 * number that does not fit, an invalid date) is a 400 naming the field; the
	 * rest is an unexpected failure, logged, answered with a 500 problem (never the
	 * framework's text).
	 */
	@Provider
	public static class FallbackMapper implements ExceptionMapper<RuntimeException> {
		private static final Logger LOG = Logger.getLogger(FallbackMapper.class.getName());

		@Override
		public Response toResponse(RuntimeException e) {
			for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
				if (t instanceof jakarta.validation.ConstraintViolationException violation) {
					return invalidBody(BodyProblems.violations(violation));
				}
				if (t instanceof DomainException domain) {
					return forDomain(domain);
				}
				if (t instanceof WebApplicationException web) {
					return new WebApplicationMapper().toResponse(web);
				}
			}
			java.util.Map<String, String> unreadable = BodyProblems.unreadable(e);
			if (unreadable != null) {
				return invalidBody(unreadable);
			}
			LOG.log(Level.SEVERE, "Unexpected failure in an API call", e);
			return Problem.of(500, "Internal error", "Something went wrong on our side; it has been logged.")
					.toResponse();
		}
	}

	/** A content package that breaks the format's rules. */
	@Provider
	public static class PackageMapper implements ExceptionMapper<PackageRejectedException> {
		@Override
		public Response toResponse(PackageRejectedException e) {
			return forPackage(e);
		}
	}

	/** Domain rules said no. */
	@Provider
	public static class DomainMapper implements ExceptionMapper<DomainException> {
		@Override
		public Response toResponse(DomainException e) {
			return forDomain(e);
		}
	}

	/**
	 * RESTEasy refuses a role: an anonymous caller must authenticate (401), a
	 * signed-in one may not (403).
	 */
	@Provider
	public static class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {
		@Context
		SecurityContext security;

		@Override
		public Response toResponse(ForbiddenException e) {
			if (security == null || security.getUserPrincipal() == null) {
				return Response.fromResponse(Problem.of(401, "Unauthorized", "Sign in to use this call.").toResponse())
						.header("WWW-Authenticate", Problem.CHALLENGE).build();
			}
			return Problem.of(403, "Forbidden", "Your role does not allow this call.").toResponse();
		}
	}

	/** Other HTTP errors (404 for unknown paths, 405, 415 ...) as problems. */
	@Provider
	public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
		@Override
		public Response toResponse(WebApplicationException e) {
			int status = e.getResponse().getStatus();
			java.util.Map<String, String> unreadable = status == 400 ? BodyProblems.unreadable(e) : null;
			if (unreadable != null) {
				return invalidBody(unreadable);
			}
			Response.Status known = Response.Status.fromStatusCode(status);
			Response response = Problem.of(status, known == null ? "Error" : known.getReasonPhrase(), e.getMessage())
					.toResponse();
			if (e instanceof NotAuthorizedException) {
				return Response.fromResponse(response).header("WWW-Authenticate", "Basic realm=\"OpenCME\"").build();
			}
			return response;
		}
	}

	/**
	 * A domain exception that reached us wrapped by the EJB container, or an
	 * unexpected failure.
	 */
	@Provider
	public static class UnexpectedMapper implements ExceptionMapper<EJBException> {
		private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

		@Override
		public Response toResponse(EJBException e) {
			Throwable cause = e.getCause();
			if (cause instanceof DomainException domain) {
				return forDomain(domain);
			}
			if (cause instanceof PackageRejectedException rejected) {
				return forPackage(rejected);
			}
			if (cause instanceof jakarta.validation.ConstraintViolationException violation) {
				return invalidBody(BodyProblems.violations(violation));
			}
			LOG.log(Level.SEVERE, "Unexpected failure in an API call", e);
			return Problem.of(500, "Internal error", "Something went wrong on our side; it has been logged.")
					.toResponse();
		}
	}
}
