package org.opencme.learning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.web.CurrentUser;
import org.opencme.learning.boundary.AttemptDetails;
import org.opencme.learning.boundary.AttemptService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;
import org.opencme.learning.boundary.EvaluationService;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * {@code /api/enrollments}: a learner enrols, records progress, attests time
 * and starts quiz attempts.
 */
@Path("enrollments")
@RolesAllowed("LEARNER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrollmentsResource {

	@Inject
	EnrollmentService enrollments;

	@Inject
	org.opencme.learning.boundary.EvaluationService evaluations;

	@Inject
	AttemptService attempts;

	@Inject
	CurrentUser currentUser;

	/** Body of an enrolment. */
	public record EnrollRequest(Long activityId) {
	}

	/** Body of an attestation. */
	public record Attestation(@Size(max = 80) String moduleId, @Min(1) @Max(100_000) Integer minutes) {
	}

	@POST
	public Response enrol(EnrollRequest body) {
		if (body == null || body.activityId() == null) {
			throw new InvalidInputException("Say which activity.", Map.of("activityId", "Required."));
		}
		return Response.status(201).entity(enrollments.enrol(caller(), body.activityId())).build();
	}

	@GET
	@Path("{id}")
	public EnrollmentSummary get(@PathParam("id") long id) {
		return enrollments.get(caller(), id);
	}

	@POST
	@Path("{id}/modules/{moduleId}/progress")
	public EnrollmentSummary progress(@PathParam("id") long id, @PathParam("moduleId") String moduleId,
			EnrollmentService.ProgressReport report) {
		return enrollments.progress(caller(), id, moduleId,
				report == null ? new EnrollmentService.ProgressReport(null, null, null, null) : report);
	}

	@POST
	@Path("{id}/attestation")
	public EnrollmentSummary attest(@PathParam("id") long id, Attestation body) {
		if (body == null || body.moduleId() == null || body.minutes() == null) {
			throw new InvalidInputException("Say which module and how many minutes.",
					Map.of("minutes", "Required.", "moduleId", "Required."));
		}
		return enrollments.attest(caller(), id, body.moduleId(), body.minutes());
	}

	/** Starts a quiz attempt, or answers the open one (resume). */
	@POST
	@Path("{id}/modules/{moduleId}/attempts")
	public Response startAttempt(@PathParam("id") long id, @PathParam("moduleId") String moduleId) {
		AttemptDetails attempt = attempts.start(caller(), id, moduleId);
		return Response.status(201).entity(attempt).build();
	}

	/** Body of evaluation answers; {@code submit} true hands the evaluation in. */
	public record EvaluationAnswers(@Size(max = 80) String moduleId,
			@Size(max = 200) Map<@Size(max = 80) String, @Size(max = EvaluationService.MAX_ANSWER) String> answers,
			Boolean submit) {
	}

	/** Saves evaluation answers as given, and submits when asked. */
	@POST
	@Path("{id}/evaluation")
	public org.opencme.learning.boundary.EvaluationService.EvaluationForm evaluation(@PathParam("id") long id,
			EvaluationAnswers body) {
		if (body == null || body.moduleId() == null) {
			throw new InvalidInputException("Say which evaluation.", Map.of("moduleId", "Required."));
		}
		if (body.answers() != null) {
			body.answers().forEach((item, answer) -> evaluations.save(caller(), id, body.moduleId(), item, answer));
		}
		return Boolean.TRUE.equals(body.submit())
				? evaluations.submit(caller(), id, body.moduleId())
				: evaluations.form(caller(), id, body.moduleId());
	}

	private AuthenticatedAccount caller() {
		return currentUser.required().asAccount();
	}
}
