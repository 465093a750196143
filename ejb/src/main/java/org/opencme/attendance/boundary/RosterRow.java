package org.opencme.attendance.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One learner on a session's roster: who, their place (registered, waitlisted,
 * walk-in), the check-in by code if any, the minutes an imported webinar report
 * gives them (matched by e-mail or confirmed), and their marks, newest first
 * (the first is the current one; amendments name the mark they replace). Each
 * source is shown beside the others, so a proctor sees where they disagree.
 */
public record RosterRow(long accountId, String name, String email, String place, Instant checkedInAt,
		Integer reportMinutes, List<Mark> marks) {

	/** One mark as the roster shows it. */
	public record Mark(long id, String status, String statusLabel, int minutes, String note, String source, Long amends,
			String reason, String recordedBy, Instant recordedAt) {
	}

	public Mark current() {
		return marks.isEmpty() ? null : marks.get(0);
	}

	/**
	 * Check-in by code and the current mark disagree (checked in but marked absent,
	 * or the reverse).
	 */
	public boolean disagree() {
		Mark mark = current();
		return mark != null && (checkedInAt != null) == "ABSENT".equals(mark.status());
	}
}
