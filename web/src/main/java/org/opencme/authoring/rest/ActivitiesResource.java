package org.opencme.authoring.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.authoring.boundary.ActivityDetail;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.authoring.boundary.VersionSummary;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageProblem;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.rest.Problem;
import org.opencme.platform.web.UploadSpool;

/**
 * {@code /api/activities}: designers create, edit, import and export activities
 * and send them through review; anyone reads a published activity.
 */
@Path("activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivitiesResource {

	static final String ZIP = "application/zip";

	@Inject
	ActivityService activities;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	VersionService versions;

	@Inject
	ReviewService review;

	@Inject
	CurrentUser currentUser;

	@Inject
	LiveSessionService sessions;

	private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

	/**
	 * Body of POST and PUT; {@code version} is the version the edit started from
	 * (PUT only).
	 */
	public record ActivityInput(@Size(max = ActivitySpec.MAX_TITLE) String title,
			@Size(max = ActivitySpec.MAX_SUMMARY) String summary, @Size(max = 20) String format, Long version) {
	}

	/** Body of a return for changes ({@code activity.review_comment}). */
	public record ReviewComment(@Size(max = 4000) String comment) {
	}

	@GET
	@Path("mine")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public List<ActivitySummary> mine(@QueryParam("status") @DefaultValue("DRAFT") ActivityStatus status) {
		return activities.ownedBy(caller().id(), status);
	}

	@GET
	@Path("review")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public List<ActivitySummary> awaitingReview() {
		return activities.awaitingReview(caller().id());
	}

	@GET
	@Path("{id}")
	@PermitAll
	public jakarta.json.JsonObject one(@PathParam("id") long id) {
		ActivityDetail detail = activities.detail(currentUser.caller().map(SignedInCaller::asAccount), id);
		List<LiveSessionDetails> shown = sessions.shownTo(currentUser.caller().map(SignedInCaller::asAccount), id);
		return Json.createObjectBuilder(toJson(detail).asJsonObject()).add("sessions", toJson(shown)).build();
	}

	/**
	 * The activity as JSON-B writes it, with its sessions (attendance context)
	 * added.
	 */
	private static jakarta.json.JsonValue toJson(Object value) {
		try (jakarta.json.JsonReader reader = Json.createReader(new java.io.StringReader(JSONB.toJson(value)))) {
			return reader.readValue();
		}
	}

	@POST
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Consumes(MediaType.APPLICATION_JSON)
	public Response create(ActivityInput input) {
		ActivityInput body = input == null ? new ActivityInput(null, null, null, null) : input;
		ActivitySummary created = workingCopies.create(caller(), body.title(), body.summary(), format(body));
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
		return workingCopies.describe(caller(), id, input.version(), input.title(), input.summary());
	}

	@GET
	@Path("{id}/problems")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public List<PackageProblem> problems(@PathParam("id") long id) {
		return workingCopies.problems(caller(), id);
	}

	@GET
	@Path("{id}/versions")
	@PermitAll
	public List<VersionSummary> versions(@PathParam("id") long id) {
		return versions.versions(id);
	}

	/** Makes another designer a co-author (owner or admin). */
	@PUT
	@Path("{id}/coauthors/{accountId}")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public ActivitySummary addCoauthor(@PathParam("id") long id, @PathParam("accountId") long accountId) {
		return workingCopies.addCoauthor(caller(), id, accountId);
	}

	@POST
	@Path("{id}/submit")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public ActivitySummary submit(@PathParam("id") long id) {
		return review.submit(caller(), id);
	}

	/** The reviewer's approval; publishing makes a new immutable version. */
	@POST
	@Path("{id}/publish")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public ActivitySummary publish(@PathParam("id") long id) {
		return review.approve(caller(), id);
	}

	@POST
	@Path("{id}/return")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Consumes(MediaType.APPLICATION_JSON)
	public ActivitySummary returnForChanges(@PathParam("id") long id, ReviewComment body) {
		return review.returnForChanges(caller(), id, body == null ? null : body.comment());
	}

	@POST
	@Path("{id}/retire")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	public ActivitySummary retire(@PathParam("id") long id) {
		return review.retire(caller(), id);
	}

	@POST
	@Path("import")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
	public Response importPackage(@HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream zip)
			throws IOException {
		if (declaredLength(contentLength) > WorkingCopyService.MAX_PACKAGE_BYTES) {
			return packageTooLarge();
		}
		try (UploadSpool spool = UploadSpool.copy(zip, WorkingCopyService.MAX_PACKAGE_BYTES)) {
			return Response.status(201).entity(workingCopies.importPackage(caller(), spool.path())).build();
		} catch (UploadSpool.TooLargeException e) {
			return packageTooLarge();
		}
	}

	/**
	 * 413, sent at once when the declared length is over the limit (the body is not
	 * read), or as soon as the limit is passed; the connection closes, so the rest
	 * of the body is never read.
	 */
	private static Response packageTooLarge() {
		return Response
				.fromResponse(Problem
						.of(413, "Content Too Large",
								"The package is larger than " + WorkingCopyService.MAX_PACKAGE_BYTES / 1024 / 1024
										+ " MB.",
								Map.of("package", "At most " + WorkingCopyService.MAX_PACKAGE_BYTES + " bytes."))
						.toResponse())
				.header("Connection", "close").build();
	}

	private static long declaredLength(String header) {
		try {
			return header == null ? -1 : Long.parseLong(header.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/**
	 * The working copy's package, or with {@code ?version=N} a published version's.
	 */
	@GET
	@Path("{id}/export")
	@RolesAllowed({"DESIGNER", "ADMIN"})
	@Produces(ZIP)
	public Response export(@PathParam("id") long id, @QueryParam("version") Integer version) {
		ContentPackage pkg = version == null ? workingCopies.draft(caller(), id) : versions.version(id, version);
		String name = "activity-" + id + (version == null ? "-draft" : "-v" + version) + ".zip";
		StreamingOutput zip = out -> new PackageWriter().write(pkg, out);
		return Response.ok(zip, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
	}

	private AuthenticatedAccount caller() {
		return currentUser.required().asAccount();
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
