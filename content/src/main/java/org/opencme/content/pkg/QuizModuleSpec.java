package org.opencme.content.pkg;

import java.util.List;

/**
 * A pre- or post-test with its question bank. {@code attemptLimit},
 * {@code timeLimitMinutes} and {@code drawCount} are {@code null} when
 * unlimited / untimed / all questions are used.
 * {@code revealAnswersWhileAttemptsRemain}: a post-test normally shows only
 * which answers were wrong until the learner passes or has used the last
 * attempt; a designer may choose to show the correct answers and rationales
 * after every attempt (the editor warns that the retake can then be passed from
 * them).
 */
public record QuizModuleSpec(String key, String title, boolean required, QuizRole role, Integer passPercent,
		Integer attemptLimit, Integer timeLimitMinutes, boolean shuffleQuestions, boolean shuffleOptions,
		Integer drawCount, FeedbackTiming feedback, List<QuestionSpec> questions,
		boolean revealAnswersWhileAttemptsRemain) implements ModuleSpec {

	/**
	 * The pass mark of a quiz that sets none: what grading applies and what the
	 * quiz editor proposes.
	 */
	public static final int DEFAULT_PASS_PERCENT = 70;

	public QuizModuleSpec {
		questions = Lists.copy(questions);
	}

	/** A quiz that keeps the answers back while attempts remain (the default). */
	public QuizModuleSpec(String key, String title, boolean required, QuizRole role, Integer passPercent,
			Integer attemptLimit, Integer timeLimitMinutes, boolean shuffleQuestions, boolean shuffleOptions,
			Integer drawCount, FeedbackTiming feedback, List<QuestionSpec> questions) {
		this(key, title, required, role, passPercent, attemptLimit, timeLimitMinutes, shuffleQuestions, shuffleOptions,
				drawCount, feedback, questions, false);
	}

	@Override
	public ModuleKind kind() {
		return ModuleKind.QUIZ;
	}
}
