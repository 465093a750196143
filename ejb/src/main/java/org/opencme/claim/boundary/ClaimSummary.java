package org.opencme.claim.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A claim as pages and the API show it, with its current awards (a corrected
 * line shows its corrected amount).
 */
public record ClaimSummary(long id, long enrollmentId, long activityId, int versionNo, ClaimOutcome outcome,
		Instant completedAt, Instant claimedAt, List<AwardLine> lines) {

	public ClaimSummary {
		lines = List.copyOf(lines);
	}
}
