package org.opencme.claim.boundary;

import java.time.Instant;
import java.util.List;
import org.opencme.content.pkg.ActivitySpec;

/**
 * A claim's awards were recorded: fired in the claiming transaction, so
 * certification issues the claim's certificate in the same transaction (both or
 * neither are stored). Carries what a certificate prints.
 */
public record AwardsRecorded(long claimId, long learnerId, long enrollmentId, long activityId, int versionNo,
		ClaimOutcome outcome, Instant completedAt, Instant claimedAt, List<AwardLine> lines, ActivitySpec activity,
		String actorEmail) {

	public AwardsRecorded {
		lines = List.copyOf(lines);
	}
}
