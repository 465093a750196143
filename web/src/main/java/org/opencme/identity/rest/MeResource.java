package org.opencme.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.opencme.certification.boundary.CertificateService;
import org.opencme.certification.boundary.CertificateSummary;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.ApiTokenService;
import org.opencme.identity.boundary.ApiTokenSummary;
import org.opencme.identity.boundary.CreatedToken;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.ReportingDetails;
import org.opencme.identity.boundary.ReportingIdentity;
import org.opencme.identity.web.CurrentUser;
import org.opencme.learning.boundary.AllowanceService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;

/**
 * {@code /api/me}: the caller's own account and personal API tokens. Every
 * account is a LEARNER.
 */
@Path("me")
@RolesAllowed("LEARNER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

	@Inject
	AccountService accounts;

	@Inject
	ApiTokenService tokens;

	@Inject
	CurrentUser currentUser;

	@Inject
	EnrollmentService enrollments;

	@Inject
	AllowanceService allowances;

	@Inject
	CertificateService certificates;

	@Inject
	org.opencme.attendance.boundary.RegistrationService registrations;

	@Inject
	org.opencme.attendance.boundary.ProctorService proctors;

	@Inject
	org.opencme.identity.web.PasswordChange passwordChange;

	@Context
	HttpServletRequest request;

	/** Body of {@code PUT /api/me/password}. */
	public record NewPassword(String currentPassword, String newPassword) {
	}

	/**
	 * Changes the caller's password (the current one is required and throttled like
	 * a sign-in); every other session and every API token then ends. 204.
	 */
	@PUT
	@Path("password")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response changePassword(NewPassword body) {
		passwordChange.change(request, currentUser.required(), body == null ? null : body.currentPassword(),
				body == null ? null : body.newPassword());
		return Response.noContent().header("Cache-Control", "no-store").build();
	}

	/** Body of {@code POST /api/me/tokens}. */
	public record NewToken(@jakarta.validation.constraints.Size(max = 100) String name) {
	}

	@GET
	public AccountDetails me() {
		return accounts.account(currentUser.required().accountId());
	}

	/**
	 * The caller's credit reporting details
	 * ({@code GET /api/me/reporting-details}): what a claim of reported credit
	 * needs.
	 */
	public record ReportingDetailsAnswer(String givenName, String familyName, Integer birthMonth, Integer birthDay,
			String npi, List<LicenceInput> licences, String boardDiplomateId, Instant reportPermissionAt) {

		static ReportingDetailsAnswer of(ReportingIdentity r) {
			return new ReportingDetailsAnswer(r.givenName(), r.familyName(),
					r.birthday() == null ? null : r.birthday().getMonthValue(),
					r.birthday() == null ? null : r.birthday().getDayOfMonth(), r.npi(), r.licences(),
					r.boardDiplomateId(), r.reportPermissionAt());
		}
	}

	@GET
	@Path("reporting-details")
	public ReportingDetailsAnswer reportingDetails() {
		return ReportingDetailsAnswer.of(accounts.reportingIdentity(currentUser.required().accountId()));
	}

	/**
	 * Completes or changes them: null fields keep what is stored; every invalid
	 * field is named (400 problem JSON) and nothing is stored.
	 */
	@PUT
	@Path("reporting-details")
	@Consumes(MediaType.APPLICATION_JSON)
	public ReportingDetailsAnswer changeReportingDetails(ReportingDetails body) {
		ReportingDetails details = body == null ? new ReportingDetails(null, null, null, null, null, null) : body;
		return ReportingDetailsAnswer.of(accounts.updateReportingDetails(currentUser.required().accountId(), details));
	}

	/** The caller's certificates, newest first. */
	@GET
	@Path("certificates")
	public List<CertificateSummary> certificates() {
		return certificates.mine(currentUser.required().accountId());
	}

	@GET
	@Path("enrollments")
	public List<EnrollmentSummary> enrollments() {
		return enrollments.mine(currentUser.required().accountId());
	}

	/**
	 * The caller's seats and waitlist places in sessions that have not ended,
	 * soonest first; with {@code ?as=proctor}, the sessions the caller proctors (an
	 * administrator: all), with registrant counts.
	 */
	@GET
	@Path("sessions")
	public List<?> sessions(@jakarta.ws.rs.QueryParam("as") String as) {
		var me = currentUser.required().asAccount();
		if ("proctor".equals(as)) {
			if (!me.roles().contains(org.opencme.identity.boundary.Role.PROCTOR)
					&& !me.roles().contains(org.opencme.identity.boundary.Role.ADMIN)) {
				throw new org.opencme.platform.boundary.NotPermittedException("Only proctors have assigned sessions.");
			}
			return proctors.assignedTo(me);
		}
		return registrations.upcomingOf(me);
	}

	@GET
	@Path("allowance")
	public Response allowance() {
		return allowances.current(currentUser.required().accountId()).map(a -> Response.ok(a).build())
				.orElse(Response.noContent().build());
	}

	@GET
	@Path("tokens")
	public List<ApiTokenSummary> tokens() {
		return tokens.list(currentUser.required().accountId());
	}

	@POST
	@Path("tokens")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response createToken(NewToken body) {
		CreatedToken created = tokens.create(currentUser.required().accountId(), body == null ? null : body.name());
		// no-store: the secret is shown once; caches and the idempotency record must
		// not
		// keep it.
		return Response.status(201).entity(created).header("Cache-Control", "no-store").build();
	}

	@DELETE
	@Path("tokens/{id}")
	public Response revokeToken(@PathParam("id") long id) {
		tokens.revoke(currentUser.required().accountId(), id);
		return Response.noContent().build();
	}
}
