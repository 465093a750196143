package org.opencme.learning.control;

import java.util.List;
import java.util.Optional;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.learning.entity.Attempt;

/**
 * Whether a learner may start another attempt at a quiz: not once any attempt
 * passed, and not when as many attempts were taken as the quiz's limit allows
 * (no limit: unlimited). Every attempt taken counts, including one graded
 * because its time ran out.
 */
public final class AttemptRules {

	private AttemptRules() {
	}

	/** Whether any of the attempts passed. */
	public static boolean anyPassed(List<Attempt> attempts) {
		return attempts.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed()));
	}

	/**
	 * Why no new attempt may start after {@code attempts} (all attempts taken at
	 * the quiz, none of them open), or empty when one may.
	 */
	public static Optional<String> whyNoNewAttempt(QuizModuleSpec quiz, List<Attempt> attempts) {
		if (anyPassed(attempts)) {
			return Optional.of("You passed this quiz already.");
		}
		int limit = quiz.attemptLimit() == null ? Integer.MAX_VALUE : quiz.attemptLimit();
		if (attempts.size() >= limit) {
			return Optional.of("You have used all " + limit + " attempts of this quiz.");
		}
		return Optional.empty();
	}
}
