package org.opencme.attendance.boundary;

import java.time.Instant;

/**
 * The code a proctor shows, and until when; {@code open} is false (and
 * {@code code} null) outside the check-in window, which runs from
 * {@code opensAt} to {@code closesAt}.
 */
public record CheckInCodeView(long sessionId, boolean open, String code, Instant changesAt, Instant opensAt,
		Instant closesAt, long checkedIn, long registered) {
}
