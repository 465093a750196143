package org.opencme.attendance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.boundary.RequestLimit;

/**
 * Wrong check-in codes are throttled: a learner gets {@value #PER_LEARNER}
 * wrong codes per session in {@value #MINUTES} minutes, a session
 * {@value #PER_SESSION} from all its learners together; after that check-in
 * waits until the window ends, before any code is compared. Right codes are not
 * counted. Memory only, for the one server.
 */
@ApplicationScoped
public class CheckInGuesses {

	static final int PER_LEARNER = 5;
	static final int PER_SESSION = 300;
	static final int MINUTES = 10;

	/** Too many wrong codes for now (429). */
	public static class TooManyWrongCodesException extends DomainException {
		private static final long serialVersionUID = 1L;

		public TooManyWrongCodesException(Duration wait, boolean session) {
			super(Kind.TOO_MANY,
					(session
							? "Too many wrong codes were typed for this session; check-in pauses"
							: "Too many wrong codes; check-in pauses for you") + " for "
							+ Math.max(1, (wait.toSeconds() + 59) / 60)
							+ " minute(s). Ask your proctor if it goes on.");
		}
	}

	@Inject
	Clock clock;

	private volatile RequestLimit learners;
	private volatile RequestLimit sessions;

	private synchronized void init() {
		if (learners == null) {
			sessions = new RequestLimit(() -> Instant.now(clock), PER_SESSION, Duration.ofMinutes(MINUTES));
			learners = new RequestLimit(() -> Instant.now(clock), PER_LEARNER, Duration.ofMinutes(MINUTES));
		}
	}

	/** Refuses a learner or session that used up its wrong codes. */
	public void requireAllowed(long learnerId, long sessionId) {
		if (learners == null) {
			init();
		}
		Duration learner = learners.pending(learnerId + ":" + sessionId);
		if (!learner.isZero()) {
			throw new TooManyWrongCodesException(learner, false);
		}
		Duration session = sessions.pending(Long.toString(sessionId));
		if (!session.isZero()) {
			throw new TooManyWrongCodesException(session, true);
		}
	}

	/** Counts a wrong code. */
	public void wrong(long learnerId, long sessionId) {
		if (learners == null) {
			init();
		}
		learners.admit(learnerId + ":" + sessionId);
		sessions.admit(Long.toString(sessionId));
	}
}
