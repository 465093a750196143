package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencme.attendance.control.Seats;
import org.opencme.attendance.control.SessionMailQueue;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.attendance.entity.RegistrationEntry;
import org.opencme.attendance.entity.RegistrationEntry.Reason;
import org.opencme.attendance.entity.RegistrationStatus;
import org.opencme.attendance.entity.SessionMail;
import org.opencme.attendance.entity.SessionRegistration;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Learners take and give up places for sessions. Every change holds the
 * session's row lock ({@code SELECT ... FOR UPDATE}) while it counts seats and
 * writes, so concurrent requests are served one after the other and a session
 * never has more registered learners than seats; the unique constraint on
 * (session, learner) makes a repeated request the same place. A cancellation
 * gives the freed seat to the longest-waiting learner at once. Each change is
 * audited, kept as a {@link RegistrationEntry} and owes the learner a mail
 * (stored with the change, sent after the commit).
 */
@Stateless
public class RegistrationService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	EnrollmentService enrollments;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	SessionMailQueue mail;

	/**
	 * Takes a seat, or a place on the waitlist when the session is full. Asking
	 * again while registered or waiting changes nothing and answers the same.
	 */
	public RegistrationDetails register(AuthenticatedAccount learner, long sessionId) {
		LiveSession session = locked(sessionId);
		Instant now = Instant.now(clock);
		if (session.cancelled()) {
			throw new InvalidInputException("This session was cancelled; choose another session.",
					Map.of("session", "This session was cancelled."));
		}
		if (!session.endsAt().isAfter(now)) {
			throw new InvalidInputException("This session is over; choose a session still to come.",
					Map.of("session", "This session is over."));
		}
		if (enrollments.enrollmentOf(learner.id(), session.activityId()).isEmpty()) {
			throw new NotPermittedException("Enrol in the activity before you register for one of its sessions.");
		}
		Optional<SessionRegistration> existing = registration(sessionId, learner.id());
		if (existing.isPresent() && existing.get().status().active()) {
			return details(session, existing.get());
		}
		long registered = count(sessionId, RegistrationStatus.REGISTERED);
		long waiting = count(sessionId, RegistrationStatus.WAITLISTED);
		RegistrationStatus status = Seats.forRequest(session.capacity(), registered, waiting);
		long queue = nextQueueNumber(sessionId);
		SessionRegistration registration;
		if (existing.isPresent()) {
			registration = existing.get();
			registration.requeue(status, queue, now);
		} else {
			registration = new SessionRegistration(sessionId, learner.id(), status, queue, now);
			em.persist(registration);
		}
		em.flush();
		record(registration, Reason.REQUESTED, learner.email(), now);
		return details(session, registration);
	}

	/**
	 * Gives up the learner's seat or waitlist place before the session starts; a
	 * freed seat goes to the head of the waitlist at once.
	 */
	public RegistrationDetails cancel(AuthenticatedAccount learner, long sessionId) {
		LiveSession session = locked(sessionId);
		Instant now = Instant.now(clock);
		SessionRegistration registration = registration(sessionId, learner.id()).filter(r -> r.status().active())
				.orElseThrow(() -> new InvalidInputException("You are not registered for this session.",
						Map.of("session", "You are not registered for this session.")));
		if (!session.startsAt().isAfter(now)) {
			throw new InvalidInputException("This session has started; a place can be given up only before the start.",
					Map.of("session", "The session has started."));
		}
		registration.cancel(now);
		record(registration, Reason.CANCELLED_BY_LEARNER, learner.email(), now);
		em.flush();
		promoteWaiting(session, now);
		return details(session, registration);
	}

	/** The caller's place for the session, if they asked for one. */
	public Optional<RegistrationDetails> mine(AuthenticatedAccount learner, long sessionId) {
		LiveSession session = em.find(LiveSession.class, sessionId);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		return registration(sessionId, learner.id()).map(r -> details(session, r));
	}

	/**
	 * The learner's places for sessions that have not ended, cancelled ones left
	 * out, soonest first.
	 */
	public List<RegistrationDetails> upcomingOf(AuthenticatedAccount learner) {
		Instant now = Instant.now(clock);
		return em.createQuery("SELECT r, s FROM SessionRegistration r, LiveSession s WHERE s.id = r.sessionId"
				+ " AND r.accountId = :me AND r.status <> :cancelled AND s.endsAt > :now ORDER BY s.startsAt, s.id",
				Object[].class).setParameter("me", learner.id()).setParameter("cancelled", RegistrationStatus.CANCELLED)
				.setParameter("now", now).getResultList().stream()
				.map(row -> details((LiveSession) row[1], (SessionRegistration) row[0])).toList();
	}

	/** The caller's places for the sessions of one activity, by session id. */
	public Map<Long, RegistrationDetails> ofActivity(AuthenticatedAccount learner, long activityId) {
		return em
				.createQuery("SELECT r, s FROM SessionRegistration r, LiveSession s WHERE s.id = r.sessionId"
						+ " AND r.accountId = :me AND s.activityId = :a", Object[].class)
				.setParameter("me", learner.id()).setParameter("a", activityId).getResultList().stream()
				.map(row -> details((LiveSession) row[1], (SessionRegistration) row[0]))
				.collect(java.util.stream.Collectors.toMap(RegistrationDetails::sessionId, d -> d));
	}

	/**
	 * The learners with a seat or a waitlist place for the session (account ids),
	 * for the mail a session change owes them.
	 */
	public List<Long> activeAccounts(long sessionId) {
		return em
				.createQuery("SELECT r.accountId FROM SessionRegistration r WHERE r.sessionId = :s"
						+ " AND r.status <> :cancelled ORDER BY r.queueNumber", Long.class)
				.setParameter("s", sessionId).setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList();
	}

	/** Seats taken in each session of an activity, by session id. */
	public Map<Long, Long> seatsTaken(long activityId) {
		return em.createQuery("SELECT r.sessionId, COUNT(r) FROM SessionRegistration r, LiveSession s"
				+ " WHERE s.id = r.sessionId AND s.activityId = :a AND r.status = :registered GROUP BY r.sessionId",
				Object[].class).setParameter("a", activityId).setParameter("registered", RegistrationStatus.REGISTERED)
				.getResultList().stream()
				.collect(java.util.stream.Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	private void promoteWaiting(LiveSession session, Instant now) {
		long registered = count(session.id(), RegistrationStatus.REGISTERED);
		long waiting = count(session.id(), RegistrationStatus.WAITLISTED);
		int seats = Seats.toPromote(session.capacity(), registered, waiting);
		if (seats == 0) {
			return;
		}
		List<SessionRegistration> next = em
				.createQuery("SELECT r FROM SessionRegistration r WHERE r.sessionId = :s AND r.status = :waiting"
						+ " ORDER BY r.queueNumber", SessionRegistration.class)
				.setParameter("s", session.id()).setParameter("waiting", RegistrationStatus.WAITLISTED)
				.setMaxResults(seats).getResultList();
		for (SessionRegistration r : next) {
			r.promote(now);
			record(r, Reason.PROMOTED, "system", now);
		}
	}

	private void record(SessionRegistration registration, Reason reason, String by, Instant now) {
		RegistrationEntry entry = new RegistrationEntry(registration.id(), registration.status(), reason, by, now);
		em.persist(entry);
		SessionMail.Kind kind = switch (reason) {
			case REQUESTED -> registration.status() == RegistrationStatus.REGISTERED
					? SessionMail.Kind.REGISTERED
					: SessionMail.Kind.WAITLISTED;
			case PROMOTED -> SessionMail.Kind.PROMOTED;
			case CANCELLED_BY_LEARNER -> SessionMail.Kind.REGISTRATION_CANCELLED;
		};
		mail.queue(registration.sessionId(), registration.accountId(), kind, "entry:" + entry.id());
		audit.record(by, "SESSION_" + registration.status().name(), "SessionRegistration", registration.id(), "session "
				+ registration.sessionId() + ", account " + registration.accountId() + ", " + reason.label());
	}

	private LiveSession locked(long sessionId) {
		LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		return session;
	}

	private Optional<SessionRegistration> registration(long sessionId, long accountId) {
		return em
				.createQuery("SELECT r FROM SessionRegistration r WHERE r.sessionId = :s AND r.accountId = :a",
						SessionRegistration.class)
				.setParameter("s", sessionId).setParameter("a", accountId).getResultStream().findFirst();
	}

	private long count(long sessionId, RegistrationStatus status) {
		return em.createQuery("SELECT COUNT(r) FROM SessionRegistration r WHERE r.sessionId = :s AND r.status = :st",
				Long.class).setParameter("s", sessionId).setParameter("st", status).getSingleResult();
	}

	private long nextQueueNumber(long sessionId) {
		Long max = em
				.createQuery("SELECT MAX(r.queueNumber) FROM SessionRegistration r WHERE r.sessionId = :s", Long.class)
				.setParameter("s", sessionId).getSingleResult();
		return max == null ? 1 : max + 1;
	}

	private RegistrationDetails details(LiveSession session, SessionRegistration r) {
		Integer position = r.status() == RegistrationStatus.WAITLISTED
				? Math.toIntExact(em
						.createQuery("SELECT COUNT(w) FROM SessionRegistration w WHERE w.sessionId = :s"
								+ " AND w.status = :waiting AND w.queueNumber <= :q", Long.class)
						.setParameter("s", session.id()).setParameter("waiting", RegistrationStatus.WAITLISTED)
						.setParameter("q", r.queueNumber()).getSingleResult())
				: null;
		int taken = Math.toIntExact(count(session.id(), RegistrationStatus.REGISTERED));
		return new RegistrationDetails(session.id(), session.activityId(), r.status().name(), r.status().label(),
				position, taken, session.capacity(), LiveSessionDetails.of(session));
	}
}
