package org.opencme.learning.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An attempt as the learner takes it: the questions in the drawn order with
 * their options (never which are correct), what has been saved so far, and the
 * deadline. After submission: the score and, as {@code feedback} says
 * ({@code NOTHING}, {@code WHICH_WRONG} or {@code ANSWERS}, see
 * {@code FeedbackRules}), whether each answer was correct, and the correct
 * options and rationale.
 */
public record AttemptDetails(long id, long enrollmentId, String moduleId, int attemptNo, int attemptLimit,
		Instant deadline, long secondsLeft, boolean submitted, Integer scorePercent, Boolean passed, int passPercent,
		List<Question> questions, String feedback) {

	/**
	 * A question of the attempt; {@code correct}, {@code rationale} and
	 * {@code correctOptions} are null until the feedback shows them.
	 */
	public record Question(String id, String type, String text, List<Option> options, Set<String> selected,
			Boolean correct, String rationale, List<String> correctOptions) {
	}

	/** An answer option. */
	public record Option(String id, String text) {
	}
}
