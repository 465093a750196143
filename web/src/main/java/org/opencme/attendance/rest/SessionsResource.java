package org.opencme.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.attendance.boundary.ProctorAssignment;
import org.opencme.attendance.boundary.ProctorService;
import org.opencme.attendance.boundary.RegistrationDetails;
import org.opencme.attendance.boundary.RegistrationService;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code POST /api/sessions/{id}/cancel}: the activity's authors or an
 * administrator cancel a session. {@code POST} and {@code DELETE
 * /api/sessions/{id}/registrations}: an enrolled learner takes a seat (or a
 * waitlist place) and gives it up; repeating either changes nothing more.
 * {@code /api/sessions/{id}/proctors}: the activity's authors and
 * administrators assign proctors (by e-mail) and remove them; the session's
 * proctors read the list too.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

	@Inject
	LiveSessionService sessions;

	@Inject
	RegistrationService registrations;

	@Inject
	ProctorService proctors;

	@Inject
	org.opencme.attendance.boundary.CheckInService checkIns;

	@Inject
	org.opencme.attendance.boundary.RosterService rosters;

	@Inject
	org.opencme.attendance.boundary.AttendanceImportService reports;

	@Inject
	CurrentUser currentUser;

	/**
	 * Imports a Zoom, Teams or Webex participant report (the file as the body): 201
	 * with what became of each person; 200 with the first import when this very
	 * file was imported before; 400 naming the line that does not parse, nothing
	 * stored.
	 */
	@POST
	@Path("{id}/attendance/import")
	@Consumes({"text/csv", "text/plain", "text/tab-separated-values", "application/octet-stream",
			"application/vnd.ms-excel"})
	@RolesAllowed({"PROCTOR", "ADMIN"})
	public jakarta.ws.rs.core.Response importReport(@PathParam("id") long sessionId,
			@jakarta.ws.rs.QueryParam("filename") String fileName, byte[] file) {
		var summary = reports.importReport(currentUser.required().asAccount(), sessionId, fileName, file);
		return jakarta.ws.rs.core.Response.status(summary.repeated() ? 200 : 201).entity(summary).build();
	}

	@GET
	@Path("{id}/attendance/imports")
	@RolesAllowed({"PROCTOR", "DESIGNER", "ADMIN"})
	public java.util.List<org.opencme.attendance.boundary.ImportSummary> imports(@PathParam("id") long sessionId) {
		return reports.imports(currentUser.required().asAccount(), sessionId);
	}

	/** The proctor confirms a name-only match of an import. */
	@POST
	@Path("{id}/attendance/import-lines/{lineId}/confirm")
	@RolesAllowed({"PROCTOR", "ADMIN"})
	public org.opencme.attendance.boundary.ImportSummary.Line confirmImportLine(@PathParam("id") long sessionId,
			@PathParam("lineId") long lineId) {
		return reports.confirm(currentUser.required().asAccount(), sessionId, lineId);
	}

	/**
	 * Body of {@code POST /api/sessions/{id}/attendance/walk-ins}: who came, and
	 * optionally their mark.
	 */
	public record WalkIn(String who, String status, Integer minutes, String note, String reason) {
	}

	/** The roster, filtered ({@code q}: name or e-mail) and paged on the server. */
	@GET
	@Path("{id}/roster")
	@RolesAllowed({"PROCTOR", "DESIGNER", "ADMIN"})
	public org.opencme.attendance.boundary.RosterPage roster(@PathParam("id") long sessionId,
			@jakarta.ws.rs.QueryParam("q") String q,
			@jakarta.ws.rs.QueryParam("first") @jakarta.ws.rs.DefaultValue("0") int first,
			@jakarta.ws.rs.QueryParam("max") @jakarta.ws.rs.DefaultValue("50") int max) {
		return rosters.roster(currentUser.required().asAccount(), sessionId, q, first, max);
	}

	/**
	 * Marks a learner on the roster (after sign-off: an amendment, with
	 * {@code reason}).
	 */
	@jakarta.ws.rs.PUT
	@Path("{id}/attendance/{learnerId}")
	@RolesAllowed({"PROCTOR", "ADMIN"})
	public org.opencme.attendance.boundary.RosterRow.Mark mark(@PathParam("id") long sessionId,
			@PathParam("learnerId") long learnerId, org.opencme.attendance.boundary.MarkRequest body) {
		return rosters.mark(currentUser.required().asAccount(), sessionId, learnerId,
				body == null ? new org.opencme.attendance.boundary.MarkRequest(null, null, null, null) : body);
	}

	@POST
	@Path("{id}/attendance/walk-ins")
	@RolesAllowed({"PROCTOR", "ADMIN"})
	public jakarta.ws.rs.core.Response walkIn(@PathParam("id") long sessionId, WalkIn body) {
		var mark = rosters.addWalkIn(currentUser.required().asAccount(), sessionId, body == null ? null : body.who(),
				body == null
						? null
						: new org.opencme.attendance.boundary.MarkRequest(body.status(), body.minutes(), body.note(),
								body.reason()));
		return jakarta.ws.rs.core.Response.status(201).entity(mark).build();
	}

	/**
	 * Marks present everyone who checked in with the code and has no mark:
	 * {@code {"marked": n}}.
	 */
	@POST
	@Path("{id}/attendance/checked-in-present")
	@RolesAllowed({"PROCTOR", "ADMIN"})
	public java.util.Map<String, Integer> checkedInPresent(@PathParam("id") long sessionId) {
		return java.util.Map.of("marked", rosters.markCheckedInPresent(currentUser.required().asAccount(), sessionId));
	}

	@POST
	@Path("{id}/sign-off")
	@RolesAllowed({"PROCTOR", "ADMIN"})
	public org.opencme.attendance.boundary.RosterPage signOff(@PathParam("id") long sessionId) {
		return rosters.signOff(currentUser.required().asAccount(), sessionId);
	}

	/** Body of {@code POST /api/sessions/{id}/check-in}. */
	public record CheckInRequest(String code) {
	}

	/**
	 * Checks the caller in with the code shown in the session: 201 the first time,
	 * 200 with the same check-in on a repeat.
	 */
	@POST
	@Path("{id}/check-in")
	@RolesAllowed("LEARNER")
	public jakarta.ws.rs.core.Response checkIn(@PathParam("id") long sessionId, CheckInRequest body) {
		var done = checkIns.checkIn(currentUser.required().asAccount(), sessionId, body == null ? null : body.code());
		return jakarta.ws.rs.core.Response.status(done.repeated() ? 200 : 201).entity(done).build();
	}

	/**
	 * The code to show in the session now, for its proctors (and designers,
	 * administrators).
	 */
	@GET
	@Path("{id}/check-in-code")
	@RolesAllowed({"PROCTOR", "DESIGNER", "ADMIN"})
	public org.opencme.attendance.boundary.CheckInCodeView checkInCode(@PathParam("id") long sessionId) {
		return checkIns.code(currentUser.required().asAccount(), sessionId);
	}

	/** Body of {@code POST /api/sessions/{id}/proctors}. */
	public record ProctorRequest(String email) {
	}

	@GET
	@Path("{id}/proctors")
	@RolesAllowed({"PROCTOR", "DESIGNER", "ADMIN"})
	public java.util.List<ProctorAssignment> proctors(@PathParam("id") long sessionId) {
		return proctors.of(currentUser.required().asAccount(), sessionId);
	}

	@POST
	@Path("{id}/proctors")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public ProctorAssignment assign(@PathParam("id") long sessionId, ProctorRequest body) {
		return proctors.assign(currentUser.required().asAccount(), sessionId, body == null ? null : body.email());
	}

	@DELETE
	@Path("{id}/proctors/{accountId}")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public jakarta.ws.rs.core.Response removeProctor(@PathParam("id") long sessionId,
			@PathParam("accountId") long accountId) {
		proctors.remove(currentUser.required().asAccount(), sessionId, accountId);
		return jakarta.ws.rs.core.Response.noContent().build();
	}

	@POST
	@Path("{id}/registrations")
	@RolesAllowed("LEARNER")
	public RegistrationDetails register(@PathParam("id") long sessionId) {
		return registrations.register(currentUser.required().asAccount(), sessionId);
	}

	@DELETE
	@Path("{id}/registrations")
	@RolesAllowed("LEARNER")
	public RegistrationDetails cancelRegistration(@PathParam("id") long sessionId) {
		return registrations.cancel(currentUser.required().asAccount(), sessionId);
	}

	@POST
	@Path("{id}/cancel")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public LiveSessionDetails cancel(@PathParam("id") long sessionId) {
		return sessions.cancel(currentUser.required().asAccount(), sessionId);
	}
}
