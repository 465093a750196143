package org.opencme.attendance.boundary;

import java.time.Instant;

/**
 * A learner's check-in to a session; {@code repeated}: it was there already.
 */
public record CheckInDetails(long sessionId, long accountId, Instant checkedInAt, boolean repeated) {
}
