package org.opencme.certification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.opencme.certification.boundary.BulkIssueService;
import org.opencme.certification.boundary.BulkIssueSummary;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code /api/certificate-issues}: administrators issue every pending
 * certificate of an activity as a background job and follow its progress.
 */
@Path("certificate-issues")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class BulkIssuesResource {

	@Inject
	BulkIssueService bulk;

	@Inject
	CurrentUser currentUser;

	/**
	 * Body of a start: the activity, and enrolments per transaction (default 20).
	 */
	public record Start(@NotNull Long activityId, @Min(1) @Max(500) Integer chunk) {
	}

	/** A bulk issue's progress as JSON. */
	public record Progress(long id, long activityId, String activityTitle, String requestedBy, Instant requestedAt,
			int total, long issued, long mustClaim, long claimedBefore, long done, int percent, String status,
			String statusLabel, int resumed) {

		static Progress of(BulkIssueSummary s) {
			return new Progress(s.id(), s.activityId(), s.activityTitle(), s.requestedBy(), s.requestedAt(), s.total(),
					s.issued(), s.mustClaim(), s.claimedBefore(), s.done(), s.percent(), s.status().name(),
					s.statusLabel(), s.resumed());
		}
	}

	@POST
	@Consumes(MediaType.APPLICATION_JSON)
	public Response start(@NotNull Start body, @Context UriInfo uri) {
		BulkIssueSummary started = bulk.start(currentUser.required().asAccount(), body.activityId(), body.chunk());
		return Response.accepted(Progress.of(started))
				.location(uri.getBaseUriBuilder().path("certificate-issues").path(Long.toString(started.id())).build())
				.build();
	}

	@GET
	public List<Progress> list(@QueryParam("activityId") Long activityId) {
		return bulk.ofActivity(currentUser.required().asAccount(), activityId).stream().map(Progress::of).toList();
	}

	@GET
	@Path("{id: [0-9]+}")
	public Progress get(@PathParam("id") long id) {
		return Progress.of(bulk.get(currentUser.required().asAccount(), id));
	}

	@POST
	@Path("{id: [0-9]+}/stop")
	public Progress stop(@PathParam("id") long id) {
		return Progress.of(bulk.stop(currentUser.required().asAccount(), id));
	}

	@POST
	@Path("{id: [0-9]+}/resume")
	public Progress resume(@PathParam("id") long id) {
		return Progress.of(bulk.resume(currentUser.required().asAccount(), id));
	}
}
