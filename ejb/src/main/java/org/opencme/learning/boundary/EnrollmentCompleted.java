package org.opencme.learning.boundary;

import java.time.Instant;

/**
 * An enrolment met its completion criteria. Fired in the completing
 * transaction; observers that act on it use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}, so they see only
 * completions that were committed. Learning decides completion; credit and
 * certification follow it.
 */
public record EnrollmentCompleted(long enrollmentId, long learnerId, long activityId, int versionNo,
		Instant completedAt) {
}
