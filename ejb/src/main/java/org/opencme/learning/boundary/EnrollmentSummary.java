package org.opencme.learning.boundary;

import java.time.Instant;
import java.util.List;
import org.opencme.content.pkg.ModuleKind;

/**
 * An enrolment as the dashboard and the API show it: progress in percent, the
 * next step, and what is still required for completion.
 */
public record EnrollmentSummary(long id, long activityId, String title, int versionNo, String status, int percent,
		String nextModule, List<String> stillRequired, List<ModuleState> modules, Instant enrolledAt,
		Instant completedAt) {

	/** One module of the enrolment. */
	public record ModuleState(String id, ModuleKind kind, String title, boolean required, boolean completed,
			int secondsWatched, int position) {
	}
}
