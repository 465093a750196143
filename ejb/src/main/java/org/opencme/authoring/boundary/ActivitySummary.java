package org.opencme.authoring.boundary;

import java.time.Instant;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.content.pkg.ActivityFormat;

/**
 * An activity in lists and API answers. {@code liveVersionNo} is what learners
 * see (null: never published).
 */
public record ActivitySummary(long id, String title, String summary, ActivityFormat format, ActivityStatus status,
		long ownerId, Instant updatedAt, long version, Integer liveVersionNo, String reviewComment) {

	static ActivitySummary of(Activity a) {
		return new ActivitySummary(a.id(), a.title(), a.summary(), a.format(), a.status(), a.ownerId(), a.updatedAt(),
				a.version(), a.liveVersionNo(), a.reviewComment());
	}

	public boolean isLive() {
		return liveVersionNo != null && status != ActivityStatus.RETIRED;
	}
}
