package org.opencme.learning.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.learning.entity.Attempt;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * Which answers an attempt accepts. None once it is submitted or its time is up
 * (past the deadline and its grace, {@link Attempt#isOverdue}); otherwise, for
 * a question drawn into the attempt, any options among the question's own, and
 * for single choice and true/false at most one. An empty selection clears the
 * answer.
 */
public final class AnswerRules {

	private AnswerRules() {
	}

	/**
	 * Why the attempt takes no answer at {@code now}, or empty when it does.
	 */
	public static Optional<String> closed(Attempt attempt, Instant now) {
		if (attempt.isSubmitted()) {
			return Optional.of("This attempt was submitted; answers can no longer change.");
		}
		if (attempt.isOverdue(now)) {
			return Optional.of("Time is up: the answers saved before the limit will be graded.");
		}
		return Optional.empty();
	}

	/**
	 * Refuses an answer that is not acceptable for the question.
	 *
	 * @throws InvalidInputException
	 *             naming {@code questionId} for a question not in the attempt, or
	 *             {@code selected} for options not the question's or more than one
	 *             on a single-answer question
	 */
	public static void requireValid(QuizModuleSpec quiz, Attempt attempt, String questionKey, Set<String> options) {
		List<String> allowed = attempt.optionOrder().get(questionKey);
		if (allowed == null) {
			throw new InvalidInputException("Unknown question.",
					Map.of("questionId", questionKey + " is not in this attempt."));
		}
		boolean single = single(quiz, questionKey);
		if (!allowed.containsAll(options) || single && options.size() > 1) {
			throw new InvalidInputException("Invalid answer.",
					Map.of("selected", "Choose among the question's options" + (single ? ", one only." : ".")));
		}
	}

	/** Whether the question takes one option only (all but multiple choice). */
	static boolean single(QuizModuleSpec quiz, String questionKey) {
		return quiz.questions().stream().filter(q -> q.key().equals(questionKey))
				.anyMatch(q -> q.type() != QuestionType.MULTIPLE_CHOICE);
	}
}
