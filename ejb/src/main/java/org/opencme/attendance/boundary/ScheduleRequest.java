package org.opencme.attendance.boundary;

import java.time.LocalDateTime;

/**
 * A session to schedule, as a designer types it: local start and end in the
 * named time zone, optional capacity (none: the activity's), a join link for
 * webinars or a room for in-person and proctored sittings.
 */
public record ScheduleRequest(String moduleId, LocalDateTime start, LocalDateTime end, String timeZone,
		Integer capacity, String joinUrl, String room) {
}
