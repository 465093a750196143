package org.opencme.authoring.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.entity.ActivityFormat;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.identity.entity.Role;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * {@code /api/activities}: designers create and edit drafts; anyone reads a
 * published activity.
 */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

	@Inject
	ActivityService activities;

	@Inject
	CurrentUser currentUser;

	/**
	 * Body of POST and PUT; {@code version} is the version the edit started from
	 * (PUT only).
	 */
	public record ActivityInput(String title, String summary, String format, Long version) {
	}

	@GET
	@Path("mine")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public List<ActivitySummary> mine(@QueryParam("status") @DefaultValue("DRAFT") ActivityStatus status) {
		return activities.ownedBy(currentUser.required().accountId(), status);
	}

	@GET
	@Path("{id}")
	@PermitAll
	public ActivitySummary one(@PathParam("id") long id) {
		ActivitySummary activity = activities.find(id);
		boolean visible = activity.status() == ActivityStatus.PUBLISHED || currentUser.caller()
				.map(c -> c.roles().contains(Role.ADMIN) || c.accountId() == activity.ownerId()).orElse(false);
		if (!visible) {
			throw new RecordNotFoundException("Activity", id);
		}
		return activity;
	}

	@POST
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Consumes(MediaType.APPLICATION_JSON)
	public Response create(ActivityInput input) {
		SignedInCaller caller = currentUser.required();
		ActivityInput body = input == null ? new ActivityInput(null, null, null, null) : input;
		ActivitySummary created = activities.create(caller.asAccount(), body.title(), body.summary(), format(body));
		return Response.status(201).entity(created).build();
	}

	@PUT
	@Path("{id}")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Consumes(MediaType.APPLICATION_JSON)
	public ActivitySummary edit(@PathParam("id") long id, ActivityInput input) {
		if (input == null || input.version() == null) {
			throw new InvalidInputException("Send the version you edited.", Map.of("version", "Required."));
		}
		return activities.describe(currentUser.required().asAccount(), id, input.version(), input.title(),
				input.summary());
	}

	private static ActivityFormat format(ActivityInput body) {
		try {
			return body.format() == null ? null : ActivityFormat.valueOf(body.format());
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException("Unknown format.",
					Map.of("format", "One of ON_DEMAND, LIVE_WEBINAR, " + "LIVE_IN_PERSON, PROCTORED."));
		}
	}
}
