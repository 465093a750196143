package org.opencme.attendance.control;

import org.opencme.attendance.entity.RegistrationStatus;

/**
 * The seat rules of a session. A session without a capacity has room for
 * everyone. A request gets a seat while seats are free and nobody is waiting
 * (the waitlist goes first); otherwise it joins the end of the waitlist. When
 * seats come free, the longest-waiting people get them, one per seat. The
 * counts are read under the session's row lock, so two requests never take the
 * same last seat.
 */
public final class Seats {

	private Seats() {
	}

	/** Where a new request goes. */
	public static RegistrationStatus forRequest(Integer capacity, long registered, long waiting) {
		if (registered < 0 || waiting < 0) {
			throw new IllegalArgumentException("counts are never negative");
		}
		return capacity == null || (registered < capacity && waiting == 0)
				? RegistrationStatus.REGISTERED
				: RegistrationStatus.WAITLISTED;
	}

	/** How many people at the head of the waitlist get a seat now. */
	public static int toPromote(Integer capacity, long registered, long waiting) {
		if (registered < 0 || waiting < 0) {
			throw new IllegalArgumentException("counts are never negative");
		}
		long free = capacity == null ? waiting : Math.max(0, capacity - registered);
		return (int) Math.min(free, waiting);
	}
}
