package org.opencme.platform.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.opencme.platform.boundary.HealthService;

/**
 * {@code GET /api/health}: {"status":"UP"} once the database answers and the
 * start-up warm-up has finished; {"status":"STARTING"} (503) while it runs.
 */
@Path("health")
@PermitAll
public class HealthResource {

	@Inject
	HealthService health;

	/** The health answer. */
	public record Health(String status, String database, String warmUp) {
	}

	@GET
	@Produces(MediaType.APPLICATION_JSON)
	public Response health() {
		boolean database = health.databaseAnswers();
		boolean warm = health.warm();
		String status = !database ? "DOWN" : warm ? "UP" : "STARTING";
		Health body = new Health(status, database ? "UP" : "DOWN", warm ? "DONE" : "RUNNING");
		return Response.status(database && warm ? 200 : 503).entity(body).build();
	}
}
