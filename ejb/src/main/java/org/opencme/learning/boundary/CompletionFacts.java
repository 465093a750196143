package org.opencme.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.opencme.content.pkg.ActivitySpec;

/**
 * What credit decides a claim on, as learning stores it: whether and when the
 * enrolment completed, what is still required if not, and the minutes the
 * learner attested (null when the version has no attestation module), the
 * evaluation's estimated minutes the designer set (0 when none), and the
 * enrolled version's description (title, format, dates, credit designations,
 * accreditation statement), so credit needs no other context.
 */
public record CompletionFacts(long enrollmentId, long learnerId, long activityId, int versionNo, Instant completedAt,
		List<String> stillRequired, Integer attestedMinutes, int evaluationMinutes, ActivitySpec activity) {

	public CompletionFacts {
		stillRequired = List.copyOf(stillRequired);
	}

	public boolean completed() {
		return completedAt != null;
	}
}
