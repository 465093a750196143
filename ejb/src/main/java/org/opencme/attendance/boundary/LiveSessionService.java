package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencme.attendance.control.SessionSchedule;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.Constraints;
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
	Validator validator;

	@Inject
	Event<SessionsChanged> changed;

	@Inject
	RegistrationService registrations;

	@Inject
	org.opencme.attendance.control.SessionMailQueue mail;

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
	 * Checks each field ({@link ScheduleRequest.Scheduled}) and the rules between
	 * them and the activity ({@link SessionSchedule}), then stores the session.
	 *
	 * @throws InvalidInputException
	 *             naming every invalid field; nothing is stored then
	 */
	public LiveSessionDetails schedule(AuthenticatedAccount actor, long activityId, ScheduleRequest request) {
		Map<String, String> modules = activities.sessionModules(actor, activityId);
		Instant now = Instant.now(clock);
		Map<String, String> errors = SessionSchedule.inFormOrder(
				Constraints.fieldErrors(ScheduleRequest.class,
						validator.validate(request, ScheduleRequest.Scheduled.class)),
				SessionSchedule.problems(request, modules.keySet(), now));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The session was not scheduled: " + errors.size() + " problem(s).", errors);
		}
		SessionSchedule.Times times = SessionSchedule.times(request).orElseThrow();
		LiveSession session = new LiveSession(activityId, request.moduleId(), times.start(), times.end(),
				times.zone().getId(), request.capacity(), blankToNull(request.joinUrl()), blankToNull(request.room()),
				actor.email(), now);
		em.persist(session);
		em.flush();
		audit.record(actor.email(), "SESSION_SCHEDULED", "LiveSession", session.id(),
				"activity " + activityId + ", " + times.start() + " - " + times.end());
		changed.fire(new SessionsChanged(activityId));
		return LiveSessionDetails.of(session);
	}

	/**
	 * Cancels a session; it stays on record with who and when, and everyone with a
	 * seat or a waitlist place is mailed a calendar cancellation.
	 */
	public LiveSessionDetails cancel(AuthenticatedAccount actor, long sessionId) {
		// the registrations' lock: nobody registers between the list of people to tell
		// and the commit
		LiveSession session = em.find(LiveSession.class, sessionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
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
		for (long account : registrations.activeAccounts(sessionId)) {
			mail.queue(sessionId, account, org.opencme.attendance.entity.SessionMail.Kind.SESSION_CANCELLED,
					"session-cancelled:" + sessionId + ":" + account);
		}
		changed.fire(new SessionsChanged(session.activityId()));
		return LiveSessionDetails.of(session);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
