package org.opencme.attendance.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.attendance.boundary.ScheduleRequest;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * {@code GET/POST /api/activities/{id}/sessions}: anyone reads the sessions of
 * a published activity; its authors and administrators schedule them.
 */
@Path("activities/{id}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitySessionsResource {

	@Inject
	LiveSessionService sessions;

	@Inject
	ActivityService activities;

	@Inject
	CurrentUser currentUser;

	@GET
	@PermitAll
	public List<LiveSessionDetails> of(@PathParam("id") long activityId) {
		boolean designer = currentUser.hasRole("DESIGNER") || currentUser.hasRole("ADMIN");
		if (!activities.find(activityId).isLive() && !designer) {
			throw new RecordNotFoundException("Activity", activityId);
		}
		return sessions.shownTo(currentUser.caller().map(SignedInCaller::asAccount), activityId);
	}

	@POST
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Consumes(MediaType.APPLICATION_JSON)
	public Response schedule(@PathParam("id") long activityId, ScheduleRequest request) {
		ScheduleRequest body = request == null
				? new ScheduleRequest(null, null, null, null, null, null, null)
				: request;
		LiveSessionDetails scheduled = sessions.schedule(currentUser.required().asAccount(), activityId, body);
		return Response.status(Response.Status.CREATED).entity(scheduled).build();
	}
}
