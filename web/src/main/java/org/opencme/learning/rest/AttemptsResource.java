package org.opencme.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.opencme.identity.web.CurrentUser;
import org.opencme.learning.boundary.AttemptDetails;
import org.opencme.learning.boundary.AttemptService;

/**
 * {@code /api/attempts}: answers saved one by one as they are given, then a
 * submit that grades.
 */
@Path("attempts")
@RolesAllowed("LEARNER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptsResource {

	@Inject
	AttemptService attempts;

	@Inject
	CurrentUser currentUser;

	/** Body of a response: the chosen option ids. */
	public record ResponseBody(
			@jakarta.validation.constraints.Size(max = 50) Set<@jakarta.validation.constraints.Size(max = 80) String> selected) {
	}

	@GET
	@Path("{id}")
	public AttemptDetails get(@PathParam("id") long id) {
		return attempts.get(currentUser.required().asAccount(), id);
	}

	@PUT
	@Path("{id}/responses/{questionId}")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response save(@PathParam("id") long id, @PathParam("questionId") String questionId, ResponseBody body) {
		attempts.saveResponse(currentUser.required().asAccount(), id, questionId,
				body == null || body.selected() == null ? Set.of() : body.selected());
		return Response.noContent().build();
	}

	/** Grades the attempt; submitting again answers the same result. */
	@POST
	@Path("{id}/submit")
	public AttemptDetails submit(@PathParam("id") long id) {
		return attempts.submit(currentUser.required().asAccount(), id);
	}
}
