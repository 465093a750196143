package org.opencme.attendance.boundary;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.opencme.attendance.control.AtMost;
import org.opencme.attendance.control.JoinLink;
import org.opencme.attendance.control.KnownZone;
import org.opencme.attendance.control.SessionSchedule;

/**
 * A session to schedule, as a designer types it: local start and end in the
 * named time zone, optional capacity (none: the activity's), a join link for
 * webinars or a room for in-person and proctored sittings.
 * <p>
 * The constraints of the default group bound a JSON body as soon as it is read.
 * Each field's own scheduling rules are in the group {@link Scheduled}, checked
 * by {@link LiveSessionService#schedule} together with the rules between the
 * fields and the activity ({@link SessionSchedule}), so that every problem is
 * named at once.
 */
public record ScheduleRequest(@Size(max = 80) String moduleId,
		@NotNull(groups = Scheduled.class, message = "A start date and time are needed.") LocalDateTime start,
		@NotNull(groups = Scheduled.class, message = "An end date and time are needed.") LocalDateTime end,
		@Size(max = 64) @NotBlank(groups = Scheduled.class, message = "A time zone is needed, e.g. America/Chicago.") @KnownZone(groups = Scheduled.class) String timeZone,
		@Min(1) @Min(value = 1, groups = Scheduled.class, message = "Capacity is at least 1, or empty for the activity's capacity.") Integer capacity,
		@Size(max = MAX_JOIN_URL) @JoinLink(max = MAX_JOIN_URL, groups = Scheduled.class) String joinUrl,
		@Size(max = MAX_ROOM) @AtMost(max = MAX_ROOM, groups = Scheduled.class) String room) {

	/** The {@code live_session.join_url} column. */
	public static final int MAX_JOIN_URL = 500;
	/** The {@code live_session.room} column. */
	public static final int MAX_ROOM = 200;

	/** The group of the rules a session to schedule must meet field by field. */
	public interface Scheduled {
	}
}
