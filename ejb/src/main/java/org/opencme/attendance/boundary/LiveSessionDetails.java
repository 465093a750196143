package org.opencme.attendance.boundary;

import java.time.Instant;
import org.opencme.attendance.entity.LiveSession;

/**
 * A session as pages and the API show it; instants are absolute, and
 * {@code timeZone} is the zone it was announced in.
 */
public record LiveSessionDetails(long id, long activityId, String moduleId, Instant startsAt, Instant endsAt,
		String timeZone, Integer capacity, String joinUrl, String room, boolean cancelled, Instant cancelledAt,
		String cancelledBy) {

	static LiveSessionDetails of(LiveSession s) {
		return new LiveSessionDetails(s.id(), s.activityId(), s.moduleKey(), s.startsAt(), s.endsAt(), s.timeZone(),
				s.capacity(), s.joinUrl(), s.room(), s.cancelled(), s.cancelledAt(), s.cancelledBy());
	}

	/** The same session without its join link, for people not enrolled. */
	public LiveSessionDetails withoutJoinLink() {
		return new LiveSessionDetails(id, activityId, moduleId, startsAt, endsAt, timeZone, capacity, null, room,
				cancelled, cancelledAt, cancelledBy);
	}

	public long minutes() {
		return java.time.Duration.between(startsAt, endsAt).toMinutes();
	}
}
