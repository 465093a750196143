package org.opencme.attendance.boundary;

import java.time.Instant;

/** A proctor assigned to a session: who, by whom and when. */
public record ProctorAssignment(long sessionId, long accountId, String name, String email, String assignedBy,
		Instant assignedAt) {
}
