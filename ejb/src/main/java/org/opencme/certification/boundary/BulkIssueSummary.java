package org.opencme.certification.boundary;

import java.time.Instant;

/**
 * A bulk issue's progress: of {@code total} completed enrolments pending when
 * it started, how many got a certificate, how many learners must claim
 * themselves (details missing, or nothing the recorded time gives), and how
 * many had claimed before the job came to them.
 */
public record BulkIssueSummary(long id, long activityId, String activityTitle, String requestedBy, Instant requestedAt,
		int total, long issued, long mustClaim, long claimedBefore, BulkIssueStatus status, int resumed) {

	public long done() {
		return issued + mustClaim + claimedBefore;
	}

	/** 0-100, for the progress bar. */
	public int percent() {
		if (status == BulkIssueStatus.DONE) {
			return 100;
		}
		return total == 0 ? 0 : (int) Math.min(99, done() * 100 / total);
	}

	public String statusLabel() {
		return status.label();
	}
}
