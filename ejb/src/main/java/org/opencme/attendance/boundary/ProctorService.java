package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.attendance.entity.RegistrationStatus;
import org.opencme.attendance.entity.SessionProctor;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Which proctors look after a session. The activity's authors and
 * administrators assign accounts that have the PROCTOR role and remove them; a
 * proctor sees only the sessions assigned to them, an administrator all of them
 * ({@link #requireProctorOf}).
 */
@Stateless
public class ProctorService {

	/** How long after its end a session stays on its proctor's list. */
	static final Duration RECENT = Duration.ofDays(14);

	static final String NO_PROCTOR = "No proctor account has this e-mail address; an administrator grants the"
			+ " proctor role.";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ActivityService activities;

	@Inject
	AccountService accounts;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	/** Assigns the proctor with this e-mail; assigning twice changes nothing. */
	public ProctorAssignment assign(AuthenticatedAccount actor, long sessionId, String proctorEmail) {
		LiveSession session = session(sessionId);
		activities.requireScheduler(actor, session.activityId());
		AccountDetails proctor = (proctorEmail == null
				? java.util.Optional.<AccountDetails>empty()
				: accounts.findByEmail(proctorEmail.strip()))
				.filter(a -> a.enabled() && a.roles().contains(Role.PROCTOR))
				.orElseThrow(() -> new InvalidInputException(NO_PROCTOR, Map.of("proctorEmail", NO_PROCTOR)));
		Instant now = Instant.now(clock);
		SessionProctor row = em.find(SessionProctor.class, new SessionProctor.Key(sessionId, proctor.id()));
		if (row == null) {
			row = new SessionProctor(sessionId, proctor.id(), actor.email(), now);
			em.persist(row);
		} else if (!row.active()) {
			row.reassign(actor.email(), now);
		} else {
			return assignment(row, proctor);
		}
		audit.record(actor.email(), "PROCTOR_ASSIGNED", "LiveSession", sessionId, proctor.email());
		return assignment(row, proctor);
	}

	public void remove(AuthenticatedAccount actor, long sessionId, long proctorId) {
		LiveSession session = session(sessionId);
		activities.requireScheduler(actor, session.activityId());
		SessionProctor row = em.find(SessionProctor.class, new SessionProctor.Key(sessionId, proctorId));
		if (row == null || !row.active()) {
			throw new RecordNotFoundException("Proctor assignment", proctorId);
		}
		row.remove(actor.email(), Instant.now(clock));
		audit.record(actor.email(), "PROCTOR_REMOVED", "LiveSession", sessionId, "account " + proctorId);
	}

	/**
	 * The proctors of a session, for its designers, administrators and proctors.
	 */
	public List<ProctorAssignment> of(AuthenticatedAccount actor, long sessionId) {
		requireProctorOf(actor, sessionId);
		return activeRows(sessionId).stream().map(r -> assignment(r, accounts.account(r.accountId()))).toList();
	}

	/**
	 * Refuses anyone but the session's proctors, the activity's schedulers and
	 * administrators.
	 */
	public void requireProctorOf(AuthenticatedAccount actor, long sessionId) {
		LiveSession session = session(sessionId);
		if (actor.roles().contains(Role.ADMIN)) {
			return;
		}
		boolean proctor = actor.roles().contains(Role.PROCTOR)
				&& activeRows(sessionId).stream().anyMatch(r -> r.accountId() == actor.id());
		if (proctor) {
			return;
		}
		try {
			activities.requireScheduler(actor, session.activityId());
		} catch (NotPermittedException e) {
			throw new NotPermittedException("Only the session's proctors, its designers and administrators see it.");
		}
	}

	/**
	 * The sessions a proctor looks after (an administrator: every session), not
	 * cancelled, from those that ended in the last two weeks on, soonest first,
	 * with their registrant counts.
	 */
	public List<ProctoredSession> assignedTo(AuthenticatedAccount proctor) {
		Instant since = Instant.now(clock).minus(RECENT);
		List<LiveSession> sessions = proctor.roles().contains(Role.ADMIN)
				? em.createQuery("SELECT s FROM LiveSession s WHERE s.cancelledAt IS NULL AND s.endsAt > :since"
						+ " ORDER BY s.startsAt, s.id", LiveSession.class).setParameter("since", since)
						.setMaxResults(500).getResultList()
				: em.createQuery("SELECT s FROM LiveSession s, SessionProctor p WHERE p.sessionId = s.id"
						+ " AND p.accountId = :me AND p.removedAt IS NULL AND s.cancelledAt IS NULL"
						+ " AND s.endsAt > :since ORDER BY s.startsAt, s.id", LiveSession.class)
						.setParameter("me", proctor.id()).setParameter("since", since).getResultList();
		if (sessions.isEmpty()) {
			return List.of();
		}
		List<Long> ids = sessions.stream().map(LiveSession::id).toList();
		Map<String, Long> counts = em
				.createQuery("SELECT r.sessionId, r.status, COUNT(r) FROM SessionRegistration r"
						+ " WHERE r.sessionId IN :ids GROUP BY r.sessionId, r.status", Object[].class)
				.setParameter("ids", ids).getResultList().stream()
				.collect(Collectors.toMap(row -> row[0] + ":" + row[1], row -> (Long) row[2]));
		Map<Long, String> titles = activities
				.titles(sessions.stream().map(LiveSession::activityId).collect(Collectors.toSet()));
		return sessions.stream()
				.map(s -> new ProctoredSession(LiveSessionDetails.of(s), titles.getOrDefault(s.activityId(), ""),
						counts.getOrDefault(s.id() + ":" + RegistrationStatus.REGISTERED, 0L),
						counts.getOrDefault(s.id() + ":" + RegistrationStatus.WAITLISTED, 0L)))
				.toList();
	}

	/**
	 * One session as its proctor's page shows it, for its proctors, designers and
	 * administrators.
	 */
	public ProctoredSession session(AuthenticatedAccount actor, long sessionId) {
		requireProctorOf(actor, sessionId);
		LiveSession s = session(sessionId);
		Map<String, Long> counts = em
				.createQuery("SELECT r.status, COUNT(r) FROM SessionRegistration r"
						+ " WHERE r.sessionId = :s GROUP BY r.status", Object[].class)
				.setParameter("s", sessionId).getResultList().stream()
				.collect(Collectors.toMap(row -> row[0].toString(), row -> (Long) row[1]));
		return new ProctoredSession(LiveSessionDetails.of(s),
				activities.titles(List.of(s.activityId())).getOrDefault(s.activityId(), ""),
				counts.getOrDefault(RegistrationStatus.REGISTERED.name(), 0L),
				counts.getOrDefault(RegistrationStatus.WAITLISTED.name(), 0L));
	}

	private List<SessionProctor> activeRows(long sessionId) {
		return em.createQuery("SELECT p FROM SessionProctor p WHERE p.sessionId = :s AND p.removedAt IS NULL"
				+ " ORDER BY p.assignedAt", SessionProctor.class).setParameter("s", sessionId).getResultList();
	}

	private LiveSession session(long sessionId) {
		LiveSession session = em.find(LiveSession.class, sessionId);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		return session;
	}

	private static ProctorAssignment assignment(SessionProctor row, AccountDetails proctor) {
		return new ProctorAssignment(row.sessionId(), row.accountId(), proctor.displayName(), proctor.email(),
				row.assignedBy(), row.assignedAt());
	}
}
