package org.opencme.attendance.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;

/**
 * A session to schedule, as a designer types it: local start and end in the
 * named time zone, optional capacity (none: the activity's), a join link for
 * webinars or a room for in-person and proctored sittings.
 */
public record ScheduleRequest(@Size(max = 80) String moduleId, LocalDateTime start, LocalDateTime end,
		@Size(max = 64) String timeZone, @Min(1) Integer capacity, @Size(max = MAX_JOIN_URL) String joinUrl,
		@Size(max = MAX_ROOM) String room) {

	/** The {@code live_session.join_url} column. */
	public static final int MAX_JOIN_URL = 500;
	/** The {@code live_session.room} column. */
	public static final int MAX_ROOM = 200;
}
