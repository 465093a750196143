package org.opencme.learning.boundary;

import java.util.Map;
import org.opencme.platform.boundary.DomainException;

/** The refusals of the learning context, each naming the rule. */
public final class LearningExceptions {

	private LearningExceptions() {
	}

	/**
	 * Enrolling is not possible now (not published, expired, not released, full).
	 */
	public static class EnrollmentClosedException extends DomainException {
		private static final long serialVersionUID = 1L;

		public EnrollmentClosedException(String why) {
			super(Kind.CONFLICT, why);
		}
	}

	/** The fee is more than what is left of the learner's allowance. */
	public static class InsufficientAllowanceException extends DomainException {
		private static final long serialVersionUID = 1L;

		public InsufficientAllowanceException(String message) {
			super(Kind.CONFLICT, message, Map.of("allowance", message));
		}
	}

	/** A quiz step out of time or out of attempts, or on a submitted attempt. */
	public static class AttemptClosedException extends DomainException {
		private static final long serialVersionUID = 1L;

		public AttemptClosedException(String message) {
			super(Kind.CONFLICT, message);
		}
	}
}
