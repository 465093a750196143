package org.opencme.attendance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code POST /api/sessions/{id}/cancel}: the activity's authors or an
 * administrator cancel a session.
 */
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionsResource {

	@Inject
	LiveSessionService sessions;

	@Inject
	CurrentUser currentUser;

	@POST
	@Path("{id}/cancel")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public LiveSessionDetails cancel(@PathParam("id") long sessionId) {
		return sessions.cancel(currentUser.required().asAccount(), sessionId);
	}
}
