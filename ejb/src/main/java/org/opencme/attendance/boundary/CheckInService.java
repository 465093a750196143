package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.opencme.attendance.control.CheckInCode;
import org.opencme.attendance.control.CheckInGuesses;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.attendance.entity.RegistrationStatus;
import org.opencme.attendance.entity.SessionCheckIn;
import org.opencme.attendance.entity.SessionRegistration;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Check-in with the code a proctor shows ({@link CheckInCode}). A registered
 * learner checks in once per session, inside the window; a repeat answers the
 * same check-in (the learner's registration row is locked while it looks and
 * writes, and a unique constraint stands behind it). A stale code, a wrong one,
 * a closed window or a missing registration is refused with the reason; wrong
 * codes are counted per learner and per session ({@link CheckInGuesses}) and
 * then refused for a while, before the code is even compared.
 */
@Stateless
public class CheckInService {

	static final String STALE = "That code has changed; type the code shown now.";
	static final String WRONG = "That is not the code shown in the session; check it and type it again.";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ProctorService proctors;

	@Inject
	CheckInGuesses guesses;

	@Inject
	Clock clock;

	/**
	 * The code to show now, for the session's proctors, designers and
	 * administrators.
	 */
	public CheckInCodeView code(AuthenticatedAccount actor, long sessionId) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = session(sessionId);
		Instant now = Instant.now(clock);
		boolean open = !session.cancelled() && CheckInCode.open(session.startsAt(), session.endsAt(), now);
		long checkedIn = em.createQuery("SELECT COUNT(c) FROM SessionCheckIn c WHERE c.sessionId = :s", Long.class)
				.setParameter("s", sessionId).getSingleResult();
		long registered = em
				.createQuery(
						"SELECT COUNT(r) FROM SessionRegistration r WHERE r.sessionId = :s AND r.status = :registered",
						Long.class)
				.setParameter("s", sessionId).setParameter("registered", RegistrationStatus.REGISTERED)
				.getSingleResult();
		return new CheckInCodeView(sessionId, open,
				open ? CheckInCode.code(session.checkInSecret(), CheckInCode.step(now)) : null,
				open ? CheckInCode.nextChange(now) : null, CheckInCode.opensAt(session.startsAt()), session.endsAt(),
				checkedIn, registered);
	}

	/**
	 * Checks the learner in with the typed code; a repeat answers the first
	 * check-in.
	 */
	public CheckInDetails checkIn(AuthenticatedAccount learner, long sessionId, String code) {
		LiveSession session = session(sessionId);
		SessionRegistration registration = em
				.createQuery("SELECT r FROM SessionRegistration r WHERE r.sessionId = :s AND r.accountId = :a",
						SessionRegistration.class)
				.setParameter("s", sessionId).setParameter("a", learner.id())
				.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
				.filter(r -> r.status() == RegistrationStatus.REGISTERED)
				.orElseThrow(() -> new NotPermittedException(
						"You are not registered for this session, so you cannot check in to it;"
								+ " register first, or ask the proctor to add you."));
		Optional<SessionCheckIn> existing = existing(sessionId, learner.id());
		if (existing.isPresent()) {
			return details(existing.get(), true);
		}
		Instant now = Instant.now(clock);
		if (session.cancelled()) {
			throw new InvalidInputException("This session was cancelled.",
					Map.of("code", "The session was cancelled."));
		}
		CheckInCode.closedBecause(session.startsAt(), session.endsAt(), now, zone(learner, session)).ifPresent(why -> {
			throw new InvalidInputException(why, Map.of("code", why));
		});
		guesses.requireAllowed(learner.id(), sessionId);
		switch (CheckInCode.match(session.checkInSecret(), code, now)) {
			case STALE -> {
				guesses.wrong(learner.id(), sessionId);
				throw new InvalidInputException(STALE, Map.of("code", STALE));
			}
			case WRONG -> {
				guesses.wrong(learner.id(), sessionId);
				throw new InvalidInputException(WRONG, Map.of("code", WRONG));
			}
			case CURRENT -> {
				// go on
			}
		}
		SessionCheckIn checkIn = new SessionCheckIn(sessionId, registration.accountId(), now, CheckInCode.step(now));
		em.persist(checkIn);
		em.flush();
		return details(checkIn, false);
	}

	/** The learner's check-in to the session, if any. */
	public Optional<CheckInDetails> mine(AuthenticatedAccount learner, long sessionId) {
		return existing(sessionId, learner.id()).map(c -> details(c, true));
	}

	/** Whether check-in to the session is open now. */
	public boolean open(long sessionId) {
		LiveSession session = session(sessionId);
		return !session.cancelled() && CheckInCode.open(session.startsAt(), session.endsAt(), Instant.now(clock));
	}

	private Optional<SessionCheckIn> existing(long sessionId, long accountId) {
		return em
				.createQuery("SELECT c FROM SessionCheckIn c WHERE c.sessionId = :s AND c.accountId = :a",
						SessionCheckIn.class)
				.setParameter("s", sessionId).setParameter("a", accountId).getResultStream().findFirst();
	}

	private LiveSession session(long sessionId) {
		LiveSession session = em.find(LiveSession.class, sessionId);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		return session;
	}

	private static ZoneId zone(AuthenticatedAccount learner, LiveSession session) {
		try {
			return ZoneId.of(learner.timeZone() == null ? session.timeZone() : learner.timeZone());
		} catch (java.time.DateTimeException e) {
			return ZoneId.of(session.timeZone());
		}
	}

	private static CheckInDetails details(SessionCheckIn c, boolean repeated) {
		return new CheckInDetails(c.sessionId(), c.accountId(), c.checkedInAt(), repeated);
	}
}
