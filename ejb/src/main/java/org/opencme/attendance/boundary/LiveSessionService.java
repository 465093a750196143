package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Scheduling the sessions of live and proctored activities. Authors and
 * administrators schedule and cancel; anyone reads the sessions of an activity.
 * Each change is audited and tells the catalog ({@link SessionsChanged}), which
 * shows upcoming dates.
 */
@Stateless
public class LiveSessionService {

	static final Duration LONGEST = Duration.ofHours(12);

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ActivityService activities;

	@Inject
	AuditLog audit;

	@Inject
	EnrollmentService enrollments;

	@Inject
	Clock clock;

	@Inject
	Event<SessionsChanged> changed;

	/** Sessions of an activity in start order, cancelled ones included. */
	public List<LiveSessionDetails> of(long activityId) {
		return em
				.createQuery("SELECT s FROM LiveSession s WHERE s.activityId = :a ORDER BY s.startsAt, s.id",
						LiveSession.class)
				.setParameter("a", activityId).getResultList().stream().map(LiveSessionDetails::of).toList();
	}

	/**
	 * The sessions as {@code viewer} may see them: join links only for the
	 * activity's enrolled learners, designers and administrators.
	 */
	public List<LiveSessionDetails> shownTo(Optional<AuthenticatedAccount> viewer, long activityId) {
		boolean staff = viewer.map(v -> v.roles().contains(Role.DESIGNER) || v.roles().contains(Role.ADMIN))
				.orElse(false);
		boolean enrolled = viewer.map(v -> enrollments.enrollmentOf(v.id(), activityId).isPresent()).orElse(false);
		List<LiveSessionDetails> all = of(activityId);
		return staff || enrolled ? all : all.stream().map(LiveSessionDetails::withoutJoinLink).toList();
	}

	/** Sessions still to come or under way, not cancelled, soonest first. */
	public List<LiveSessionDetails> upcoming(Optional<AuthenticatedAccount> viewer, long activityId) {
		Instant now = Instant.now(clock);
		return shownTo(viewer, activityId).stream().filter(s -> !s.cancelled() && s.endsAt().isAfter(now)).toList();
	}

	/** Activities that have at least one session not cancelled. */
	public List<Long> activitiesWithSessions() {
		return em.createQuery("SELECT DISTINCT s.activityId FROM LiveSession s WHERE s.cancelledAt IS NULL", Long.class)
				.getResultList();
	}

	/**
	 * The start of the activity's next session that has not ended, if any. (An
	 * entity query, not MIN(): an aggregate bypasses the Instant converter, which
	 * fails on PostgreSQL.)
	 */
	public Optional<Instant> nextStart(long activityId) {
		return em
				.createQuery("SELECT s FROM LiveSession s WHERE s.activityId = :a AND s.cancelledAt IS NULL"
						+ " AND s.endsAt > :now ORDER BY s.startsAt", LiveSession.class)
				.setParameter("a", activityId).setParameter("now", Instant.now(clock)).setMaxResults(1)
				.getResultStream().findFirst().map(LiveSession::startsAt);
	}

	/**
	 * @throws InvalidInputException
	 *             naming every invalid field; nothing is stored then
	 */
	public LiveSessionDetails schedule(AuthenticatedAccount actor, long activityId, ScheduleRequest request) {
		Map<String, String> modules = activities.sessionModules(actor, activityId);
		Map<String, String> errors = new LinkedHashMap<>();
		if (modules.isEmpty()) {
			errors.put("moduleId", "This activity has no live or proctored session module; add one first.");
		} else if (request.moduleId() == null || !modules.containsKey(request.moduleId())) {
			errors.put("moduleId", "Choose one of the activity's session modules: " + modules.keySet() + ".");
		}
		ZoneId zone = zone(request.timeZone(), errors);
		Instant start = null;
		Instant end = null;
		if (request.start() == null) {
			errors.put("start", "A start date and time are needed.");
		}
		if (request.end() == null) {
			errors.put("end", "An end date and time are needed.");
		}
		if (zone != null && request.start() != null && request.end() != null) {
			start = request.start().atZone(zone).toInstant();
			end = request.end().atZone(zone).toInstant();
			if (!end.isAfter(start)) {
				errors.put("end", "The session must end after it starts.");
			} else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
				errors.put("end", "A session lasts at most 12 hours; schedule a long day as several sessions.");
			}
			if (start.isBefore(Instant.now(clock))) {
				errors.put("start", "The start is in the past.");
			}
		}
		if (request.capacity() != null && request.capacity() < 1) {
			errors.put("capacity", "Capacity is at least 1, or empty for the activity's capacity.");
		}
		String joinUrl = blankToNull(request.joinUrl());
		if (joinUrl != null && !isHttps(joinUrl)) {
			errors.put("joinUrl", "The join link must be an https:// address.");
		} else if (joinUrl != null && joinUrl.length() > ScheduleRequest.MAX_JOIN_URL) {
			errors.put("joinUrl", "At most " + ScheduleRequest.MAX_JOIN_URL + " characters.");
		}
		String room = blankToNull(request.room());
		if (room != null && room.length() > 200) {
			errors.put("room", "At most 200 characters.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The session was not scheduled: " + errors.size() + " problem(s).", errors);
		}
		LiveSession session = new LiveSession(activityId, request.moduleId(), start, end, zone.getId(),
				request.capacity(), joinUrl, room, actor.email(), Instant.now(clock));
		em.persist(session);
		em.flush();
		audit.record(actor.email(), "SESSION_SCHEDULED", "LiveSession", session.id(),
				"activity " + activityId + ", " + start + " - " + end);
		changed.fire(new SessionsChanged(activityId));
		return LiveSessionDetails.of(session);
	}

	/** Cancels a session; it stays on record with who and when. */
	public LiveSessionDetails cancel(AuthenticatedAccount actor, long sessionId) {
		LiveSession session = em.find(LiveSession.class, sessionId);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		activities.requireScheduler(actor, session.activityId());
		if (session.cancelled()) {
			throw new InvalidInputException("This session was cancelled already.",
					Map.of("session", "Cancelled by " + session.cancelledBy() + "."));
		}
		session.cancel(actor.email(), Instant.now(clock));
		audit.record(actor.email(), "SESSION_CANCELLED", "LiveSession", sessionId, null);
		changed.fire(new SessionsChanged(session.activityId()));
		return LiveSessionDetails.of(session);
	}

	private static ZoneId zone(String id, Map<String, String> errors) {
		if (id == null || id.isBlank()) {
			errors.put("timeZone", "A time zone is needed, e.g. America/Chicago.");
			return null;
		}
		try {
			return ZoneId.of(id.strip());
		} catch (DateTimeException e) {
			errors.put("timeZone", "Unknown time zone \"" + id + "\"; use a name such as America/Chicago.");
			return null;
		}
	}

	private static boolean isHttps(String url) {
		try {
			URI uri = URI.create(url);
			return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
