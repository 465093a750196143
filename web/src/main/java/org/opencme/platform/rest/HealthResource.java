package org.opencme.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opencme.platform.boundary.HealthService;

/** {@code GET /api/health}: {"status":"UP"} once the database answers. */
@Path("health")
@PermitAll
public class HealthResource {

	@Inject
	HealthService health;

	/** The health answer. */
	public record Health(String status, String database) {
	}

	@GET
	@Produces(MediaType.APPLICATION_JSON)
	public Response health() {
		boolean database = health.databaseAnswers();
		Health body = new Health(database ? "UP" : "DOWN", database ? "UP" : "DOWN");
		return Response.status(database ? 200 : 503).entity(body).build();
	}
}
