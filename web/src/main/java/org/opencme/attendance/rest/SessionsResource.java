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
	CurrentUser currentUser;

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
