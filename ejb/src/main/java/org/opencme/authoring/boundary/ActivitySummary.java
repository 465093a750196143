package org.opencme.authoring.boundary;

import java.time.Instant;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityFormat;
import org.opencme.authoring.entity.ActivityStatus;

/** An activity in lists: the designer's drafts, the API. */
public record ActivitySummary(long id, String title, String summary, ActivityFormat format, ActivityStatus status,
		long ownerId, Instant updatedAt, long version) {

	static ActivitySummary of(Activity a) {
		return new ActivitySummary(a.id(), a.title(), a.summary(), a.format(), a.status(), a.ownerId(), a.updatedAt(),
				a.version());
	}
}
