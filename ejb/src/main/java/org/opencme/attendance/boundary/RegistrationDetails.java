package org.opencme.attendance.boundary;

/**
 * Where a learner stands for a session: {@code status} is the code,
 * {@code statusLabel} the words to show; {@code waitlistPosition} counts from 1
 * and is set only on the waitlist; {@code seatsTaken} of {@code capacity}
 * (none: no limit) are taken.
 */
public record RegistrationDetails(long sessionId, long activityId, String status, String statusLabel,
		Integer waitlistPosition, int seatsTaken, Integer capacity, LiveSessionDetails session) {

	public boolean registered() {
		return "REGISTERED".equals(status);
	}

	public boolean waitlisted() {
		return "WAITLISTED".equals(status);
	}

	public boolean active() {
		return registered() || waitlisted();
	}
}
