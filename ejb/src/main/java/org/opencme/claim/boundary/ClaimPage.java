package org.opencme.claim.boundary;

import java.util.List;
import org.opencme.claim.control.ClaimOptions;
import org.opencme.claim.control.FieldProblem;
import org.opencme.learning.boundary.CompletionFacts;

/**
 * What the claim page shows for one enrolment: the completion facts, the rows
 * the learner may claim (maximum, limit, increment), the reporting details a
 * reported type still needs, and the claims made so far.
 */
public record ClaimPage(CompletionFacts facts, ClaimOptions options, List<FieldProblem> missingForReported,
		List<ClaimSummary> claims) {

	public ClaimPage {
		missingForReported = List.copyOf(missingForReported);
		claims = List.copyOf(claims);
	}
}
