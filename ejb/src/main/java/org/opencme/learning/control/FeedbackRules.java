package org.opencme.learning.control;

import java.util.List;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;
import org.opencme.learning.entity.Attempt;

/**
 * What a learner sees of a submitted attempt. The quiz's timing decides whether
 * there is feedback at all; on a post-test, while the learner can still retake
 * it, feedback says only which answers were wrong: the correct answers and
 * rationales would let the retake be passed by copying them. They come after a
 * pass or once no attempt remains, unless the designer chose otherwise
 * ({@link QuizModuleSpec#revealAnswersWhileAttemptsRemain()}).
 */
public final class FeedbackRules {

	/** How much of the grading an attempt shows. */
	public enum Shown {
		/** Score only. */
		NOTHING,
		/** Which questions were answered correctly and which not. */
		WHICH_WRONG,
		/** Also the correct options and the rationales. */
		ANSWERS
	}

	private FeedbackRules() {
	}

	/**
	 * @param passed
	 *            whether this attempt passed
	 * @param quizClosed
	 *            whether the learner can take no further attempt (passed, or the
	 *            attempt limit used up)
	 */
	public static Shown shown(QuizModuleSpec quiz, boolean submitted, boolean passed, boolean quizClosed) {
		FeedbackTiming timing = quiz.feedback() == null ? FeedbackTiming.AFTER_SUBMIT : quiz.feedback();
		if (!submitted || timing == FeedbackTiming.NEVER || timing == FeedbackTiming.AFTER_PASS && !passed) {
			return Shown.NOTHING;
		}
		if (passed || quizClosed || quiz.role() == QuizRole.PRE_TEST || quiz.revealAnswersWhileAttemptsRemain()) {
			return Shown.ANSWERS;
		}
		return Shown.WHICH_WRONG;
	}

	/**
	 * What {@code attempt} shows, given {@code all} the attempts at the quiz (it
	 * among them): nothing before it is submitted.
	 */
	public static Shown shown(QuizModuleSpec quiz, Attempt attempt, List<Attempt> all) {
		if (!attempt.isSubmitted()) {
			return Shown.NOTHING;
		}
		boolean closed = closed(quiz, AttemptRules.anyPassed(all),
				(int) all.stream().filter(Attempt::isSubmitted).count());
		return shown(quiz, true, Boolean.TRUE.equals(attempt.passed()), closed);
	}

	/**
	 * Whether the learner can take no further attempt: passed, or as many attempts
	 * submitted as the limit allows.
	 */
	public static boolean closed(QuizModuleSpec quiz, boolean anyPassed, int submittedAttempts) {
		return anyPassed || quiz.attemptLimit() != null && submittedAttempts >= quiz.attemptLimit();
	}
}
