package org.opencme.learning.control;

import java.util.Set;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.NotPermittedException;

/**
 * Who may use a learner's learning record (an enrolment, its progress, quiz
 * attempts, evaluation answers, allowance spends). Writes only by the learner
 * themself: a record says what the learner did, so nobody else may act as the
 * learner, not even an administrator. Reads by the learner or an administrator
 * (support, audits). Every boundary of the learning context asks here before it
 * touches a learner's record.
 */
public final class LearningAccess {

	/** What the caller wants to do with the record. */
	public enum Use {
		READ, WRITE
	}

	private LearningAccess() {
	}

	public static boolean permits(long callerId, Set<Role> callerRoles, long learnerId, Use use) {
		if (callerId == learnerId) {
			return true;
		}
		return use == Use.READ && callerRoles.contains(Role.ADMIN);
	}

	/**
	 * Refuses, naming the rule, when {@link #permits} says no.
	 *
	 * @throws NotPermittedException
	 *             for another person's record
	 */
	public static void require(long callerId, Set<Role> callerRoles, long learnerId, Use use) {
		if (!permits(callerId, callerRoles, learnerId, use)) {
			throw new NotPermittedException(use == Use.WRITE
					? "Only the learner acts on their own learning record; administrators may only read it."
					: "This learning record belongs to another learner.");
		}
	}
}
